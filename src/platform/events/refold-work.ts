/**
 * Rows stored before issue 14 lack the work columns ("Việc của tôi", its counts and filters):
 * at start-up, every open dossier not folded with them is folded again from its events (the
 * truth) and its read model rewritten; closed ones simply have no work. Idempotent: a row is
 * marked `work_folded` once done, and every write since issue 14 sets it.
 */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { dossiers } from '../db/schema.ts';
import type { CalendarService } from '../calendar/calendar-service.ts';
import { loadDossierEvents } from './event-store.ts';
import { fromRecord, workColumnsFromState } from './dossier-fold.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import { STATUS } from '../../domain/dossier/state.ts';

/** Statuses in which something may wait on a dossier (work.ts). */
const OPEN = [STATUS.submitted, STATUS.received, STATUS.processing, STATUS.supplementRequested, STATUS.financialObligation, STATUS.processed];

/** Folds again the open dossiers stored before issue 14; returns how many were rewritten. */
export async function refoldWork(db: Database, calendars: CalendarService): Promise<number> {
  await db.update(dossiers).set({ workFolded: true }).where(and(eq(dossiers.workFolded, false), notInArray(dossiers.status, OPEN)));
  const stale = await db.select({ code: dossiers.code, unitCode: dossiers.unitCode }).from(dossiers).where(and(eq(dossiers.workFolded, false), inArray(dossiers.status, OPEN)));
  for (const { code, unitCode } of stale) {
    const { calendar } = await calendars.forUnit(unitCode);
    const records = await db.transaction((tx) => loadDossierEvents(tx, code));
    const state = foldDossier(code, records.map(fromRecord), { calendar });
    await db.update(dossiers).set({ ...workColumnsFromState(state), state }).where(eq(dossiers.code, code));
  }
  return stale.length;
}
