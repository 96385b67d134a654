/**
 * The PAKN part of a periodic report (issue 19): the figures of the PAKN table
 * (computePaknFigures) and QĐ 766 5.1–5.4 (computePaknServiceItems) over the folded states of
 * the PAKN the period looks at. The reports feature calls this one use case.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import type { PercentMode } from '../../domain/format/percent.ts';
import { periodWindow, type DayRange } from '../../domain/kpi/period.ts';
import { computePaknFigures, type PaknFigures } from '../../domain/pakn/report.ts';
import { computePaknServiceItems, type PaknServiceItems } from '../../domain/pakn/service-index.ts';
import type { Database } from '../../platform/db/client.ts';
import { paknStatesForReport } from './pakn.queries.ts';

export interface PaknForReport {
  figures: PaknFigures;
  items: PaknServiceItems;
}

export async function paknForReport(db: Database, unitCodes: readonly string[], range: DayRange, options: { asOf: LocalMinute; percentMode: PercentMode; dossiers: readonly DossierState[] }): Promise<PaknForReport> {
  const window = periodWindow(range);
  const states = await paknStatesForReport(db, unitCodes, window.start, window.end);
  const figures = computePaknFigures(states, range, { asOf: options.asOf, percentMode: options.percentMode }).total;
  const items = computePaknServiceItems(states, options.dossiers, range, { asOf: options.asOf, percentMode: options.percentMode });
  return { figures, items };
}
