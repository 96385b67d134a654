import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeSatisfactionIndicator } from './satisfaction-index.ts';

const codes = (count: number) => Array.from({ length: count }, (_, i) => `HS-${String(i + 1).padStart(2, '0')}`);

describe('QĐ 766 5.4 on a hand-computed population', () => {
  // 20 dossiers in the period.
  //   HS-03: overdue.                               → overdue share
  //   HS-07: overdue and a PAKN.                    → both shares (subtracted twice, as the formula adds the rates)
  //   HS-11: a PAKN and a dissatisfied rating.      → complained once (PAKN or dislike)
  //   HS-15: a dissatisfied rating.                 → complained
  //   HS-99: a PAKN about a dossier of another period → ignored
  // R = (20 − 2 − 3) / 20 = 75% < 90% → 75 / 90 × 6 = 5,00 points.
  const result = computeSatisfactionIndicator({
    dossiers: codes(20),
    overdue: ['HS-07', 'HS-03'],
    withPakn: ['HS-07', 'HS-11', 'HS-99'],
    withDissatisfiedRating: ['HS-11', 'HS-15', 'HS-15'],
  });

  it('computes 100% − (overdue share + PAKN-or-dislike share)', () => {
    expect(result.rate).toEqual({ numerator: 15, denominator: 20, basisPoints: 7500 });
    expect(result.overdue).toEqual({ ratio: { numerator: 2, denominator: 20, basisPoints: 1000 }, dossiers: ['HS-03', 'HS-07'] });
    expect(result.complained).toEqual({
      ratio: { numerator: 3, denominator: 20, basisPoints: 1500 },
      dossiers: ['HS-07', 'HS-11', 'HS-15'],
      withPakn: ['HS-07', 'HS-11'],
      withDissatisfiedRating: ['HS-11', 'HS-15'],
    });
  });

  it('scores with the threshold rule (target 90%, 6 points) and lists the dossiers that cost points', () => {
    expect(result).toMatchObject({ id: '5.4', group: 6, computable: true, name: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', targetPercent: 90, maxPoints: 6, pointsHundredths: 500 });
    expect(result.dossiersCostingPoints).toEqual(['HS-03', 'HS-07', 'HS-11', 'HS-15']);
    expect(result.note).toBe(
      '1 hồ sơ vừa quá hạn vừa có phản ánh, kiến nghị hoặc đánh giá không hài lòng: bị trừ ở cả hai tỷ lệ, đúng công thức 100% − (tỷ lệ quá hạn + tỷ lệ có PAKN hoặc không hài lòng).',
    );
  });
});

describe('QĐ 766 5.4 arithmetic', () => {
  it('works from the counts, not from two truncated percentages', () => {
    // 1/3 overdue (33,33%) and 1/3 complained (33,33%): R = 1/3 = 33,33%, not 100 − 33,33 − 33,33 = 33,34%.
    const result = computeSatisfactionIndicator({ dossiers: codes(3), overdue: ['HS-01'], withPakn: ['HS-02'], withDissatisfiedRating: [] });
    expect(result.rate.basisPoints).toBe(3333);
  });

  it('truncates by default and rounds on request, for the rate and the points', () => {
    const input = { dossiers: codes(9), overdue: ['HS-09'], withPakn: [], withDissatisfiedRating: [] };
    // R = 8/9 = 88,888…%; points = 8/9 × 6 / 0,9 = 5,925…
    expect(computeSatisfactionIndicator(input)).toMatchObject({ rate: { basisPoints: 8888 }, pointsHundredths: 592 });
    expect(computeSatisfactionIndicator(input, { percentMode: 'round' })).toMatchObject({ rate: { basisPoints: 8889 }, pointsHundredths: 593 });
  });

  it('gives full points at the target and then lists no dossier as costing points', () => {
    const result = computeSatisfactionIndicator({ dossiers: codes(10), overdue: [], withPakn: [], withDissatisfiedRating: ['HS-04'] });
    expect(result).toMatchObject({ rate: { basisPoints: 9000 }, pointsHundredths: 600, dossiersCostingPoints: [] });
    expect(result.complained.dossiers).toEqual(['HS-04']);
  });

  it('never goes below 0% and is not scored without dossiers', () => {
    expect(computeSatisfactionIndicator({ dossiers: codes(2), overdue: codes(2), withPakn: codes(2), withDissatisfiedRating: [] })).toMatchObject({ rate: { numerator: 0, basisPoints: 0 }, pointsHundredths: 0 });
    expect(computeSatisfactionIndicator({ dossiers: [], overdue: [], withPakn: [], withDissatisfiedRating: [] })).toMatchObject({
      rate: { basisPoints: null },
      pointsHundredths: null,
      note: 'Không phát sinh hồ sơ trong kỳ; chỉ tiêu không được chấm.',
    });
  });

  it('never rises when one more dossier becomes overdue or complained about', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.nat(59)), fc.array(fc.nat(59)), fc.nat(59), (n, overdueIdx, complainedIdx, extra) => {
        const all = codes(n);
        const pick = (idx: number[]) => idx.filter((i) => i < n).map((i) => all[i]!);
        const before = computeSatisfactionIndicator({ dossiers: all, overdue: pick(overdueIdx), withPakn: pick(complainedIdx), withDissatisfiedRating: [] });
        const after = computeSatisfactionIndicator({ dossiers: all, overdue: pick([...overdueIdx, extra]), withPakn: pick(complainedIdx), withDissatisfiedRating: pick([extra]) });
        expect(after.rate.basisPoints!).toBeLessThanOrEqual(before.rate.basisPoints!);
        expect(after.pointsHundredths!).toBeLessThanOrEqual(before.pointsHundredths!);
        expect(before.rate.basisPoints!).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
