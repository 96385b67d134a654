import type { YearSchedule } from './types.ts';
import {
  MINUTES_PER_DAY,
  dayNumberFromYmd,
  dayOf,
  minuteOfDay,
  parseIsoDate,
  weekdayOf,
  ymdFromDayNumber,
  type DayNumber,
  type LocalMinute,
} from './local-time.ts';

/** One working session of a day, in minutes since midnight, `start < end`. */
export interface WorkingSession {
  start: number;
  end: number;
}

/**
 * A unit's working hours. Every working day has the same sessions, so "N working days"
 * equals N × `minutesPerDay` working minutes (docs/deadlines.md).
 */
export interface WorkingHours {
  sessions: WorkingSession[];
  /**
   * Optional Saturday-morning desk. Citizens may be received there, but it is not
   * working time for deadlines: a dossier received then counts from the next working time.
   */
  saturdayDesk?: WorkingSession;
}

/** Default hours of a commune center: 07:00–11:30 and 13:30–17:00 (8 working hours). */
export const DEFAULT_WORKING_HOURS: WorkingHours = {
  sessions: [
    { start: 7 * 60, end: 11 * 60 + 30 },
    { start: 13 * 60 + 30, end: 17 * 60 },
  ],
};

export type ScheduleProvider = (year: number) => YearSchedule;

export interface WorkingCalendarOptions {
  /** The schedule of each year, overrides already applied (see year-schedule.ts). */
  schedule: ScheduleProvider;
  hours?: WorkingHours;
  /** First and last year to precompute; the range grows on demand. */
  initialYears?: [number, number];
}

/** Validates working hours; returns a Vietnamese message naming the problem, or undefined. */
export function validateWorkingHours(hours: WorkingHours): string | undefined {
  if (hours.sessions.length === 0) return 'Giờ làm việc phải có ít nhất một buổi.';
  let previousEnd = 0;
  for (const session of hours.sessions) {
    if (!Number.isInteger(session.start) || !Number.isInteger(session.end)) {
      return 'Giờ bắt đầu và kết thúc phải là số phút nguyên.';
    }
    if (session.start < previousEnd || session.end <= session.start || session.end > MINUTES_PER_DAY) {
      return 'Các buổi làm việc phải theo thứ tự, không chồng lấn, giờ kết thúc sau giờ bắt đầu.';
    }
    previousEnd = session.end;
  }
  return undefined;
}

/**
 * Working time of one unit: which days are working days and how many working minutes
 * lie between two local times.
 *
 * Internally every local time maps to a *working position*: the number of working minutes
 * since the start of the precomputed range. Adding working time is then one addition and
 * two array look-ups, which is what makes due dates cheap (bench/deadline.bench.ts).
 */
export class WorkingCalendar {
  readonly hours: WorkingHours;
  /** Working minutes in one working day (480 with the default hours). */
  readonly minutesPerDay: number;
  private readonly schedule: ScheduleProvider;
  private readonly firstSessionStart: number;
  private readonly lastSessionEnd: number;
  /** minutesWorkedBefore[m] = working minutes of a working day before clock minute m. */
  private readonly workedBefore: Int32Array;
  /** clockAfter[r] = earliest clock minute at which r working minutes of the day have passed. */
  private readonly clockAfter: Int32Array;

  private firstYear = 0;
  private lastYear = -1;
  private baseDay: DayNumber = 0;
  private working: Uint8Array = new Uint8Array(0);
  /** rank[i] = number of working days strictly before day base + i. */
  private rank: Int32Array = new Int32Array(1);
  /** Offsets (from baseDay) of the working days, ascending. */
  private workDays: Int32Array = new Int32Array(0);

  constructor(options: WorkingCalendarOptions) {
    const hours = options.hours ?? DEFAULT_WORKING_HOURS;
    const problem = validateWorkingHours(hours);
    if (problem) throw new RangeError(problem);
    this.hours = hours;
    this.schedule = options.schedule;
    this.firstSessionStart = hours.sessions[0]!.start;
    this.lastSessionEnd = hours.sessions[hours.sessions.length - 1]!.end;

    this.workedBefore = new Int32Array(MINUTES_PER_DAY + 1);
    for (let m = 0; m <= MINUTES_PER_DAY; m++) {
      let worked = 0;
      for (const s of hours.sessions) worked += Math.min(Math.max(m - s.start, 0), s.end - s.start);
      this.workedBefore[m] = worked;
    }
    this.minutesPerDay = this.workedBefore[MINUTES_PER_DAY]!;
    this.clockAfter = new Int32Array(this.minutesPerDay + 1);
    for (let r = 0; r <= this.minutesPerDay; r++) this.clockAfter[r] = this.clockForWorked(r);

    const [from, to] = options.initialYears ?? [2020, 2035];
    this.build(from, to);
  }

  private clockForWorked(worked: number): number {
    let left = worked;
    for (const s of this.hours.sessions) {
      const length = s.end - s.start;
      if (left <= length) return s.start + left;
      left -= length;
    }
    return this.lastSessionEnd;
  }

  private build(firstYear: number, lastYear: number): void {
    const baseDay = dayNumberFromYmd(firstYear, 1, 1);
    const endDay = dayNumberFromYmd(lastYear + 1, 1, 1);
    const length = endDay - baseDay;
    const working = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const weekday = weekdayOf(baseDay + i);
      working[i] = weekday === 0 || weekday === 6 ? 0 : 1;
    }
    for (let year = firstYear; year <= lastYear; year++) {
      const schedule = this.schedule(year);
      for (const entry of schedule.daysOff) this.mark(working, baseDay, entry.date, 0);
      for (const entry of schedule.extraWorkingDays) this.mark(working, baseDay, entry.date, 1);
    }
    const rank = new Int32Array(length + 1);
    let count = 0;
    for (let i = 0; i < length; i++) {
      rank[i] = count;
      count += working[i]!;
    }
    rank[length] = count;
    const workDays = new Int32Array(count);
    for (let i = 0, k = 0; i < length; i++) if (working[i]) workDays[k++] = i;

    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.baseDay = baseDay;
    this.working = working;
    this.rank = rank;
    this.workDays = workDays;
  }

  private mark(working: Uint8Array, baseDay: DayNumber, isoDate: string, value: 0 | 1): void {
    const day = parseIsoDate(isoDate);
    if (day === undefined) return;
    const i = day - baseDay;
    if (i >= 0 && i < working.length) working[i] = value;
  }

  /** Grows the precomputed range so that it covers `day` (with a margin of years ahead). */
  private cover(day: DayNumber): void {
    const i = day - this.baseDay;
    if (i >= 0 && i < this.working.length - 366) return;
    const { year } = ymdFromDayNumber(day);
    this.build(Math.min(this.firstYear, year - 1), Math.max(this.lastYear, year + 2));
  }

  isWorkingDay(day: DayNumber): boolean {
    this.cover(day);
    return this.working[day - this.baseDay] === 1;
  }

  /** The first working day on or after `day` (strictly after when `strict`). */
  nextWorkingDay(day: DayNumber, strict = false): DayNumber {
    let d = strict ? day + 1 : day;
    while (!this.isWorkingDay(d)) d++;
    return d;
  }

  /** Number of working days in [fromDay, toDay). */
  workingDaysBetween(fromDay: DayNumber, toDay: DayNumber): number {
    this.cover(fromDay);
    this.cover(toDay);
    return this.rank[toDay - this.baseDay]! - this.rank[fromDay - this.baseDay]!;
  }

  /** Working minutes from the start of the range to `t`. Only meaningful as a difference. */
  private position(t: LocalMinute): number {
    const day = dayOf(t);
    this.cover(day);
    const i = day - this.baseDay;
    const inDay = this.working[i] ? this.workedBefore[minuteOfDay(t)]! : 0;
    return this.rank[i]! * this.minutesPerDay + inDay;
  }

  /**
   * The earliest local time at working position `w`. Where several times share a position
   * (lunch, nights, days off) the earliest is chosen: a due date lands at 17:00 of a day
   * rather than at 07:00 of the next working day.
   */
  private atPosition(w: number): LocalMinute {
    const k = Math.floor(w / this.minutesPerDay);
    const r = w - k * this.minutesPerDay;
    if (r === 0 && k > 0) {
      this.ensureWorkingDayIndex(k - 1);
      return (this.baseDay + this.workDays[k - 1]!) * MINUTES_PER_DAY + this.lastSessionEnd;
    }
    this.ensureWorkingDayIndex(k);
    return (this.baseDay + this.workDays[k]!) * MINUTES_PER_DAY + this.clockAfter[r]!;
  }

  private ensureWorkingDayIndex(k: number): void {
    while (k >= this.workDays.length) this.build(this.firstYear, this.lastYear + 5);
  }

  /** `t` plus `minutes` of working time (minutes ≥ 0). */
  addWorkingMinutes(t: LocalMinute, minutes: number): LocalMinute {
    this.cover(dayOf(t));
    return this.atPosition(this.position(t) + minutes);
  }

  /** Working minutes between `a` and `b`; negative when `b` is before `a`. */
  workingMinutesBetween(a: LocalMinute, b: LocalMinute): number {
    this.cover(dayOf(a));
    this.cover(dayOf(b));
    return this.position(b) - this.position(a);
  }

  /**
   * The moment working time effectively starts for something that arrives at `t`:
   * `t` itself during a session; the next session start during lunch, before opening,
   * after closing or on a day off (the Saturday desk included).
   */
  effectiveStart(t: LocalMinute): LocalMinute {
    const day = dayOf(t);
    const clock = minuteOfDay(t);
    if (this.isWorkingDay(day)) {
      for (const s of this.hours.sessions) {
        if (clock < s.start) return day * MINUTES_PER_DAY + s.start;
        if (clock < s.end) return t;
      }
    }
    return this.nextWorkingDay(day, true) * MINUTES_PER_DAY + this.firstSessionStart;
  }

  /** End of working time of a day (17:00 by default). */
  endOfDay(day: DayNumber): LocalMinute {
    return day * MINUTES_PER_DAY + this.lastSessionEnd;
  }

  /** Start of working time of a day (07:00 by default). */
  startOfDay(day: DayNumber): LocalMinute {
    return day * MINUTES_PER_DAY + this.firstSessionStart;
  }

  /** Is `t` inside a working session of a working day? */
  isWorkingTime(t: LocalMinute): boolean {
    return this.effectiveStart(t) === t;
  }
}

/** A calendar whose every weekday is a working day: handy in tests and as a baseline. */
export function weekdaysOnlySchedule(year: number): YearSchedule {
  return { year, daysOff: [], extraWorkingDays: [], source: 'Thứ Hai đến thứ Sáu', confidence: 'default-rule' };
}
