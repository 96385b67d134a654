/**
 * Property tests: on any set of dossier states (consistent or not), any period and any
 * snapshot time, every handled dossier lands in exactly one bucket.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeFigures, type Figures, type GroupBy } from './figures.ts';
import { buildFormII06a, type FormII06aCounts } from './form-ii06a.ts';
import { computeServiceIndex } from './service-index.ts';
import { buildDossierState, dayAt, endedFields } from '../../../test/support/kpi-builders.ts';
import { STATUS, type DossierState, type EndKind } from '../dossier/state.ts';
import type { DayRange } from './period.ts';

const DAY = 1440;
const base = dayAt('2026-03-01') * DAY;

const dossierArb: fc.Arbitrary<DossierState> = fc
  .record({
    receivedOffset: fc.integer({ min: -40 * DAY, max: 80 * DAY }),
    never: fc.constantFrom<'received' | 'submitted' | 'refused'>('received', 'received', 'received', 'received', 'submitted', 'refused'),
    channel: fc.constantFrom('online' as const, 'in_person' as const, 'post' as const),
    end: fc.option(fc.record({ kind: fc.constantFrom<EndKind>('processed', 'returned', 'stopped', 'withdrawn'), after: fc.integer({ min: 0, max: 40 * DAY }) }), { nil: undefined }),
    halfEnd: fc.boolean(),
    due: fc.option(fc.integer({ min: 0, max: 30 * DAY }), { nil: undefined }),
    pauses: fc.array(fc.record({ kind: fc.constantFrom('supplement' as const, 'financial' as const), from: fc.integer({ min: 0, max: 20 * DAY }), length: fc.option(fc.integer({ min: 0, max: 10 * DAY }), { nil: undefined }) }), { maxLength: 2 }),
    paused: fc.boolean(),
    requests: fc.array(fc.record({ at: fc.integer({ min: -2 * DAY, max: 30 * DAY }), stage: fc.constantFrom('reception' as const, 'processing' as const), answered: fc.option(fc.integer({ min: 0, max: 5 * DAY }), { nil: undefined }) }), { maxLength: 3 }),
    field: fc.constantFrom('Hộ tịch', 'Chứng thực', 'Đất đai'),
    unitCode: fc.constantFrom('U1', 'U2'),
    procedureCode: fc.constantFrom('1.001193', '2.000815'),
    departmentCode: fc.option(fc.constantFrom('VHXH', 'KT'), { nil: undefined }),
    receivedBy: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    fee: fc.constantFrom(0, 0, 8_000),
    payAfter: fc.option(fc.integer({ min: -DAY, max: 30 * DAY }), { nil: undefined }),
    flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .map((a): DossierState => {
    const receivedAt = base + a.receivedOffset;
    const flags = { paidOnline: a.flags[0]!, hasComponentFile: a.flags[1]!, hasReusedComponent: a.flags[2]!, hasResultFile: a.flags[3]!, resultRequired: a.flags[4]! };
    const common = {
      channel: a.channel,
      field: a.field,
      unitCode: a.unitCode,
      procedureCode: a.procedureCode,
      departmentCode: a.departmentCode,
      receivedBy: a.receivedBy,
      feeAmount: a.fee,
      payments: a.payAfter === undefined ? [] : [{ at: receivedAt + a.payAfter, amount: a.fee, online: flags.paidOnline }],
      ...flags,
    };
    if (a.never === 'submitted') return buildDossierState({ ...common, status: STATUS.submitted, receivedAt: undefined, submittedAt: receivedAt });
    if (a.never === 'refused') return buildDossierState({ ...common, status: STATUS.refusedAtReception, receivedAt: undefined, refusedAt: receivedAt });
    const ended = a.end === undefined ? {} : endedFields(a.end.kind, receivedAt + a.end.after);
    const halfEnded = a.halfEnd && a.end !== undefined ? { endKind: undefined } : {};
    return buildDossierState({
      ...common,
      receivedAt,
      legalDueAt: a.due === undefined ? undefined : receivedAt + a.due,
      pauses: a.pauses.map((p) => ({ kind: p.kind, from: receivedAt + p.from, to: p.length === undefined ? undefined : receivedAt + p.from + p.length })),
      paused: a.paused,
      supplementRequests: a.requests.map((r) => ({ at: receivedAt + r.at, stage: r.stage, receivedAt: r.answered === undefined ? undefined : receivedAt + r.at + r.answered })),
      ...ended,
      ...halfEnded,
    });
  });

const periodArb: fc.Arbitrary<DayRange> = fc
  .record({ from: fc.integer({ min: -10, max: 40 }), length: fc.integer({ min: 0, max: 60 }) })
  .map(({ from, length }) => ({ from: base / DAY + from, to: base / DAY + from + length }));
const asOfArb = fc.integer({ min: base - 20 * DAY, max: base + 120 * DAY });
const groupByArb = fc.constantFrom<GroupBy>('field', 'unit', 'procedure', 'department', 'officer');

function expectBalanced(figures: Figures): void {
  const { received, resolved, inProgress } = figures;
  expect(received.total).toBe(resolved.total + figures.refused + figures.withdrawn + inProgress.total);
  expect(received.total).toBe(received.online + received.inPerson + received.post + received.carriedOver);
  expect(resolved.total).toBe(resolved.early + resolved.onTime + resolved.overdue);
  expect(inProgress.total).toBe(inProgress.withinDeadline + inProgress.overdue);
  expect(figures.supplementRequested).toBeLessThanOrEqual(received.total);
  expect(figures.paidOnline).toBeLessThanOrEqual(figures.withFee);
  expect(figures.digitized).toBeLessThanOrEqual(figures.withResultFile);
  expect(figures.withResultFile).toBeLessThanOrEqual(resolved.total);
  expect(figures.electronicResult).toBeLessThanOrEqual(figures.resultRequired);
  expect(figures.reused).toBeLessThanOrEqual(received.online + received.inPerson + received.post);
  for (const rate of Object.values(figures.rates)) {
    if (rate.basisPoints !== null) expect(rate.basisPoints).toBeLessThanOrEqual(10_000);
  }
}

/** Sum of every numeric leaf except the rates. */
function leaves(figures: Figures): number[] {
  const { rates: _rates, ...counts } = figures;
  return Object.values(counts).flatMap((value) => (typeof value === 'number' ? [value] : Object.values(value)));
}

function expectColumnsBalanced(counts: FormII06aCounts): void {
  expect(counts.received).toBe(counts.receivedOnline + counts.receivedInPersonOrPost + counts.carriedOver);
  expect(counts.received).toBe(counts.resolved + counts.inProgress);
  expect(counts.resolved).toBe(counts.resolvedEarly + counts.resolvedOnTime + counts.resolvedOverdue);
  expect(counts.inProgress).toBe(counts.inProgressWithinDeadline + counts.inProgressOverdue);
}

describe('invariants on arbitrary dossier sets', () => {
  it('received = resolved + refused + withdrawn + in progress, in total and in every group; groups add up to the total', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 40 }), periodArb, asOfArb, groupByArb, (dossiers, period, asOf, groupBy) => {
        const report = computeFigures(dossiers, period, { asOf, groupBy });
        expectBalanced(report.total);
        for (const groups of [report.byField, report.byGroup!]) {
          const figures = Object.values(groups);
          figures.forEach(expectBalanced);
          const summed = figures.map(leaves).reduce((sum, row) => sum.map((value, index) => value + row[index]!), leaves(report.total).map(() => 0));
          expect(summed).toEqual(leaves(report.total));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('Biểu II.06a: (3) = (4)+(5)+(6) = (7)+(11), and it agrees with the figures', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 40 }), periodArb, asOfArb, fc.constantFrom('field' as const, 'unit' as const), (dossiers, period, asOf, groupBy) => {
        const form = buildFormII06a(dossiers, period, { asOf, groupBy });
        expectColumnsBalanced(form.total);
        form.rows.forEach((row) => expectColumnsBalanced(row.counts));
        const sumOf = (key: keyof FormII06aCounts): number => form.rows.reduce((sum, row) => sum + row.counts[key], 0);
        for (const key of Object.keys(form.total) as (keyof FormII06aCounts)[]) expect(sumOf(key)).toBe(form.total[key]);

        const { total } = computeFigures(dossiers, period, { asOf });
        expect(form.total.received).toBe(total.received.total);
        expect(form.total.receivedOnline).toBe(total.received.online);
        expect(form.total.receivedInPersonOrPost).toBe(total.received.inPerson + total.received.post);
        expect(form.total.carriedOver).toBe(total.received.carriedOver);
        expect(form.total.resolved).toBe(total.resolved.total + total.refused + total.withdrawn);
        expect(form.total.resolvedOverdue).toBeGreaterThanOrEqual(total.resolved.overdue);
        expect(form.total.inProgress).toBe(total.inProgress.total);
        expect(form.total.inProgressOverdue).toBe(total.inProgress.overdue);
      }),
      { numRuns: 300 },
    );
  });

  it('QĐ 766: 2.1 covers every handled dossier and no score exceeds its maximum', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 40 }), periodArb, asOfArb, fc.constantFrom('truncate' as const, 'round' as const), (dossiers, period, asOf, percentMode) => {
        const index = computeServiceIndex(dossiers, period, { asOf, percentMode });
        const { total } = computeFigures(dossiers, period, { asOf });
        const progress = index.groups[1]!.subIndicators[0]!;
        expect(progress.computable && progress.rate.denominator).toBe(total.received.total);
        for (const group of index.groups) {
          for (const entry of group.subIndicators) {
            if (!entry.computable) continue;
            expect(entry.rate.numerator).toBeLessThanOrEqual(entry.rate.denominator);
            expect(entry.rate.denominator - entry.rate.numerator).toBeGreaterThanOrEqual(entry.dossiersCostingPoints.length);
            if (entry.pointsHundredths !== null) {
              expect(entry.pointsHundredths).toBeGreaterThanOrEqual(0);
              expect(entry.pointsHundredths).toBeLessThanOrEqual(entry.maxPoints * 100);
            }
          }
          expect(group.pointsHundredths).toBeLessThanOrEqual(group.scoredMaxPoints * 100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the dossiers', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 30 }), periodArb, asOfArb, (dossiers, period, asOf) => {
        const reversed = [...dossiers].reverse();
        expect(computeFigures(reversed, period, { asOf, groupBy: 'officer' })).toEqual(computeFigures(dossiers, period, { asOf, groupBy: 'officer' }));
        expect(buildFormII06a(reversed, period, { asOf })).toEqual(buildFormII06a(dossiers, period, { asOf }));
      }),
      { numRuns: 100 },
    );
  });
});
