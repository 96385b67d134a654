/**
 * Narrative report figures (the numbers of seeds 000, 002, 004) for one period, in total,
 * by field, and optionally by unit, procedure, department or officer.
 * Every definition, with its source, is in docs/report-definitions.md.
 */

import type { LocalMinute } from '../calendar/local-time.ts';
import type { DossierState } from '../dossier/state.ts';
import { ratio, type PercentMode, type Ratio } from '../format/percent.ts';
import { classifyContext, classifyDossier, isNewInPeriod, isRefusedAtReceptionIn, wasReceived, type ClassifyContext, type HandledDossier } from './classify.ts';
import { UNASSIGNED_GROUP } from './labels.ts';
import type { DayRange } from './period.ts';

export interface Figures {
  /** Hồ sơ nhận giải quyết: total = online + inPerson + post + carriedOver. */
  received: { total: number; online: number; inPerson: number; post: number; carriedOver: number };
  /** Ended in the period as processed or returned (stopped and withdrawn are apart). */
  resolved: { total: number; early: number; onTime: number; overdue: number };
  /** Handled and not ended by the period end. */
  inProgress: { total: number; withinDeadline: number; overdue: number };
  /** Stopped in the period (dừng xử lý / từ chối giải quyết after reception). */
  refused: number;
  /** Withdrawn by the citizen in the period. */
  withdrawn: number;
  /** Status 3, refused at reception in the period; not part of any other figure. */
  refusedAtReception: number;
  /** Handled dossiers with a supplement request (any stage) made in the period. */
  supplementRequested: number;
  /** Received in the period with a fee after exemptions (feeAmount > 0). */
  withFee: number;
  /** Of `withFee`, paid online in full. */
  paidOnline: number;
  /** Đồng paid in the period (all payments dated in it, of received dossiers). */
  feesCollected: number;
  /** Of `feesCollected`, paid online. */
  feesCollectedOnline: number;
  /** Resolved with a result file attached: the digitization base (seed 002's 4.368). */
  withResultFile: number;
  /** Of `withResultFile`, with a component file attached too (seed 002's 4.365). */
  digitized: number;
  /** Received in the period with at least one reused component. */
  reused: number;
  /** Resolved whose procedure requires a document result. */
  resultRequired: number;
  /** Of `resultRequired`, with a result file attached. */
  electronicResult: number;
  rates: FigureRates;
}

export interface FigureRates {
  /** received.online / (online + inPerson + post). Seed 002: 2.483/4.466. */
  online: Ratio;
  /** paidOnline / withFee. Seed 002: 1.212/3.144. */
  onlinePayment: Ratio;
  /** digitized / withResultFile. Seed 002: 4.365/4.368. */
  digitization: Ratio;
  /** reused / received in the period. */
  reuse: Ratio;
  /** electronicResult / resultRequired. */
  electronicResult: Ratio;
  /** resolved.early / received.total. Seed 000: 1.756/1.913. */
  early: Ratio;
  /** (resolved.early + resolved.onTime) / resolved.total (reference §3.1, ((8)+(9))/(7) without stops and withdrawals). */
  onTime: Ratio;
  /** refused / received.total. Seed 000: 13/1.913. */
  refused: Ratio;
  /** withdrawn / received.total. Seed 000: 11/1.913. */
  withdrawn: Ratio;
  /** supplementRequested / received.total. Seed 000: 17/1.913. */
  supplementRequested: Ratio;
}

export type GroupBy = 'field' | 'unit' | 'procedure' | 'department' | 'officer';

export interface FiguresOptions {
  /** Snapshot time; unfinished dossiers are judged at min(period end, asOf). */
  asOf: LocalMinute;
  groupBy?: GroupBy;
  /** Default 'truncate' (reference §10). */
  percentMode?: PercentMode;
}

export interface FiguresReport {
  total: Figures;
  /** Keys are field names, in Vietnamese alphabetical order. */
  byField: Record<string, Figures>;
  /** Present when `groupBy` was asked for. */
  groupBy?: GroupBy;
  byGroup?: Record<string, Figures>;
}

/** The key a dossier is grouped under; absent department or officer → "(Chưa xác định)". */
export function groupKeyOf(dossier: DossierState, groupBy: GroupBy): string {
  switch (groupBy) {
    case 'field':
      return dossier.field;
    case 'unit':
      return dossier.unitCode;
    case 'procedure':
      return dossier.procedureCode;
    case 'department':
      return dossier.departmentCode ?? UNASSIGNED_GROUP;
    case 'officer':
      return dossier.receivedBy ?? UNASSIGNED_GROUP;
  }
}

/** The counts of a Figures, without its rates (what report SQL returns, src/db/report-queries.ts). */
export type FigureCounts = Omit<Figures, 'rates'>;
type Counts = FigureCounts;

export function emptyFigureCounts(): Counts {
  return {
    received: { total: 0, online: 0, inPerson: 0, post: 0, carriedOver: 0 },
    resolved: { total: 0, early: 0, onTime: 0, overdue: 0 },
    inProgress: { total: 0, withinDeadline: 0, overdue: 0 },
    refused: 0,
    withdrawn: 0,
    refusedAtReception: 0,
    supplementRequested: 0,
    withFee: 0,
    paidOnline: 0,
    feesCollected: 0,
    feesCollectedOnline: 0,
    withResultFile: 0,
    digitized: 0,
    reused: 0,
    resultRequired: 0,
    electronicResult: 0,
  };
}

function addHandled(counts: Counts, handled: HandledDossier): void {
  const { dossier, intake, outcome } = handled;
  counts.received.total += 1;
  counts.received[intake] += 1;
  if (handled.supplementRequested) counts.supplementRequested += 1;

  if (isNewInPeriod(handled)) {
    if (dossier.feeAmount > 0) {
      counts.withFee += 1;
      if (dossier.paidOnline) counts.paidOnline += 1;
    }
    if (dossier.hasReusedComponent) counts.reused += 1;
  }

  if (!outcome.ended) {
    counts.inProgress.total += 1;
    counts.inProgress[outcome.overdue ? 'overdue' : 'withinDeadline'] += 1;
    return;
  }
  if (outcome.endKind === 'stopped') {
    counts.refused += 1;
    return;
  }
  if (outcome.endKind === 'withdrawn') {
    counts.withdrawn += 1;
    return;
  }
  counts.resolved.total += 1;
  counts.resolved[outcome.timing] += 1;
  if (dossier.hasResultFile) {
    counts.withResultFile += 1;
    if (dossier.hasComponentFile) counts.digitized += 1;
  }
  if (dossier.resultRequired) {
    counts.resultRequired += 1;
    if (dossier.hasResultFile) counts.electronicResult += 1;
  }
}

function addPayments(counts: Counts, dossier: DossierState, context: ClassifyContext): void {
  if (!wasReceived(dossier)) return;
  for (const payment of dossier.payments) {
    if (payment.at < context.window.start || payment.at >= context.window.end) continue;
    counts.feesCollected += payment.amount;
    if (payment.online) counts.feesCollectedOnline += payment.amount;
  }
}

/** Figures with their rates from counts: the one place the rate definitions live. */
export function withRates(counts: Counts, mode: PercentMode): Figures {
  const options = { mode };
  const handledTotal = counts.received.total;
  const newInPeriod = counts.received.online + counts.received.inPerson + counts.received.post;
  return {
    ...counts,
    rates: {
      online: ratio(counts.received.online, newInPeriod, options),
      onlinePayment: ratio(counts.paidOnline, counts.withFee, options),
      digitization: ratio(counts.digitized, counts.withResultFile, options),
      reuse: ratio(counts.reused, newInPeriod, options),
      electronicResult: ratio(counts.electronicResult, counts.resultRequired, options),
      early: ratio(counts.resolved.early, handledTotal, options),
      onTime: ratio(counts.resolved.early + counts.resolved.onTime, counts.resolved.total, options),
      refused: ratio(counts.refused, handledTotal, options),
      withdrawn: ratio(counts.withdrawn, handledTotal, options),
      supplementRequested: ratio(counts.supplementRequested, handledTotal, options),
    },
  };
}

/** Adds one dossier that touches the period to the counts. */
function addDossier(counts: Counts, dossier: DossierState, handled: HandledDossier | undefined, context: ClassifyContext): void {
  if (handled !== undefined) addHandled(counts, handled);
  else if (isRefusedAtReceptionIn(dossier, context.window)) counts.refusedAtReception += 1;
  addPayments(counts, dossier, context);
}

function touchesPeriod(dossier: DossierState, handled: HandledDossier | undefined, context: ClassifyContext): boolean {
  if (handled !== undefined || isRefusedAtReceptionIn(dossier, context.window)) return true;
  return wasReceived(dossier) && dossier.payments.some((payment) => payment.at >= context.window.start && payment.at < context.window.end);
}

/** Groups in Vietnamese alphabetical order of their keys, each with its rates. */
export function sortedFiguresRecord(groups: ReadonlyMap<string, Counts>, mode: PercentMode): Record<string, Figures> {
  const keys = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'vi'));
  const result: Record<string, Figures> = {};
  for (const key of keys) result[key] = withRates(groups.get(key)!, mode);
  return result;
}

function countsFor(groups: Map<string, Counts>, key: string): Counts {
  let counts = groups.get(key);
  if (counts === undefined) {
    counts = emptyFigureCounts();
    groups.set(key, counts);
  }
  return counts;
}

export function computeFigures(dossiers: readonly DossierState[], period: DayRange, options: FiguresOptions): FiguresReport {
  const context = classifyContext(period, options.asOf);
  const mode = options.percentMode ?? 'truncate';
  const total = emptyFigureCounts();
  const byField = new Map<string, Counts>();
  const byGroup = options.groupBy === undefined ? undefined : new Map<string, Counts>();

  for (const dossier of dossiers) {
    const handled = classifyDossier(dossier, context);
    if (!touchesPeriod(dossier, handled, context)) continue;
    addDossier(total, dossier, handled, context);
    addDossier(countsFor(byField, dossier.field), dossier, handled, context);
    if (byGroup !== undefined && options.groupBy !== undefined) {
      addDossier(countsFor(byGroup, groupKeyOf(dossier, options.groupBy)), dossier, handled, context);
    }
  }

  const report: FiguresReport = { total: withRates(total, mode), byField: sortedFiguresRecord(byField, mode) };
  if (byGroup !== undefined && options.groupBy !== undefined) {
    report.groupBy = options.groupBy;
    report.byGroup = sortedFiguresRecord(byGroup, mode);
  }
  return report;
}
