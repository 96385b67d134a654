/**
 * The figures of the supervision boards (issue 16 §4): per unit, live counts now (open, overdue,
 * due soon, apologies owed…) beside the period's report figures and QĐ 766 index; the city's
 * total; the ranking of units; the drill-down unit → departments → holders → dossiers; the trend
 * month by month. Period figures are the KPI module's (kpi/figures.ts, kpi/service-index.ts),
 * never re-derived here, so the board and the reports cannot disagree.
 */

import { dayOf, type LocalMinute } from '../calendar/local-time.ts';
import type { DossierState, StatusCode } from '../dossier/state.ts';
import type { StepRole } from '../deadline/types.ts';
import { STEP_HOLDING } from '../deadline/steps.ts';
import { scaledQuotient, type PercentMode, type Ratio } from '../format/percent.ts';
import { computeFigures, groupKeyOf, type Figures } from '../kpi/figures.ts';
import { UNASSIGNED_GROUP } from '../kpi/labels.ts';
import { clipPeriod, periodContaining, type DayRange, type Period, type PeriodConvention } from '../kpi/period.ts';
import { computeServiceIndex } from '../kpi/service-index.ts';
import { assessApology, OWED_STATUSES, type ApologyStatus } from './apology.ts';
import { dossierWarning, type LiveContext, type WarningLevel } from './warnings.ts';

// ---------------------------------------------------------------------------------------------
// Live counts

/** Open dossiers now by warning level (each open dossier in exactly one level), and apologies owed. */
export interface LiveCounts {
  open: number;
  onTime: number;
  dueSoon: number;
  dueToday: number;
  overdue: number;
  paused: number;
  /** Apologies still to send before the legal date (statuses `owed` and `late`). */
  apologiesOwed: number;
}

const LEVEL_FIELD: Record<WarningLevel, keyof Omit<LiveCounts, 'open' | 'apologiesOwed'>> = {
  'on-time': 'onTime',
  'due-soon': 'dueSoon',
  'due-today': 'dueToday',
  overdue: 'overdue',
  paused: 'paused',
};

export function emptyLiveCounts(): LiveCounts {
  return { open: 0, onTime: 0, dueSoon: 0, dueToday: 0, overdue: 0, paused: 0, apologiesOwed: 0 };
}

/** One open dossier as the board sees it now. */
export interface LiveDossier {
  dossier: DossierState;
  level: WarningLevel;
  /** Legal due date as of now. */
  dueAt: LocalMinute;
  remainingMinutes: number;
  /** The current step with its own level, when a step's clock runs. */
  step?: { code: string; name: string; level: WarningLevel; dueAt: LocalMinute; role: StepRole };
  apology: ApologyStatus;
  lastMoment: LocalMinute;
}

/** The open dossier now, or undefined when it is not open. */
export function liveDossier(dossier: DossierState, context: LiveContext): LiveDossier | undefined {
  const warning = dossierWarning(dossier, context);
  const apology = assessApology(dossier, context, warning);
  if (warning === undefined || apology === undefined) return undefined;
  const live: LiveDossier = { dossier, level: warning.level, dueAt: warning.dueAt, remainingMinutes: warning.remainingMinutes, apology: apology.status, lastMoment: apology.lastMoment };
  const stepWarning = warning.steps[0];
  const step = stepWarning && dossier.currentSteps.find((s) => s.code === stepWarning.stepCode);
  if (stepWarning && step) live.step = { code: step.code, name: step.name, level: stepWarning.level, dueAt: stepWarning.dueAt, role: step.role };
  return live;
}

function addLive(counts: LiveCounts, live: LiveDossier): void {
  counts.open += 1;
  counts[LEVEL_FIELD[live.level]] += 1;
  if (OWED_STATUSES.includes(live.apology)) counts.apologiesOwed += 1;
}

export function liveCounts(lives: Iterable<LiveDossier>): LiveCounts {
  const counts = emptyLiveCounts();
  for (const live of lives) addLive(counts, live);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Units, the city, the ranking

/** The QĐ 766 index of a unit as far as dossiers allow (kpi/service-index.ts). */
export interface ServiceIndexScore {
  /** Points × 100 over the scored sub-indicators. */
  pointsHundredths: number;
  /** What `pointsHundredths` is out of (sub-indicators without data are not scored). */
  scoredMaxPoints: number;
  /** The same on a 100-point scale, × 100 (truncated); null when nothing could be scored. */
  outOf100Hundredths: number | null;
}

export interface BoardRow {
  /** Live counts now. */
  live: LiveCounts;
  /** The report figures of the period (kpi/figures.ts), rates included. */
  figures: Figures;
  /** Received in the period (online + in person + post; carried-over dossiers apart). */
  receivedInPeriod: number;
  /** Resolved in the period (processed or returned). */
  resolvedInPeriod: number;
  /** (early + on time) / resolved: the report's on-time rate. */
  onTimeRate: Ratio;
  serviceIndex: ServiceIndexScore;
}

export interface UnitRow extends BoardRow {
  unitCode: string;
  /** 1 = best; units equal on both keys share a rank (1, 2, 2, 4). Set by `rankUnits`. */
  rank?: number;
}

export interface BoardOptions {
  /** The report period of the figures (e.g. the current month). */
  period: DayRange;
  /** Percent mode of the figures (default 'truncate', as the reports). */
  percentMode?: PercentMode;
}

function scoreOf(dossiers: readonly DossierState[], period: DayRange, asOf: LocalMinute, mode: PercentMode, unitCode?: string): ServiceIndexScore {
  const index = computeServiceIndex(dossiers, period, { asOf, percentMode: mode, ...(unitCode === undefined ? {} : { unitCode }) });
  const outOf100Hundredths = index.scoredMaxPoints === 0 ? null : scaledQuotient(index.pointsHundredths, index.scoredMaxPoints, 100, mode);
  return { pointsHundredths: index.pointsHundredths, scoredMaxPoints: index.scoredMaxPoints, outOf100Hundredths };
}

/** Received in the period: new dossiers by channel, without those carried over. */
export function receivedInPeriodOf(figures: Figures): number {
  return figures.received.online + figures.received.inPerson + figures.received.post;
}

function rowOf(figures: Figures, live: LiveCounts, serviceIndex: ServiceIndexScore): BoardRow {
  return { live, figures, receivedInPeriod: receivedInPeriodOf(figures), resolvedInPeriod: figures.resolved.total, onTimeRate: figures.rates.onTime, serviceIndex };
}

/** The board row of a set of dossiers (a unit's, a department's, or the city's). */
export function boardRow(dossiers: readonly DossierState[], contextOf: (unitCode: string) => LiveContext, options: BoardOptions & { asOf: LocalMinute }): BoardRow {
  const mode = options.percentMode ?? 'truncate';
  const lives = dossiers.map((d) => liveDossier(d, contextOf(d.unitCode))).filter((l): l is LiveDossier => l !== undefined);
  const figures = computeFigures(dossiers, options.period, { asOf: options.asOf, percentMode: mode }).total;
  return rowOf(figures, liveCounts(lives), scoreOf(dossiers, options.period, options.asOf, mode));
}

function byUnit(dossiers: readonly DossierState[]): Map<string, DossierState[]> {
  const groups = new Map<string, DossierState[]>();
  for (const dossier of dossiers) {
    const list = groups.get(dossier.unitCode);
    if (list) list.push(dossier);
    else groups.set(dossier.unitCode, [dossier]);
  }
  return groups;
}

export interface CityBoard {
  /** The city's totals: every dossier of the listed units. */
  total: BoardRow;
  /** The listed units, ranked (`rankUnits`). */
  units: UnitRow[];
}

/**
 * The city board: its totals and its units ranked. `unitCodes` is the scope (units without a
 * dossier still get a row; dossiers of other units are left out). `asOf` is the moment of the
 * figures and must be the contexts' `now`.
 */
export function cityBoard(dossiers: readonly DossierState[], unitCodes: readonly string[], contextOf: (unitCode: string) => LiveContext, options: BoardOptions & { asOf: LocalMinute }): CityBoard {
  const mode = options.percentMode ?? 'truncate';
  const scope = new Set(unitCodes);
  const inScope = dossiers.filter((d) => scope.has(d.unitCode));
  // One pass of the report over the city gives its total and every unit's figures (kpi groupBy 'unit').
  const report = computeFigures(inScope, options.period, { asOf: options.asOf, percentMode: mode, groupBy: 'unit' });
  const emptyFigures = computeFigures([], options.period, { asOf: options.asOf, percentMode: mode }).total;
  const groups = byUnit(inScope);
  const total = emptyLiveCounts();
  const units = unitCodes.map((unitCode): UnitRow => {
    const mine = groups.get(unitCode) ?? [];
    const context = contextOf(unitCode);
    const live = liveCounts(mine.map((d) => liveDossier(d, context)).filter((l): l is LiveDossier => l !== undefined));
    addCounts(total, live);
    return { unitCode, ...rowOf(report.byGroup?.[unitCode] ?? emptyFigures, live, scoreOf(mine, options.period, options.asOf, mode)) };
  });
  return { total: rowOf(report.total, total, scoreOf(inScope, options.period, options.asOf, mode)), units: rankUnits(units) };
}

/** Adds live counts into `into`. */
export function addCounts(into: LiveCounts, counts: LiveCounts): void {
  for (const field of Object.keys(into) as (keyof LiveCounts)[]) into[field] += counts[field];
}

/** Compares two fractions n/d exactly (d > 0); a missing fraction sorts after every present one. */
function compareDescending(a: { n: number; d: number } | null, b: { n: number; d: number } | null): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return b.n * a.d - a.n * b.d;
}

const indexFraction = (row: BoardRow) => (row.serviceIndex.scoredMaxPoints === 0 ? null : { n: row.serviceIndex.pointsHundredths, d: row.serviceIndex.scoredMaxPoints });
const onTimeFraction = (row: BoardRow) => (row.onTimeRate.denominator === 0 ? null : { n: row.onTimeRate.numerator, d: row.onTimeRate.denominator });

/** Orders two rows: service index (exact share of the scored points), then on-time rate, best first. */
export function compareUnits(a: BoardRow, b: BoardRow): number {
  return compareDescending(indexFraction(a), indexFraction(b)) || compareDescending(onTimeFraction(a), onTimeFraction(b));
}

/**
 * Ranks units by the service index (its exact share of the points it could score), then by the
 * on-time rate, best first; a unit without either comes after those with it. Ties keep the
 * order given (a stable sort) and share a rank (1, 2, 2, 4).
 */
export function rankUnits(rows: readonly UnitRow[]): UnitRow[] {
  const sorted = [...rows].sort(compareUnits);
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || compareUnits(sorted[index - 1]!, row) !== 0) rank = index + 1;
    return { ...row, rank };
  });
}

// ---------------------------------------------------------------------------------------------
// Drill-down: unit → departments → holders → dossiers

/**
 * Who holds an open dossier now: the named officer of its current step; a role of the unit for a
 * step held by a role (the chairman signing, the desk); the department's head for a head's step
 * or a step nobody has been assigned yet; the desk for a department step not yet routed;
 * "unassigned" when no step runs (a paused dossier keeps its step).
 */
export type Holder = { kind: 'officer'; id: string } | { kind: 'role'; role: StepRole } | { kind: 'unassigned' };

export function holderOf(live: LiveDossier): Holder {
  const step = live.dossier.currentSteps.find((s) => s.code === live.step?.code);
  if (step === undefined) return { kind: 'unassigned' };
  if (step.holder.assigneeId !== undefined) return { kind: 'officer', id: step.holder.assigneeId };
  if (STEP_HOLDING[step.role] === 'unit-role') return { kind: 'role', role: step.role };
  // A department step nobody has routed yet waits at the desk; one not assigned yet, at its head.
  return { kind: 'role', role: step.holder.departmentCode === undefined ? 'counter_officer' : 'department_head' };
}

export function holderKey(holder: Holder): string {
  return holder.kind === 'officer' ? `officer:${holder.id}` : holder.kind === 'role' ? `role:${holder.role}` : UNASSIGNED_GROUP;
}

/** A dossier's row: codes, procedure and dates; never the applicant. */
export interface DossierRow {
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  status: StatusCode;
  level: WarningLevel;
  legalDueAt: LocalMinute;
  remainingMinutes: number;
  stepCode?: string;
  stepName?: string;
  stepLevel?: WarningLevel;
  stepDueAt?: LocalMinute;
  apology: ApologyStatus;
  apologyLastMoment: LocalMinute;
}

export interface HolderRow {
  holder: Holder;
  key: string;
  live: LiveCounts;
  dossiers: DossierRow[];
}

export interface DepartmentRow {
  /** The department holding the dossiers, or "(Chưa xác định)" (kpi groupKeyOf 'department'). */
  departmentCode: string;
  live: LiveCounts;
  /** The report figures of the period for the department (kpi `groupBy: 'department'`). */
  figures: Figures;
  holders: HolderRow[];
}

export interface UnitDrillDown {
  unitCode: string;
  row: BoardRow;
  departments: DepartmentRow[];
}

export function dossierRow(live: LiveDossier): DossierRow {
  const { dossier } = live;
  const row: DossierRow = {
    dossierCode: dossier.code,
    procedureCode: dossier.procedureCode,
    procedureName: dossier.procedureName,
    status: dossier.status,
    level: live.level,
    legalDueAt: live.dueAt,
    remainingMinutes: live.remainingMinutes,
    apology: live.apology,
    apologyLastMoment: live.lastMoment,
  };
  if (live.step) Object.assign(row, { stepCode: live.step.code, stepName: live.step.name, stepLevel: live.step.level, stepDueAt: live.step.dueAt });
  return row;
}

const SEVERITY: Record<WarningLevel, number> = { overdue: 0, 'due-today': 1, 'due-soon': 2, 'on-time': 3, paused: 4 };

/** Most urgent first: by level (overdue first, paused last), then the least working time left, then code. */
export function compareDossierRows(a: DossierRow, b: DossierRow): number {
  return SEVERITY[a.level] - SEVERITY[b.level] || a.remainingMinutes - b.remainingMinutes || (a.dossierCode < b.dossierCode ? -1 : a.dossierCode > b.dossierCode ? 1 : 0);
}

const byKey = (a: string, b: string) => a.localeCompare(b, 'vi');

/**
 * A unit's board opened to its departments, each to the holders of its open dossiers, each to
 * the dossiers (most urgent first). Departments are those with open dossiers or with figures in
 * the period, in Vietnamese alphabetical order; holders by key.
 */
export function unitDrillDown(dossiers: readonly DossierState[], unitCode: string, context: LiveContext, options: BoardOptions): UnitDrillDown {
  const mine = dossiers.filter((d) => d.unitCode === unitCode);
  const mode = options.percentMode ?? 'truncate';
  const report = computeFigures(mine, options.period, { asOf: context.now, percentMode: mode, groupBy: 'department' });
  const lives = mine.map((d) => liveDossier(d, context)).filter((l): l is LiveDossier => l !== undefined);
  const row = rowOf(report.total, liveCounts(lives), scoreOf(mine, options.period, context.now, mode));
  const tree = new Map<string, Map<string, { holder: Holder; lives: LiveDossier[] }>>();
  for (const live of lives) {
    const { dossier } = live;
    const department = groupKeyOf(dossier, 'department');
    const holders = tree.get(department) ?? new Map<string, { holder: Holder; lives: LiveDossier[] }>();
    tree.set(department, holders);
    const holder = holderOf(live);
    const key = holderKey(holder);
    const entry = holders.get(key) ?? { holder, lives: [] };
    holders.set(key, entry);
    entry.lives.push(live);
  }
  const codes = [...new Set([...tree.keys(), ...Object.keys(report.byGroup ?? {})])].sort(byKey);
  const emptyFigures = computeFigures([], options.period, { asOf: context.now, percentMode: mode }).total;
  const departments = codes.map((departmentCode): DepartmentRow => {
    const holders = [...(tree.get(departmentCode)?.entries() ?? [])]
      .sort(([a], [b]) => byKey(a, b))
      .map(([key, { holder, lives }]): HolderRow => ({ holder, key, live: liveCounts(lives), dossiers: lives.map(dossierRow).sort(compareDossierRows) }));
    const live = emptyLiveCounts();
    for (const holder of holders) addCounts(live, holder.live);
    return { departmentCode, live, figures: report.byGroup?.[departmentCode] ?? emptyFigures, holders };
  });
  return { unitCode, row, departments };
}

// ---------------------------------------------------------------------------------------------
// Trend

export interface TrendPoint {
  /** The month (clipped to the range asked for), with its Vietnamese name. */
  period: Period;
  receivedInPeriod: number;
  resolvedInPeriod: number;
  onTimeRate: Ratio;
  /** In progress and overdue at the month's end (or at `asOf` for the running month). */
  overdueInProgress: number;
  serviceIndex: ServiceIndexScore;
}

/**
 * Month by month over `range` (under the unit's period convention): each month's report figures
 * and index, as the reports would print them for that month. Months that start after `asOf` are
 * left out; the running month is judged at `asOf`.
 */
export function monthlyTrend(dossiers: readonly DossierState[], range: DayRange, asOf: LocalMinute, options: { convention?: PeriodConvention; percentMode?: PercentMode; unitCode?: string } = {}): TrendPoint[] {
  const mode = options.percentMode ?? 'truncate';
  const convention = options.convention ?? 'calendar';
  const mine = options.unitCode === undefined ? dossiers : dossiers.filter((d) => d.unitCode === options.unitCode);
  const points: TrendPoint[] = [];
  let month = periodContaining(range.from, 'month', convention);
  while (month.from <= range.to && month.from <= dayOf(asOf)) {
    const period = clipPeriod(month, range);
    const figures = computeFigures(mine, period, { asOf, percentMode: mode }).total;
    points.push({
      period,
      receivedInPeriod: receivedInPeriodOf(figures),
      resolvedInPeriod: figures.resolved.total,
      onTimeRate: figures.rates.onTime,
      overdueInProgress: figures.inProgress.overdue,
      serviceIndex: scoreOf(mine, period, asOf, mode),
    });
    month = periodContaining(month.to + 1, 'month', convention);
  }
  return points;
}
