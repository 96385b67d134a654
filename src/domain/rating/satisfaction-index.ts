/**
 * QĐ 766/QĐ-TTg sub-indicator 5.4, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC"
 * (reference.md §4.3, VPCP's formula description):
 *
 *   R = 100% − (share of overdue dossiers + share of dossiers with a PAKN or a "dislike")
 *
 * over the dossiers of the period; target 90%, 6 points (reference §4.1–4.2), scored with the
 * threshold rule of service-index.ts (Pmax when R ≥ T, else R × Pmax / T).
 *
 * Exact arithmetic from the counts, like service-index.ts: R = (N − o − c) / N, truncated (or
 * rounded) once at the end, never the difference of two already-truncated percentages. The two
 * shares are added as the formula says, so a dossier both overdue and complained about is
 * subtracted twice (the result notes how many); R never goes below 0. Each share lists its
 * dossiers, and the dossiers costing points are listed while the score is below its maximum.
 */

import { ratio, type PercentMode, type Ratio } from '../format/percent.ts';
import { SUB_INDICATOR_NAMES, SUB_INDICATOR_NOTES } from '../kpi/labels.ts';
import { thresholdPointsHundredths, type ComputedSubIndicator } from '../kpi/service-index.ts';
import { SATISFACTION_NOTES } from './labels.ts';

/** Group 6 "Mức độ hài lòng", item 5.4: 6 points, target 90% (reference §4.1, §4.2). */
export const SATISFACTION_MAX_POINTS = 6;
export const SATISFACTION_TARGET_PERCENT = 90;

export interface SatisfactionIndexInput {
  /** Codes of the dossiers the indicator is over (the period's population, chosen by the caller). */
  dossiers: readonly string[];
  /** Those overdue (QĐ 766 2.1's judgement, so that 2.1 and 5.4 agree). */
  overdue: readonly string[];
  /** Those with a PAKN about them. */
  withPakn: readonly string[];
  /** Those with a dissatisfied rating (rating-figures.ts `dossiersWithDissatisfiedRating`). */
  withDissatisfiedRating: readonly string[];
}

export interface Share {
  ratio: Ratio;
  /** The dossiers behind the share, sorted. */
  dossiers: string[];
}

export interface SatisfactionIndicator extends ComputedSubIndicator {
  overdue: Share;
  /** Dossiers with a PAKN or a dissatisfied rating, each once, and the two sources apart. */
  complained: Share & { withPakn: string[]; withDissatisfiedRating: string[] };
}

/** The members of `codes` that belong to the population, sorted and each once. */
function within(population: ReadonlySet<string>, codes: readonly string[]): string[] {
  return [...new Set(codes.filter((code) => population.has(code)))].sort();
}

export function computeSatisfactionIndicator(input: SatisfactionIndexInput, options: { percentMode?: PercentMode } = {}): SatisfactionIndicator {
  const mode = options.percentMode ?? 'truncate';
  const population = new Set(input.dossiers);
  const total = population.size;
  const overdue = within(population, input.overdue);
  const withPakn = within(population, input.withPakn);
  const withDissatisfiedRating = within(population, input.withDissatisfiedRating);
  const complained = within(population, [...withPakn, ...withDissatisfiedRating]);
  const satisfied = Math.max(0, total - overdue.length - complained.length);
  const pointsHundredths = thresholdPointsHundredths(satisfied, total, SATISFACTION_MAX_POINTS, SATISFACTION_TARGET_PERCENT, mode);
  const losing = pointsHundredths !== null && pointsHundredths < SATISFACTION_MAX_POINTS * 100;
  const overdueSet = new Set(overdue);
  const both = complained.filter((code) => overdueSet.has(code)).length;
  const notes = [both > 0 ? SATISFACTION_NOTES.doubleCounted(both) : undefined, pointsHundredths === null ? SUB_INDICATOR_NOTES.noCases : undefined].filter(
    (text): text is string => text !== undefined,
  );
  const result: SatisfactionIndicator = {
    id: '5.4',
    name: SUB_INDICATOR_NAMES['5.4'],
    group: 6,
    computable: true,
    rate: ratio(satisfied, total, { mode }),
    targetPercent: SATISFACTION_TARGET_PERCENT,
    maxPoints: SATISFACTION_MAX_POINTS,
    pointsHundredths,
    dossiersCostingPoints: losing ? [...new Set([...overdue, ...complained])].sort() : [],
    overdue: { ratio: ratio(overdue.length, total, { mode }), dossiers: overdue },
    complained: { ratio: ratio(complained.length, total, { mode }), dossiers: complained, withPakn, withDissatisfiedRating },
  };
  if (notes.length > 0) result.note = notes.join(' ');
  return result;
}
