/**
 * `motcua alerts raise` as a user runs it (a child process of bin/motcua.js) on a PGlite data
 * folder: a dossier whose "tu-phap" step has been overdue for days gets its alerts, once — a
 * second run raises nothing —, `--json` prints {units, raised, unaddressed}, an unknown unit is a
 * Vietnamese error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { alertEvents } from '../../src/platform/db/schema.ts';
import { localMinuteFromInstant, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { createTestApp, prepareDossier, WARD } from '../support/api.ts';
import { motcua } from '../support/motcua-cli.ts';

describe('motcua alerts raise', () => {
  let dataDir = '';
  let code = '';
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-alerts-cli-'));
    const handle = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: dataDir }));
    try {
      // Forwarded to "tu-phap" three weeks before now, nobody named: its step is long overdue.
      const t = await createTestApp(handle, { start: localMinuteFromInstant(Date.now()) - 21 * MINUTES_PER_DAY });
      const [counter, specialist, chairman] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('chairman')]);
      code = (await prepareDossier({ counter, specialist, chairman }, 'processing')).code;
      await t.app.close();
    } finally {
      await handle.close();
    }
  }, 120_000);
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('raises the alerts once, with a --json summary', async () => {
    const first = await motcua('alerts', 'raise', '--data', dataDir, '--unit', WARD, '--json');
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as { units: number; raised: number; unaddressed: string[] };
    expect(summary.units).toBe(1);
    expect(summary.raised).toBeGreaterThanOrEqual(3);
    const second = await motcua('alerts', 'raise', '--data', dataDir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('gửi 0 cảnh báo mới');
    const handle = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: dataDir }));
    try {
      const rows = await handle.db.select({ rungId: alertEvents.rungId }).from(alertEvents).where(eq(alertEvents.subjectCode, code));
      expect(rows.map((r) => r.rungId).sort()).toEqual(['buoc-qua-han', 'qua-han', 'sap-den-han']);
      expect(rows.length).toBe(summary.raised);
    } finally {
      await handle.close();
    }
  }, 120_000);

  it('an unknown unit is a Vietnamese error', async () => {
    const answer = await motcua('alerts', 'raise', '--data', dataDir, '--unit', 'KHONG-CO');
    expect(answer.code).toBe(1);
    expect(answer.stderr).toBe('Lỗi: Không tìm thấy đơn vị KHONG-CO.\n');
  }, 60_000);
});
