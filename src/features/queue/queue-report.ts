/**
 * The queue and satisfaction section of the periodic report (docs/queue.md §9): ticket figures
 * (wait, service, no-shows by hour, group, counter, officer), rating figures (by officer,
 * department, unit), the report JSON's contract summaries, and QĐ 766 5.4 "satisfaction with
 * receiving and resolving" over the period's handled dossiers with the dossiers behind it.
 */
import type { Database } from '../../platform/db/client.ts';
import type { DayRange } from '../../domain/kpi/period.ts';
import type { PercentMode } from '../../domain/format/percent.ts';
import { computeQueueFigures, queueSummary } from '../../domain/queue/queue-figures.ts';
import type { QueueReportSection } from '../../domain/report/queue-section.ts';
import { computeRatingFigures, dossiersWithDissatisfiedRating, satisfactionSummary } from '../../domain/rating/rating-figures.ts';
import { computeSatisfactionIndicator } from '../../domain/rating/satisfaction-index.ts';
import { findServiceGroup } from '../../domain/queue/queue-config.ts';
import { ratingsOfPeriod } from '../ratings/ratings-of-period.ts';
import { queueSettingsOf } from './queue-setup.ts';
import { officerNames, ticketStatesOfDays } from './queue.queries.ts';
import { findUnit } from '../../platform/units/units.queries.ts';

function renamed<T>(record: Record<string, T>, names: ReadonlyMap<string, string>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [names.get(key) ?? key, value]));
}

export interface QueueReportInput {
  unitCode: string;
  unitCodes: readonly string[];
  range: DayRange;
  percentMode: PercentMode;
  /** The period's handled dossiers (QĐ 766 2.1's population) and those judged overdue there. */
  dossiers: readonly string[];
  overdue: readonly string[];
  departmentNames: ReadonlyMap<string, string>;
}

export async function queueReportSection(db: Database, input: QueueReportInput): Promise<QueueReportSection> {
  const [tickets, ratings, unit] = await Promise.all([ticketStatesOfDays(db, input.unitCodes, input.range.from, input.range.to), ratingsOfPeriod(db, input.unitCodes, input.range), findUnit(db, input.unitCode)]);
  const queueFigures = computeQueueFigures(tickets, input.range);
  const ratingFigures = computeRatingFigures(ratings, input.range, { percentMode: input.percentMode });
  const names = await officerNames(db, [...Object.keys(queueFigures.byOfficer), ...Object.keys(ratingFigures.byOfficer)]);
  const config = unit ? queueSettingsOf(unit).config : undefined;
  const groupNames = new Map(Object.keys(queueFigures.byServiceGroup).map((code) => [code, (config && findServiceGroup(config, code)?.name) ?? code]));
  return {
    queue: queueSummary(queueFigures.total),
    satisfaction: satisfactionSummary(ratingFigures.total),
    queueFigures: { ...queueFigures, byServiceGroup: renamed(queueFigures.byServiceGroup, groupNames), byOfficer: renamed(queueFigures.byOfficer, names) },
    ratingFigures: { ...ratingFigures, byOfficer: renamed(ratingFigures.byOfficer, names), byDepartment: renamed(ratingFigures.byDepartment, input.departmentNames) },
    satisfactionIndex: computeSatisfactionIndicator(
      { dossiers: input.dossiers, overdue: input.overdue, withPakn: [], withDissatisfiedRating: dossiersWithDissatisfiedRating(ratings) },
      { percentMode: input.percentMode },
    ),
  };
}
