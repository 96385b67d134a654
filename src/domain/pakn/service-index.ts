/**
 * The PAKN items of the QĐ 766 service index, group 6 "Mức độ hài lòng" (reference.md §4.1,
 * §4.3; citizen-services §8.2), computed from folded PAKN states (and, for 5.4, dossier states),
 * each with the codes it is computed over and those that cost points, so a supervisor can open
 * them. Same scoring as kpi/service-index.ts (thresholdPointsHundredths, hundredths of points).
 */

import type { LocalMinute } from '../calendar/local-time.ts';
import type { DossierState } from '../dossier/state.ts';
import { ratio, type PercentMode, type Ratio } from '../format/percent.ts';
import { classifyContext, classifyDossier, judgementMoment, type ClassifyContext } from '../kpi/classify.ts';
import { SUB_INDICATOR_NAMES } from '../kpi/labels.ts';
import type { DayRange } from '../kpi/period.ts';
import { isOnTimeForServiceIndex as isDossierOnTime, thresholdPointsHundredths } from '../kpi/service-index.ts';
import { PAKN_SERVICE_NOTES } from './labels.ts';
import { classifyPakn, isOnTimeForServiceIndex } from './report.ts';
import type { PaknState } from './state.ts';

export type PaknItemId = '5.1' | '5.2' | '5.3' | '5.4';

/**
 * Maximum points (reference §4.1: 5.1 tracking only, 5.2 = 5.3 = 5.4 = 6 from the DVCQG metric
 * file; another note says 5/5/2/6 — conflicting 🟡, so kept here as data) and targets (§4.2:
 * 5.4 → 90 %; the others have none: score = R × Pmax).
 */
export const PAKN_ITEM_POINTS: Readonly<Record<PaknItemId, { maxPoints: number; targetPercent: number | null }>> = {
  '5.1': { maxPoints: 0, targetPercent: null },
  '5.2': { maxPoints: 6, targetPercent: null },
  '5.3': { maxPoints: 6, targetPercent: null },
  '5.4': { maxPoints: 6, targetPercent: 90 },
};

export interface PaknServiceItem {
  id: PaknItemId;
  name: string;
  group: 6;
  computable: true;
  rate: Ratio;
  targetPercent: number | null;
  maxPoints: number;
  /** Points × 100; null when nothing falls under the item (denominator 0: not scored). */
  pointsHundredths: number | null;
  /** Codes the rate is computed over (PAKN for 5.1–5.3, dossiers for 5.4), sorted. */
  population: string[];
  /** Of the population, those failing the criterion (late, unsatisfied; for 5.4 overdue or with a PAKN), sorted. */
  failing: string[];
  note?: string;
}

export interface PaknClassItem extends PaknServiceItem {
  id: '5.1';
  /** The PAKN of each class (rate = rules and procedures over all new PAKN). */
  byClass: { rulesAndProcedures: string[]; officerConduct: string[]; unclassified: string[] };
}

export interface DossierSatisfactionItem extends PaknServiceItem {
  id: '5.4';
  /** Handled dossiers not on time by 766 2.1, over the population. */
  overdue: Ratio;
  /** Handled dossiers with a PAKN (or a dislike), over the population: the share the item subtracts. */
  withPaknOrDislike: Ratio;
  /** The PAKN behind the dossiers counted "with a PAKN", sorted. */
  pakn: string[];
}

export interface PaknServiceItems {
  '5.1': PaknClassItem;
  '5.2': PaknServiceItem;
  '5.3': PaknServiceItem;
  '5.4': DossierSatisfactionItem;
}

export interface PaknServiceOptions {
  asOf: LocalMinute;
  /** Only PAKN and dossiers of this unit; everything given when absent. */
  unitCode?: string;
  percentMode?: PercentMode;
  /** Codes of dossiers the applicant rated "không hài lòng" (766 5.4); none recorded when absent. */
  dislikedDossiers?: ReadonlySet<string>;
}

interface Tally {
  population: string[];
  failing: string[];
}

function tally<T>(items: readonly T[], codeOf: (item: T) => string, passes: (item: T) => boolean): Tally {
  const population = items.map(codeOf).sort();
  const failing = items.filter((item) => !passes(item)).map(codeOf).sort();
  return { population, failing };
}

function item(id: PaknItemId, counts: Tally, mode: PercentMode, numerator = counts.population.length - counts.failing.length, notes: readonly string[] = []): PaknServiceItem {
  const { maxPoints, targetPercent } = PAKN_ITEM_POINTS[id];
  const denominator = counts.population.length;
  const pointsHundredths = thresholdPointsHundredths(numerator, denominator, maxPoints, targetPercent, mode);
  const result: PaknServiceItem = {
    id,
    name: SUB_INDICATOR_NAMES[id],
    group: 6,
    computable: true,
    rate: ratio(numerator, denominator, { mode }),
    targetPercent,
    maxPoints,
    pointsHundredths,
    population: counts.population,
    failing: counts.failing,
  };
  const all = [...notes, ...(pointsHundredths === null ? [PAKN_SERVICE_NOTES.noCases] : [])];
  if (all.length > 0) result.note = all.join(' ');
  return result;
}

/** Votes and follow-ups before `moment` only: the item is judged as of J. */
function isUnsatisfied(pakn: PaknState, moment: LocalMinute): boolean {
  let likes = 0;
  let dislikes = 0;
  for (const vote of pakn.votes) {
    if (vote.at >= moment) continue;
    if (vote.vote === 'like') likes += vote.count;
    else dislikes += vote.count;
  }
  return dislikes > likes || pakn.followUps.some((followUp) => followUp.at < moment) || !isOnTimeForServiceIndex(pakn, moment);
}

/**
 * The PAKN that count against a dossier in 5.4, by dossier code: received before `moment`,
 * naming the dossier, and accepted (a PAKN not accepted under NĐ 20 art. 7 is not held against it).
 */
export function paknByDossier(states: readonly PaknState[], moment: LocalMinute): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const pakn of states) {
    const dossierCode = pakn.concerns.dossierCode;
    if (dossierCode === undefined || pakn.receivedAt >= moment || pakn.outcome === 'not_accepted') continue;
    result.set(dossierCode, [...(result.get(dossierCode) ?? []), pakn.code].sort());
  }
  return result;
}

function classItem(fresh: readonly PaknState[], mode: PercentMode): PaknClassItem {
  const codes = (wanted: PaknState['class']) => fresh.filter((pakn) => pakn.class === wanted).map((pakn) => pakn.code).sort();
  const byClass = { rulesAndProcedures: codes('rules_and_procedures'), officerConduct: codes('officer_conduct'), unclassified: codes(undefined) };
  const counts = tally(fresh, (pakn) => pakn.code, () => true);
  return { ...item('5.1', counts, mode, byClass.rulesAndProcedures.length, [PAKN_SERVICE_NOTES.tracking]), id: '5.1', byClass };
}

function dossierItem(dossiers: readonly DossierState[], pakn: readonly PaknState[], context: ClassifyContext, options: PaknServiceOptions, mode: PercentMode): DossierSatisfactionItem {
  const moment = judgementMoment(context);
  const linked = paknByDossier(pakn, moment);
  const disliked = options.dislikedDossiers ?? new Set<string>();
  const handled = dossiers.flatMap((dossier) => {
    if (options.unitCode !== undefined && dossier.unitCode !== options.unitCode) return [];
    const entry = classifyDossier(dossier, context);
    return entry === undefined ? [] : [entry];
  });
  const overdue = handled.filter((entry) => !isDossierOnTime(entry, context)).map((entry) => entry.dossier.code);
  const complained = handled.filter((entry) => linked.has(entry.dossier.code) || disliked.has(entry.dossier.code)).map((entry) => entry.dossier.code);
  const n = handled.length;
  const failing = new Set([...overdue, ...complained]);
  const counts = { population: handled.map((entry) => entry.dossier.code).sort(), failing: [...failing].sort() };
  // 766: 100 % − (overdue % + with PAKN or dislike %), the two shares added as the formula says.
  const numerator = Math.max(0, n - overdue.length - complained.length);
  const notes = options.dislikedDossiers === undefined ? [PAKN_SERVICE_NOTES.noDossierRatings] : [];
  return {
    ...item('5.4', counts, mode, numerator, notes),
    id: '5.4',
    overdue: ratio(overdue.length, n, { mode }),
    withPaknOrDislike: ratio(complained.length, n, { mode }),
    pakn: complained.flatMap((code) => linked.get(code) ?? []).sort(),
  };
}

/** QĐ 766 5.1–5.4 for one unit (or everything given) and one period. */
export function computePaknServiceItems(pakn: readonly PaknState[], dossiers: readonly DossierState[], period: DayRange, options: PaknServiceOptions): PaknServiceItems {
  const context = classifyContext(period, options.asOf);
  const moment = judgementMoment(context);
  const mode = options.percentMode ?? 'truncate';
  const ofUnit = options.unitCode === undefined ? pakn : pakn.filter((state) => state.unitCode === options.unitCode);
  const handled = ofUnit.filter((state) => classifyPakn(state, context) !== undefined);
  const fresh = handled.filter((state) => state.receivedAt >= context.window.start);
  const code = (state: PaknState): string => state.code;
  return {
    '5.1': classItem(fresh, mode),
    '5.2': item('5.2', tally(handled, code, (state) => isOnTimeForServiceIndex(state, moment)), mode),
    '5.3': item('5.3', tally(fresh, code, (state) => !isUnsatisfied(state, moment)), mode),
    '5.4': dossierItem(dossiers, ofUnit, context, options, mode),
  };
}
