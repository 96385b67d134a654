/** A file store in a fresh temporary folder (the demo writes its attachments' files there), removed after the enclosing suite. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { LocalFolderFileStore } from '../../src/platform/files/file-store.ts';

export function temporaryFileStore(): LocalFolderFileStore {
  const store = new LocalFolderFileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-files-')));
  afterAll(() => fs.rmSync(store.root, { recursive: true, force: true }));
  return store;
}
