/** Vietnamese wording shared by the pages, and date/number formatting (dd/mm/yyyy, 1.913). */
import dayjs from 'dayjs';
import type { ComponentForm, DeadlineLevel, Role } from './api/types.ts';
import { ROLE_NAMES as DOMAIN_ROLE_NAMES } from '../../src/domain/dossier/roles.ts';
import { CHANNEL_NAMES as DOMAIN_CHANNEL_NAMES } from '../../src/domain/dossier/state.ts';

/** Role and channel names come from the domain core (pure data, shared with the server). */
export const ROLE_NAMES: Record<Role, string> = DOMAIN_ROLE_NAMES;

export const ACTOR_NAMES: Record<string, string> = DOMAIN_ROLE_NAMES;

export const CHANNEL_NAMES: Record<string, string> = DOMAIN_CHANNEL_NAMES;

export const COMPONENT_FORM_NAMES: Record<ComponentForm, string> = {
  'ban-chinh': 'Bản chính',
  'ban-sao-chung-thuc': 'Bản sao chứng thực',
  'ban-chup': 'Bản chụp',
};

export const LEVEL_NAMES: Record<DeadlineLevel, string> = { 'on-track': 'Trong hạn', 'due-soon': 'Sắp đến hạn', overdue: 'Quá hạn' };
export const LEVEL_COLORS: Record<DeadlineLevel, string> = { 'on-track': 'green', 'due-soon': 'orange', overdue: 'red' };

export const STATUS_COLORS: Record<number, string> = { 1: 'default', 2: 'blue', 3: 'default', 4: 'processing', 5: 'warning', 6: 'warning', 7: 'default', 8: 'error', 9: 'cyan', 10: 'success' };

export const DEPARTMENT_KIND_NAMES: Record<string, string> = { department: 'Phòng chuyên môn', vertical_agency: 'Cơ quan ngành dọc' };

/** "26/11/2026" */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso.slice(0, 10)).format('DD/MM/YYYY') : '';
}

/** "16:00 26/11/2026" (local time as the API gives it, +07:00). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const [date, time] = iso.split('T');
  return `${(time ?? '').slice(0, 5)} ${formatDate(date)}`.trim();
}

/** "16:00 thứ năm, 26/11/2026" */
export function formatDateTimeWeekday(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = dayjs(iso.slice(0, 10));
  return `${iso.slice(11, 16)} ${day.locale('vi').format('dddd')}, ${day.format('DD/MM/YYYY')}`;
}

/** "07:05": the time of day in Vietnam (the units' time), whatever the browser's own time zone. */
export function formatClock(moment: Date): string {
  return new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }).format(moment);
}

/** 1913 → "1.913" */
export function formatNumber(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatMoney(value: number): string {
  return `${formatNumber(value)} đồng`;
}

/** Remaining working time in words: "còn 1 ngày 2 giờ", "quá 3 giờ". */
export function formatRemaining(minutes: number, minutesPerDay = 480): string {
  const abs = Math.abs(minutes);
  const days = Math.floor(abs / minutesPerDay);
  const hours = Math.floor((abs % minutesPerDay) / 60);
  const mins = abs % 60;
  const parts = [days ? `${days} ngày` : '', hours ? `${hours} giờ` : '', !days && mins ? `${mins} phút` : ''].filter(Boolean);
  const text = parts.join(' ') || '0 phút';
  return minutes >= 0 ? `còn ${text} làm việc` : `quá ${text} làm việc`;
}
