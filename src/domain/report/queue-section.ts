/** The queue and satisfaction section of the periodic report (issue 18; built by features/queue/queue-report.ts). */
import type { QueueFigures, QueueSummary } from '../queue/queue-figures.ts';
import type { RatingFigures, SatisfactionSummary } from '../rating/rating-figures.ts';
import type { SatisfactionIndicator } from '../rating/satisfaction-index.ts';

export interface QueueSectionDetail {
  /** Keys: hour "7"…"16", service group name, counter number, officer name. */
  queueFigures: { total: QueueFigures; byHour: Record<string, QueueFigures>; byServiceGroup: Record<string, QueueFigures>; byCounter: Record<string, QueueFigures>; byOfficer: Record<string, QueueFigures> };
  /** Keys: officer name, department name, unit code. */
  ratingFigures: { total: RatingFigures; byOfficer: Record<string, RatingFigures>; byDepartment: Record<string, RatingFigures>; byUnit: Record<string, RatingFigures> };
  /** QĐ 766 5.4 with its dossiers. */
  satisfactionIndex: SatisfactionIndicator;
}

export interface QueueReportSection extends QueueSectionDetail {
  /** Report JSON contract: `queue: {tickets, served, noShow, waitMinutes: {median, p90}}`. */
  queue: QueueSummary;
  /** Report JSON contract: `satisfaction: {ratings, satisfied, dissatisfied}`. */
  satisfaction: SatisfactionSummary;
}
