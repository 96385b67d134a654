/**
 * A unit's settings (the jsonb column units.settings): what its documents print (header, place,
 * signers, symbol, phone, lookup address), its working hours and Saturday desk, and its report
 * period convention. Shared by the documents, the calendar and the database schema.
 */
import { parseClock } from '../calendar/local-time.ts';
import { DEFAULT_WORKING_HOURS, type WorkingHours } from '../calendar/working-calendar.ts';

/** What a unit is: a ward or commune (with its one-stop center), or a city above them. */
export const UNIT_KINDS = ['ward', 'commune', 'city'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Who may sign a unit's documents, as printed under the signature. */
export interface UnitSigner {
  /** e.g. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "GIÁM ĐỐC". */
  title: string;
  name: string;
  role: 'chairman' | 'vice_chairman' | 'center_leader';
}

/** Working hours as `HH:mm` clock times (local time). */
export interface WorkingHoursSetting {
  morning: { start: string; end: string };
  afternoon: { start: string; end: string };
}

/**
 * Per-unit settings (jsonb). Everything is optional: the domain supplies defaults
 * (07:00–11:30, 13:30–17:00; no Saturday desk; calendar-month reports).
 */
export interface UnitSettings {
  /** The two header lines of official documents: governing body and issuing body. */
  documentHeader?: { governingBody: string; issuingBody: string };
  /** Place name printed before the date ("Hồng Bàng, ngày … tháng … năm …"). */
  placeName?: string;
  signers?: UnitSigner[];
  workingHours?: WorkingHoursSetting;
  /** Saturday-morning desk: open to citizens, but not working time for deadlines. */
  saturdayDesk?: { enabled: boolean; start: string; end: string };
  /**
   * Report period convention: calendar months, or NĐ 09/2019's cut-off
   * (from `day` of the previous month to `day - 1` of the reporting month; usually 15).
   */
  reportPeriod?: { kind: 'calendar-month' } | { kind: 'cutoff'; day: number };
  /** Ký hiệu of the center in document numbers ("0001/GTN-TTPVHCC"); default "TTPVHCC". */
  documentSymbol?: string;
  /** Phone number printed on Mẫu 02 for citizens who need guidance. */
  contactPhone?: string;
  /**
   * Public address of the citizen lookup page, e.g. "https://motcua.giavien.haiphong.gov.vn";
   * Mẫu 01's QR code encodes `<publicBaseUrl>/tra-cuu/<dossier code>` (docs/forms.md).
   */
  publicBaseUrl?: string;
}

/** Working hours from unit settings, falling back to the default for anything malformed. */
export function workingHoursFromSettings(settings: UnitSettings | undefined): WorkingHours {
  const hours = settings?.workingHours;
  if (!hours) return DEFAULT_WORKING_HOURS;
  const sessions = [hours.morning, hours.afternoon].map((s) => ({ start: parseClock(s.start), end: parseClock(s.end) }));
  if (sessions.some((s) => s.start === undefined || s.end === undefined)) return DEFAULT_WORKING_HOURS;
  return { sessions: sessions as WorkingHours['sessions'] };
}
