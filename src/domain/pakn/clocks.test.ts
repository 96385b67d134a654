import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoLocalDateTime, MINUTES_PER_DAY, type LocalMinute } from '../calendar/local-time.ts';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import type { YearSchedule } from '../calendar/types.ts';
import {
  assessPaknClocks,
  clockRule,
  computeClock,
  DEFAULT_PAKN_CLOCK_LIMITS,
  dueAtAsOf,
  escalationOf,
  isOverdueAt,
  PAKN_CLOCK_RULES,
  remindersDue,
  type ClockFacts,
} from './clocks.ts';
import { foldPakn } from './fold.ts';
import { PAKN_CLOCK_IDS, type PaknClockId } from './labels.ts';
import type { PaknClockState, PaknState } from './state.ts';
import { at, PaknHistoryBuilder } from '../../../test/support/pakn-builders.ts';

// The official calendar: 24/11/2026 (Ngày Văn hóa Việt Nam) is a day off; Tết 2027 by the
// default rule takes Friday 05/02 and Monday 08/02 – Thursday 11/02/2027. Working hours
// 07:00–11:30, 13:30–17:00 (480 working minutes a day).
const calendar = new WorkingCalendar({ schedule: yearSchedule });
const iso = (minute: LocalMinute | undefined): string | undefined => (minute === undefined ? undefined : isoLocalDateTime(minute));

const fold = (builder: PaknHistoryBuilder): PaknState => foldPakn('PAKN-000.01.24.H24-261123-001', builder.build(), { calendar });
function clockOf(state: PaknState, id: PaknClockId): PaknClockState {
  const clock = state.clocks.find((c) => c.id === id);
  if (clock === undefined) throw new Error(`no ${id} clock`);
  return clock;
}

describe('the clocks table', () => {
  it('has one rule per clock id, with the QĐ 766 / NĐ 20 limits as defaults', () => {
    expect(PAKN_CLOCK_RULES.map((rule) => rule.id)).toEqual([...PAKN_CLOCK_IDS]);
    expect(DEFAULT_PAKN_CLOCK_LIMITS).toEqual({ refuse: 2, request_information: 5, forward: 5, resolve: 15, publish: 2 });
    for (const rule of PAKN_CLOCK_RULES) expect(rule.basis).toMatch(/QĐ 766|NĐ 20/);
  });

  it('stops and cancels each clock with events of the vocabulary, never the same event both ways', () => {
    for (const rule of PAKN_CLOCK_RULES) {
      expect(rule.stoppedBy.length, rule.id).toBeGreaterThan(0);
      expect(rule.stoppedBy.filter((type) => rule.cancelledBy.includes(type)), rule.id).toEqual([]);
    }
  });
});

describe('every rule on the 2026–2027 calendar, a holiday inside', () => {
  it('refuse: 2 working days from receipt; Monday 23/11/2026 → Thursday 26/11 (24/11 is off)', () => {
    const onTime = fold(new PaknHistoryBuilder().register(at('2026-11-23T09:00')).notAccept(at('2026-11-26T09:00')));
    expect(iso(clockOf(onTime, 'refuse').dueAt)).toBe('2026-11-26T09:00');
    expect(clockOf(onTime, 'refuse').status).toBe('met');
    expect(onTime.onTime.refuse).toBe(true);
    const late = fold(new PaknHistoryBuilder().register(at('2026-11-23T09:00')).notAccept(at('2026-11-26T09:01')));
    expect(clockOf(late, 'refuse').status).toBe('late');
    expect(late.onTime.refuse).toBe(false);
  });

  it('refuse: classification makes it moot (an accepted PAKN was never refused late)', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-23T09:00')).classify(at('2026-11-30T09:00')));
    expect(clockOf(state, 'refuse').status).toBe('cancelled');
    expect(state.onTime.refuse).toBeUndefined();
  });

  it('request_information: 5 working days; Friday 20/11/2026 10:00 → Monday 30/11 10:00', () => {
    const onTime = fold(new PaknHistoryBuilder().register(at('2026-11-20T10:00')).requestInformation(at('2026-11-30T10:00')));
    expect(iso(clockOf(onTime, 'request_information').dueAt)).toBe('2026-11-30T10:00');
    expect(onTime.onTime.request_information).toBe(true);
    const late = fold(new PaknHistoryBuilder().register(at('2026-11-20T10:00')).requestInformation(at('2026-11-30T10:30')));
    expect(late.onTime.request_information).toBe(false);
    // Only the first request is measured; later ones do not restart it.
    const twice = fold(
      new PaknHistoryBuilder().register(at('2026-11-20T10:00')).requestInformation(at('2026-11-23T10:00')).informationReceived(at('2026-11-25T10:00')).classify(at('2026-11-25T11:00')).requestInformation(at('2026-12-10T10:00')),
    );
    expect(clockOf(twice, 'request_information').stoppedAt).toBe(at('2026-11-23T10:00'));
    expect(twice.onTime.request_information).toBe(true);
  });

  it('forward: 5 working days from receipt across Tết 2027; Wednesday 03/02 14:00 → Wednesday 17/02 14:00', () => {
    const base = () => new PaknHistoryBuilder().register(at('2027-02-03T14:00')).classify(at('2027-02-04T09:00'), 'rules_and_procedures', 'outside_competence');
    const onTime = fold(base().forward(at('2027-02-17T14:00')));
    expect(iso(clockOf(onTime, 'forward').dueAt)).toBe('2027-02-17T14:00');
    expect(onTime.onTime.forward).toBe(true);
    expect(onTime.clocks.map((c) => c.id)).not.toContain('resolve');
    expect(fold(base().forward(at('2027-02-18T08:00'))).onTime.forward).toBe(false);
    const waiting = fold(base());
    expect(waiting.status).toBe('awaiting_forwarding');
    expect(iso(waiting.dueAt)).toBe('2027-02-17T14:00');
  });

  it('resolve: 15 working days from receipt; Monday 16/11/2026 08:00 → Tuesday 08/12 08:00 (24/11 skipped)', () => {
    const base = () => new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00'));
    const onTime = fold(base().resolve(at('2026-12-08T08:00')));
    expect(iso(clockOf(onTime, 'resolve').dueAt)).toBe('2026-12-08T08:00');
    expect(onTime.onTime.resolve).toBe(true);
    expect(fold(base().resolve(at('2026-12-08T08:01'))).onTime.resolve).toBe(false);
  });

  it('resolve: waiting for the sender pauses it; Wednesday 18/11 10:00 → Friday 20/11 10:00 is two working days', () => {
    const state = fold(
      new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).requestInformation(at('2026-11-18T10:00')).informationReceived(at('2026-11-20T10:00')).resolve(at('2026-12-10T08:00')),
    );
    const resolve = clockOf(state, 'resolve');
    expect(resolve.pausedWorkingMinutes).toBe(960);
    expect(iso(resolve.dueAt)).toBe('2026-12-10T08:00');
    expect(resolve.status).toBe('met');
    expect(state.pausedWorkingMinutes).toBe(960);
  });

  it('resolve: a pause over the 24/11/2026 holiday counts only its working time (one day, not two)', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).requestInformation(at('2026-11-23T08:00')).informationReceived(at('2026-11-25T08:00')).classify(at('2026-11-25T09:00')));
    expect(clockOf(state, 'resolve').pausedWorkingMinutes).toBe(480);
    expect(iso(state.dueAt)).toBe('2026-12-09T08:00');
    // The refuse clock pauses too; the request clock does not (it stopped at the request).
    expect(iso(clockOf(state, 'refuse').dueAt)).toBe('2026-11-18T08:00');
    expect(clockOf(state, 'refuse').status).toBe('cancelled');
    expect(clockOf(state, 'request_information').status).toBe('met');
  });

  it('resolve: while waiting the clock is paused and its live due date moves with now', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).requestInformation(at('2026-11-18T10:00')));
    const resolve = clockOf(state, 'resolve');
    expect(state.paused).toBe(true);
    expect(resolve.paused).toBe(true);
    expect(iso(resolve.dueAt)).toBe('2026-12-08T08:00');
    expect(iso(dueAtAsOf(resolve, at('2026-11-20T10:00'), calendar))).toBe('2026-12-10T08:00');
  });

  it('publish: 2 working days from the resolution; Monday 23/11/2026 15:00 → Thursday 26/11 15:00', () => {
    const base = () => new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).resolve(at('2026-11-23T15:00'));
    const waiting = fold(base());
    expect(waiting.status).toBe('awaiting_publication');
    expect(iso(waiting.dueAt)).toBe('2026-11-26T15:00');
    expect(fold(base().publish(at('2026-11-26T15:00'))).onTime.publish).toBe(true);
    expect(fold(base().publish(at('2026-11-27T07:30'))).onTime.publish).toBe(false);
  });

  it('a unit’s own limits, recorded at registration, replace the defaults for that PAKN', () => {
    const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00'), { clockLimits: { resolve: 10 } }).classify(at('2026-11-16T10:00')));
    expect(state.clockLimits.resolve).toBe(10);
    expect(state.clockLimits.publish).toBe(2);
    // 10 working days from Monday 16/11 08:00, skipping 24/11: Tuesday 01/12 08:00.
    expect(iso(state.dueAt)).toBe('2026-12-01T08:00');
  });
});

describe('clock properties', () => {
  // Receipts between 2024 and 2030, any minute (nights, weekends and holidays included).
  const anyMinute = fc.integer({ min: 19723 * MINUTES_PER_DAY, max: 22280 * MINUTES_PER_DAY });
  const anyHalfDays = fc.integer({ min: 1, max: 120 });
  const anyRule = fc.constantFrom(...PAKN_CLOCK_RULES);
  const facts = (receivedAt: LocalMinute, id: PaknClockId, days: number, pauses: ClockFacts['pauses'] = []): ClockFacts => ({
    receivedAt,
    resolvedAt: receivedAt,
    outcome: id === 'forward' ? 'outside_competence' : 'within_competence',
    eventTimes: {},
    pauses,
    limits: { ...DEFAULT_PAKN_CLOCK_LIMITS, [id]: days },
  });
  const dueOf = (rule: (typeof PAKN_CLOCK_RULES)[number], f: ClockFacts, cal: WorkingCalendar = calendar): LocalMinute => computeClock(rule, f, cal)!.dueAt;

  it('a longer limit never gives an earlier due date', () => {
    fc.assert(
      fc.property(anyRule, anyMinute, anyHalfDays, anyHalfDays, (rule, received, a, b) => {
        const [short, long] = a <= b ? [a / 2, b / 2] : [b / 2, a / 2];
        expect(dueOf(rule, facts(received, rule.id, long))).toBeGreaterThanOrEqual(dueOf(rule, facts(received, rule.id, short)));
      }),
      { numRuns: 300 },
    );
  });

  it('a pause of zero working time changes nothing, and no pause makes a due date earlier', () => {
    fc.assert(
      fc.property(anyRule, anyMinute, anyHalfDays, fc.integer({ min: 0, max: 30 * MINUTES_PER_DAY }), fc.integer({ min: 0, max: 5 * MINUTES_PER_DAY }), (rule, received, halves, offset, length) => {
        const without = dueOf(rule, facts(received, rule.id, halves / 2));
        const from = received + offset;
        expect(dueOf(rule, facts(received, rule.id, halves / 2, [{ from, to: from }]))).toBe(without);
        const withPause = computeClock(rule, facts(received, rule.id, halves / 2, [{ from, to: from + length }]), calendar)!;
        expect(withPause.dueAt).toBeGreaterThanOrEqual(without);
        if (withPause.pausedWorkingMinutes === 0) expect(withPause.dueAt).toBe(without);
        if (!rule.pausedWhileWaitingForSender) expect(withPause.dueAt).toBe(without);
      }),
      { numRuns: 300 },
    );
  });

  it('adding a holiday never makes a due date earlier', () => {
    fc.assert(
      fc.property(anyRule, anyMinute, anyHalfDays, fc.integer({ min: 19723, max: 22280 }), (rule, received, halves, holiday) => {
        const withHoliday = new WorkingCalendar({
          schedule: (year): YearSchedule => {
            const base = yearSchedule(year);
            const date = isoLocalDateTime(holiday * MINUTES_PER_DAY).slice(0, 10);
            return date.startsWith(String(year)) ? { ...base, daysOff: [...base.daysOff, { date, reason: 'Ngày nghỉ thêm (kiểm thử)' }] } : base;
          },
        });
        const f = facts(received, rule.id, halves / 2);
        expect(dueOf(rule, f, withHoliday)).toBeGreaterThanOrEqual(dueOf(rule, f, calendar));
      }),
      { numRuns: 150 },
    );
  });

  it('a stop is met exactly when it is not after the due date', () => {
    fc.assert(
      fc.property(anyMinute, anyHalfDays, fc.integer({ min: 0, max: 40 * MINUTES_PER_DAY }), (received, halves, after) => {
        const rule = clockRule('resolve');
        const base = facts(received, 'resolve', halves / 2);
        const clock = computeClock(rule, { ...base, eventTimes: { resolved: [received + after] } }, calendar)!;
        expect(clock.status).toBe(received + after <= clock.dueAt ? 'met' : 'late');
      }),
      { numRuns: 300 },
    );
  });
});

describe('warnings and escalation', () => {
  // Received Monday 16/11/2026 08:00, 15 working days: due Tuesday 08/12 08:00.
  const state = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).assign(at('2026-11-16T11:00')));

  it('are on track early, due soon at 80 % or one day left, overdue after the due date', () => {
    expect(assessPaknClocks(state, at('2026-11-18T08:00'), calendar).map((a) => [a.clock, a.level])).toEqual([['resolve', 'on-track']]);
    // 12 of 15 working days elapsed on Thursday 03/12 08:00: 80 %.
    expect(assessPaknClocks(state, at('2026-12-03T08:00'), calendar)[0]!.level).toBe('due-soon');
    const overdue = assessPaknClocks(state, at('2026-12-08T09:00'), calendar)[0]!;
    expect(overdue.level).toBe('overdue');
    expect(overdue.remainingMinutes).toBe(-60);
  });

  it('climb the ladder: head of department when due soon, centre leader when overdue, chairman two working days later', () => {
    const levelAt = (text: string): number | undefined => escalationOf(assessPaknClocks(state, at(text), calendar)[0]!, calendar.minutesPerDay)?.level;
    expect(levelAt('2026-11-18T08:00')).toBeUndefined();
    expect(levelAt('2026-12-03T08:00')).toBe(1);
    expect(levelAt('2026-12-08T08:01')).toBe(2);
    expect(levelAt('2026-12-10T07:59')).toBe(2);
    expect(levelAt('2026-12-10T08:00')).toBe(3);
  });

  it('a wait for the sender that began in time holds the clock: due soon at most, however long it lasts', () => {
    // One working day before the due date (Tuesday 08/12 08:00) the sender is asked for information.
    const waiting = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).requestInformation(at('2026-12-07T08:00')));
    const assessment = assessPaknClocks(waiting, at('2026-12-20T08:00'), calendar)[0]!;
    expect(assessment.paused).toBe(true);
    expect(assessment.level).toBe('due-soon');
    expect(assessment.remainingMinutes).toBe(480);
    expect(escalationOf(assessment, calendar.minutesPerDay)?.level).toBe(1);
  });

  it('a wait that began after the due date does not revive the clock: it stays overdue and escalates', () => {
    const late = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).requestInformation(at('2026-12-09T08:00')));
    expect(clockOf(late, 'resolve').paused).toBe(false);
    expect(iso(late.dueAt)).toBe('2026-12-08T08:00');
    const assessment = assessPaknClocks(late, at('2026-12-20T08:00'), calendar)[0]!;
    expect(assessment.level).toBe('overdue');
    expect(escalationOf(assessment, calendar.minutesPerDay)?.level).toBe(3);
  });

  it('remindersDue lists each step once: appending the reminder makes it idempotent', () => {
    const now = at('2026-12-08T09:00');
    const due = remindersDue(state, now, calendar);
    expect(due.map((d) => [d.clock, d.step.level, d.step.notify])).toEqual([['resolve', 2, 'center_leader']]);
    const reminded = fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).assign(at('2026-11-16T11:00')).remind(now, 'resolve', 2));
    expect(remindersDue(reminded, now, calendar)).toEqual([]);
    expect(remindersDue(reminded, at('2026-12-10T08:00'), calendar).map((d) => d.step.level)).toEqual([3]);
  });

  it('judges a duty clock overdue at a moment only while it runs, past due and not paused', () => {
    const resolve = clockOf(state, 'resolve');
    expect(isOverdueAt(resolve, at('2026-12-08T08:00'))).toBe(false);
    expect(isOverdueAt(resolve, at('2026-12-08T08:01'))).toBe(true);
    const resolvedLate = clockOf(fold(new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).resolve(at('2026-12-09T08:00'))), 'resolve');
    expect(isOverdueAt(resolvedLate, at('2026-12-08T09:00'))).toBe(true);
    expect(isOverdueAt(resolvedLate, at('2026-12-10T00:00'))).toBe(false);
    expect(isOverdueAt(clockOf(state, 'refuse'), at('2026-12-08T09:00'))).toBe(false);
  });
});
