import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoLocalDateTime } from '../calendar/local-time.ts';
import { classifyContext, classifyDossier } from '../kpi/classify.ts';
import { at, inProcessing, liveContext, officialCalendar, supervised } from '../../../test/support/supervision-builders.ts';
import { calendarContext, dossierWithPersonalDataArb } from '../../../test/support/dossier-arbitraries.ts';
import { DEFAULT_SUPERVISION_CONFIG, supervisionConfigSchema } from './config.ts';
import { countLevels, dossierWarning, isOpen, openStepsOf, WARNING_LEVELS, type WarningLevel } from './warnings.ts';

// Received Mon 05/01/2026 09:00, 3 working days: legal due Thu 08/01 09:00. Forwarded at 10:00,
// "Thẩm định, xử lý chuyên môn" is due Wed 07/01 09:48 (docs/deadlines.md).
const dossier = inProcessing(at('2026-01-05T09:00'));
const levelAt = (text: string) => dossierWarning(dossier, liveContext(at(text)))!;

describe('warning levels of a dossier and of its open step, by working time', () => {
  it('has the due dates the fold gives', () => {
    const warning = levelAt('2026-01-05T11:00');
    expect(isoLocalDateTime(warning.dueAt)).toBe('2026-01-08T09:00');
    expect(warning.steps.map((s) => [s.stepCode, isoLocalDateTime(s.dueAt), s.departmentCode, s.assigneeId])).toEqual([['xu-ly', '2026-01-07T09:48', 'tu-phap', 'chuyen-vien']]);
  });
  it('is on time early on (dossier 8 % elapsed, step 6 %)', () => {
    const warning = levelAt('2026-01-05T11:00');
    expect([warning.level, warning.elapsedPercent, warning.remainingMinutes]).toEqual(['on-time', 8, 1320]);
    expect([warning.steps[0]!.level, warning.steps[0]!.elapsedPercent]).toEqual(['on-time', 6]);
  });
  it('is due soon with one working day left (480 minutes), not a minute before', () => {
    expect(levelAt('2026-01-07T08:59').level).toBe('on-time'); // 541 left, 62 %
    expect(levelAt('2026-01-07T09:00').level).toBe('due-soon'); // 480 left
  });
  it('marks the step due today on its due day up to its due minute, overdue the minute after', () => {
    expect(levelAt('2026-01-06T17:00').steps[0]!.level).toBe('due-soon');
    expect(levelAt('2026-01-07T00:00').steps[0]!.level).toBe('due-today');
    expect(levelAt('2026-01-07T09:48').steps[0]!.level).toBe('due-today');
    const after = levelAt('2026-01-07T09:49').steps[0]!;
    expect([after.level, after.remainingMinutes]).toEqual(['overdue', -1]);
  });
  it('marks the dossier due today on the legal date, overdue after the legal minute', () => {
    expect(levelAt('2026-01-08T06:00').level).toBe('due-today');
    expect(levelAt('2026-01-08T09:00').level).toBe('due-today');
    expect(levelAt('2026-01-08T09:01').level).toBe('overdue');
  });
  it('takes the unit thresholds: 0 days and 100 % leave only due today and overdue', () => {
    const config = supervisionConfigSchema.parse({ dueSoonRemainingWorkingDays: 0, dueSoonElapsedPercent: 100 });
    expect(dossierWarning(dossier, liveContext(at('2026-01-07T16:59'), { config }))!.level).toBe('on-time');
    expect(dossierWarning(dossier, liveContext(at('2026-01-07T16:59')))!.level).toBe('due-soon');
  });
});

describe('the end of the working day, weekends and holidays', () => {
  it('a dossier due at 17:00 is due today until 17:00 and overdue at 17:01, though no working time passed', () => {
    const oneDay = supervised((h) => h.receive(at('2026-01-05T07:00')), { procedure: { timeLimit: { kind: 'working-days', days: 1 } } });
    expect(isoLocalDateTime(oneDay.legalDueAt!)).toBe('2026-01-05T17:00');
    expect(dossierWarning(oneDay, liveContext(at('2026-01-05T17:00')))!.level).toBe('due-today');
    const late = dossierWarning(oneDay, liveContext(at('2026-01-05T17:01')))!;
    expect([late.level, late.remainingMinutes]).toEqual(['overdue', 0]);
  });
  it('the evening before a morning due date is due soon, not due today; after midnight it is', () => {
    const oneDay = supervised((h) => h.receive(at('2026-01-05T08:00')), { procedure: { timeLimit: { kind: 'working-days', days: 1 } } });
    expect(dossierWarning(oneDay, liveContext(at('2026-01-05T23:59')))!.level).toBe('due-soon');
    expect(dossierWarning(oneDay, liveContext(at('2026-01-06T00:00')))!.level).toBe('due-today');
  });
  it('over a weekend: received Friday, due Monday; Saturday is due soon, not overdue or due today', () => {
    const friday = supervised((h) => h.receive(at('2026-01-09T09:00')), { procedure: { timeLimit: { kind: 'working-days', days: 1 } } });
    expect(isoLocalDateTime(friday.legalDueAt!)).toBe('2026-01-12T09:00');
    const saturday = dossierWarning(friday, liveContext(at('2026-01-10T10:00')))!;
    expect([saturday.level, saturday.remainingMinutes]).toEqual(['due-soon', 120]);
  });
  it('over Tết 2026: received Fri 13/02, due Mon 23/02; during the holiday nothing is overdue', () => {
    const beforeTet = supervised((h) => h.receive(at('2026-02-13T09:00')), { procedure: { timeLimit: { kind: 'working-days', days: 1 } } });
    expect(isoLocalDateTime(beforeTet.legalDueAt!)).toBe('2026-02-23T09:00');
    expect(dossierWarning(beforeTet, liveContext(at('2026-02-18T10:00')))!.level).toBe('due-soon');
    expect(dossierWarning(beforeTet, liveContext(at('2026-02-23T08:59')))!.level).toBe('due-today');
    // With 5 working days it is on time the whole holiday.
    const five = supervised((h) => h.receive(at('2026-02-13T09:00')), { procedure: { timeLimit: { kind: 'working-days', days: 5 } } });
    expect(dossierWarning(five, liveContext(at('2026-02-20T16:00')))!.level).toBe('on-time');
  });
});

describe('pauses, ended and not received dossiers', () => {
  const waiting = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-06T09:00')));
  it('a dossier waiting for the citizen is paused, and the running pause pushes its due date', () => {
    const warning = dossierWarning(waiting, liveContext(at('2026-01-07T09:00')))!;
    expect(warning.level).toBe('paused');
    expect(isoLocalDateTime(warning.dueAt)).toBe('2026-01-09T09:00');
    expect(warning.steps[0]!.level).toBe('paused');
  });
  it('a dossier already overdue when the pause began is paused, not overdue (the KPI rule)', () => {
    const late = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-09T09:00')));
    expect(dossierWarning(late, liveContext(at('2026-01-12T09:00')))!.level).toBe('paused');
  });
  it('at the very minute the supplement comes in, the dossier still counts as paused (the KPI rule: a pause covers its end)', () => {
    const late = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-09T09:00')).supplementReceived(at('2026-01-12T09:00')));
    expect(dossierWarning(late, liveContext(at('2026-01-12T09:00')))!.level).toBe('paused');
    expect(dossierWarning(late, liveContext(at('2026-01-12T09:01')))!.level).toBe('overdue');
  });
  it('after the supplement the clock runs again from the shifted date', () => {
    const resumed = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-06T09:00')).supplementReceived(at('2026-01-07T09:00')));
    const warning = dossierWarning(resumed, liveContext(at('2026-01-09T09:00')))!;
    expect([isoLocalDateTime(warning.dueAt), warning.level]).toEqual(['2026-01-09T09:00', 'due-today']);
  });
  it('gives nothing for an ended dossier or an online submission not yet received', () => {
    const ended = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).ready(at('2026-01-06T09:00')));
    const submitted = supervised((h) => h.submitOnline(at('2026-01-05T09:00')));
    expect(dossierWarning(ended, liveContext(at('2026-01-12T09:00')))).toBeUndefined();
    expect(dossierWarning(submitted, liveContext(at('2026-01-12T09:00')))).toBeUndefined();
    expect(openStepsOf(ended)).toEqual([]);
  });
  it('counts levels', () => {
    const counts = countLevels([{ level: 'overdue' }, { level: 'overdue' }, { level: 'paused' }]);
    expect(counts).toEqual({ 'on-time': 0, 'due-soon': 0, 'due-today': 0, overdue: 2, paused: 1 });
  });
});

const RANK: Record<WarningLevel, number> = { 'on-time': 0, 'due-soon': 1, 'due-today': 2, overdue: 3, paused: -1 };
const nowArb = fc.integer({ min: at('2026-01-05T00:00'), max: at('2026-03-31T23:59') });
const weekdays = (now: number) => ({ now, calendar: calendarContext.calendar, config: DEFAULT_SUPERVISION_CONFIG });

describe('properties', () => {
  it('"overdue" is exactly the KPI module\'s in-progress overdue at the same moment', () => {
    fc.assert(
      fc.property(dossierWithPersonalDataArb, fc.integer({ min: 0, max: 30 * 1440 }), ({ events, state }, after) => {
        // A live view looks at a history that is all in the past.
        const now = events.at(-1)!.at + after;
        const warning = dossierWarning(state, weekdays(now));
        const day = dayOf(now);
        const handled = classifyDossier(state, classifyContext({ from: day, to: day }, now));
        const kpiOverdue = handled !== undefined && !handled.outcome.ended && handled.outcome.overdue;
        expect(warning?.level === 'overdue').toBe(kpiOverdue);
        expect(warning !== undefined).toBe(isOpen(state));
      }),
      { numRuns: 300 },
    );
  });
  it('a running clock only gets more urgent as time passes', () => {
    fc.assert(
      fc.property(dossierWithPersonalDataArb, nowArb, fc.integer({ min: 0, max: 20 * 1440 }), ({ state }, now, later) => {
        if (state.paused || !isOpen(state)) return;
        const first = dossierWarning(state, weekdays(now))!;
        const second = dossierWarning(state, weekdays(now + later))!;
        expect(RANK[second.level]).toBeGreaterThanOrEqual(RANK[first.level]);
        first.steps.forEach((step, i) => expect(RANK[second.steps[i]!.level]).toBeGreaterThanOrEqual(RANK[step.level]));
      }),
      { numRuns: 300 },
    );
  });
  it('due today means not overdue and the due date is today; every level is one of the five', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2026-01-05T00:00'), max: at('2026-02-27T23:59') }), (now) => {
        const warning = dossierWarning(dossier, liveContext(now, { calendar: officialCalendar }))!;
        expect(WARNING_LEVELS).toContain(warning.level);
        if (warning.level === 'due-today') expect([dayOf(warning.dueAt), now <= warning.dueAt]).toEqual([dayOf(now), true]);
        if (warning.level === 'overdue') expect(now).toBeGreaterThan(warning.dueAt);
      }),
    );
  });
});
