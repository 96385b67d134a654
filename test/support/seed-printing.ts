/**
 * The figures each seed report prints, computed from dossier states and formatted the way
 * the seed prints them, so that a test can compare them with `SeedPopulation.printed`
 * whether the states were built directly (seeds.test.ts), folded from event histories
 * (seed-histories.test.ts) or read back from the database (the report tests).
 *
 * Pure test support, without vitest.
 */
import type { LocalMinute } from '../../src/domain/calendar/local-time.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { formatInteger, formatMoney } from '../../src/domain/format/number.ts';
import { formatRatio, formatRatioPercent } from '../../src/domain/format/percent.ts';
import { computeFigures, type Figures } from '../../src/domain/kpi/figures.ts';
import { buildFormII06a, type FormII06aCounts } from '../../src/domain/kpi/form-ii06a.ts';
import type { DayRange } from '../../src/domain/kpi/period.ts';
import type { SEED_POPULATIONS } from './kpi-builders.ts';

export type SeedKey = keyof typeof SEED_POPULATIONS;

/** What a seed prints from: the narrative total (truncated and rounded rates) and the II.06a total row. */
export interface SeedFigures {
  total: Figures;
  roundedTotal: Figures;
  formTotal: FormII06aCounts;
}

interface SeedWindow {
  period: DayRange;
  asOf: LocalMinute;
}

/** Seed 000 §6 (phường Gia Viên, 15/02–11/3/2026). */
function printed000({ total }: SeedFigures): Record<string, string> {
  return {
    received: formatInteger(total.received.total),
    receivedOnline: formatInteger(total.received.online),
    carriedOver: formatInteger(total.received.carriedOver),
    early: formatInteger(total.resolved.early),
    earlyRate: formatRatioPercent(total.rates.early),
    refused: formatInteger(total.refused),
    refusedRate: formatRatioPercent(total.rates.refused),
    withdrawn: formatInteger(total.withdrawn),
    withdrawnRate: formatRatioPercent(total.rates.withdrawn),
    supplementRequested: formatInteger(total.supplementRequested),
    supplementRequestedRate: formatRatioPercent(total.rates.supplementRequested),
    onlineRate: formatRatioPercent(total.rates.online),
    onlinePaymentRate: formatRatioPercent(total.rates.onlinePayment),
  };
}

/** Seed 002 §II.3–5 (xã Kim Thành, quý III 2025). */
function printed002({ total, roundedTotal }: SeedFigures): Record<string, string> {
  const rounded = roundedTotal.rates;
  return {
    received: formatInteger(total.received.total),
    receivedOnline: formatInteger(total.received.online),
    receivedInPerson: formatInteger(total.received.inPerson),
    onlineRatio: formatRatio(total.rates.online),
    onlineRate: formatRatioPercent(total.rates.online),
    onlineRateRounded: formatRatioPercent(rounded.online),
    resolved: formatInteger(total.resolved.total),
    earlyOrOnTime: formatInteger(total.resolved.early + total.resolved.onTime),
    overdue: formatInteger(total.resolved.overdue),
    inProgressWithinDeadline: formatInteger(total.inProgress.withinDeadline),
    withdrawn: formatInteger(total.withdrawn),
    withFee: formatInteger(total.withFee),
    paidOnline: formatInteger(total.paidOnline),
    onlinePaymentRatio: formatRatio(total.rates.onlinePayment),
    onlinePaymentRate: formatRatioPercent(total.rates.onlinePayment),
    feesCollected: formatMoney(total.feesCollected),
    withResultFile: formatInteger(total.withResultFile),
    digitized: formatInteger(total.digitized),
    digitizationRatio: formatRatio(total.rates.digitization),
    digitizationRate: formatRatioPercent(total.rates.digitization),
  };
}

/** Seed 004 §I.2 (phường Hưng Đạo, tháng 02/2026): "đã trả kết quả" is column (7) of II.06a. */
function printed004({ total, formTotal }: SeedFigures): Record<string, string> {
  return {
    received: formatInteger(total.received.total),
    carriedOver: formatInteger(total.received.carriedOver),
    returned: formatInteger(formTotal.resolved),
    early: formatInteger(total.resolved.early),
    overdue: formatInteger(total.resolved.overdue),
    refused: formatInteger(total.refused),
    withdrawn: formatInteger(total.withdrawn),
    inProgressWithinDeadline: formatInteger(total.inProgress.withinDeadline),
    withFee: formatInteger(total.withFee),
    onlinePaymentRate: formatRatioPercent(total.rates.onlinePayment),
    feesCollectedOnline: formatMoney(total.feesCollectedOnline),
    digitizationRate: formatRatioPercent(total.rates.digitization),
  };
}

/**
 * The printing from figures alone, so that figures computed another way (the report SQL of
 * src/db/report-queries.ts) are printed by the very same code.
 */
export const SEED_PRINTING_FROM_FIGURES: Record<SeedKey, (figures: SeedFigures) => Record<string, string>> = {
  '000': printed000,
  '002': printed002,
  '004': printed004,
};

function seedFigures(dossiers: readonly DossierState[], { period, asOf }: SeedWindow): SeedFigures {
  return {
    total: computeFigures(dossiers, period, { asOf }).total,
    roundedTotal: computeFigures(dossiers, period, { asOf, percentMode: 'round' }).total,
    formTotal: buildFormII06a(dossiers, period, { asOf }).total,
  };
}

export const SEED_PRINTING: Record<SeedKey, (dossiers: readonly DossierState[], window: SeedWindow) => Record<string, string>> = {
  '000': (dossiers, window) => printed000(seedFigures(dossiers, window)),
  '002': (dossiers, window) => printed002(seedFigures(dossiers, window)),
  '004': (dossiers, window) => printed004(seedFigures(dossiers, window)),
};
