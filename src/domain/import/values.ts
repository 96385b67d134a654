/**
 * Parsing of cell values as other systems write them: dates (`dd/mm/yyyy`, `dd/mm/yyyy hh:mm`,
 * ISO, "08 giờ 30 phút, ngày 25 tháng 02 năm 2026", Excel serial numbers and Excel date cells),
 * amounts with dot thousands separators ("1.500.000 đ"), channels, yes/no and statuses.
 * Every parser returns a value or a Vietnamese reason, never throws.
 */
import { dayNumberFromYmd, daysInMonth, MINUTES_PER_DAY, type LocalMinute } from '../calendar/local-time.ts';
import type { Channel } from '../dossier/state.ts';
import { headerKey } from './fields.ts';

/** A cell as the readers give it (rich text, formulas and hyperlinks already reduced). */
export type Cell = string | number | boolean | Date | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** NUL and lone UTF-16 surrogates: PostgreSQL stores neither in text nor in jsonb (SQLSTATE 22P05, 22021). */
// eslint-disable-next-line no-control-regex -- the NUL character is what is looked for
const UNSTORABLE = /\u0000|\p{Cs}/u;
// eslint-disable-next-line no-control-regex -- the same, to replace every one
const UNSTORABLE_ALL = /\u0000|\p{Cs}/gu;

export function hasUnstorableCharacter(text: string): boolean {
  return UNSTORABLE.test(text);
}

/** The text with NUL and lone surrogates shown as U+FFFD (�): for headers, reports and reasons. */
export function storableText(text: string): string {
  return UNSTORABLE.test(text) ? text.replace(UNSTORABLE_ALL, '\ufffd') : text;
}

/** The cell as trimmed text ('' for blank); numbers without exponent or grouping. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  return String(cell).trim();
}

/** An imported time: local minutes, and whether the source gave a clock time at all. */
export interface ImportedTime {
  at: LocalMinute;
  hasTime: boolean;
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included), in our day numbers. */
const EXCEL_EPOCH_DAY = dayNumberFromYmd(1899, 12, 30);

function fromParts(year: number, month: number, day: number, hour = 0, minute = 0): Parsed<ImportedTime> {
  if (year < 100) year += 2000;
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`năm ${year} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}`);
  if (month < 1 || month > 12) return fail(`tháng ${month} không tồn tại`);
  if (day < 1 || day > daysInMonth(year, month)) return fail(`ngày ${day}/${month}/${year} không tồn tại`);
  if (hour > 23 || minute > 59) return fail(`giờ ${hour}:${String(minute).padStart(2, '0')} không hợp lệ`);
  return ok({ at: dayNumberFromYmd(year, month, day) * MINUTES_PER_DAY + hour * 60 + minute, hasTime: true });
}

function dateOnly(parsed: Parsed<ImportedTime>): Parsed<ImportedTime> {
  return parsed.ok ? ok({ at: parsed.value.at, hasTime: false }) : parsed;
}

/** Excel serial day number (days since 1899-12-30, fraction = time of day). */
export function timeFromExcelSerial(serial: number): Parsed<ImportedTime> {
  if (!Number.isFinite(serial) || serial < 1) return fail('không phải ngày tháng');
  const day = Math.floor(serial);
  const minutes = Math.round((serial - day) * MINUTES_PER_DAY);
  const at = (EXCEL_EPOCH_DAY + day) * MINUTES_PER_DAY + minutes;
  const year = 1970 + Math.floor((EXCEL_EPOCH_DAY + day) / 365.2425);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`số ${serial} không phải ngày tháng trong khoảng ${MIN_YEAR}–${MAX_YEAR}`);
  return ok({ at, hasTime: minutes !== 0 });
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T,]+(\d{1,2})[:hg](\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:(sa|ch|am|pm))?)?$/i;
const TIME_FIRST = /^(\d{1,2})[:hg](\d{2})(?::\d{2})?[ ,]+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/i;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const WORDS = /^(?:(\d{1,2}) giờ (\d{1,2}) phút,? )?ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})$/i;

/**
 * A date or date-time in any of the accepted shapes. Texts are day-first (Vietnamese usage):
 * `25/02/2026` is 25 February. An ISO time with an offset is converted to Vietnamese time.
 */
export function parseImportedTime(cell: Cell): Parsed<ImportedTime> {
  if (cell instanceof Date) {
    // exceljs gives date cells as the wall-clock time written in UTC fields.
    if (Number.isNaN(cell.getTime())) return fail('không phải ngày tháng');
    const parsed = fromParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.getUTCHours(), cell.getUTCMinutes());
    return parsed.ok ? ok({ at: parsed.value.at, hasTime: cell.getUTCHours() !== 0 || cell.getUTCMinutes() !== 0 }) : parsed;
  }
  if (typeof cell === 'number') return timeFromExcelSerial(cell);
  if (typeof cell !== 'string') return fail('không phải ngày tháng');
  const text = cell.trim().replace(/\s+/g, ' ');
  let m = DMY.exec(text);
  if (m) {
    let hour = m[4] === undefined ? 0 : Number(m[4]);
    const meridiem = m[6]?.toLowerCase();
    if ((meridiem === 'ch' || meridiem === 'pm') && hour < 12) hour += 12;
    if ((meridiem === 'sa' || meridiem === 'am') && hour === 12) hour = 0;
    const parsed = fromParts(Number(m[3]), Number(m[2]), Number(m[1]), hour, m[5] === undefined ? 0 : Number(m[5]));
    return m[4] === undefined ? dateOnly(parsed) : parsed;
  }
  m = TIME_FIRST.exec(text);
  if (m) return fromParts(Number(m[5]), Number(m[4]), Number(m[3]), Number(m[1]), Number(m[2]));
  m = ISO.exec(text);
  if (m) {
    const parsed = fromParts(Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 0 : Number(m[4]), m[5] === undefined ? 0 : Number(m[5]));
    if (!parsed.ok || m[4] === undefined) return dateOnly(parsed);
    const zone = m[6];
    if (!zone) return parsed;
    const offset = zone === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    return ok({ at: parsed.value.at - offset + 7 * 60, hasTime: true });
  }
  m = WORDS.exec(text);
  if (m) {
    const parsed = fromParts(Number(m[5]), Number(m[4]), Number(m[3]), m[1] === undefined ? 0 : Number(m[1]), m[2] === undefined ? 0 : Number(m[2]));
    return m[1] === undefined ? dateOnly(parsed) : parsed;
  }
  if (/^\d+(\.\d+)?$/.test(text)) return timeFromExcelSerial(Number(text));
  return fail('không đúng định dạng ngày (dd/mm/yyyy hoặc dd/mm/yyyy hh:mm)');
}

/**
 * An amount in đồng: `1.500.000`, `1,500,000`, `1 500 000 đ`, `50.000đ`, a number cell;
 * "Miễn phí" / "Không" / blank are 0. Fractions of a đồng are refused.
 */
export function parseAmount(cell: Cell): Parsed<number> {
  const parsed = parseAmountValue(cell);
  // Beyond 2⁵³ a number loses its last digits (and the database's bigint overflows further on).
  return parsed.ok && !Number.isSafeInteger(parsed.value) ? fail('số tiền quá lớn') : parsed;
}

function parseAmountValue(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return ok(0);
  if (typeof cell === 'number') {
    if (Number.isNaN(cell) || cell < 0) return fail('số tiền phải là số không âm');
    if (!Number.isInteger(cell) && Number.isFinite(cell)) return fail('số tiền phải là số nguyên đồng');
    return ok(cell);
  }
  if (typeof cell !== 'string') return fail('không phải số tiền');
  const folded = headerKey(cell);
  if (['mien phi', 'khong', 'khong thu', 'mien', '0 d', 'khong co'].includes(folded)) return ok(0);
  const text = cell
    .trim()
    .replace(/(vnđ|vnd|đồng|dong|đ|d)\.?$/i, '')
    .replace(/[\s\u00a0]/g, '');
  if (/^\d+$/.test(text)) return ok(Number(text));
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return ok(Number(text.replace(/\./g, '')));
  if (/^\d{1,3}(,\d{3})+$/.test(text)) return ok(Number(text.replace(/,/g, '')));
  if (/^\d{1,3}(\.\d{3})*,0+$/.test(text)) return ok(Number(text.replace(/,0+$/, '').replace(/\./g, '')));
  if (/^\d+[.,]\d+$/.test(text)) return fail('số tiền phải là số nguyên đồng (dấu chấm ngăn cách hàng nghìn, ví dụ 1.500.000)');
  return fail('không phải số tiền (ví dụ 1.500.000)');
}

const CHANNELS: ReadonlyArray<[string, Channel]> = [
  ['truc tiep', 'in_person'],
  ['tai quay', 'in_person'],
  ['tai bo phan mot cua', 'in_person'],
  ['nop truc tiep', 'in_person'],
  ['1', 'in_person'],
  ['truc tuyen', 'online'],
  ['online', 'online'],
  ['qua mang', 'online'],
  ['dich vu cong', 'online'],
  ['dvc', 'online'],
  ['dvctt', 'online'],
  ['cong dich vu cong', 'online'],
  ['2', 'online'],
  ['buu chinh', 'post'],
  ['buu chinh cong ich', 'post'],
  ['bcci', 'post'],
  ['qua buu chinh', 'post'],
  ['3', 'post'],
];

/** Trực tiếp / Trực tuyến / Bưu chính (national codes 1 / 2 / 3); blank is Trực tiếp (national rule). */
export function parseChannel(cell: Cell): Parsed<Channel> {
  if (isBlank(cell)) return ok('in_person');
  const folded = headerKey(cellText(cell));
  const exact = CHANNELS.find(([text]) => text === folded);
  if (exact) return ok(exact[1]);
  const partial = CHANNELS.find(([text]) => text.length > 2 && folded.includes(text));
  if (partial) return ok(partial[1]);
  return fail('kênh nộp phải là Trực tiếp, Trực tuyến hoặc Bưu chính');
}

const YES = new Set(['co', 'x', '1', 'true', 'yes', 'da thanh toan', 'da', 'dung', 'v', 'da thanh toan truc tuyen']);
const NO = new Set(['khong', '0', 'false', 'no', 'chua', 'chua thanh toan', '']);

export function parseYesNo(cell: Cell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const folded = headerKey(cellText(cell));
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return fail('phải là Có hoặc Không');
}
