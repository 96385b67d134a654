/**
 * Published civil-service schedules (lịch nghỉ lễ, Tết của cán bộ, công chức, viên chức), as data,
 * from reference.md §6.1. Each entry carries its own confidence and source, because one year's
 * schedule mixes facts fixed by law (1/1, 30/4, 1/5, 2/9, 10/3 ÂL), notices read during research
 * (✅), single secondary sources (🟡) and remembered details (⚪). The year as a whole is only as
 * sure as its weakest entry. Every weekday off of the year is listed, not only the differences
 * from the default rule, so that a reviewer can check a year against its notice line by line.
 */
import { parseIsoDate } from './local-time.ts';
import type { CalendarDay, Confidence, YearSchedule } from './types.ts';
import {
  HOLIDAY_REASONS,
  LEGAL_SOURCES,
  NATIONAL_DAY_ADJACENT_REASON,
  compensatoryReason,
  makeUpWorkingDayReason,
  swappedDayOffReason,
} from './labels-vi.ts';
import type { HolidayKind } from './labels-vi.ts';

export interface ScheduleEntry extends CalendarDay {
  confidence: Confidence;
  /** Where this entry comes from, in Vietnamese. */
  source: string;
}

export interface OfficialSchedule {
  year: number;
  daysOff: ScheduleEntry[];
  extraWorkingDays: ScheduleEntry[];
}

const SOURCES = {
  law: LEGAL_SOURCES.holidays,
  lawCompensatory: LEGAL_SOURCES.compensatory,
  cultureDay: LEGAL_SOURCES.cultureDay,
  notice2026: 'Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ',
  // Issue 15: these strings are printed to users after "Nguồn:", so they cite only; how sure each
  // entry is lives in its `confidence` (the 2026 National Day swap was seen in a single secondary
  // source; the 2024–2025 notices were not checked against the original texts — reference.md §6.1).
  nationalDaySwap2026: 'Phương án hoán đổi ngày làm việc dịp Quốc khánh năm 2026',
  notice2025: 'Thông báo số 6150/TB-BLĐTBXH của Bộ Lao động – Thương binh và Xã hội',
  schedule2025: 'Lịch nghỉ lễ năm 2025 của cán bộ, công chức, viên chức',
  schedule2024: 'Lịch nghỉ lễ, Tết năm 2024 của cán bộ, công chức, viên chức',
} as const;

function entry(date: string, reason: string, confidence: Confidence, source: string): ScheduleEntry {
  return { date, reason, confidence, source };
}

/** A holiday whose date the law fixes (solar date, or 10/3 ÂL computed by lunar.ts). */
function statutory(date: string, kind: HolidayKind): ScheduleEntry {
  return entry(date, HOLIDAY_REASONS[kind], 'confirmed', SOURCES.law);
}

function isoToDay(date: string): number {
  const day = parseIsoDate(date);
  if (day === undefined) throw new Error(`Bad date in official schedule: ${date}`);
  return day;
}

/** A weekday off swapped against a weekend day worked: one entry for each list. */
function swap(
  dayOff: string,
  makeUpDay: string,
  confidence: Confidence,
  source: string,
): { off: ScheduleEntry; work: ScheduleEntry } {
  return {
    off: entry(dayOff, swappedDayOffReason(isoToDay(makeUpDay)), confidence, source),
    work: entry(makeUpDay, makeUpWorkingDayReason(isoToDay(dayOff)), confidence, source),
  };
}

const tet = (date: string, confidence: Confidence, source: string): ScheduleEntry =>
  entry(date, HOLIDAY_REASONS['lunar-new-year'], confidence, source);

const swap2024 = swap('2024-04-29', '2024-05-04', 'unconfirmed', SOURCES.schedule2024);
const swap2025 = swap('2025-05-02', '2025-04-26', 'unconfirmed', SOURCES.schedule2025);
const swap2026 = swap('2026-08-31', '2026-08-22', 'single-source', SOURCES.nationalDaySwap2026);

/** 2024: off 8–14/2 for Tết (29 Chạp to mùng 5), 27/4–1/5 with Saturday 4/5 worked, 31/8–3/9. */
const YEAR_2024: OfficialSchedule = {
  year: 2024,
  daysOff: [
    statutory('2024-01-01', 'new-year'),
    tet('2024-02-08', 'unconfirmed', SOURCES.schedule2024),
    tet('2024-02-09', 'unconfirmed', SOURCES.schedule2024),
    tet('2024-02-12', 'unconfirmed', SOURCES.schedule2024),
    tet('2024-02-13', 'unconfirmed', SOURCES.schedule2024),
    tet('2024-02-14', 'unconfirmed', SOURCES.schedule2024),
    statutory('2024-04-18', 'hung-kings'),
    swap2024.off,
    statutory('2024-04-30', 'victory-day'),
    statutory('2024-05-01', 'labour-day'),
    statutory('2024-09-02', 'national-day'),
    entry('2024-09-03', NATIONAL_DAY_ADJACENT_REASON, 'unconfirmed', SOURCES.schedule2024),
  ],
  extraWorkingDays: [swap2024.work],
};

/** 2025: Tết 27–31/1 (off 25/1–2/2), 30/4–4/5 with Saturday 26/4 worked, 30/8–2/9. */
const YEAR_2025: OfficialSchedule = {
  year: 2025,
  daysOff: [
    statutory('2025-01-01', 'new-year'),
    tet('2025-01-27', 'unconfirmed', SOURCES.notice2025),
    tet('2025-01-28', 'unconfirmed', SOURCES.notice2025),
    tet('2025-01-29', 'unconfirmed', SOURCES.notice2025),
    tet('2025-01-30', 'unconfirmed', SOURCES.notice2025),
    tet('2025-01-31', 'unconfirmed', SOURCES.notice2025),
    statutory('2025-04-07', 'hung-kings'),
    statutory('2025-04-30', 'victory-day'),
    statutory('2025-05-01', 'labour-day'),
    swap2025.off,
    entry('2025-09-01', NATIONAL_DAY_ADJACENT_REASON, 'unconfirmed', SOURCES.schedule2025),
    statutory('2025-09-02', 'national-day'),
  ],
  extraWorkingDays: [swap2025.work],
};

/**
 * 2026: Tết 16–20/2 = 29 Chạp to mùng 4 (off 14–22/2) ✅; Giỗ Tổ on Sunday 26/4 → Monday 27/4 ✅;
 * Quốc khánh 1/9 + 2/9 with Monday 31/8 swapped for Saturday 22/8 🟡; 24/11 🟡.
 */
const YEAR_2026: OfficialSchedule = {
  year: 2026,
  daysOff: [
    statutory('2026-01-01', 'new-year'),
    tet('2026-02-16', 'confirmed', SOURCES.notice2026),
    tet('2026-02-17', 'confirmed', SOURCES.notice2026),
    tet('2026-02-18', 'confirmed', SOURCES.notice2026),
    tet('2026-02-19', 'confirmed', SOURCES.notice2026),
    tet('2026-02-20', 'confirmed', SOURCES.notice2026),
    entry('2026-04-27', compensatoryReason('hung-kings'), 'confirmed', SOURCES.lawCompensatory),
    statutory('2026-04-30', 'victory-day'),
    statutory('2026-05-01', 'labour-day'),
    swap2026.off,
    entry('2026-09-01', NATIONAL_DAY_ADJACENT_REASON, 'single-source', SOURCES.nationalDaySwap2026),
    statutory('2026-09-02', 'national-day'),
    entry('2026-11-24', HOLIDAY_REASONS['culture-day'], 'single-source', SOURCES.cultureDay),
  ],
  extraWorkingDays: [swap2026.work],
};

export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = [YEAR_2024, YEAR_2025, YEAR_2026];

/** 'confirmed' > 'single-source' > 'unconfirmed': a year is as sure as its least sure entry. */
const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = {
  confirmed: 3,
  'single-source': 2,
  unconfirmed: 1,
  'default-rule': 0,
};

export function weakestConfidence(entries: readonly ScheduleEntry[]): Confidence {
  let weakest: Confidence = 'confirmed';
  for (const { confidence } of entries) {
    if (CONFIDENCE_RANK[confidence] < CONFIDENCE_RANK[weakest]) weakest = confidence;
  }
  return weakest;
}

function distinctSources(entries: readonly ScheduleEntry[]): string {
  return [...new Set(entries.map((item) => item.source))].join('; ');
}

/** The published schedule of `year` as a YearSchedule, or undefined when none is on record. */
export function officialSchedule(year: number): YearSchedule | undefined {
  const found = OFFICIAL_SCHEDULES.find((schedule) => schedule.year === year);
  if (!found) return undefined;
  const all = [...found.daysOff, ...found.extraWorkingDays];
  return {
    year,
    daysOff: [...found.daysOff],
    extraWorkingDays: [...found.extraWorkingDays],
    source: distinctSources(all),
    confidence: weakestConfidence(all),
  };
}
