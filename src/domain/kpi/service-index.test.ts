import { describe, expect, it } from 'vitest';
import { computeServiceIndex, thresholdPointsHundredths, type ComputedSubIndicator, type ServiceIndex, type SubIndicatorId } from './service-index.ts';
import { buildDossierState, buildEndedDossierState, daysFrom, minuteAt, waitingForSupplement } from '../../../test/support/kpi-builders.ts';
import type { DossierState } from '../dossier/state.ts';
import { formatHundredths } from '../format/number.ts';

const march = daysFrom('2026-03-01', '2026-03-31');
const asOf = minuteAt('2026-04-01T00:00');
const received = minuteAt('2026-03-02T08:00');
const due = minuteAt('2026-03-10T17:00');

function item(index: ServiceIndex, id: SubIndicatorId): ComputedSubIndicator {
  for (const group of index.groups) {
    const found = group.subIndicators.find((entry) => entry.id === id);
    if (found?.computable) return found;
  }
  throw new Error(`${id} is not computed`);
}

describe('scoring rules (reference §4.2)', () => {
  it('threshold rule: full points at or above the target, else R × Pmax / T', () => {
    expect(thresholdPointsHundredths(50, 100, 12, 50)).toBe(1200);
    expect(thresholdPointsHundredths(90, 100, 4, 80)).toBe(400);
    expect(thresholdPointsHundredths(40, 100, 12, 50)).toBe(960);
    expect(thresholdPointsHundredths(1, 3, 2, 80)).toBe(83); // 2 × (1/3) / 0,8 = 0,8333…
    expect(thresholdPointsHundredths(1, 3, 2, 80, 'round')).toBe(83);
    expect(thresholdPointsHundredths(2, 3, 2, 80, 'round')).toBe(167); // 1,6666…
    expect(thresholdPointsHundredths(2, 3, 2, 80)).toBe(166);
  });
  it('without a target: R × Pmax; 2.1 is 20 × on time / received', () => {
    expect(thresholdPointsHundredths(4446, 4466, 20, null)).toBe(1991);
    expect(formatHundredths(thresholdPointsHundredths(4446, 4466, 20, null)!)).toBe('19,91');
    expect(thresholdPointsHundredths(3, 3, 6, null)).toBe(600);
  });
  it('no dossier: not scored', () => {
    expect(thresholdPointsHundredths(0, 0, 6, null)).toBeNull();
  });
});

describe('2.1 on time, the QĐ 766 way', () => {
  const onTime = (dossier: DossierState, snapshot = asOf): boolean => item(computeServiceIndex([dossier], march, { asOf: snapshot }), '2.1').rate.numerator === 1;
  it('an end at or before the legal due date is on time; after it, overdue; extensions do not count', () => {
    expect(onTime(buildEndedDossierState('returned', due, { receivedAt: received, legalDueAt: due }))).toBe(true);
    expect(onTime(buildEndedDossierState('returned', due + 1, { receivedAt: received, legalDueAt: due, appointmentDueAt: due + 2880 }))).toBe(false);
  });
  it('stops and withdrawals are judged by their time too (unlike column 9 of II.06a)', () => {
    expect(onTime(buildEndedDossierState('withdrawn', due + 60, { receivedAt: received, legalDueAt: due }))).toBe(false);
    expect(onTime(buildEndedDossierState('stopped', due - 60, { receivedAt: received, legalDueAt: due }))).toBe(true);
  });
  it('more than one supplement request during processing ⇒ overdue, whatever the dates', () => {
    const twice = buildEndedDossierState('returned', minuteAt('2026-03-05T10:00'), {
      receivedAt: received,
      legalDueAt: due,
      supplementRequests: [
        { at: minuteAt('2026-03-03T09:00'), stage: 'processing', receivedAt: minuteAt('2026-03-03T15:00') },
        { at: minuteAt('2026-03-04T09:00'), stage: 'processing', receivedAt: minuteAt('2026-03-04T15:00') },
      ],
    });
    expect(onTime(twice)).toBe(false);
    const receptionAndProcessing = { ...twice, supplementRequests: [{ at: minuteAt('2026-03-02T07:00'), stage: 'reception' as const }, twice.supplementRequests[1]!] };
    expect(onTime(receptionAndProcessing)).toBe(true);
  });
  it('still waiting for its single supplement ⇒ judged at the request time', () => {
    expect(onTime(buildDossierState({ receivedAt: received, legalDueAt: due, ...waitingForSupplement(minuteAt('2026-03-09T10:00')) }))).toBe(true);
    expect(onTime(buildDossierState({ receivedAt: received, legalDueAt: due, ...waitingForSupplement(minuteAt('2026-03-11T10:00')) }))).toBe(false);
  });
  it('supplement answered, not ended ⇒ judged at the period end', () => {
    const answered = buildDossierState({
      receivedAt: received,
      legalDueAt: minuteAt('2026-03-31T17:00'),
      supplementRequests: [{ at: minuteAt('2026-03-09T10:00'), stage: 'processing', receivedAt: minuteAt('2026-03-10T10:00') }],
      pauses: [{ kind: 'supplement', from: minuteAt('2026-03-09T10:00'), to: minuteAt('2026-03-10T10:00') }],
    });
    expect(onTime(answered)).toBe(false);
    expect(onTime({ ...answered, legalDueAt: minuteAt('2026-04-02T17:00') })).toBe(true);
  });
  it('not ended ⇒ judged at the period end, or at the snapshot when earlier', () => {
    const open = buildDossierState({ receivedAt: received, legalDueAt: minuteAt('2026-03-20T17:00') });
    expect(onTime(open)).toBe(false);
    expect(onTime(open, minuteAt('2026-03-15T09:00'))).toBe(true);
  });
  it('paused for a financial obligation ⇒ judged at the pause start', () => {
    const paying = buildDossierState({ receivedAt: received, legalDueAt: due, paused: true, pauses: [{ kind: 'financial', from: minuteAt('2026-03-09T10:00') }] });
    expect(onTime(paying)).toBe(true);
    expect(onTime({ ...paying, pauses: [{ kind: 'financial', from: minuteAt('2026-03-11T10:00') }] })).toBe(false);
  });
  it('scores 20 × on time / received and lists the overdue dossiers', () => {
    const late = buildEndedDossierState('returned', due + 60, { receivedAt: received, legalDueAt: due, code: 'HS-LATE' });
    const dossiers = [late, ...Array.from({ length: 3 }, () => buildEndedDossierState('returned', due - 60, { receivedAt: received, legalDueAt: due }))];
    const result = item(computeServiceIndex(dossiers, march, { asOf }), '2.1');
    expect(result.rate).toEqual({ numerator: 3, denominator: 4, basisPoints: 7500 });
    expect(result.pointsHundredths).toBe(1500);
    expect(result.dossiersCostingPoints).toEqual(['HS-LATE']);
  });
});

describe('dossier-based sub-indicators', () => {
  const newOnes = (count: number, overrides: Partial<DossierState>): DossierState[] => Array.from({ length: count }, () => buildDossierState({ receivedAt: received, legalDueAt: due, ...overrides }));
  it('3.3 counts online dossiers (with their e-result when one is required) against target 50%', () => {
    const dossiers = [
      ...newOnes(2, { channel: 'online', resultRequired: false }),
      ...newOnes(1, { channel: 'online', resultRequired: true, hasResultFile: false, code: 'HS-ONLINE-NO-RESULT' }),
      ...newOnes(5, { channel: 'in_person', resultRequired: false }),
    ];
    const result = item(computeServiceIndex(dossiers, march, { asOf }), '3.3');
    expect(result.rate).toMatchObject({ numerator: 2, denominator: 8 });
    expect(result.targetPercent).toBe(50);
    expect(result.maxPoints).toBe(12);
    expect(result.pointsHundredths).toBe(600); // 25% / 50% × 12
    expect(result.dossiersCostingPoints).toHaveLength(6);
    expect(result.dossiersCostingPoints).toContain('HS-ONLINE-NO-RESULT');
    expect(result.note).toMatch(/chưa được xác nhận/);
  });
  it('3.6 online payment over dossiers with a fee received in the period', () => {
    const dossiers = [...newOnes(3, { feeAmount: 8_000, paidOnline: true }), ...newOnes(1, { feeAmount: 8_000, paidOnline: false, code: 'HS-CASH' }), ...newOnes(4, { feeAmount: 0 })];
    const result = item(computeServiceIndex(dossiers, march, { asOf }), '3.6');
    expect(result.rate).toMatchObject({ numerator: 3, denominator: 4 });
    expect(result.pointsHundredths).toBe(450);
    expect(result.dossiersCostingPoints).toEqual(['HS-CASH']);
  });
  it('4.1 e-results, 4.2 digitization (target 80%) over resolved dossiers; 4.3 reuse over received', () => {
    const end = minuteAt('2026-03-05T10:00');
    const dossiers = [
      ...Array.from({ length: 4 }, () => buildEndedDossierState('returned', end, { receivedAt: received, legalDueAt: due, hasResultFile: true, hasComponentFile: true, hasReusedComponent: true })),
      buildEndedDossierState('returned', end, { receivedAt: received, legalDueAt: due, hasResultFile: false, hasComponentFile: true, code: 'HS-NO-RESULT' }),
      buildEndedDossierState('returned', end, { receivedAt: received, legalDueAt: due, resultRequired: false, hasResultFile: false, hasComponentFile: true }),
    ];
    const index = computeServiceIndex(dossiers, march, { asOf });
    expect(item(index, '4.1').rate).toMatchObject({ numerator: 4, denominator: 5 });
    expect(item(index, '4.1').pointsHundredths).toBe(480);
    expect(item(index, '4.2').rate).toMatchObject({ numerator: 5, denominator: 6 });
    expect(item(index, '4.2').pointsHundredths).toBe(400); // 83% ≥ 80%
    expect(item(index, '4.2').dossiersCostingPoints).toEqual([]);
    expect(item(index, '4.3').rate).toMatchObject({ numerator: 4, denominator: 6 });
    expect(item(index, '4.3').pointsHundredths).toBe(166); // 2 × 0,6666 / 0,8
  });
  it('an empty denominator is not scored and not counted in the scored maximum', () => {
    const index = computeServiceIndex([buildDossierState({ receivedAt: received, legalDueAt: due })], march, { asOf });
    expect(item(index, '3.6').pointsHundredths).toBeNull();
    expect(item(index, '3.6').note).toMatch(/Không phát sinh hồ sơ/);
    expect(index.groups.find((group) => group.id === 4)!.scoredMaxPoints).toBe(0);
  });
  it('filters one unit', () => {
    const dossiers = [...newOnes(2, { unitCode: 'A' }), ...newOnes(3, { unitCode: 'B' })];
    const index = computeServiceIndex(dossiers, march, { asOf, unitCode: 'B' });
    expect(index.unitCode).toBe('B');
    expect(item(index, '2.1').rate.denominator).toBe(3);
  });
});

describe('layout', () => {
  const index = computeServiceIndex([], march, { asOf });
  it('has the six groups of reference §4.1 adding up to 100 points', () => {
    expect(index.groups.map((group) => [group.id, group.maxPoints])).toEqual([
      [1, 18],
      [2, 20],
      [3, 12],
      [4, 10],
      [5, 22],
      [6, 18],
    ]);
    expect(index.groups.reduce((sum, group) => sum + group.maxPoints, 0)).toBe(index.maxPoints);
    for (const group of index.groups) {
      const points = group.subIndicators.map((entry) => entry.maxPoints ?? 0).reduce((sum, value) => sum + value, 0);
      expect(points).toBe(group.maxPoints);
    }
  });
  it('returns what it cannot compute with a Vietnamese reason, never a number', () => {
    const missing = index.groups.flatMap((group) => group.subIndicators).filter((entry) => !entry.computable);
    expect(missing.map((entry) => entry.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.2', '3.1', '3.2', '3.5', 'payment-transactions', 'electronic-certified-copies', '4.4', '4.5b', '4.5a', '5.1', '5.2', '5.3', '5.4']);
    for (const entry of missing) {
      expect(entry.computable).toBe(false);
      if (!entry.computable) expect(entry.reason.length).toBeGreaterThan(20);
      expect(entry).not.toHaveProperty('pointsHundredths');
    }
  });
});
