/**
 * Due dates per second for 30-working-day limits, beside a naive day-by-day loop
 * (Date objects and a set of holiday strings, the way deadline code is usually written)
 * measured in the same run. Target (issue 2): ≥ 1.000.000 due dates/s and ≥ 20× the naive loop.
 */
import type { BenchRow, BenchSuite } from '../harness.ts';
import { bestOf, seededRandom } from '../harness.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import { computeDueDate } from '../../src/domain/deadline/due-date.ts';
import { dayNumberFromYmd, isoDate, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';

const COUNT = 1_000_000;
const NAIVE_COUNT = 100_000;
const DAYS = 30;

function receipts(count: number): Float64Array {
  const random = seededRandom(20260217);
  const first = dayNumberFromYmd(2024, 1, 1);
  const span = dayNumberFromYmd(2030, 1, 1) - first;
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = (first + Math.floor(random() * span)) * MINUTES_PER_DAY + 7 * 60 + Math.floor(random() * 600);
  }
  return out;
}

/** The usual hand-written loop: step one Date day at a time, skip weekends and listed days off. */
function naiveDue(receivedMs: number, days: number, daysOff: Set<string>, extraWorking: Set<string>): number {
  const date = new Date(receivedMs);
  let left = days;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    const key = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    const working = extraWorking.has(key) || (weekday !== 0 && weekday !== 6 && !daysOff.has(key));
    if (working) left--;
  }
  return date.getTime();
}

export const deadlineSuite: BenchSuite = {
  name: 'deadline',
  description: `${COUNT.toLocaleString('vi-VN')} hạn trả 30 ngày làm việc, tiếp nhận ngẫu nhiên 2024–2029; vòng lặp ngây thơ trên ${NAIVE_COUNT.toLocaleString('vi-VN')} hạn`,
  async run(): Promise<BenchRow[]> {
    const calendar = new WorkingCalendar({ schedule: yearSchedule, initialYears: [2023, 2032] });
    const input = receipts(COUNT);
    const limit = { kind: 'working-days', days: DAYS } as const;
    let sink = 0;
    const fastMs = bestOf(5, () => {
      for (let i = 0; i < COUNT; i++) sink += computeDueDate(input[i]!, limit, calendar);
    });

    const daysOff = new Set<string>();
    const extraWorking = new Set<string>();
    for (let year = 2023; year <= 2032; year++) {
      const schedule = yearSchedule(year);
      schedule.daysOff.forEach((d) => daysOff.add(d.date));
      schedule.extraWorkingDays.forEach((d) => extraWorking.add(d.date));
    }
    const naiveMs = bestOf(3, () => {
      for (let i = 0; i < NAIVE_COUNT; i++) sink += naiveDue(input[i]! * 60_000, DAYS, daysOff, extraWorking);
    });
    if (sink === 42) console.log(isoDate(0));

    const fastRate = COUNT / (fastMs / 1000);
    const naiveRate = NAIVE_COUNT / (naiveMs / 1000);
    const ratio = fastRate / naiveRate;
    return [
      {
        figure: 'Tính hạn trả (30 ngày làm việc)',
        value: fastRate,
        unit: 'hạn/giây',
        baseline: 'vòng lặp từng ngày (Date + tập ngày nghỉ)',
        baselineValue: naiveRate,
        ratio,
        target: '≥ 1.000.000 hạn/giây và ≥ 20× vòng lặp',
        met: fastRate >= 1_000_000 && ratio >= 20,
      },
    ];
  },
};
