/**
 * The queue and satisfaction section of the periodic report (docs/queue.md §9): ticket figures
 * (wait, service, no-shows by hour, group, counter, officer), rating figures (by officer,
 * department, unit), the report JSON's contract summaries, and QĐ 766 5.4 "satisfaction with
 * receiving and resolving" over the period's handled dossiers with the dossiers behind it.
 */
import type { Database } from '../../platform/db/client.ts';
import type { DayRange } from '../../domain/kpi/period.ts';
import type { PercentMode } from '../../domain/format/percent.ts';
import { computeQueueFigures, queueSummary, type QueueReport } from '../../domain/queue/queue-figures.ts';
import type { QueueReportSection } from '../../domain/report/queue-section.ts';
import { computeRatingFigures, dossiersWithDissatisfiedRating, satisfactionSummary, type RatingReport } from '../../domain/rating/rating-figures.ts';
import type { Rating } from '../../domain/rating/rating.ts';
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

/** The queue figures of some days, officer keys replaced by names and group codes by names (the report's and the overview's). */
export async function namedQueueFigures(db: Database, unitCode: string, unitCodes: readonly string[], range: DayRange): Promise<QueueReport> {
  const [tickets, unit] = await Promise.all([ticketStatesOfDays(db, unitCodes, range.from, range.to), findUnit(db, unitCode)]);
  const queueFigures = computeQueueFigures(tickets, range);
  const names = await officerNames(db, Object.keys(queueFigures.byOfficer));
  const config = unit ? queueSettingsOf(unit).config : undefined;
  const groupNames = new Map(Object.keys(queueFigures.byServiceGroup).map((code) => [code, (config && findServiceGroup(config, code)?.name) ?? code]));
  return { ...queueFigures, byServiceGroup: renamed(queueFigures.byServiceGroup, groupNames), byOfficer: renamed(queueFigures.byOfficer, names) };
}

/** The rating figures of a period, officer keys and department codes replaced by names, with the ratings behind them. */
export async function namedRatingFigures(
  db: Database,
  unitCodes: readonly string[],
  range: DayRange,
  options: { percentMode: PercentMode; departmentNames: ReadonlyMap<string, string> },
): Promise<{ ratings: Rating[]; figures: RatingReport }> {
  const ratings = await ratingsOfPeriod(db, unitCodes, range);
  const ratingFigures = computeRatingFigures(ratings, range, { percentMode: options.percentMode });
  const names = await officerNames(db, Object.keys(ratingFigures.byOfficer));
  return { ratings, figures: { ...ratingFigures, byOfficer: renamed(ratingFigures.byOfficer, names), byDepartment: renamed(ratingFigures.byDepartment, options.departmentNames) } };
}

export async function queueReportSection(db: Database, input: QueueReportInput): Promise<QueueReportSection> {
  const [queueFigures, rated] = await Promise.all([
    namedQueueFigures(db, input.unitCode, input.unitCodes, input.range),
    namedRatingFigures(db, input.unitCodes, input.range, { percentMode: input.percentMode, departmentNames: input.departmentNames }),
  ]);
  return {
    queue: queueSummary(queueFigures.total),
    satisfaction: satisfactionSummary(rated.figures.total),
    queueFigures,
    ratingFigures: rated.figures,
    satisfactionIndex: computeSatisfactionIndicator(
      { dossiers: input.dossiers, overdue: input.overdue, withPakn: [], withDissatisfiedRating: dossiersWithDissatisfiedRating(rated.ratings) },
      { percentMode: input.percentMode },
    ),
  };
}
