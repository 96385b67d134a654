/**
 * The history in words (issue 14 §7): officers' and departments' names from the caller, step
 * names from the snapshot, the dates of new appointments, the collector; never a code or an id.
 */
import { describe, expect, it } from 'vitest';
import { actorWords, describeEntry, historyEntries, type HistoryNames } from './history.ts';
import { ACTORS, HistoryBuilder } from '../../../test/support/dossier-builders.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const at = (text: string): number => parseIsoLocalDateTime(text)!;
const OFFICERS: Record<string, string> = { 'can-bo-mot-cua': 'Phạm Thị Một', 'chuyen-vien': 'Nguyễn Văn Chuyên', 'chuyen-vien-2': 'Trần Thị Hai', 'truong-phong': 'Hoàng Văn Trưởng', 'chu-tich': 'Lê Văn Chủ' };
const names: HistoryNames = { officer: (id) => OFFICERS[id], department: (code) => (code === 'tu-phap' ? 'Văn phòng HĐND và UBND (Tư pháp)' : undefined) };

describe('the history in words', () => {
  const events = new HistoryBuilder()
    .receive(at('2026-01-05T09:00'), { missing: [{ code: 'cu-tru', name: 'Giấy xác nhận cư trú', form: 'ban-chinh', quantity: 1 }], missingConfirmed: 'Xuất trình khi nhận kết quả' })
    .forward(at('2026-01-05T09:30'), 'tu-phap', null)
    .assign(at('2026-01-05T10:00'), 'xu-ly', 'chuyen-vien')
    .completeStep(at('2026-01-05T14:00'), 'xu-ly', { actor: ACTORS.head, onBehalfOf: 'chuyen-vien' })
    .sendBack(at('2026-01-06T09:00'), 'phe-duyet', 'xu-ly', { reason: 'Sai họ tên trên dự thảo' })
    .extend(at('2026-01-06T10:00'), at('2026-01-12T16:00'))
    .completeStep(at('2026-01-07T09:00'), 'xu-ly', { actor: { id: 'chuyen-vien', role: 'specialist' } })
    .ready(at('2026-01-07T15:00'), false, '12/UBND-TP')
    .returnResult(at('2026-01-13T08:00'), 'desk', { kind: 'authorised', name: 'Trần Văn Bình', idNumber: '031090009999', authorisation: 'Giấy ủy quyền ngày 06/01/2026' })
    .build();
  const entries = historyEntries('X', events, ctx);

  it('names the step each event acted on', () => {
    expect(entries.map((e) => e.stepName ?? null)).toEqual([
      null,
      'Tiếp nhận, chuyển hồ sơ',
      'Thẩm định, xử lý chuyên môn',
      'Thẩm định, xử lý chuyên môn',
      'Lãnh đạo phê duyệt, ký',
      // The extension comes after the send-back: the dossier is at the specialist's step again.
      'Thẩm định, xử lý chuyên môn',
      'Thẩm định, xử lý chuyên môn',
      'Lãnh đạo phê duyệt, ký',
      'Trả kết quả',
    ]);
    expect(entries[4]).toMatchObject({ toStepCode: 'xu-ly', toStepName: 'Thẩm định, xử lý chuyên môn', reason: 'Sai họ tên trên dự thảo' });
    expect(entries[5]!.newDueAt).toBe(at('2026-01-12T16:00'));
  });

  it('says who did what in Vietnamese, without codes or ids', () => {
    expect(entries.map((e) => `${actorWords(e, names)}: ${describeEntry(e, names)}`)).toEqual([
      'Phạm Thị Một: Tiếp nhận hồ sơ; còn thiếu: Giấy xác nhận cư trú (xác nhận tiếp nhận khi còn thiếu giấy tờ: Xuất trình khi nhận kết quả)',
      'Phạm Thị Một: Chuyển hồ sơ đến Văn phòng HĐND và UBND (Tư pháp)',
      'Hoàng Văn Trưởng: Phân công Nguyễn Văn Chuyên xử lý bước "Thẩm định, xử lý chuyên môn"',
      'Hoàng Văn Trưởng: Hoàn thành bước "Thẩm định, xử lý chuyên môn" (hoàn thành thay Nguyễn Văn Chuyên)',
      'Lê Văn Chủ: Trả lại từ bước "Lãnh đạo phê duyệt, ký" về bước "Thẩm định, xử lý chuyên môn". Lý do: Sai họ tên trên dự thảo',
      'Lãnh đạo Trung tâm: Xin lỗi và hẹn lại ngày trả kết quả: hẹn trả kết quả lúc 16:00 12/01/2026. Lý do: Cần xác minh thêm thông tin',
      'Nguyễn Văn Chuyên: Hoàn thành bước "Thẩm định, xử lý chuyên môn"',
      'Lê Văn Chủ: Có kết quả giải quyết (văn bản số 12/UBND-TP)',
      'Phạm Thị Một: Trả kết quả tại quầy cho người được ủy quyền Trần Văn Bình',
    ]);
  });

  it('falls back to words for an unknown officer or department', () => {
    const unknown: HistoryNames = { officer: () => undefined, department: () => undefined };
    expect(describeEntry(entries[1]!, unknown)).toBe('Chuyển hồ sơ đến phòng, cơ quan xử lý');
    expect(describeEntry(entries[2]!, unknown)).toBe('Phân công công chức được giao xử lý bước "Thẩm định, xử lý chuyên môn"');
    expect(actorWords(entries[0]!, unknown)).toBe('Công chức tiếp nhận (một cửa)');
  });
});
