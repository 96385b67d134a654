/**
 * Vietnamese wording of confidence marks, for tables and the desk screen.
 * (Time limits are worded by `describeTimeLimit` in deadline/time-limit.ts.)
 */
import type { Confidence } from '../calendar/types.ts';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  confirmed: 'Đã xác nhận từ nguồn',
  'single-source': 'Một nguồn hoặc suy luận, cần kiểm tra',
  'default-rule': 'Theo quy tắc mặc định của hệ thống',
  unconfirmed: 'Chưa xác nhận, cần đối chiếu',
};

/** The reference's symbols, for compact tables. */
export const CONFIDENCE_MARKS: Record<Confidence, string> = {
  confirmed: '✅',
  'single-source': '🟡',
  'default-rule': '⚙️',
  unconfirmed: '⚪',
};
