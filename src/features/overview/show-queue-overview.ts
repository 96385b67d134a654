/**
 * The queue and satisfaction section of the unit overview (docs/queue.md §12): today's queue
 * (tickets issued, waiting now, served, no-shows, median and p90 wait, per counter) and the
 * satisfaction of the calendar month so far (ratings, satisfied, dissatisfied, by officer). The
 * figures are the report's own (queue-report.ts namedQueueFigures / namedRatingFigures over the
 * same days), so the overview and a report of the same day agree.
 */
import { dayOf, isoDate } from '../../domain/calendar/local-time.ts';
import { periodContaining } from '../../domain/kpi/period.ts';
import { canReadUnit } from '../../domain/policy/policy.ts';
import type { QueueFigures } from '../../domain/queue/queue-figures.ts';
import type { RatingFigures } from '../../domain/rating/rating-figures.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { cityOf } from '../../platform/units/units.queries.ts';
import { namedQueueFigures, namedRatingFigures } from '../queue/queue-report.ts';

export interface QueueLine {
  tickets: number;
  /** Waiting, called or at a counter now. */
  open: number;
  served: number;
  noShow: number;
  cancelled: number;
  waitMedian: number | null;
  waitP90: number | null;
}

export interface SatisfactionLine {
  ratings: number;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
}

export interface QueueOverview {
  unitCode: string;
  today: string;
  period: { from: string; to: string };
  queue: QueueLine & { byCounter: Array<QueueLine & { counter: string }> };
  satisfaction: SatisfactionLine & { byOfficer: Array<SatisfactionLine & { officer: string }> };
}

function queueLine(figures: QueueFigures): QueueLine {
  const { tickets, open, served, noShow, cancelled, waitMinutes } = figures;
  return { tickets, open, served, noShow, cancelled, waitMedian: waitMinutes.median, waitP90: waitMinutes.p90 };
}

function satisfactionLine(figures: RatingFigures): SatisfactionLine {
  const { ratings, satisfied, neutral, dissatisfied } = figures;
  return { ratings, satisfied, neutral, dissatisfied };
}

export async function showQueueOverview(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<QueueOverview> {
  if (!canReadUnit(user, { code: unitCode, parentCode: await cityOf(ctx.db, unitCode) })) throw forbidden('Bạn không có quyền xem tổng quan của đơn vị này.');
  const today = dayOf(ctx.now());
  const month = periodContaining(today, 'month', 'calendar');
  const period = { from: month.from, to: Math.min(month.to, today) };
  const [queue, rated] = await Promise.all([
    namedQueueFigures(ctx.db, unitCode, [unitCode], { from: today, to: today }),
    namedRatingFigures(ctx.db, [unitCode], period, { percentMode: 'truncate', departmentNames: new Map() }),
  ]);
  return {
    unitCode,
    today: isoDate(today),
    period: { from: isoDate(period.from), to: isoDate(period.to) },
    queue: { ...queueLine(queue.total), byCounter: Object.entries(queue.byCounter).map(([counter, figures]) => ({ counter, ...queueLine(figures) })) },
    satisfaction: {
      ...satisfactionLine(rated.figures.total),
      byOfficer: Object.entries(rated.figures.byOfficer).map(([officer, figures]) => ({ officer, ...satisfactionLine(figures) })),
    },
  };
}
