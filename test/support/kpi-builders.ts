/**
 * Builders of `DossierState` for tests (here and in other modules), plus the populations of
 * the seed reports as data: counts per intake and outcome, then traits spread over them.
 * A fidelity test can take the same `PopulationSpec` and build it through real event
 * histories instead of `buildPopulation`, then compare against the same `printed` figures.
 *
 * Pure and without vitest, so it can be imported from any test tier.
 */

import { MINUTES_PER_DAY, parseIsoDate, parseIsoLocalDateTime, ymdFromDayNumber, type DayNumber, type LocalMinute } from '../../src/domain/calendar/local-time.ts';
import type { Channel, DossierState, EndKind, StatusCode } from '../../src/domain/dossier/state.ts';
import { STATUS } from '../../src/domain/dossier/state.ts';
import type { Intake } from '../../src/domain/kpi/classify.ts';
import type { DayRange } from '../../src/domain/kpi/period.ts';

/** `2026-03-05T08:30` → LocalMinute; throws on a malformed time so tests fail loudly. */
export function minuteAt(text: string): LocalMinute {
  const minute = parseIsoLocalDateTime(text);
  if (minute === undefined) throw new Error(`Not a local date-time: ${text}`);
  return minute;
}

/** `2026-03-05` → DayNumber. */
export function dayAt(text: string): DayNumber {
  const day = parseIsoDate(text);
  if (day === undefined) throw new Error(`Not a date: ${text}`);
  return day;
}

/** A day range from two ISO dates. */
export function daysFrom(from: string, to: string): DayRange {
  return { from: dayAt(from), to: dayAt(to) };
}

const DEFAULT_UNIT = '000.00.24.H24';
let sequence = 0;

function nextCode(unitCode: string, receivedAt: LocalMinute | undefined): string {
  sequence += 1;
  const day = receivedAt === undefined ? 0 : Math.floor(receivedAt / MINUTES_PER_DAY);
  const { year, month, day: dd } = ymdFromDayNumber(day);
  const yymmdd = [year % 100, month, dd].map((part) => String(part).padStart(2, '0')).join('');
  return `${unitCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

/**
 * A received dossier in processing (status 4), online, with a component file, due three
 * days after receipt; every field can be overridden. `appointmentDueAt` follows an
 * overridden `legalDueAt` unless given, and the code follows the unit and receipt day.
 */
export function buildDossierState(overrides: Partial<DossierState> = {}): DossierState {
  const receivedAt = 'receivedAt' in overrides ? overrides.receivedAt : minuteAt('2026-01-05T08:00');
  const legalDueAt = 'legalDueAt' in overrides ? overrides.legalDueAt : receivedAt === undefined ? undefined : receivedAt + 3 * MINUTES_PER_DAY;
  const unitCode = overrides.unitCode ?? DEFAULT_UNIT;
  const base: DossierState = {
    code: nextCode(unitCode, receivedAt),
    unitCode,
    procedureCode: '1.001193',
    procedureName: 'Thủ tục đăng ký khai sinh',
    field: 'Hộ tịch',
    status: STATUS.processing,
    channel: 'online',
    applicant: { kind: 'individual', name: 'Nguyễn Văn An' },
    source: 'motcua',
    submittedAt: receivedAt,
    receivedAt,
    legalDueAt,
    appointmentDueAt: legalDueAt,
    extensions: [],
    pauses: [],
    pausedWorkingMinutes: 0,
    paused: false,
    supplementRequests: [],
    steps: [],
    currentSteps: [],
    stepReturns: 0,
    papers: { submitted: [], missing: [], supplementRequestDue: false },
    feeAmount: 0,
    payments: [],
    paidOnline: false,
    hasComponentFile: true,
    hasReusedComponent: false,
    hasResultFile: false,
    resultRequired: true,
    version: 1,
  };
  return { ...base, ...overrides };
}

const END_STATUS: Record<EndKind, StatusCode> = {
  processed: STATUS.processed,
  returned: STATUS.returned,
  stopped: STATUS.stopped,
  withdrawn: STATUS.withdrawn,
};

/** The fields a fold sets when processing ends with `endKind` at `endedAt`. */
export function endedFields(endKind: EndKind, endedAt: LocalMinute): Partial<DossierState> {
  const common = { status: END_STATUS[endKind], endKind, endedAt };
  switch (endKind) {
    case 'processed':
      return { ...common, resultReadyAt: endedAt };
    case 'returned':
      return { ...common, resultReadyAt: endedAt, returnedAt: endedAt, returnMethod: 'desk' };
    case 'stopped':
      return { ...common, stoppedAt: endedAt };
    case 'withdrawn':
      return { ...common, withdrawnAt: endedAt };
  }
}

/** A dossier whose processing ended, with status and end timestamps consistent with the kind. */
export function buildEndedDossierState(endKind: EndKind, endedAt: LocalMinute, overrides: Partial<DossierState> = {}): DossierState {
  return buildDossierState({ ...endedFields(endKind, endedAt), ...overrides });
}

/** Fields of a dossier waiting for the citizen's supplement since `at` (processing stage, clock paused). */
export function waitingForSupplement(at: LocalMinute): Partial<DossierState> {
  return {
    status: STATUS.supplementRequested,
    supplementRequests: [{ at, stage: 'processing' }],
    pauses: [{ kind: 'supplement', from: at }],
    paused: true,
  };
}

// ---------------------------------------------------------------------------------------
// Populations

export type PopulationOutcome = 'early' | 'onTime' | 'overdue' | 'refused' | 'withdrawn' | 'inProgress' | 'inProgressOverdue' | 'waitingSupplement';

export interface PopulationGroup {
  count: number;
  intake: Intake;
  outcome: PopulationOutcome;
  /** Channel of carried-over dossiers (default online); ignored for other intakes. */
  channel?: Channel;
  traits?: Partial<DossierState>;
}

/** Traits given to the first `count` dossiers (in build order) that match `where`. */
export interface TraitStep {
  count: number;
  where?: (dossier: DossierState) => boolean;
  set: Partial<DossierState> | ((dossier: DossierState) => Partial<DossierState>);
}

export interface PopulationSpec {
  period: DayRange;
  asOf: LocalMinute;
  groups: PopulationGroup[];
  traits?: TraitStep[];
}

const INTAKE_CHANNEL: Record<Exclude<Intake, 'carriedOver'>, Channel> = { online: 'online', inPerson: 'in_person', post: 'post' };

function outcomeFields(outcome: PopulationOutcome, period: DayRange): Partial<DossierState> {
  const first = period.from * MINUTES_PER_DAY;
  const at = (hour: number, dayOffset = 0): LocalMinute => first + dayOffset * MINUTES_PER_DAY + hour * 60;
  const afterPeriod = (period.to + 10) * MINUTES_PER_DAY + 17 * 60;
  switch (outcome) {
    case 'early':
      return { legalDueAt: afterPeriod, appointmentDueAt: afterPeriod, ...endedFields('returned', at(10)) };
    case 'onTime':
      return { legalDueAt: at(17), appointmentDueAt: at(17), ...endedFields('returned', at(10)) };
    case 'overdue':
      return { legalDueAt: at(9), appointmentDueAt: at(9), ...endedFields('returned', at(10)) };
    case 'refused':
      return { legalDueAt: afterPeriod, appointmentDueAt: afterPeriod, ...endedFields('stopped', at(10)) };
    case 'withdrawn':
      return { legalDueAt: afterPeriod, appointmentDueAt: afterPeriod, ...endedFields('withdrawn', at(10)) };
    case 'inProgress':
      return { legalDueAt: afterPeriod, appointmentDueAt: afterPeriod };
    case 'inProgressOverdue':
      return { legalDueAt: at(9), appointmentDueAt: at(9) };
    case 'waitingSupplement':
      return { legalDueAt: at(9), appointmentDueAt: at(9), ...waitingForSupplement(at(8) + 30) };
  }
}

/** Builds the dossiers a population spec describes (new ones received at 08:00 on the first day, carried-over ones three days before). */
export function buildPopulation(spec: PopulationSpec): DossierState[] {
  const first = spec.period.from * MINUTES_PER_DAY;
  const states: DossierState[] = [];
  for (const group of spec.groups) {
    const receivedAt = group.intake === 'carriedOver' ? first - 3 * MINUTES_PER_DAY + 8 * 60 : first + 8 * 60;
    const channel = group.intake === 'carriedOver' ? (group.channel ?? 'online') : INTAKE_CHANNEL[group.intake];
    for (let index = 0; index < group.count; index += 1) {
      states.push(buildDossierState({ receivedAt, submittedAt: receivedAt, channel, ...outcomeFields(group.outcome, spec.period), ...group.traits }));
    }
  }
  for (const step of spec.traits ?? []) {
    let given = 0;
    for (let index = 0; index < states.length && given < step.count; index += 1) {
      const state = states[index]!;
      if (step.where !== undefined && !step.where(state)) continue;
      states[index] = { ...state, ...(typeof step.set === 'function' ? step.set(state) : step.set) };
      given += 1;
    }
    if (given < step.count) throw new Error(`Trait step wanted ${step.count} dossiers, found ${given}.`);
  }
  return states;
}

/** Received inside the range (not carried over). */
export function receivedIn(range: DayRange): (dossier: DossierState) => boolean {
  return (dossier) => dossier.receivedAt !== undefined && dossier.receivedAt >= range.from * MINUTES_PER_DAY && dossier.receivedAt < (range.to + 1) * MINUTES_PER_DAY;
}

const isResolvedState = (dossier: DossierState): boolean => dossier.endKind === 'processed' || dossier.endKind === 'returned';

function feeTraits(amount: number, online: boolean, at: LocalMinute): Partial<DossierState> {
  return { feeAmount: amount, paidOnline: online, payments: [{ at, amount, online }] };
}

// ---------------------------------------------------------------------------------------
// The seed reports as populations. `printed` holds the figures exactly as the seed prints
// them (percentages with a decimal comma, money in our "đồng" form).

export interface SeedPopulation {
  source: string;
  spec: PopulationSpec;
  printed: Record<string, string>;
}

const seed000Period = daysFrom('2026-02-15', '2026-03-11');
/** Seed 000 (phường Gia Viên), monthly block 15/02–11/3/2026. */
export const SEED_000_MONTH: SeedPopulation = {
  source: 'shared/domain/seeds/000_97d47a92bb204ba9.txt §6, khối "từ ngày 15/02/2026 đến ngày 11/3/2026"',
  spec: {
    period: seed000Period,
    asOf: (seed000Period.to + 1) * MINUTES_PER_DAY,
    groups: [
      { count: 174, intake: 'carriedOver', outcome: 'early' },
      { count: 1582, intake: 'online', outcome: 'early' },
      { count: 13, intake: 'online', outcome: 'refused' },
      { count: 11, intake: 'online', outcome: 'withdrawn' },
      { count: 17, intake: 'online', outcome: 'waitingSupplement' },
      { count: 116, intake: 'online', outcome: 'inProgress' },
    ],
    traits: [{ count: 300, where: receivedIn(seed000Period), set: feeTraits(8_000, true, seed000Period.from * MINUTES_PER_DAY + 9 * 60) }],
  },
  printed: {
    received: '1.913',
    receivedOnline: '1.739',
    carriedOver: '174',
    early: '1.756',
    earlyRate: '91,79%',
    refused: '13',
    refusedRate: '0,67%',
    withdrawn: '11',
    withdrawnRate: '0,57%',
    supplementRequested: '17',
    supplementRequestedRate: '0,88%',
    onlineRate: '100%',
    onlinePaymentRate: '100%',
  },
};

const seed002Period = daysFrom('2025-07-01', '2025-09-19');
const seed002FeeDay = seed002Period.from * MINUTES_PER_DAY + 9 * 60;
/** Seed 002 (xã Kim Thành), quý III năm 2025, 01/7–19/9/2025 (the centre opened 01/7: nothing carried over). */
export const SEED_002_QUARTER: SeedPopulation = {
  source: 'shared/domain/seeds/002_14fe9592fcbe249f.txt §II.3–5',
  spec: {
    period: seed002Period,
    asOf: (seed002Period.to + 1) * MINUTES_PER_DAY,
    groups: [
      { count: 2100, intake: 'online', outcome: 'early' },
      { count: 317, intake: 'online', outcome: 'onTime' },
      { count: 10, intake: 'online', outcome: 'overdue' },
      { count: 6, intake: 'online', outcome: 'withdrawn' },
      { count: 50, intake: 'online', outcome: 'inProgress' },
      { count: 1800, intake: 'inPerson', outcome: 'early' },
      { count: 162, intake: 'inPerson', outcome: 'onTime' },
      { count: 10, intake: 'inPerson', outcome: 'overdue' },
      { count: 5, intake: 'inPerson', outcome: 'withdrawn' },
      { count: 6, intake: 'inPerson', outcome: 'inProgress' },
    ],
    traits: [
      // 3.062 × 17.000 + 82 × 16.000 = 53.366.000 đồng collected from 3.144 dossiers with fees.
      { count: 3062, where: receivedIn(seed002Period), set: feeTraits(17_000, false, seed002FeeDay) },
      { count: 82, where: (d) => receivedIn(seed002Period)(d) && d.feeAmount === 0, set: feeTraits(16_000, false, seed002FeeDay) },
      { count: 1212, where: (d) => d.feeAmount > 0, set: (d) => feeTraits(d.feeAmount, true, seed002FeeDay) },
      // 4.368 resolved dossiers with a result file, 3 of them without a component file.
      { count: 4368, where: isResolvedState, set: { hasResultFile: true } },
      { count: 3, where: (d) => d.hasResultFile, set: { hasComponentFile: false } },
    ],
  },
  printed: {
    received: '4.466',
    receivedOnline: '2.483',
    receivedInPerson: '1.983',
    onlineRatio: '2.483/4.466',
    onlineRate: '55,59%',
    onlineRateRounded: '55,60%',
    resolved: '4.399',
    earlyOrOnTime: '4.379',
    overdue: '20',
    inProgressWithinDeadline: '56',
    withdrawn: '11',
    withFee: '3.144',
    paidOnline: '1.212',
    onlinePaymentRatio: '1.212/3.144',
    onlinePaymentRate: '38,54%',
    feesCollected: '53.366.000 đồng',
    withResultFile: '4.368',
    digitized: '4.365',
    digitizationRatio: '4.365/4.368',
    digitizationRate: '99,93%',
  },
};

const seed004Period = daysFrom('2026-01-17', '2026-02-13');
const seed004FeeDay = seed004Period.from * MINUTES_PER_DAY + 9 * 60;
/** Seed 004 (phường Hưng Đạo), tháng 02 năm 2026, 17/01–13/02/2026. */
export const SEED_004_MONTH: SeedPopulation = {
  source: 'shared/domain/seeds/004_7bd229377b893440.txt §I.2',
  spec: {
    period: seed004Period,
    asOf: (seed004Period.to + 1) * MINUTES_PER_DAY,
    groups: [
      { count: 111, intake: 'carriedOver', outcome: 'early' },
      { count: 828, intake: 'online', outcome: 'early' },
      { count: 6, intake: 'online', outcome: 'overdue' },
      { count: 4, intake: 'online', outcome: 'refused' },
      { count: 3, intake: 'online', outcome: 'withdrawn' },
      { count: 72, intake: 'online', outcome: 'inProgress' },
    ],
    traits: [
      // 592 × 10.000 + 46.000 = 5.966.000 đồng paid online by 593 dossiers.
      { count: 592, where: receivedIn(seed004Period), set: feeTraits(10_000, true, seed004FeeDay) },
      { count: 1, where: (d) => receivedIn(seed004Period)(d) && d.feeAmount === 0, set: feeTraits(46_000, true, seed004FeeDay) },
      { count: 945, where: isResolvedState, set: { hasResultFile: true } },
    ],
  },
  printed: {
    received: '1.024',
    carriedOver: '111',
    returned: '952',
    early: '939',
    overdue: '6',
    refused: '4',
    withdrawn: '3',
    inProgressWithinDeadline: '72',
    withFee: '593',
    onlinePaymentRate: '100%',
    feesCollectedOnline: '5.966.000 đồng',
    digitizationRate: '100%',
  },
};

export const SEED_POPULATIONS = { '000': SEED_000_MONTH, '002': SEED_002_QUARTER, '004': SEED_004_MONTH } as const;
