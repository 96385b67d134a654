/**
 * The seed populations (test-builders.ts) rebuilt as event histories: every dossier gets a
 * history of real events (submitted, received, fee paid, files attached, forwarded, supplement
 * requested, result ready and returned, stopped, withdrawn) whose fold on a real working
 * calendar lands in the same report cell as the state `buildPopulation` builds directly.
 * Due dates are not chosen here: they come from the procedure's time limit and the calendar,
 * and the end of processing is placed relative to the computed due date (early: before the
 * due day; on time: at the due minute; overdue: one working hour after it).
 *
 * Pure test support (no vitest), shared by the domain fidelity test and the database/report
 * tests that write these histories through the event store.
 */
import { dayOf, MINUTES_PER_DAY, type DayNumber, type LocalMinute } from '../../src/domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import type { TimeLimit } from '../../src/domain/deadline/types.ts';
import { formatDossierCode } from '../../src/domain/dossier/code.ts';
import type { DossierEvent } from '../../src/domain/dossier/events.ts';
import { foldDossier } from '../../src/domain/dossier/fold.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { buildProcedureSnapshot, HistoryBuilder } from './dossier-builders.ts';
import { buildPopulation, type PopulationOutcome, type SeedPopulation } from './kpi-builders.ts';

export interface SeedHistory {
  code: string;
  unitCode: string;
  /** The group's intended outcome (what the report must count this dossier as). */
  outcome: PopulationOutcome;
  events: DossierEvent[];
}

const HOUR = 60;
/** Short enough to end inside any seed period; long enough to end early on the day of receipt. */
const SHORT_LIMIT: TimeLimit = { kind: 'working-days', days: 3 };
/** Due one working day after receipt: on-time and overdue ends fall on the next working day. */
const ONE_DAY_LIMIT: TimeLimit = { kind: 'working-days', days: 1 };
/** Still far from due at the end of any seed period. */
const LONG_LIMIT: TimeLimit = { kind: 'working-days', days: 120 };

function limitFor(outcome: PopulationOutcome): TimeLimit {
  switch (outcome) {
    case 'onTime':
    case 'overdue':
    case 'inProgressOverdue':
    case 'waitingSupplement':
      return ONE_DAY_LIMIT;
    case 'inProgress':
      return LONG_LIMIT;
    default:
      return SHORT_LIMIT;
  }
}

function lastWorkingDayBefore(calendar: WorkingCalendar, day: DayNumber): DayNumber {
  let candidate = day - 1;
  while (!calendar.isWorkingDay(candidate)) candidate -= 1;
  return candidate;
}

/** Which group of the spec each built state came from (buildPopulation keeps group order). */
function outcomesInBuildOrder(seed: SeedPopulation): PopulationOutcome[] {
  return seed.spec.groups.flatMap((group) => Array.from({ length: group.count }, () => group.outcome));
}

/**
 * Histories for every dossier of `seed`, received by `unitCode` on `calendar`. New dossiers
 * are received at 08:00 on the first working day of the period, carried-over ones at 08:00
 * on the last working day before it.
 */
export function buildSeedHistories(seed: SeedPopulation, calendar: WorkingCalendar, unitCode = '000.00.24.H24'): SeedHistory[] {
  const { period } = seed.spec;
  const states = buildPopulation(seed.spec);
  const outcomes = outcomesInBuildOrder(seed);
  const firstDay = calendar.isWorkingDay(period.from) ? period.from : calendar.nextWorkingDay(period.from, true);
  const carriedDay = lastWorkingDayBefore(calendar, period.from);
  const sequences = new Map<DayNumber, number>();

  return states.map((state, index) => {
    const outcome = outcomes[index]!;
    const carriedOver = state.receivedAt !== undefined && state.receivedAt < period.from * MINUTES_PER_DAY;
    const receivedAt: LocalMinute = (carriedOver ? carriedDay : firstDay) * MINUTES_PER_DAY + 8 * HOUR;
    const day = dayOf(receivedAt);
    const sequence = (sequences.get(day) ?? 0) + 1;
    sequences.set(day, sequence);
    const code = formatDossierCode(unitCode, day, sequence);
    return { code, unitCode, outcome, events: historyFor(code, state, outcome, receivedAt, firstDay, unitCode, calendar) };
  });
}

function historyFor(
  code: string,
  state: DossierState,
  outcome: PopulationOutcome,
  receivedAt: LocalMinute,
  firstDay: DayNumber,
  unitCode: string,
  calendar: WorkingCalendar,
): DossierEvent[] {
  const history = new HistoryBuilder(unitCode, buildProcedureSnapshot({ timeLimit: limitFor(outcome) }));
  if (state.channel === 'online') history.submitOnline(receivedAt - 30).receive(receivedAt, { feeAmount: state.feeAmount });
  else history.receive(receivedAt, { channel: state.channel, feeAmount: state.feeAmount });
  for (const payment of state.payments) history.payFee(receivedAt + 5, payment.amount, payment.online);
  if (state.hasComponentFile) history.attach(receivedAt + 10, 'component');
  if (state.hasReusedComponent) history.attach(receivedAt + 12, 'reused');
  history.forward(receivedAt + 20);

  // Actions of the period happen on its first working day (carried-over dossiers included).
  const inPeriod = firstDay * MINUTES_PER_DAY + 9 * HOUR;
  const legalDueAt = (): LocalMinute => {
    const due = foldDossier(code, history.build(), { calendar }).legalDueAt;
    if (due === undefined) throw new Error(`${code}: no legal due date after reception`);
    return due;
  };
  const finish = (endAt: LocalMinute): void => {
    if (state.hasResultFile) history.attach(endAt - 5, 'result');
    history.ready(endAt, state.hasResultFile).returnResult(endAt + 30);
  };

  switch (outcome) {
    case 'early':
      finish(inPeriod);
      break;
    case 'onTime':
      finish(legalDueAt());
      break;
    case 'overdue':
      finish(calendar.addWorkingMinutes(legalDueAt(), HOUR));
      break;
    case 'refused':
      history.stop(inPeriod, true);
      break;
    case 'withdrawn':
      history.withdraw(inPeriod);
      break;
    case 'waitingSupplement':
      history.requestSupplement(receivedAt + 30);
      break;
    case 'inProgress':
    case 'inProgressOverdue':
      break;
  }
  return history.build();
}
