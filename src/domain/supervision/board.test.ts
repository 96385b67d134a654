import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '../calendar/local-time.ts';
import { computeFigures } from '../kpi/figures.ts';
import { reportPeriod } from '../kpi/period.ts';
import { computeServiceIndex } from '../kpi/service-index.ts';
import { buildDossierState } from '../../../test/support/kpi-builders.ts';
import { at, inProcessing, liveContext, supervised } from '../../../test/support/supervision-builders.ts';
import { calendarContext, dossierWithPersonalDataArb } from '../../../test/support/dossier-arbitraries.ts';
import { DEFAULT_SUPERVISION_CONFIG } from './config.ts';
import { boardRow, cityBoard, compareUnits, emptyLiveCounts, monthlyTrend, rankUnits, unitDrillDown, type BoardRow, type UnitRow } from './board.ts';
import type { DossierState } from '../dossier/state.ts';

const JANUARY = reportPeriod({ kind: 'month', year: 2026, month: 1 });
const now = at('2026-01-07T10:00');
const context = liveContext(now);

// Unit GIAVIEN at Wed 07/01 10:00: due Thu 08/01 09:00 (due soon, apology late), Thu 08/01 14:00 (on time, apology owed),
// Mon 12/01 08:00 (on time), Wed 07/01 08:00 (overdue at the signature), received today at the desk; and one resolved.
const soon = inProcessing(at('2026-01-05T09:00'), { code: 'GIAVIEN-1' });
const soonHead = inProcessing(at('2026-01-05T14:00'), { code: 'GIAVIEN-2', assigneeId: null });
const calm = inProcessing(at('2026-01-07T08:00'), { code: 'GIAVIEN-3', department: 'kinh-te' });
const signing = supervised((h) => h.receive(at('2026-01-02T08:00')).forward(at('2026-01-02T09:00')).completeStep(at('2026-01-05T09:00'), 'xu-ly'), { code: 'GIAVIEN-4' }); // due Wed 07/01 08:00: overdue
const atDesk = supervised((h) => h.receive(at('2026-01-07T09:00')), { code: 'GIAVIEN-5' });
const done = supervised((h) => h.receive(at('2026-01-05T08:00')).forward(at('2026-01-05T09:00')).ready(at('2026-01-06T08:00')), { code: 'GIAVIEN-6' });
const giaVien = [soon, soonHead, calm, signing, atDesk, done];
// Unit ANHUNG: one resolved late (on-time 0/1), one open on time.
const lateDone = supervised((h) => h.receive(at('2026-01-02T08:00')).forward(at('2026-01-02T09:00')).ready(at('2026-01-07T09:00')), { unitCode: 'ANHUNG', code: 'ANHUNG-1' });
const anHungOpen = inProcessing(at('2026-01-07T08:00'), { unitCode: 'ANHUNG', code: 'ANHUNG-2' });

describe('a unit\'s board row', () => {
  const row = boardRow(giaVien, () => context, { period: JANUARY, asOf: now });
  it('counts open dossiers by level now, and the apologies owed', () => {
    expect(row.live).toEqual({ open: 5, onTime: 3, dueSoon: 1, dueToday: 0, overdue: 1, paused: 0, apologiesOwed: 2 });
  });
  it('takes the period figures and the index from the KPI module', () => {
    const figures = computeFigures(giaVien, JANUARY, { asOf: now }).total;
    expect(row.figures).toEqual(figures);
    expect([row.receivedInPeriod, row.resolvedInPeriod, row.onTimeRate]).toEqual([6, 1, figures.rates.onTime]);
    expect(row.onTimeRate).toMatchObject({ numerator: 1, denominator: 1 });
    const index = computeServiceIndex(giaVien, JANUARY, { asOf: now });
    expect(row.serviceIndex).toMatchObject({ pointsHundredths: index.pointsHundredths, scoredMaxPoints: index.scoredMaxPoints });
    expect(row.serviceIndex.outOf100Hundredths).toBe(Math.floor((index.pointsHundredths * 100) / index.scoredMaxPoints));
  });
});

describe('the city board', () => {
  const board = cityBoard([...giaVien, lateDone, anHungOpen, buildDossierState({ unitCode: 'OTHER' })], ['ANHUNG', 'GIAVIEN', 'KIENTHUY'], () => context, { period: JANUARY, asOf: now });
  it('has a row for every unit in scope, including one without dossiers, and leaves other units out', () => {
    expect(board.units.map((u) => u.unitCode).sort()).toEqual(['ANHUNG', 'GIAVIEN', 'KIENTHUY']);
    expect(board.units.find((u) => u.unitCode === 'KIENTHUY')).toMatchObject({ live: emptyLiveCounts(), receivedInPeriod: 0, serviceIndex: { scoredMaxPoints: 0, outOf100Hundredths: null } });
    expect(board.total.receivedInPeriod).toBe(8);
  });
  it('its totals are the sums of its units\' counts', () => {
    for (const field of Object.keys(board.total.live) as (keyof BoardRow['live'])[]) {
      expect(board.total.live[field]).toBe(board.units.reduce((sum, u) => sum + u.live[field], 0));
    }
    expect(board.total.resolvedInPeriod).toBe(board.units.reduce((sum, u) => sum + u.resolvedInPeriod, 0));
  });
  it('its figures are the report\'s, for the city and for each unit', () => {
    const inScope = [...giaVien, lateDone, anHungOpen];
    expect(board.total.figures).toEqual(computeFigures(inScope, JANUARY, { asOf: now }).total);
    expect(board.total.live).toEqual(boardRow(inScope, () => context, { period: JANUARY, asOf: now }).live);
    const anHung = board.units.find((u) => u.unitCode === 'ANHUNG')!;
    expect(anHung.figures).toEqual(computeFigures([lateDone, anHungOpen], JANUARY, { asOf: now }).total);
    expect(anHung.onTimeRate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(anHung.serviceIndex.pointsHundredths).toBe(computeServiceIndex([lateDone, anHungOpen], JANUARY, { asOf: now }).pointsHundredths);
  });
  it('ranks a unit resolving on time above one resolving late, and the unit without data last', () => {
    expect(board.units.map((u) => [u.unitCode, u.rank])).toEqual([['GIAVIEN', 1], ['ANHUNG', 2], ['KIENTHUY', 3]]);
  });
});

describe('ranking', () => {
  const unit = (unitCode: string, index: [number, number] | null, onTime: [number, number]): UnitRow => ({
    ...boardRow([], () => context, { period: JANUARY, asOf: now }),
    unitCode,
    serviceIndex: index === null ? { pointsHundredths: 0, scoredMaxPoints: 0, outOf100Hundredths: null } : { pointsHundredths: index[0], scoredMaxPoints: index[1], outOf100Hundredths: 0 },
    onTimeRate: { numerator: onTime[0], denominator: onTime[1], basisPoints: onTime[1] === 0 ? null : 0 },
  });
  it('by the exact share of the points scored, then the on-time rate; equal units share a rank and keep their order', () => {
    const rows = [
      unit('A', null, [10, 10]),
      unit('B', [4500, 50], [1, 2]), // 90 %
      unit('C', [2700, 30], [3, 4]), // 90 % on fewer points: equal index, better on-time
      unit('D', [4600, 50], [0, 0]),
      unit('E', [9000, 100], [2, 4]), // equal to B on both keys, listed after it
      unit('F', [2700, 30], [0, 0]),
    ];
    expect(rankUnits(rows).map((u) => [u.unitCode, u.rank])).toEqual([['D', 1], ['C', 2], ['B', 3], ['E', 3], ['F', 5], ['A', 6]]);
  });
  it('properties: a total order that does not depend on the input order except among equals', () => {
    const rowArb = fc.tuple(fc.option(fc.tuple(fc.nat(10_000), fc.integer({ min: 1, max: 100 }))), fc.tuple(fc.nat(50), fc.nat(50)));
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (specs) => {
        const rows = specs.map(([index, [a, b]], i) => unit(`U${i}`, index, [Math.min(a, b), Math.max(a, b)]));
        const ranked = rankUnits(rows);
        const reversed = rankUnits([...rows].reverse());
        expect(ranked.map((r) => r.rank)).toEqual(reversed.map((r) => r.rank));
        ranked.forEach((row, i) => {
          if (i === 0) return expect(row.rank).toBe(1);
          const previous = ranked[i - 1]!;
          expect(compareUnits(previous, row)).toBeLessThanOrEqual(0);
          expect(row.rank).toBe(compareUnits(previous, row) === 0 ? previous.rank : i + 1);
          if (compareUnits(previous, row) === 0) expect(rows.indexOf(rows.find((r) => r.unitCode === previous.unitCode)!)).toBeLessThan(rows.findIndex((r) => r.unitCode === row.unitCode));
        });
      }),
    );
  });
});

describe('drill-down: unit → departments → holders → dossiers', () => {
  const drill = unitDrillDown([...giaVien, lateDone], 'GIAVIEN', context, { period: JANUARY });
  it('opens the unit to its departments, each to who holds its dossiers now', () => {
    expect(drill.departments.map((d) => [d.departmentCode, d.holders.map((h) => [h.key, h.dossiers.map((r) => r.dossierCode)])])).toEqual([
      ['(Chưa xác định)', [['role:counter_officer', ['GIAVIEN-5']]]],
      ['kinh-te', [['officer:chuyen-vien', ['GIAVIEN-3']]]],
      [
        'tu-phap',
        [
          ['officer:chuyen-vien', ['GIAVIEN-1']],
          ['role:chairman', ['GIAVIEN-4']],
          ['role:department_head', ['GIAVIEN-2']],
        ],
      ],
    ]);
  });
  it('its rows add up to the unit, and department figures are the report\'s by department', () => {
    const sum = emptyLiveCounts();
    for (const department of drill.departments) for (const field of Object.keys(sum) as (keyof typeof sum)[]) sum[field] += department.live[field];
    expect(sum).toEqual(drill.row.live);
    const byDepartment = computeFigures(giaVien, JANUARY, { asOf: now, groupBy: 'department' }).byGroup!;
    expect(drill.departments.find((d) => d.departmentCode === 'tu-phap')!.figures).toEqual(byDepartment['tu-phap']);
    expect(drill.departments.find((d) => d.departmentCode === 'tu-phap')!.figures.resolved.total).toBe(1);
  });
  it('dossier rows carry codes, procedure, levels and dates, never the applicant', () => {
    const row = drill.departments.find((d) => d.departmentCode === 'tu-phap')!.holders.find((h) => h.key === 'role:chairman')!.dossiers[0]!;
    expect(row).toMatchObject({ dossierCode: 'GIAVIEN-4', procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân', level: 'overdue', stepCode: 'phe-duyet', apology: 'too-late' });
    const text = JSON.stringify(drill);
    expect(text).not.toContain('Nguyễn Văn An');
    expect(text).not.toContain('031090001234');
  });
  it('lists a holder\'s dossiers most urgent first', () => {
    const two = unitDrillDown([soon, inProcessing(at('2026-01-02T08:00'), { code: 'GIAVIEN-0' }), inProcessing(at('2026-01-06T08:00'), { code: 'GIAVIEN-9' })], 'GIAVIEN', context, { period: JANUARY });
    expect(two.departments[0]!.holders[0]!.dossiers.map((r) => [r.dossierCode, r.level])).toEqual([['GIAVIEN-0', 'overdue'], ['GIAVIEN-1', 'due-soon'], ['GIAVIEN-9', 'on-time']]);
  });
});

describe('trend month by month', () => {
  const dossiers = [soon, calm, done, lateDone, supervised((h) => h.receive(at('2026-02-03T08:00')).forward(at('2026-02-03T09:00')).ready(at('2026-02-04T08:00')))];
  const asOf = at('2026-02-10T12:00');
  it('gives each month up to the one running at asOf, with the report\'s figures of that month', () => {
    const trend = monthlyTrend(dossiers, reportPeriod({ kind: 'quarter', year: 2026, quarter: 1 }), asOf);
    expect(trend.map((p) => [p.period.name, p.receivedInPeriod, p.resolvedInPeriod])).toEqual([
      ['Tháng 01 năm 2026', 4, 2],
      ['Tháng 02 năm 2026', 1, 1],
    ]);
    const february = computeFigures(dossiers, reportPeriod({ kind: 'month', year: 2026, month: 2 }), { asOf }).total;
    expect([trend[1]!.onTimeRate, trend[1]!.overdueInProgress]).toEqual([february.rates.onTime, february.inProgress.overdue]);
    expect(trend[1]!.overdueInProgress).toBe(2);
  });
  it('under the 15th cut-off the first month is clipped to the range', () => {
    const trend = monthlyTrend(dossiers, reportPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, 'calendar'), asOf, { convention: 'cutoff-15' });
    expect(trend.map((p) => p.period.label)).toEqual([
      'Tháng 01 năm 2026 (từ ngày 01/01/2026 đến ngày 14/01/2026)',
      'Tháng 02 năm 2026 (từ ngày 15/01/2026 đến ngày 14/02/2026)',
    ]);
  });
});

describe('properties', () => {
  const distinct = fc.array(dossierWithPersonalDataArb, { minLength: 1, maxLength: 8 }).map((items) => items.map(({ events, state }, i): [number, DossierState] => [events.at(-1)!.at, { ...state, code: `GIAVIEN-${i}` }]));
  it('live counts: open and overdue equal the report\'s in-progress figures judged now; each open dossier has one level', () => {
    fc.assert(
      fc.property(distinct, fc.integer({ min: 0, max: 30 * 1440 }), (items, after) => {
        const dossiers = items.map(([, state]) => state);
        const moment = Math.max(...items.map(([last]) => last)) + after;
        const live = { now: moment, calendar: calendarContext.calendar, config: DEFAULT_SUPERVISION_CONFIG };
        const today = { from: dayOf(moment), to: dayOf(moment) };
        const row = boardRow(dossiers, () => live, { period: today, asOf: moment });
        expect([row.live.open, row.live.overdue]).toEqual([row.figures.inProgress.total, row.figures.inProgress.overdue]);
        expect(row.live.onTime + row.live.dueSoon + row.live.dueToday + row.live.overdue + row.live.paused).toBe(row.live.open);
        expect(row.live.apologiesOwed).toBeLessThanOrEqual(row.live.open - row.live.paused);
      }),
      { numRuns: 150 },
    );
  });
});
