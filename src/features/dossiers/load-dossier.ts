/** Loading a dossier with its history and the facts the policies need. */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { canReadDossier, type DossierScope } from '../../domain/policy/policy.ts';
import { fromRecord } from '../../platform/events/dossier-fold.ts';
import { loadDossierEvents } from '../../platform/events/event-store.ts';
import type { StoredDossierEvent } from '../../platform/events/event-rows.ts';
import { cityOf, departmentNames } from '../../platform/units/units.queries.ts';
import { officerNames } from './dossiers.queries.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';

export interface LoadedDossier {
  code: string;
  records: StoredDossierEvent[];
  events: DossierEvent[];
  state: DossierState;
  scope: DossierScope;
  calendar: WorkingCalendar;
  /** Names of the unit's officers and departments (the history in words; issue 14). */
  names: DossierNames;
}

/** Names by id and code, looked up once per load. */
export interface DossierNames {
  officers: Record<string, string>;
  departments: Record<string, string>;
}

/** The names a dossier of `unitCode` may mention. */
export async function namesOfUnit(ctx: AppContext, unitCode: string): Promise<DossierNames> {
  const [officers, departments] = await Promise.all([officerNames(ctx.db, unitCode), departmentNames(ctx.db, unitCode)]);
  return { officers, departments };
}

/**
 * Loads a dossier the user may read. A dossier the user may not read is reported as not found,
 * so that codes of other units cannot be probed.
 */
export async function loadReadableDossier(ctx: AppContext, user: CurrentUser, code: string): Promise<LoadedDossier> {
  const dossier = await loadDossier(ctx, code);
  if (!canReadDossier(user, dossier.scope)) throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  return dossier;
}

/**
 * The dossier as it stands right after `user` acted on it: the answer to the action, even when
 * the action took the dossier out of the user's sight (a department head forwarding it to a
 * vertical agency). Only for the response of an action that was just allowed and committed.
 */
export async function loadDossierAfterAction(ctx: AppContext, code: string): Promise<LoadedDossier> {
  return loadDossier(ctx, code);
}

async function loadDossier(ctx: AppContext, code: string): Promise<LoadedDossier> {
  const records = await ctx.db.transaction((tx) => loadDossierEvents(tx, code));
  const first = records[0];
  if (!first) throw notFound(`Không tìm thấy hồ sơ ${code}.`);
  const { calendar } = await ctx.calendars.forUnit(first.unitCode);
  const events = records.map(fromRecord);
  const state = foldDossier(code, events, { calendar });
  const scope: DossierScope = {
    unitCode: state.unitCode,
    cityCode: await cityOf(ctx.db, state.unitCode),
    departmentCode: state.departmentCode,
    assigneeId: state.assigneeId,
  };
  return { code, records, events, state, scope, calendar, names: await namesOfUnit(ctx, state.unitCode) };
}
