/** Checks on a data folder's files (durable-commit.test.ts, data-folder-start.test.ts). */
import fs from 'node:fs';
import path from 'node:path';

/** Every file or folder under `root` (and `root`) with a group or other permission bit, as "relative/path mode". */
export function notPrivate(root: string): string[] {
  const found: string[] = [];
  const visit = (entry: string): void => {
    const stat = fs.lstatSync(entry);
    if (stat.mode & 0o077) found.push(`${path.relative(root, entry) || '.'} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
  };
  visit(root);
  return found;
}
