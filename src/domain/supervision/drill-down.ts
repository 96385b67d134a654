/**
 * w3-city (issue 16 §4): the rows of the supervision drill-down (unit → departments → officers)
 * from the counts of features/overview/drill-down.queries.ts: names, the on-time rate of the month
 * (resolved by the legal date over resolved, truncated, as the reports), the worst first.
 */
import { scaledQuotient } from '../format/percent.ts';

/** One group's counts: open now, and received / resolved in the month. */
export interface GroupCounts {
  /** department_code or assignee_id; null: not routed / not assigned. */
  key: string | null;
  /** Received in the month (any channel, refusals apart). */
  received: number;
  inProgress: number;
  overdue: number;
  dueSoon: number;
  /** Resolved (processed or returned) in the month, and of them by the legal date. */
  resolved: number;
  resolvedOnTime: number;
}

export interface DrillDownRow extends GroupCounts {
  name: string;
  /** Resolved on time / resolved in the month, in basis points (null: nothing resolved). */
  onTimeBasisPoints: number | null;
}

/** Rows named by `nameOf` (null key: `unnamed`), most overdue first, then most in progress, then by name. */
export function drillDownRows(groups: readonly GroupCounts[], nameOf: (key: string) => string, unnamed: string): DrillDownRow[] {
  return groups
    .map((group) => ({
      ...group,
      name: group.key === null ? unnamed : nameOf(group.key),
      onTimeBasisPoints: group.resolved === 0 ? null : scaledQuotient(group.resolvedOnTime, group.resolved, 10_000, 'truncate'),
    }))
    .sort((a, b) => b.overdue - a.overdue || b.inProgress - a.inProgress || a.name.localeCompare(b.name, 'vi'));
}

/** The total of the rows (the unit's or the department's own line). */
export function totalOf(rows: readonly GroupCounts[]): Omit<GroupCounts, 'key'> {
  const total = { received: 0, inProgress: 0, overdue: 0, dueSoon: 0, resolved: 0, resolvedOnTime: 0 };
  for (const row of rows) for (const field of Object.keys(total) as Array<keyof typeof total>) total[field] += row[field];
  return total;
}
