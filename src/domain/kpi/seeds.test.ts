/**
 * The seed reports' counts rebuilt as dossier states: the figures we print must be the
 * figures the centres printed (shared/domain/seeds/000, 002, 004).
 */
import { describe, expect, it } from 'vitest';
import { computeFigures } from './figures.ts';
import { buildFormII06a, formII06aTotalCells } from './form-ii06a.ts';
import { computeServiceIndex } from './service-index.ts';
import { SEED_PRINTING } from '../../../test/support/seed-printing.ts';
import { buildPopulation, SEED_000_MONTH, SEED_002_QUARTER, SEED_004_MONTH } from '../../../test/support/kpi-builders.ts';
import { formatRatioPercent } from '../format/percent.ts';

describe('seed 000 (phường Gia Viên, 15/02–11/3/2026)', () => {
  const { spec, printed } = SEED_000_MONTH;
  const dossiers = buildPopulation(spec);
  const { total } = computeFigures(dossiers, spec.period, { asOf: spec.asOf });
  it('builds 1.913 handled dossiers', () => {
    expect(dossiers).toHaveLength(1913);
  });
  it('prints the seed figures', () => {
    expect(SEED_PRINTING['000'](dossiers, spec)).toEqual(printed);
  });
  it('has no overdue dossier ("không có hồ sơ quá hạn giải quyết")', () => {
    expect(total.resolved.overdue + total.inProgress.overdue).toBe(0);
  });
  it('would print other digits if it rounded (0,68% / 0,58% / 0,89%)', () => {
    const rounded = computeFigures(dossiers, spec.period, { asOf: spec.asOf, percentMode: 'round' }).total.rates;
    expect([rounded.refused, rounded.withdrawn, rounded.supplementRequested].map(formatRatioPercent)).toEqual(['0,68%', '0,58%', '0,89%']);
  });
});

describe('seed 002 (xã Kim Thành, quý III 2025, 01/7–19/9/2025)', () => {
  const { spec, printed } = SEED_002_QUARTER;
  const dossiers = buildPopulation(spec);
  const { total } = computeFigures(dossiers, spec.period, { asOf: spec.asOf });
  it('prints the seed figures', () => {
    expect(SEED_PRINTING['002'](dossiers, spec)).toEqual(printed);
  });
  it('balances as the seed does: 4.466 = 4.399 resolved + 11 withdrawn + 56 in progress', () => {
    expect(total.received.total).toBe(total.resolved.total + total.withdrawn + total.refused + total.inProgress.total);
    expect(total.refused).toBe(0);
    expect(total.inProgress.overdue).toBe(0);
  });
  it('Biểu II.06a total row: withdrawals join column (7)', () => {
    const form = buildFormII06a(dossiers, spec.period, { asOf: spec.asOf });
    expect(formII06aTotalCells(form)).toEqual(['', 'Tổng số', '4.466', '2.483', '1.983', '0', '4.410', '3.900', '490', '20', '56', '56', '0']);
  });
  it('QĐ 766 2.1: 4.446 of 4.466 on time (20 overdue) → 19,91 points', () => {
    const progress = computeServiceIndex(dossiers, spec.period, { asOf: spec.asOf }).groups[1]!.subIndicators[0]!;
    expect(progress.computable && [progress.rate.numerator, progress.rate.denominator, progress.pointsHundredths, progress.dossiersCostingPoints.length]).toEqual([4446, 4466, 1991, 20]);
  });
});

describe('seed 004 (phường Hưng Đạo, tháng 02/2026, 17/01–13/02/2026)', () => {
  const { spec, printed } = SEED_004_MONTH;
  const dossiers = buildPopulation(spec);
  const { total } = computeFigures(dossiers, spec.period, { asOf: spec.asOf });
  const form = buildFormII06a(dossiers, spec.period, { asOf: spec.asOf });
  it('prints the seed figures; "đã trả kết quả" 952 is column (7) of II.06a', () => {
    expect(SEED_PRINTING['004'](dossiers, spec)).toEqual(printed);
  });
  it('balances: 1.024 = 952 ended + 72 in progress = 945 resolved + 4 refused + 3 withdrawn + 72', () => {
    expect(form.total.received).toBe(form.total.resolved + form.total.inProgress);
    expect(total.resolved.total).toBe(945);
    expect(formII06aTotalCells(form)).toEqual(['', 'Tổng số', '1.024', '913', '0', '111', '952', '943', '3', '6', '72', '72', '0']);
  });
});
