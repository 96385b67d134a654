/** Loading a PAKN with its history, folded state and the facts the policy needs. */
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { foldPakn } from '../../domain/pakn/fold.ts';
import type { PaknEvent } from '../../domain/pakn/events.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import { canReadPakn, type PaknScope } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { cityOf } from '../../platform/units/units.queries.ts';
import { loadPaknEvents, type StoredPaknEvent } from './pakn.queries.ts';

export interface LoadedPakn {
  code: string;
  records: StoredPaknEvent[];
  events: PaknEvent[];
  state: PaknState;
  scope: PaknScope;
  calendar: WorkingCalendar;
}

export function paknNotFound(code: string): Error {
  return notFound(`Không tìm thấy phản ánh, kiến nghị ${code}.`);
}

/** A PAKN the user may read; another unit's is "not found", so codes cannot be probed. */
export async function loadReadablePakn(ctx: AppContext, user: CurrentUser, code: string): Promise<LoadedPakn> {
  const loaded = await loadPakn(ctx, code);
  if (!loaded || !canReadPakn(user, loaded.scope)) throw paknNotFound(code);
  return loaded;
}

/** Any PAKN by code (the import, and the answer to an action just allowed). */
export async function loadPakn(ctx: AppContext, code: string): Promise<LoadedPakn | undefined> {
  const stored = await loadPaknEvents(ctx.db, code);
  if (!stored) return undefined;
  const { calendar } = await ctx.calendars.forUnit(stored.unitCode);
  const events = stored.records.map((record) => record.event);
  const state = foldPakn(code, events, { calendar });
  const scope: PaknScope = { unitCode: state.unitCode, cityCode: await cityOf(ctx.db, state.unitCode), departmentCode: state.departmentCode, assigneeId: state.handlerId };
  return { code, records: stored.records, events, state, scope, calendar };
}
