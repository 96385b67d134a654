/**
 * Rating figures for a report period: in total and per officer, department and unit, with the
 * answers to each question. A rating belongs to the period of its own moment (`at`). A visit
 * counts as satisfied, neutral or dissatisfied by its overall answer (rating-config.ts).
 */

import { UNASSIGNED_GROUP } from '../kpi/labels.ts';
import { periodWindow, type DayRange } from '../kpi/period.ts';
import { ratio, type PercentMode, type Ratio } from '../format/percent.ts';
import type { Sentiment } from './rating-config.ts';
import type { Rating } from './rating.ts';

export type SentimentCounts = Record<Sentiment, number> & { answers: number };

export interface RatingFigures {
  ratings: number;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  /** satisfied / ratings. */
  satisfiedRate: Ratio;
  /** dissatisfied / ratings. */
  dissatisfiedRate: Ratio;
  /** Per question code: how its answers fell. */
  byQuestion: Record<string, SentimentCounts>;
}

export interface RatingReport {
  total: RatingFigures;
  byOfficer: Record<string, RatingFigures>;
  /** Ratings without a department recorded go under "(Chưa xác định)". */
  byDepartment: Record<string, RatingFigures>;
  byUnit: Record<string, RatingFigures>;
}

export interface RatingFiguresOptions {
  percentMode?: PercentMode;
}

function inPeriod(rating: Rating, period: DayRange): boolean {
  const window = periodWindow(period);
  return rating.at >= window.start && rating.at < window.end;
}

function figuresOf(ratings: readonly Rating[], mode: PercentMode): RatingFigures {
  const counts: Record<Sentiment, number> = { satisfied: 0, neutral: 0, dissatisfied: 0 };
  const byQuestion: Record<string, SentimentCounts> = {};
  for (const rating of ratings) {
    counts[rating.sentiment] += 1;
    for (const answer of rating.answers) {
      const entry = (byQuestion[answer.question] ??= { answers: 0, satisfied: 0, neutral: 0, dissatisfied: 0 });
      entry.answers += 1;
      entry[answer.sentiment] += 1;
    }
  }
  return {
    ratings: ratings.length,
    ...counts,
    satisfiedRate: ratio(counts.satisfied, ratings.length, { mode }),
    dissatisfiedRate: ratio(counts.dissatisfied, ratings.length, { mode }),
    byQuestion,
  };
}

function grouped(ratings: readonly Rating[], keyOf: (rating: Rating) => string, mode: PercentMode): Record<string, RatingFigures> {
  const groups = new Map<string, Rating[]>();
  for (const rating of ratings) {
    const key = keyOf(rating);
    const list = groups.get(key);
    if (list) list.push(rating);
    else groups.set(key, [rating]);
  }
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
  return Object.fromEntries(keys.map((key) => [key, figuresOf(groups.get(key)!, mode)]));
}

export function computeRatingFigures(ratings: readonly Rating[], period: DayRange, options: RatingFiguresOptions = {}): RatingReport {
  const mode = options.percentMode ?? 'truncate';
  const selected = ratings.filter((rating) => inPeriod(rating, period));
  return {
    total: figuresOf(selected, mode),
    byOfficer: grouped(selected, (rating) => rating.officerId, mode),
    byDepartment: grouped(selected, (rating) => rating.departmentCode ?? UNASSIGNED_GROUP, mode),
    byUnit: grouped(selected, (rating) => rating.unitCode, mode),
  };
}

/** The `satisfaction` object of the report JSON (`motcua report … --json`). */
export interface SatisfactionSummary {
  ratings: number;
  satisfied: number;
  dissatisfied: number;
}

export function satisfactionSummary(figures: RatingFigures): SatisfactionSummary {
  return { ratings: figures.ratings, satisfied: figures.satisfied, dissatisfied: figures.dissatisfied };
}

/**
 * Codes of the dossiers with at least one dissatisfied rating (sorted, each once): the
 * "dislike" input of QĐ 766 5.4. All ratings given count; the caller chooses which (e.g. the
 * ratings made up to the end of the period).
 */
export function dossiersWithDissatisfiedRating(ratings: readonly Rating[]): string[] {
  const codes = new Set<string>();
  for (const rating of ratings) if (rating.sentiment === 'dissatisfied') for (const code of rating.dossierCodes) codes.add(code);
  return [...codes].sort();
}
