/**
 * Uploads a crash left behind, removed when the server starts:
 * - `<files>/tmp/*.part`: a file-store upload received but never committed under its SHA-256
 *   name nor discarded (file-store.ts);
 * - `<data>/imports/uploads/*`: an import file streamed in by POST /api/imports(/preview), which
 *   the route deletes when the import ends; a file still there belongs to an import that died
 *   with the process (imports are not resumed from these files: the job stays as it was).
 *
 * On the embedded database the data folder is locked to this process (data-folder-lock.ts), so
 * at start nothing else can be writing or reading these files: all of them go. With PostgreSQL
 * several servers may share one data folder and another one's upload or import may be under
 * way, so only files untouched for LEFTOVER_AGE_MS go.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { localFileStore } from './file-store.ts';

/** Where POST /api/imports streams an uploaded file (src/http/routes/imports.ts). */
export function importUploadsDir(dataDir: string): string {
  return path.join(dataDir, 'imports', 'uploads');
}

/** A shared folder's file untouched this long belongs to no upload or import still running. */
export const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

export interface RemovedUploads {
  /** Uncommitted file-store uploads removed. */
  fileStore: number;
  /** Import uploads removed. */
  imports: number;
}

/**
 * Removes what crashed uploads left behind. `exclusive`: this process alone uses the data
 * folder (the PGlite lock is held), so every leftover goes; otherwise only old ones.
 */
export async function removePartialUploads(
  config: Pick<Config, 'dataDir' | 'filesDir'>,
  options: { exclusive: boolean; now?: number },
): Promise<RemovedUploads> {
  const now = options.now ?? Date.now();
  const stale = (mtimeMs: number): boolean => options.exclusive || now - mtimeMs >= LEFTOVER_AGE_MS;
  return {
    fileStore: await removeFiles(localFileStore(config.filesDir).temporaryDir, (name) => name.endsWith('.part'), stale),
    imports: await removeFiles(importUploadsDir(config.dataDir), () => true, stale),
  };
}

async function removeFiles(dir: string, named: (name: string) => boolean, stale: (mtimeMs: number) => boolean): Promise<number> {
  const entries = await orMissing(fs.readdir(dir, { withFileTypes: true }));
  let removed = 0;
  for (const entry of entries ?? []) {
    if (!entry.isFile() || !named(entry.name)) continue;
    const file = path.join(dir, entry.name);
    // Another server sharing the folder may remove it first.
    const stat = await orMissing(fs.stat(file));
    if (!stat || !stale(stat.mtimeMs)) continue;
    await fs.rm(file, { force: true });
    removed += 1;
  }
  return removed;
}

async function orMissing<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
