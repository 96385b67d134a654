/**
 * What the report SQL counts (features/reports/reports.queries.ts), per group: the narrative
 * figures' counts and Biểu II.06a's counts; from-counts.ts turns them into the core's shapes.
 */
import type { FigureCounts } from '../kpi/figures.ts';
import type { FormII06aCounts } from '../kpi/form-ii06a.ts';
import type { ServiceIndexTallies } from '../kpi/service-index.ts';

/** Everything one group's row counts: the narrative counts, the stopped dossiers' timing for II.06a, the service index's tallies. */
export interface ReportGroupCounts {
  figures: FigureCounts;
  form: FormII06aCounts;
  /** The QĐ 766 dossier sub-indicators' counts (a city board ranks its units on them without reading states). */
  serviceIndex: ServiceIndexTallies;
}

export interface ReportCounts {
  total: ReportGroupCounts;
  byField: Map<string, ReportGroupCounts>;
  byGroup?: Map<string, ReportGroupCounts>;
}
