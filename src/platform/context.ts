import type { Config } from './config.ts';
import type { Database, DatabaseDriver } from './db/client.ts';
import type { LocalMinute } from '../domain/calendar/local-time.ts';
import type { StaffMember } from '../domain/policy/policy.ts';
import type { CalendarService } from './calendar/calendar-service.ts';
import type { FileStore } from './files/file-store.ts';

/** What every use case gets: the database, calendars and the clock (never read elsewhere). */
export interface AppContext {
  db: Database;
  driver: DatabaseDriver;
  config: Config;
  calendars: CalendarService;
  /** Now, in Vietnamese local minutes. */
  now(): LocalMinute;
  /** Storage of uploaded files; unset: the local folder `config.filesDir` (see fileStoreOf). */
  fileStore?: FileStore;
}

/** The signed-in staff member: the facts the policy reads, and the names shown. */
export interface CurrentUser extends StaffMember {
  username: string;
  fullName: string;
}
