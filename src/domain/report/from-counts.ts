/**
 * The report SQL's counts (src/db/report-queries.ts) as the pure core's shapes: FiguresReport
 * (with the rates of src/domain/kpi/figures.ts) and FormII06a (row order of form-ii06a.ts).
 * No rule of its own: rates, ordering and names come from the domain.
 */
import type { PercentMode } from '../format/percent.ts';
import { sortedFiguresRecord, withRates, type FigureCounts, type FiguresReport, type GroupBy } from '../kpi/figures.ts';
import { emptyFormII06aCounts, formII06aFromGroups, type FormII06a, type FormII06aCounts } from '../kpi/form-ii06a.ts';
import type { DayRange } from '../kpi/period.ts';
import type { ReportCounts } from './counts.ts';

export function figuresFromCounts(counts: ReportCounts, options: { groupBy?: GroupBy; percentMode?: PercentMode } = {}): FiguresReport {
  const mode = options.percentMode ?? 'truncate';
  const pickFigures = (map: ReadonlyMap<string, { figures: FigureCounts }>) => new Map([...map].map(([key, value]) => [key, value.figures]));
  const report: FiguresReport = { total: withRates(counts.total.figures, mode), byField: sortedFiguresRecord(pickFigures(counts.byField), mode) };
  if (options.groupBy !== undefined) {
    report.groupBy = options.groupBy;
    report.byGroup = sortedFiguresRecord(pickFigures(options.groupBy === 'field' ? counts.byField : (counts.byGroup ?? new Map())), mode);
  }
  return report;
}

/**
 * Biểu II.06a by field (from `byField`) or by unit (from `byGroup` of a query grouped by unit).
 * Only handled dossiers make rows, as in buildFormII06a; `include` adds rows of zeros.
 */
export function formFromCounts(
  counts: ReportCounts,
  period: DayRange,
  options: { groupBy: 'field' | 'unit'; names?: Readonly<Record<string, string>>; include?: readonly string[] },
): FormII06a {
  const source = options.groupBy === 'field' ? counts.byField : (counts.byGroup ?? new Map());
  const groups = new Map<string, FormII06aCounts>();
  for (const key of options.include ?? []) groups.set(key, emptyFormII06aCounts());
  for (const [key, value] of source) {
    if (value.form.received > 0) groups.set(key, value.form);
  }
  return formII06aFromGroups(groups, counts.total.form, period, options.groupBy, options.names);
}
