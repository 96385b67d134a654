/**
 * Opening the database from a command: the data folder of `--data` (PGlite, locked while
 * open) or DATABASE_URL, with a Vietnamese message when another process holds the folder.
 */
import { CliError } from './io.ts';
import { configWithOptions } from './commands/serve.ts';
import { openDatabase, type DatabaseHandle } from '../platform/db/client.ts';
import { DataFolderLockedError } from '../platform/db/data-folder-lock.ts';

export async function withDatabase<T>(options: { data?: string | undefined }, action: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = configWithOptions(options.data ? { data: options.data } : {});
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw new CliError(error.message, 1);
    throw error;
  }
  try {
    return await action(handle);
  } finally {
    await handle.close();
  }
}
