import { describe, expect, it } from 'vitest';
import { computeFigures, type Figures } from './figures.ts';
import { UNASSIGNED_GROUP } from './labels.ts';
import { buildDossierState, buildEndedDossierState, daysFrom, minuteAt, waitingForSupplement } from '../../../test/support/kpi-builders.ts';
import { STATUS, type DossierState } from '../dossier/state.ts';
import { formatRatioPercent } from '../format/percent.ts';

const march = daysFrom('2026-03-01', '2026-03-31');
const afterMarch = minuteAt('2026-04-01T00:00');
const totalOf = (dossiers: DossierState[], asOf = afterMarch): Figures => computeFigures(dossiers, march, { asOf }).total;
const inMarch = (overrides: Partial<DossierState> = {}): DossierState => buildDossierState({ receivedAt: minuteAt('2026-03-02T08:00'), ...overrides });
const dueApril = { legalDueAt: minuteAt('2026-04-10T17:00') };

describe('which dossiers a period handles', () => {
  it('leaves out dossiers never received and counts refusals at reception apart', () => {
    const submitted = buildDossierState({ status: STATUS.submitted, receivedAt: undefined, submittedAt: minuteAt('2026-03-02T08:00') });
    const refusedAtReception = buildDossierState({ status: STATUS.refusedAtReception, receivedAt: undefined, refusedAt: minuteAt('2026-03-03T09:00') });
    const refusedInFebruary = buildDossierState({ status: STATUS.refusedAtReception, receivedAt: undefined, refusedAt: minuteAt('2026-02-27T09:00') });
    const figures = totalOf([submitted, refusedAtReception, refusedInFebruary]);
    expect(figures.received.total).toBe(0);
    expect(figures.refusedAtReception).toBe(1);
    expect(figures.refused).toBe(0);
  });
  it('a status-3 dossier with a stray receipt time is still never received', () => {
    const odd = buildDossierState({ status: STATUS.refusedAtReception, receivedAt: minuteAt('2026-03-02T08:00'), refusedAt: minuteAt('2026-03-02T08:10') });
    const figures = totalOf([odd]);
    expect(figures.received.total).toBe(0);
    expect(figures.refusedAtReception).toBe(1);
  });
  it('leaves out dossiers received after the period and dossiers ended before it', () => {
    const later = buildDossierState({ receivedAt: minuteAt('2026-04-01T00:00') });
    const endedBefore = buildEndedDossierState('returned', minuteAt('2026-02-28T23:59'), { receivedAt: minuteAt('2026-02-20T08:00') });
    expect(totalOf([later, endedBefore]).received.total).toBe(0);
  });
  it('counts a dossier received at the last minute and one ended at the first minute', () => {
    const lastMinute = buildDossierState({ receivedAt: minuteAt('2026-03-31T23:59'), ...dueApril });
    const endedAtStart = buildEndedDossierState('returned', minuteAt('2026-03-01T00:00'), { receivedAt: minuteAt('2026-02-20T08:00'), legalDueAt: minuteAt('2026-03-02T17:00') });
    const figures = totalOf([lastMinute, endedAtStart]);
    expect(figures.received).toEqual({ total: 2, online: 1, inPerson: 0, post: 0, carriedOver: 1 });
    expect(figures.resolved.early).toBe(1);
    expect(figures.inProgress.withinDeadline).toBe(1);
  });
});

describe('received', () => {
  it('splits new dossiers by channel and counts the rest as carried over', () => {
    const figures = totalOf([
      inMarch({ channel: 'online', ...dueApril }),
      inMarch({ channel: 'in_person', ...dueApril }),
      inMarch({ channel: 'post', ...dueApril }),
      buildDossierState({ receivedAt: minuteAt('2026-02-20T08:00'), channel: 'in_person', ...dueApril }),
    ]);
    expect(figures.received).toEqual({ total: 4, online: 1, inPerson: 1, post: 1, carriedOver: 1 });
    expect(figures.rates.online).toEqual({ numerator: 1, denominator: 3, basisPoints: 3333 });
  });
});

describe('resolved, early / on time / overdue against the legal due date', () => {
  const due = minuteAt('2026-03-10T17:00');
  const ended = (at: string, overrides: Partial<DossierState> = {}): DossierState =>
    buildEndedDossierState('returned', minuteAt(at), { receivedAt: minuteAt('2026-03-02T08:00'), legalDueAt: due, ...overrides });
  it('early: ended on an earlier day', () => {
    expect(totalOf([ended('2026-03-09T16:59')]).resolved).toEqual({ total: 1, early: 1, onTime: 0, overdue: 0 });
  });
  it('on time: same day, not after the due minute', () => {
    expect(totalOf([ended('2026-03-10T08:00'), ended('2026-03-10T17:00')]).resolved).toEqual({ total: 2, early: 0, onTime: 2, overdue: 0 });
  });
  it('overdue: after the due minute, even the same day', () => {
    expect(totalOf([ended('2026-03-10T17:01'), ended('2026-03-12T09:00')]).resolved).toEqual({ total: 2, early: 0, onTime: 0, overdue: 2 });
  });
  it('an extension (Mẫu 04) does not save an overdue dossier', () => {
    const extended = ended('2026-03-12T09:00', {
      appointmentDueAt: minuteAt('2026-03-13T17:00'),
      extensions: [{ at: minuteAt('2026-03-09T10:00'), newDueAt: minuteAt('2026-03-13T17:00'), reason: 'Cần xác minh' }],
    });
    expect(totalOf([extended]).resolved.overdue).toBe(1);
  });
  it('no legal due date: on time', () => {
    expect(totalOf([ended('2026-03-20T09:00', { legalDueAt: undefined })]).resolved.onTime).toBe(1);
  });
  it('processed and returned both count; stopped and withdrawn are apart', () => {
    const figures = totalOf([
      buildEndedDossierState('processed', minuteAt('2026-03-05T10:00'), { receivedAt: minuteAt('2026-03-02T08:00'), legalDueAt: due }),
      ended('2026-03-05T10:00'),
      buildEndedDossierState('stopped', minuteAt('2026-03-05T10:00'), { receivedAt: minuteAt('2026-03-02T08:00'), legalDueAt: due }),
      buildEndedDossierState('withdrawn', minuteAt('2026-03-05T10:00'), { receivedAt: minuteAt('2026-03-02T08:00'), legalDueAt: due }),
    ]);
    expect(figures.resolved.total).toBe(2);
    expect(figures.refused).toBe(1);
    expect(figures.withdrawn).toBe(1);
    expect(figures.received.total).toBe(4);
  });
  it('a dossier that ends after the period is in progress in it', () => {
    const figures = totalOf([ended('2026-04-03T09:00')]);
    expect(figures.resolved.total).toBe(0);
    expect(figures.inProgress).toEqual({ total: 1, withinDeadline: 0, overdue: 1 });
  });
  it('a half-recorded end (time without kind) counts as not ended', () => {
    const figures = totalOf([inMarch({ endedAt: minuteAt('2026-03-05T10:00'), legalDueAt: due })]);
    expect(figures.inProgress.total).toBe(1);
  });
});

describe('in progress, judged at min(period end, asOf)', () => {
  const dueMarch20 = { legalDueAt: minuteAt('2026-03-20T17:00') };
  it('within deadline when due later, overdue when due passed', () => {
    expect(totalOf([inMarch(dueApril), inMarch(dueMarch20)]).inProgress).toEqual({ total: 2, withinDeadline: 1, overdue: 1 });
  });
  it('due at the last minute of the period is overdue at its end', () => {
    expect(totalOf([inMarch({ legalDueAt: minuteAt('2026-03-31T23:59') })]).inProgress.overdue).toBe(1);
  });
  it('a dossier waiting for a supplement is within deadline ("bao gồm cả hồ sơ chờ bổ sung")', () => {
    const waiting = inMarch({ ...dueMarch20, ...waitingForSupplement(minuteAt('2026-03-19T10:00')) });
    expect(totalOf([waiting]).inProgress).toEqual({ total: 1, withinDeadline: 1, overdue: 0 });
  });
  it('so is one paused for a financial obligation at the judgement moment', () => {
    const paying = inMarch({ ...dueMarch20, status: STATUS.financialObligation, paused: true, pauses: [{ kind: 'financial', from: minuteAt('2026-03-18T10:00') }] });
    expect(totalOf([paying]).inProgress.withinDeadline).toBe(1);
  });
  it('a pause that ended before the judgement moment does not protect it', () => {
    const resumed = inMarch({
      ...dueMarch20,
      pauses: [{ kind: 'supplement', from: minuteAt('2026-03-10T10:00'), to: minuteAt('2026-03-12T10:00') }],
      supplementRequests: [{ at: minuteAt('2026-03-10T10:00'), stage: 'processing', receivedAt: minuteAt('2026-03-12T10:00') }],
    });
    expect(totalOf([resumed]).inProgress.overdue).toBe(1);
  });
  it('a pause still open at the period end but closed since protects it in a past report', () => {
    const laterResumed = inMarch({
      ...dueMarch20,
      pauses: [{ kind: 'supplement', from: minuteAt('2026-03-25T10:00'), to: minuteAt('2026-04-02T10:00') }],
    });
    expect(totalOf([laterResumed], minuteAt('2026-04-05T08:00')).inProgress.withinDeadline).toBe(1);
  });
  it('mid-period snapshot: judged at asOf, not at the period end', () => {
    const asOf = minuteAt('2026-03-15T12:00');
    const figures = totalOf([inMarch({ legalDueAt: minuteAt('2026-03-16T17:00') }), inMarch({ legalDueAt: minuteAt('2026-03-14T17:00') })], asOf);
    expect(figures.inProgress).toEqual({ total: 2, withinDeadline: 1, overdue: 1 });
  });
  it('at the snapshot the folded `paused` flag is enough', () => {
    const asOf = minuteAt('2026-03-15T12:00');
    const paused = inMarch({ legalDueAt: minuteAt('2026-03-14T17:00'), paused: true });
    expect(totalOf([paused], asOf).inProgress.withinDeadline).toBe(1);
  });
  it('no legal due date: within deadline', () => {
    expect(totalOf([inMarch({ legalDueAt: undefined })]).inProgress.withinDeadline).toBe(1);
  });
});

describe('supplement requests', () => {
  it('counts handled dossiers with a request made in the period, at any stage, once each', () => {
    const figures = totalOf([
      inMarch({ ...dueApril, supplementRequests: [{ at: minuteAt('2026-03-05T09:00'), stage: 'processing', receivedAt: minuteAt('2026-03-06T09:00') }, { at: minuteAt('2026-03-07T09:00'), stage: 'processing' }] }),
      inMarch({ ...dueApril, supplementRequests: [{ at: minuteAt('2026-03-02T07:30'), stage: 'reception' }] }),
      buildDossierState({ receivedAt: minuteAt('2026-02-10T08:00'), ...dueApril, supplementRequests: [{ at: minuteAt('2026-02-12T09:00'), stage: 'processing', receivedAt: minuteAt('2026-02-13T09:00') }] }),
    ]);
    expect(figures.supplementRequested).toBe(2);
    expect(formatRatioPercent(figures.rates.supplementRequested)).toBe('66,66%');
  });
});

describe('fees and payments', () => {
  it('counts fee dossiers received in the period and those paid online; sums payments dated in it', () => {
    const paidOnline = inMarch({ ...dueApril, feeAmount: 8_000, paidOnline: true, payments: [{ at: minuteAt('2026-03-02T08:30'), amount: 8_000, online: true }] });
    const paidAtDesk = inMarch({ ...dueApril, channel: 'in_person', feeAmount: 75_000, payments: [{ at: minuteAt('2026-03-02T08:30'), amount: 75_000, online: false }] });
    const exempt = inMarch({ ...dueApril, feeAmount: 0 });
    const carriedOverWithFee = buildDossierState({ receivedAt: minuteAt('2026-02-20T08:00'), ...dueApril, feeAmount: 10_000, paidOnline: true, payments: [{ at: minuteAt('2026-03-03T10:00'), amount: 10_000, online: true }] });
    const figures = totalOf([paidOnline, paidAtDesk, exempt, carriedOverWithFee]);
    expect(figures.withFee).toBe(2);
    expect(figures.paidOnline).toBe(1);
    expect(figures.rates.onlinePayment.basisPoints).toBe(5000);
    expect(figures.feesCollected).toBe(93_000);
    expect(figures.feesCollectedOnline).toBe(18_000);
  });
  it('collects a payment made in the period by a dossier ended before it, without handling the dossier', () => {
    const paidLate = buildEndedDossierState('processed', minuteAt('2026-02-27T10:00'), {
      receivedAt: minuteAt('2026-02-20T08:00'),
      feeAmount: 20_000,
      payments: [{ at: minuteAt('2026-03-02T09:00'), amount: 20_000, online: false }],
    });
    const { total, byField } = computeFigures([paidLate], march, { asOf: afterMarch });
    expect(total.received.total).toBe(0);
    expect(total.feesCollected).toBe(20_000);
    expect(Object.keys(byField)).toEqual(['Hộ tịch']);
  });
});

describe('digitization, reuse and electronic results', () => {
  const due = { legalDueAt: minuteAt('2026-03-20T17:00') };
  const resolved = (overrides: Partial<DossierState>): DossierState =>
    buildEndedDossierState('returned', minuteAt('2026-03-05T10:00'), { receivedAt: minuteAt('2026-03-02T08:00'), ...due, ...overrides });
  it('digitization = resolved with a result file that also have a component file, over resolved with a result file', () => {
    const figures = totalOf([
      resolved({ hasResultFile: true, hasComponentFile: true }),
      resolved({ hasResultFile: true, hasComponentFile: false }),
      resolved({ hasResultFile: false, hasComponentFile: true }),
      buildEndedDossierState('stopped', minuteAt('2026-03-05T10:00'), { receivedAt: minuteAt('2026-03-02T08:00'), hasResultFile: true }),
    ]);
    expect(figures.withResultFile).toBe(2);
    expect(figures.digitized).toBe(1);
    expect(figures.rates.digitization.basisPoints).toBe(5000);
  });
  it('electronic results over resolved dossiers whose procedure requires a result', () => {
    const figures = totalOf([
      resolved({ resultRequired: true, hasResultFile: true }),
      resolved({ resultRequired: true, hasResultFile: false }),
      resolved({ resultRequired: false, hasResultFile: true }),
    ]);
    expect(figures.resultRequired).toBe(2);
    expect(figures.electronicResult).toBe(1);
  });
  it('reuse over dossiers received in the period', () => {
    const figures = totalOf([
      inMarch({ ...dueApril, hasReusedComponent: true }),
      inMarch({ ...dueApril }),
      buildDossierState({ receivedAt: minuteAt('2026-02-20T08:00'), ...dueApril, hasReusedComponent: true }),
    ]);
    expect(figures.reused).toBe(1);
    expect(figures.rates.reuse).toEqual({ numerator: 1, denominator: 2, basisPoints: 5000 });
  });
});

describe('rates', () => {
  it('use the documented denominators and print "-" when empty', () => {
    const empty = totalOf([]);
    for (const value of Object.values(empty.rates)) expect(formatRatioPercent(value)).toBe('-');
  });
  it('switch to rounding on request', () => {
    const dossiers = [inMarch({ ...dueApril }), inMarch({ ...dueApril }), inMarch({ ...dueApril, channel: 'in_person' })];
    expect(computeFigures(dossiers, march, { asOf: afterMarch }).total.rates.online.basisPoints).toBe(6666);
    expect(computeFigures(dossiers, march, { asOf: afterMarch, percentMode: 'round' }).total.rates.online.basisPoints).toBe(6667);
  });
  it('on-time rate is (early + on time) over resolved; early rate is over everything handled', () => {
    const dossiers = [
      buildEndedDossierState('returned', minuteAt('2026-03-03T10:00'), { receivedAt: minuteAt('2026-03-02T08:00'), legalDueAt: minuteAt('2026-03-05T17:00') }),
      buildEndedDossierState('returned', minuteAt('2026-03-06T10:00'), { receivedAt: minuteAt('2026-03-02T08:00'), legalDueAt: minuteAt('2026-03-05T17:00') }),
      inMarch({ ...dueApril }),
      inMarch({ ...dueApril }),
    ];
    const { rates } = totalOf(dossiers);
    expect(rates.early).toEqual({ numerator: 1, denominator: 4, basisPoints: 2500 });
    expect(rates.onTime).toEqual({ numerator: 1, denominator: 2, basisPoints: 5000 });
  });
});

describe('grouping', () => {
  const dossiers = [
    inMarch({ ...dueApril, field: 'Hộ tịch', unitCode: 'U1', procedureCode: '1.001193', departmentCode: 'VHXH', receivedBy: 'can-bo-a' }),
    inMarch({ ...dueApril, field: 'Đất đai', unitCode: 'U1', procedureCode: '1.013978', receivedBy: 'can-bo-b' }),
    inMarch({ ...dueApril, field: 'Chứng thực', unitCode: 'U2', procedureCode: '2.000815', departmentCode: 'TP' }),
    buildDossierState({ status: STATUS.refusedAtReception, receivedAt: undefined, refusedAt: minuteAt('2026-03-03T09:00'), field: 'Bảo trợ xã hội' }),
  ];
  it('always gives figures by field, in Vietnamese alphabetical order', () => {
    const report = computeFigures(dossiers, march, { asOf: afterMarch });
    expect(Object.keys(report.byField)).toEqual(['Bảo trợ xã hội', 'Chứng thực', 'Đất đai', 'Hộ tịch']);
    expect(report.byField['Bảo trợ xã hội']!.refusedAtReception).toBe(1);
    expect(report.groupBy).toBeUndefined();
    expect(report.byGroup).toBeUndefined();
  });
  it('groups by unit, procedure, department and officer; missing keys go to one bucket', () => {
    const by = (groupBy: 'unit' | 'procedure' | 'department' | 'officer'): Record<string, number> =>
      Object.fromEntries(Object.entries(computeFigures(dossiers, march, { asOf: afterMarch, groupBy }).byGroup!).map(([key, figures]) => [key, figures.received.total]));
    expect(by('unit')).toEqual({ [buildDossierState().unitCode]: 0, U1: 2, U2: 1 });
    expect(by('procedure')).toEqual({ '1.001193': 1, '1.013978': 1, '2.000815': 1 });
    expect(by('department')).toEqual({ [UNASSIGNED_GROUP]: 1, TP: 1, VHXH: 1 });
    expect(by('officer')).toEqual({ [UNASSIGNED_GROUP]: 1, 'can-bo-a': 1, 'can-bo-b': 1 });
  });
});
