/**
 * QĐ 766/QĐ-TTg self-assessment of one unit for one period, from dossier states only
 * (reference.md §4). Sub-indicators that need data a dossier does not hold (publication
 * dates, catalog-level counts, national-portal data, PAKN) are returned as not computable
 * with the reason, never estimated. Each computed sub-indicator lists the dossiers that
 * cost points, so a supervisor can open them.
 *
 * Points are integers in hundredths (1965 = 19,65 điểm), computed exactly from the counts
 * with the same truncate/round switch as percentages.
 */

import type { LocalMinute } from '../calendar/local-time.ts';
import type { DossierState } from '../dossier/state.ts';
import { ratio, scaledQuotient, type PercentMode, type Ratio } from '../format/percent.ts';
import { classifyContext, classifyDossier, isNewInPeriod, isResolved, judgementMoment, pauseOpenAt, type ClassifyContext, type HandledDossier } from './classify.ts';
import { NOT_COMPUTABLE_REASONS, SERVICE_INDEX_GROUP_NAMES, SUB_INDICATOR_NAMES, SUB_INDICATOR_NOTES, type SubIndicatorId } from './labels.ts';
import type { DayRange } from './period.ts';

export type { SubIndicatorId } from './labels.ts';
export type ServiceIndexGroupId = 1 | 2 | 3 | 4 | 5 | 6;

export interface ComputedSubIndicator {
  id: SubIndicatorId;
  name: string;
  group: ServiceIndexGroupId;
  computable: true;
  rate: Ratio;
  /** Target T in percent for the threshold rule (score = Pmax if R ≥ T, else R × Pmax / T); null → score = R × Pmax. */
  targetPercent: number | null;
  maxPoints: number;
  /** Points × 100; null when no dossier falls under the sub-indicator (denominator 0: not scored). */
  pointsHundredths: number | null;
  /** Dossiers failing the criterion, when the score is below its maximum (empty otherwise). */
  dossiersCostingPoints: string[];
  /** QĐ 766 group 6 (issue 19): the PAKN behind the sub-indicator (domain/report/pakn-section.ts). */
  pakn?: string[];
  note?: string;
}

export interface NotComputableSubIndicator {
  id: SubIndicatorId;
  name: string;
  group: ServiceIndexGroupId;
  computable: false;
  /** Null where reference §4.1 leaves the split of the group's points unresolved. */
  maxPoints: number | null;
  reason: string;
}

export type SubIndicatorResult = ComputedSubIndicator | NotComputableSubIndicator;

export interface ServiceIndexGroup {
  id: ServiceIndexGroupId;
  name: string;
  maxPoints: number;
  subIndicators: SubIndicatorResult[];
  /** Sum over the scored sub-indicators, × 100. */
  pointsHundredths: number;
  /** Sum of maxPoints of the scored sub-indicators: what `pointsHundredths` is out of. */
  scoredMaxPoints: number;
}

export interface ServiceIndex {
  period: DayRange;
  unitCode?: string;
  groups: ServiceIndexGroup[];
  pointsHundredths: number;
  scoredMaxPoints: number;
  maxPoints: 100;
}

export interface ServiceIndexOptions {
  asOf: LocalMinute;
  /** Only dossiers of this unit; all dossiers given when absent. */
  unitCode?: string;
  percentMode?: PercentMode;
}

/** Maximum points of each group and sub-indicator (reference §4.1); null = split unresolved. */
const LAYOUT: readonly { group: ServiceIndexGroupId; maxPoints: number; items: readonly (readonly [SubIndicatorId, number | null])[] }[] = [
  { group: 1, maxPoints: 18, items: [['1.1', 6], ['1.2', 4], ['1.3', 2], ['1.4', 6]] },
  { group: 2, maxPoints: 20, items: [['2.1', 20], ['2.2', 0]] },
  { group: 3, maxPoints: 12, items: [['3.1', null], ['3.2', null], ['3.3', 12]] },
  { group: 4, maxPoints: 10, items: [['3.5', 2], ['payment-transactions', 2], ['3.6', 6]] },
  { group: 5, maxPoints: 22, items: [['4.1', 6], ['4.2', 4], ['electronic-certified-copies', 2], ['4.3', 2], ['4.4', 4], ['4.5b', 2], ['4.5a', 2]] },
  { group: 6, maxPoints: 18, items: [['5.1', 0], ['5.2', 6], ['5.3', 6], ['5.4', 6]] },
];

/** Targets of the threshold rule (reference §4.2) for the sub-indicators computed here. */
const TARGETS: Partial<Record<SubIndicatorId, number>> = { '3.3': 50, '4.2': 80, '4.3': 80 };

/**
 * Points × 100 from n/d: Pmax when the target is met, else R × Pmax / T; without a target
 * R × Pmax. Exact rational arithmetic, truncated or rounded like percentages.
 */
export function thresholdPointsHundredths(numerator: number, denominator: number, maxPoints: number, targetPercent: number | null, mode: PercentMode = 'truncate'): number | null {
  if (denominator === 0) return null;
  const max = maxPoints * 100;
  if (targetPercent === null) return Math.min(max, scaledQuotient(numerator, denominator, max, mode));
  if (numerator * 100 >= targetPercent * denominator) return max;
  return scaledQuotient(numerator, denominator * targetPercent, max * 100, mode);
}

/**
 * QĐ 766 2.1: is this handled dossier on time?
 * - more than one supplement request at the processing stage ⇒ overdue;
 * - ended in the period ⇒ its end; still waiting for its single supplement ⇒ the request
 *   time; paused for a financial obligation ⇒ the pause start; otherwise ⇒ the period end
 *   (or the snapshot time when earlier);
 * - on time ⇔ that moment ≤ legal due date (no legal due date ⇒ on time).
 */
export function isOnTimeForServiceIndex(handled: HandledDossier, context: ClassifyContext): boolean {
  const { dossier, outcome } = handled;
  const moment = judgementMoment(context);
  const processingRequests = dossier.supplementRequests.filter((request) => request.stage === 'processing' && request.at < moment);
  if (processingRequests.length > 1) return false;
  if (dossier.legalDueAt === undefined) return true;
  return judgedAt(dossier, outcome, processingRequests[0], moment) <= dossier.legalDueAt;
}

function judgedAt(dossier: DossierState, outcome: HandledDossier['outcome'], singleRequest: DossierState['supplementRequests'][number] | undefined, moment: LocalMinute): LocalMinute {
  if (outcome.ended) return outcome.endedAt;
  if (singleRequest !== undefined && (singleRequest.receivedAt === undefined || singleRequest.receivedAt >= moment)) return singleRequest.at;
  const pause = pauseOpenAt(dossier, moment);
  return pause !== undefined ? pause.from : moment;
}

/** The sub-indicators decided by the dossiers themselves (the others need data a dossier does not hold). */
export const DOSSIER_SUB_INDICATORS = ['2.1', '3.3', '3.6', '4.1', '4.2', '4.3'] as const;
export type DossierSubIndicatorId = (typeof DOSSIER_SUB_INDICATORS)[number];

/** How many dossiers a sub-indicator looks at (denominator) and how many pass it (numerator). */
export interface SubIndicatorTally {
  numerator: number;
  denominator: number;
}

/**
 * The counts behind the dossier sub-indicators: from folded states (`serviceIndexTallies`) or
 * from the report SQL (features/reports reports.queries.ts, equal on the same dossiers:
 * test/db/report-queries.test.ts), so a board can rank a city's units without reading states.
 */
export type ServiceIndexTallies = Record<DossierSubIndicatorId, SubIndicatorTally>;

export function emptyServiceIndexTallies(): ServiceIndexTallies {
  return Object.fromEntries(DOSSIER_SUB_INDICATORS.map((id) => [id, { numerator: 0, denominator: 0 }])) as ServiceIndexTallies;
}

/** A tally from states also names the dossiers that fail (a supervisor opens them). */
interface Tally extends SubIndicatorTally {
  failing?: string[];
}

function tally(items: readonly HandledDossier[], passes: (handled: HandledDossier) => boolean): Required<Tally> {
  const result: Required<Tally> = { numerator: 0, denominator: items.length, failing: [] };
  for (const handled of items) {
    if (passes(handled)) result.numerator += 1;
    else result.failing.push(handled.dossier.code);
  }
  result.failing.sort();
  return result;
}

function computed(id: SubIndicatorId, group: ServiceIndexGroupId, maxPoints: number, counts: Tally, mode: PercentMode, note?: string): ComputedSubIndicator {
  const targetPercent = TARGETS[id] ?? null;
  const pointsHundredths = thresholdPointsHundredths(counts.numerator, counts.denominator, maxPoints, targetPercent, mode);
  const losing = pointsHundredths !== null && pointsHundredths < maxPoints * 100;
  const result: ComputedSubIndicator = {
    id,
    name: SUB_INDICATOR_NAMES[id],
    group,
    computable: true,
    rate: ratio(counts.numerator, counts.denominator, { mode }),
    targetPercent,
    maxPoints,
    pointsHundredths,
    dossiersCostingPoints: losing ? (counts.failing ?? []) : [],
  };
  const notes = [note, pointsHundredths === null ? SUB_INDICATOR_NOTES.noCases : undefined].filter((text): text is string => text !== undefined);
  if (notes.length > 0) result.note = notes.join(' ');
  return result;
}

function notComputable(id: SubIndicatorId, group: ServiceIndexGroupId, maxPoints: number | null): NotComputableSubIndicator {
  return { id, name: SUB_INDICATOR_NAMES[id], group, computable: false, maxPoints, reason: NOT_COMPUTABLE_REASONS[id] ?? '' };
}

/** The dossier sub-indicators' tallies of the handled dossiers (each with the dossiers that fail it). */
function talliesOf(dossiers: readonly DossierState[], period: DayRange, options: ServiceIndexOptions): Record<DossierSubIndicatorId, Required<Tally>> {
  const context = classifyContext(period, options.asOf);
  const handled: HandledDossier[] = [];
  for (const dossier of dossiers) {
    if (options.unitCode !== undefined && dossier.unitCode !== options.unitCode) continue;
    const item = classifyDossier(dossier, context);
    if (item !== undefined) handled.push(item);
  }
  const newInPeriod = handled.filter(isNewInPeriod);
  const resolved = handled.filter(isResolved);
  return {
    '2.1': tally(handled, (item) => isOnTimeForServiceIndex(item, context)),
    '3.3': tally(newInPeriod, ({ dossier }) => dossier.channel === 'online' && (!dossier.resultRequired || dossier.hasResultFile)),
    '3.6': tally(newInPeriod.filter(({ dossier }) => dossier.feeAmount > 0), ({ dossier }) => dossier.paidOnline),
    '4.1': tally(resolved.filter(({ dossier }) => dossier.resultRequired), ({ dossier }) => dossier.hasResultFile),
    '4.2': tally(resolved, ({ dossier }) => dossier.hasComponentFile && (!dossier.resultRequired || dossier.hasResultFile)),
    '4.3': tally(newInPeriod, ({ dossier }) => dossier.hasReusedComponent),
  };
}

/** The tallies alone (numerator and denominator of each dossier sub-indicator). */
export function serviceIndexTallies(dossiers: readonly DossierState[], period: DayRange, options: ServiceIndexOptions): ServiceIndexTallies {
  const tallies = talliesOf(dossiers, period, options);
  return Object.fromEntries(DOSSIER_SUB_INDICATORS.map((id) => [id, { numerator: tallies[id].numerator, denominator: tallies[id].denominator }])) as ServiceIndexTallies;
}

export function computeServiceIndex(dossiers: readonly DossierState[], period: DayRange, options: ServiceIndexOptions): ServiceIndex {
  return serviceIndexFromTallies(talliesOf(dossiers, period, options), period, options);
}

/**
 * The index from the tallies (from states, or from the report SQL): the points of each group and
 * the total. Tallies without the failing dossiers list none as costing points.
 */
export function serviceIndexFromTallies(tallies: Record<DossierSubIndicatorId, Tally>, period: DayRange, options: Pick<ServiceIndexOptions, 'unitCode' | 'percentMode'>): ServiceIndex {
  const mode = options.percentMode ?? 'truncate';
  const notes: Partial<Record<SubIndicatorId, string>> = { '3.3': SUB_INDICATOR_NOTES.onlinePoints };
  const isDossierSubIndicator = (id: SubIndicatorId): id is DossierSubIndicatorId => (DOSSIER_SUB_INDICATORS as readonly string[]).includes(id);

  const groups = LAYOUT.map(({ group, maxPoints, items }): ServiceIndexGroup => {
    const subIndicators = items.map(([id, points]): SubIndicatorResult => {
      if (!isDossierSubIndicator(id) || points === null) return notComputable(id, group, points);
      return computed(id, group, points, tallies[id], mode, notes[id]);
    });
    let pointsHundredths = 0;
    let scoredMaxPoints = 0;
    for (const item of subIndicators) {
      if (!item.computable || item.pointsHundredths === null) continue;
      pointsHundredths += item.pointsHundredths;
      scoredMaxPoints += item.maxPoints;
    }
    return { id: group, name: SERVICE_INDEX_GROUP_NAMES[group], maxPoints, subIndicators, pointsHundredths, scoredMaxPoints };
  });

  const index: ServiceIndex = {
    period: { from: period.from, to: period.to },
    groups,
    pointsHundredths: groups.reduce((sum, group) => sum + group.pointsHundredths, 0),
    scoredMaxPoints: groups.reduce((sum, group) => sum + group.scoredMaxPoints, 0),
    maxPoints: 100,
  };
  if (options.unitCode !== undefined) index.unitCode = options.unitCode;
  return index;
}
