/**
 * The data folder is private to the account that runs Một Cửa: it holds the database (every
 * dossier, applicant names, identity numbers, password hashes) and the uploaded files.
 *
 * - New files: the server runs with umask 077 (`privateUmask`), PGlite's files are made 0600 and
 *   its folders 0700 by durable-fs.ts (which the umask alone does not reach: Emscripten sets modes
 *   with chmod), and the lock file is created 0600.
 * - Existing files: a folder made by an earlier version (PGlite wrote its cluster 0666) is put
 *   right at every start by `makeDataFolderPrivate`: group and other bits are removed from every
 *   file and folder under it. Symbolic links are not followed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { NOT_PRIVATE } from './durable-fs.ts';

/** Removes group and other permissions from the data folder and everything under it; returns how many entries changed. */
export function makeDataFolderPrivate(dataDir: string): number {
  if (!fs.existsSync(dataDir)) return 0;
  return makePrivate(dataDir);
}

function makePrivate(entry: string): number {
  const stat = fs.lstatSync(entry);
  if (!stat.isDirectory() && !stat.isFile()) return 0;
  let changed = 0;
  if (stat.mode & NOT_PRIVATE) {
    fs.chmodSync(entry, stat.mode & 0o7777 & ~NOT_PRIVATE);
    changed += 1;
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry)) changed += makePrivate(path.join(entry, name));
  }
  return changed;
}

/**
 * Files and folders the process creates from now on are private (umask 077). Worker threads
 * may not change the umask; there it stays as it is.
 */
export function privateUmask(): void {
  if (isMainThread) process.umask(NOT_PRIVATE);
}
