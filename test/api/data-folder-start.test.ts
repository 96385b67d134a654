/**
 * What the server does to its data folder when it starts (issue 12, items 3 and 7):
 * - a folder written by an earlier version (PGlite's own files 0666, folders 0755, uploads 0644)
 *   comes out private: no group or other permission on any file or folder;
 * - uploads a crash left half-done are removed: uncommitted file-store uploads (files/tmp/*.part)
 *   and import uploads (imports/uploads/*); stored files stay. On PGlite the folder is locked to
 *   the server, so every leftover goes; on PostgreSQL another server may share the folder, so
 *   only leftovers untouched for a day go.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { LEFTOVER_AGE_MS } from '../../src/platform/files/partial-uploads.ts';
import { PGLITE_SUBDIR } from '../../src/platform/db/client.ts';
import { startServer } from '../../src/server.ts';
import { createEmptyPostgresDatabase, describeOnPostgres } from '../support/db.ts';
import { notPrivate } from '../support/data-folder.ts';

const STORED = 'ab'.padEnd(64, '0');

/** Leftovers of a crash and a stored file, written world-readable as an old version would have. */
function leaveUploads(dataDir: string): { stored: string; part: string; importUpload: string; oldPart: string; oldImportUpload: string } {
  const files = path.join(dataDir, 'files');
  const write = (file: string, bytes: string, ageMs = 0): string => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (let dir = path.dirname(file); dir !== dataDir; dir = path.dirname(dir)) fs.chmodSync(dir, 0o755);
    fs.writeFileSync(file, bytes, { mode: 0o644 });
    fs.chmodSync(file, 0o666);
    if (ageMs > 0) {
      const then = new Date(Date.now() - ageMs);
      fs.utimesSync(file, then, then);
    }
    return file;
  };
  return {
    stored: write(path.join(files, STORED.slice(0, 2), STORED), 'nội dung đã lưu'),
    part: write(path.join(files, 'tmp', '0123456789abcdef01234567.part'), 'nửa tệp'),
    importUpload: write(path.join(dataDir, 'imports', 'uploads', '7d1f6a52-0c55-4c0e-9d43-0b7f1c8e2a10.xlsx'), 'PK nửa tệp'),
    oldPart: write(path.join(files, 'tmp', 'fedcba9876543210fedcba98.part'), 'nửa tệp cũ', LEFTOVER_AGE_MS + 60_000),
    oldImportUpload: write(path.join(dataDir, 'imports', 'uploads', '1b3f7c2e-5a6d-4e8f-9a0b-2c4d6e8f0a1b.csv'), 'a;b', LEFTOVER_AGE_MS + 60_000),
  };
}

async function startAndStop(env: Record<string, string>): Promise<void> {
  const server = await startServer(configFromEnvironment({ ...env, MOTCUA_PORT: '0', MOTCUA_ADMIN_PASSWORD: 'quan-tri-khoi-dong' }));
  await server.close();
}

describe('server start on a data folder [pglite]', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('makes an old folder private and removes every half-done upload; stored files stay', async () => {
    fs.chmodSync(dataDir, 0o755);
    // The cluster as PGlite alone writes it (what earlier versions of Một Cửa left).
    const legacy = await PGlite.create({ dataDir: path.join(dataDir, PGLITE_SUBDIR) });
    await legacy.close();
    expect(notPrivate(dataDir).length).toBeGreaterThan(100);
    const left = leaveUploads(dataDir);

    await startAndStop({ MOTCUA_DATA_DIR: dataDir });

    expect(fs.readFileSync(left.stored, 'utf8')).toBe('nội dung đã lưu');
    for (const gone of [left.part, left.importUpload, left.oldPart, left.oldImportUpload]) expect(fs.existsSync(gone), gone).toBe(false);
    expect(notPrivate(dataDir)).toEqual([]);
  }, 120_000);
});

describeOnPostgres('server start on a data folder', (baseUrl) => {
  describe('server start on a data folder [postgres]', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-start-pg-'));
    let drop: () => Promise<void> = async () => undefined;
    afterAll(async () => {
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('removes only day-old half-done uploads (another server may share the folder), and makes the folder private', async () => {
      const database = await createEmptyPostgresDatabase(baseUrl);
      drop = database.drop;
      fs.chmodSync(dataDir, 0o755);
      const left = leaveUploads(dataDir);

      await startAndStop({ MOTCUA_DATA_DIR: dataDir, DATABASE_URL: database.url });

      for (const kept of [left.stored, left.part, left.importUpload]) expect(fs.existsSync(kept), kept).toBe(true);
      for (const gone of [left.oldPart, left.oldImportUpload]) expect(fs.existsSync(gone), gone).toBe(false);
      expect(notPrivate(dataDir)).toEqual([]);
    }, 120_000);
  });
});
