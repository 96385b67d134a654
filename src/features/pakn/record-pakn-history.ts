/**
 * Writes a new PAKN's whole history at once (a registration; the demo data; later the import), each event through
 * decidePakn as if entered one by one: a history the application could not have written is refused.
 */
import { dayOf } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { decidePakn, type PaknDecision } from '../../domain/pakn/decide.ts';
import type { PaknEvent, PaknEventInput } from '../../domain/pakn/events.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import type { Database } from '../../platform/db/client.ts';
import { AppError, type AppErrorKind } from '../../platform/errors.ts';
import { insertNewPakn, type AfterPaknWrite } from './pakn.store.ts';

/** A wrong state is a conflict; a role the table does not allow is forbidden; the rest is bad input. */
const REFUSAL_KIND: Record<Extract<PaknDecision, { ok: false }>['cause'], AppErrorKind> = { invalid: 'bad_request', rule: 'bad_request', state: 'conflict', role: 'forbidden', turn: 'forbidden' };

export function refusalError(decision: Extract<PaknDecision, { ok: false }>): AppError {
  return new AppError(REFUSAL_KIND[decision.cause], decision.reason, decision.field);
}

export async function recordPaknHistory(db: Database, calendar: WorkingCalendar, history: readonly PaknEventInput[], afterWrite?: AfterPaknWrite): Promise<PaknState> {
  const first = history[0];
  if (!first || first.type !== 'registered') throw new Error('recordPaknHistory: a history starts with its registration');
  return insertNewPakn(db, first.unitCode, dayOf(first.receivedAt), (code) => {
    const events: PaknEvent[] = [];
    let state: PaknState | undefined;
    for (const input of history) {
      const decision = decidePakn(code, events, input, { calendar });
      if (!decision.ok) throw refusalError(decision);
      events.push(decision.event);
      state = decision.state;
    }
    return { events, state: state! };
  }, afterWrite);
}
