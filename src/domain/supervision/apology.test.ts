import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoLocalDateTime } from '../calendar/local-time.ts';
import { at, inProcessing, liveContext, officialCalendar, supervised } from '../../../test/support/supervision-builders.ts';
import { apologiesOwed, assessApology, isAtLeastOneWorkingDayBefore, workingMinutesBefore, type ApologyStatus } from './apology.ts';
import { supervisionConfigSchema } from './config.ts';

// Legal due Thu 08/01/2026 09:00: the apology is due by Wed 07/01 09:00.
const dossier = inProcessing(at('2026-01-05T09:00'));
const statusAt = (text: string, state = dossier) => assessApology(state, liveContext(at(text)))!;

describe('the last moment to send the apology: one working day before the legal due date', () => {
  it.each([
    ['2026-01-08T09:00', '2026-01-07T09:00', 'a weekday'],
    ['2026-01-12T09:00', '2026-01-09T09:00', 'over a weekend'],
    ['2026-02-23T09:00', '2026-02-13T09:00', 'over Tết 2026 (16–20/02 off)'],
    ['2026-01-06T17:00', '2026-01-05T17:00', 'a due date at the end of the day'],
    ['2026-01-05T07:30', '2026-01-02T07:30', 'after the 01/01 holiday'],
    ['2026-01-05T07:00', '2025-12-31T17:00', 'at opening time after a weekend and 01/01: the end of the last working day before'],
    ['2026-05-04T13:30', '2026-04-29T11:30', 'after 30/4–1/5, at the end of lunch: shown before lunch (equal working time)'],
  ])('due %s → send by %s (%s)', (due, last) => {
    expect(isoLocalDateTime(workingMinutesBefore(at(due), officialCalendar.minutesPerDay, officialCalendar))).toBe(last);
  });
  it('is the dossier\'s last moment', () => {
    expect(isoLocalDateTime(statusAt('2026-01-06T09:00').lastMoment)).toBe('2026-01-07T09:00');
  });
});

describe('where a dossier stands with the apology rule', () => {
  it.each<[string, ApologyStatus, string[]]>([
    ['2026-01-05T11:00', 'not-needed', []],
    ['2026-01-06T08:59', 'not-needed', []], // 961 working minutes left: more than the 2 days of risk
    ['2026-01-06T09:00', 'owed', ['little-time-left']],
    ['2026-01-07T09:00', 'owed', ['little-time-left']], // the last moment itself is still in time
    ['2026-01-07T09:01', 'late', ['little-time-left']],
    ['2026-01-07T09:49', 'late', ['little-time-left', 'step-overdue']],
    ['2026-01-08T09:00', 'late', ['little-time-left', 'step-overdue']],
    ['2026-01-08T09:01', 'too-late', ['overdue', 'step-overdue']],
  ])('at %s: %s', (now, status, risk) => {
    const assessment = statusAt(now);
    expect([assessment.status, assessment.risk]).toEqual([status, risk]);
  });
  it('over Tết: owed until Fri 13/02 09:00 for a date of Mon 23/02 09:00, then late through the holiday', () => {
    const beforeTet = supervised((h) => h.receive(at('2026-02-12T09:00')), { procedure: { timeLimit: { kind: 'working-days', days: 2 } } });
    expect(isoLocalDateTime(beforeTet.legalDueAt!)).toBe('2026-02-23T09:00');
    expect(statusAt('2026-02-13T09:00', beforeTet).status).toBe('owed');
    expect(statusAt('2026-02-13T09:01', beforeTet).status).toBe('late');
    expect(statusAt('2026-02-18T12:00', beforeTet).status).toBe('late');
    expect(statusAt('2026-02-23T09:01', beforeTet).status).toBe('too-late');
  });
  it('an overdue step alone makes the dossier at risk, unless the unit turns that off', () => {
    const long = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')), { procedure: { timeLimit: { kind: 'working-days', days: 10 } } });
    const now = at('2026-01-14T09:01'); // xu-ly (to 70 % of 10 days) was due Wed 14/01 09:00; 3 working days left
    expect(assessApology(long, liveContext(now))!).toMatchObject({ status: 'owed', risk: ['step-overdue'] });
    const config = supervisionConfigSchema.parse({ riskWhenStepOverdue: false });
    expect(assessApology(long, liveContext(now, { config }))!.status).toBe('not-needed');
  });
  it('is sent when the apology (extended) came at least one working day before the legal date', () => {
    const inTime = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).extend(at('2026-01-07T09:00'), at('2026-01-12T09:00')));
    const assessment = statusAt('2026-01-08T10:00', inTime);
    expect([assessment.status, isoLocalDateTime(assessment.sentAt!), isoLocalDateTime(assessment.newDueAt!), assessment.appointments]).toEqual(['sent', '2026-01-07T09:00', '2026-01-12T09:00', 1]);
  });
  it('is sent late when it came after the last moment, and counts a second appointment', () => {
    const late = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).extend(at('2026-01-07T09:01'), at('2026-01-12T09:00')).extend(at('2026-01-09T09:00'), at('2026-01-14T09:00')));
    expect(statusAt('2026-01-09T10:00', late)).toMatchObject({ status: 'sent-late', appointments: 2 });
  });
  it('is paused while the citizen is awaited, and gives nothing for an ended dossier', () => {
    const waiting = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-07T09:00')));
    expect(statusAt('2026-01-08T10:00', waiting).status).toBe('paused');
    const ended = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).ready(at('2026-01-06T09:00')));
    expect(assessApology(ended, liveContext(at('2026-01-08T10:00')))).toBeUndefined();
  });
});

describe('apologies owed', () => {
  it('lists owed and late dossiers, most urgent first, and leaves out the rest', () => {
    const early = inProcessing(at('2026-01-05T08:00'), { code: 'B-1' }); // due Thu 08:00, last moment Wed 08:00
    const same = inProcessing(at('2026-01-05T08:00'), { code: 'A-1' }); // same last moment: by code
    const later = inProcessing(at('2026-01-05T14:00'), { code: 'C-1' }); // due Thu 14:00
    const sent = supervised((h) => h.receive(at('2026-01-05T08:00')).forward(at('2026-01-05T09:00')).extend(at('2026-01-06T09:00'), at('2026-01-12T09:00')), { code: 'D-1' });
    const calm = inProcessing(at('2026-01-07T08:00'), { code: 'E-1' });
    const gone = inProcessing(at('2026-01-02T08:00'), { code: 'F-1' }); // due Wed 07/01 08:00: too late
    const now = at('2026-01-07T09:30');
    const owed = apologiesOwed([calm, later, sent, early, gone, same], () => liveContext(now));
    expect(owed.map((a) => [a.dossierCode, a.status, isoLocalDateTime(a.lastMoment)])).toEqual([
      ['A-1', 'late', '2026-01-07T08:00'],
      ['B-1', 'late', '2026-01-07T08:00'],
      ['C-1', 'owed', '2026-01-07T14:00'],
    ]);
  });
});

describe('properties', () => {
  const dueArb = fc.integer({ min: at('2026-01-02T00:00'), max: at('2027-12-31T23:59') });
  it('the last moment is exactly one working day before, at the end of a working minute', () => {
    fc.assert(
      fc.property(dueArb, (raw) => {
        const due = officialCalendar.effectiveStart(raw);
        const last = workingMinutesBefore(due, officialCalendar.minutesPerDay, officialCalendar);
        expect(officialCalendar.workingMinutesBetween(last, due)).toBe(officialCalendar.minutesPerDay);
        expect(officialCalendar.isWorkingTime(last - 1)).toBe(true);
        expect(isAtLeastOneWorkingDayBefore(last, due, officialCalendar)).toBe(true);
        expect(isAtLeastOneWorkingDayBefore(officialCalendar.effectiveStart(last) + 1, due, officialCalendar)).toBe(false);
      }),
    );
  });
  it('owed means in time, late means past the last moment but not the legal date', () => {
    const received = fc.integer({ min: at('2026-01-05T00:00'), max: at('2026-12-20T00:00') });
    fc.assert(
      fc.property(received, fc.integer({ min: 0, max: 15 * 1440 }), (raw, after) => {
        const receivedAt = officialCalendar.effectiveStart(raw);
        const state = inProcessing(receivedAt);
        const now = receivedAt + 60 + after;
        const assessment = assessApology(state, liveContext(now))!;
        const left = officialCalendar.workingMinutesBetween(now, assessment.legalDueAt);
        if (assessment.status === 'owed') expect(left).toBeGreaterThanOrEqual(officialCalendar.minutesPerDay);
        if (assessment.status === 'late') expect([left < officialCalendar.minutesPerDay, now <= assessment.legalDueAt]).toEqual([true, true]);
        if (assessment.status === 'too-late') expect(now).toBeGreaterThan(assessment.legalDueAt);
        if (now > assessment.legalDueAt) expect(assessment.status).toBe('too-late');
      }),
      { numRuns: 200 },
    );
  });
});
