/**
 * The leaders' overview of one unit now: received today, in progress, due today and on the
 * next working day, overdue — in total, by department and by officer. Pure arithmetic over
 * the rows of features/overview/overview.queries.ts and the unit's working calendar.
 */
import { dayOf, isoDate, MINUTES_PER_DAY, type LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { STATUS } from '../dossier/state.ts';

/** A dossier as the overview counts it (features/overview/overview.queries.ts reads these). */
export interface OverviewRow {
  code: string;
  status: number;
  receivedAt: LocalMinute | undefined;
  legalDueAt: LocalMinute | undefined;
  endedAt: LocalMinute | undefined;
  departmentCode: string | null;
  assigneeId: string | null;
  paused: boolean;
}

export interface OverviewCounts {
  inProgress: number;
  dueToday: number;
  dueNextWorkingDay: number;
  overdue: number;
}

export interface Overview extends OverviewCounts {
  /** Today's date, and the next working day after it (YYYY-MM-DD). */
  today: string;
  nextWorkingDay: string;
  receivedToday: number;
  /** Processed, waiting to be handed back to the citizen. */
  awaitingReturn: number;
  byDepartment: Array<OverviewCounts & { code: string | null; name: string }>;
  byOfficer: Array<OverviewCounts & { id: string | null; name: string }>;
}

/** Statuses in which the dossier is being handled (received, processing, supplement, financial obligation). */
export const IN_PROGRESS_STATUSES: readonly number[] = [STATUS.received, STATUS.processing, STATUS.supplementRequested, STATUS.financialObligation];
const IN_PROGRESS = new Set<number>(IN_PROGRESS_STATUSES);
/**
 * Statuses of a dossier that was never received: an online submission not yet received, refused at
 * the desk. A count of receptions leaves them out, as the report's "received" does
 * (features/reports/reports.queries.ts: received_at IS NOT NULL AND status NOT IN (1, 3)).
 */
export const NEVER_RECEIVED_STATUSES: readonly number[] = [STATUS.submitted, STATUS.refusedAtReception];

const zero = (): OverviewCounts => ({ inProgress: 0, dueToday: 0, dueNextWorkingDay: 0, overdue: 0 });

/** Counted by the database rather than from rows (they are not open dossiers). */
export interface OverviewTallies {
  /** Dossiers received since the start of today. */
  receivedToday: number;
  /** Dossiers processed and waiting to be handed back (status 9), whenever received. */
  awaitingReturn: number;
}

/** `rows`: the unit's dossiers not ended (features/overview/overview.queries.ts openOverviewRows). */
export function computeOverview(
  rows: readonly OverviewRow[],
  tallies: OverviewTallies,
  now: LocalMinute,
  calendar: WorkingCalendar,
  names: { departments: ReadonlyMap<string, string>; users: ReadonlyMap<string, string> },
): Overview {
  const today = dayOf(now);
  const next = calendar.nextWorkingDay(today, true);
  const totals = zero();
  const byDepartment = new Map<string | null, OverviewCounts>();
  const byOfficer = new Map<string | null, OverviewCounts>();
  for (const row of rows) {
    if (row.endedAt !== undefined || !IN_PROGRESS.has(row.status)) continue;
    const dept = byDepartment.get(row.departmentCode) ?? zero();
    const officer = byOfficer.get(row.assigneeId) ?? zero();
    byDepartment.set(row.departmentCode, dept);
    byOfficer.set(row.assigneeId, officer);
    const counts = [totals, dept, officer];
    for (const c of counts) c.inProgress++;
    // A paused dossier (waiting for the citizen) has no running deadline.
    if (row.legalDueAt === undefined || row.paused) continue;
    const dueDay = dayOf(row.legalDueAt);
    const key: keyof OverviewCounts | undefined = row.legalDueAt < now ? 'overdue' : dueDay === today ? 'dueToday' : dueDay === next ? 'dueNextWorkingDay' : undefined;
    if (key) for (const c of counts) c[key]++;
  }
  const sorted = <K>(map: Map<K, OverviewCounts>, label: (key: K) => string) =>
    [...map.entries()]
      .map(([key, c]) => ({ key, name: label(key), ...c }))
      .sort((a, b) => b.overdue - a.overdue || b.inProgress - a.inProgress || a.name.localeCompare(b.name, 'vi'));
  return {
    today: isoDate(today),
    nextWorkingDay: isoDate(next),
    receivedToday: tallies.receivedToday,
    awaitingReturn: tallies.awaitingReturn,
    ...totals,
    byDepartment: sorted(byDepartment, (code) => (code === null ? 'Bộ phận một cửa (chưa chuyển)' : (names.departments.get(code) ?? code))).map(({ key, ...rest }) => ({ code: key, ...rest })),
    byOfficer: sorted(byOfficer, (id) => (id === null ? 'Chưa phân công' : (names.users.get(id) ?? id))).map(({ key, ...rest }) => ({ id: key, ...rest })),
  };
}

/** Start of the day `days` before `now` (for "received since"). */
export function daysAgo(now: LocalMinute, days: number): LocalMinute {
  return (dayOf(now) - days) * MINUTES_PER_DAY;
}
