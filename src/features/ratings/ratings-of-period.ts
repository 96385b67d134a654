/** The ratings given in a period (for the report's figures and QĐ 766 5.4). */
import type { Database } from '../../platform/db/client.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import { MINUTES_PER_DAY } from '../../domain/calendar/local-time.ts';
import type { DayRange } from '../../domain/kpi/period.ts';
import type { Rating } from '../../domain/rating/rating.ts';
import { ratingsBetween } from './ratings.queries.ts';

export function ratingsOfPeriod(db: Database, unitCodes: readonly string[], range: DayRange): Promise<Rating[]> {
  return ratingsBetween(db, unitCodes, dateFromLocalMinute(range.from * MINUTES_PER_DAY), dateFromLocalMinute((range.to + 1) * MINUTES_PER_DAY - 1));
}
