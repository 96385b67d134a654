import type { TimeLimit } from './types.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const GRAMMAR = /^\s*(\d+(?:[.,]\d+)?)\s+(working-days?|working-hours?|days?)\s*$/i;

/**
 * Parses the command-line grammar of a time limit:
 * `N working-days` (N a multiple of 0.5), `N working-hours`, `N days`, `same-day`.
 */
export function parseTimeLimit(text: string): ParseResult<TimeLimit> {
  const trimmed = text.trim();
  if (/^same-day$/i.test(trimmed)) return { ok: true, value: { kind: 'same-day' } };
  const match = GRAMMAR.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      error: `Thời hạn "${text}" không hợp lệ. Dùng một trong các dạng: "3 working-days", "1.5 working-days", "4 working-hours", "15 days" hoặc "same-day".`,
    };
  }
  const amount = Number(match[1]!.replace(',', '.'));
  const unit = match[2]!.toLowerCase();
  if (unit.startsWith('working-day')) {
    if (!Number.isInteger(amount * 2)) {
      return { ok: false, error: `Số ngày làm việc phải là bội số của 0,5 (ví dụ 0.5, 1, 2.5); nhận được "${match[1]}".` };
    }
    return { ok: true, value: { kind: 'working-days', days: amount } };
  }
  if (unit.startsWith('working-hour')) {
    if (!Number.isInteger(amount * 60)) {
      return { ok: false, error: `Số giờ làm việc phải quy được ra số phút nguyên; nhận được "${match[1]}".` };
    }
    return { ok: true, value: { kind: 'working-hours', hours: amount } };
  }
  if (!Number.isInteger(amount)) {
    return { ok: false, error: `Số ngày theo lịch phải là số nguyên; nhận được "${match[1]}".` };
  }
  return { ok: true, value: { kind: 'calendar-days', days: amount } };
}

/** Canonical text of a time limit in the command-line grammar. */
export function timeLimitToText(limit: TimeLimit): string {
  switch (limit.kind) {
    case 'working-days':
      return `${limit.days} working-days`;
    case 'working-hours':
      return `${limit.hours} working-hours`;
    case 'calendar-days':
      return `${limit.days} days`;
    case 'same-day':
      return 'same-day';
  }
}

/** Vietnamese wording of a time limit, as printed on Mẫu 01 ("03 ngày làm việc"). */
export function describeTimeLimit(limit: TimeLimit): string {
  const number = (n: number): string => (Number.isInteger(n) ? String(n).padStart(2, '0') : String(n).replace('.', ','));
  switch (limit.kind) {
    case 'working-days':
      return `${number(limit.days)} ngày làm việc`;
    case 'working-hours':
      return `${number(limit.hours)} giờ làm việc`;
    case 'calendar-days':
      return `${number(limit.days)} ngày`;
    case 'same-day':
      return 'Trong ngày (tiếp nhận sau 15 giờ trả kết quả trong ngày làm việc tiếp theo)';
  }
}
