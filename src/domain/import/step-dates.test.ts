/** Issue 14, item 9: the step-date columns of the tracking book and of portal exports are recognised. */
import { describe, expect, it } from 'vitest';
import { detectHeader } from './headers.ts';
import { parseRecord, sheetRowSource } from './row.ts';
import { extraColumns } from './headers.ts';

describe('step-date columns', () => {
  it('reads the tracking book (TT 01/2018 Mẫu 06): "Chuyển hồ sơ đến cơ quan giải quyết" under "Ngày, tháng, năm"', () => {
    const rows = [
      ['TT', 'Mã hồ sơ', 'Tên TTHC', 'Tên cá nhân, tổ chức', 'Cơ quan chủ trì giải quyết', 'Ngày, tháng, năm', null, null, null, null, 'Ghi chú'],
      [null, null, null, null, null, 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Chuyển hồ sơ đến cơ quan giải quyết', 'Nhận kết quả từ cơ quan giải quyết', 'Trả kết quả cho cá nhân, tổ chức', null],
    ];
    const layout = detectHeader(rows)!;
    expect(layout.mapping).toMatchObject({ code: 1, procedureName: 2, applicantName: 3, department: 4, receivedAt: 5, dueAt: 6, forwardedAt: 7, resultAt: 8, returnedAt: 9 });
  });

  it('reads a portal export’s supplement, forwarding, extension and step columns', () => {
    const header = ['Mã hồ sơ', 'Tên thủ tục', 'Ngày tiếp nhận', 'Trạng thái', 'Ngày chuyển xử lý', 'Chuyển đến', 'Ngày yêu cầu bổ sung', 'Ngày nhận hồ sơ bổ sung', 'Ngày gia hạn', 'Bước xử lý hiện tại'];
    const layout = detectHeader([header])!;
    expect(layout.mapping).toMatchObject({ forwardedAt: 4, forwardedTo: 5, supplementRequestedAt: 6, supplementReceivedAt: 7, extendedAt: 8, step: 9 });
    const row = ['H-1', 'Chứng thực', '01/07/2026 08:00', 'Đang xử lý', '01/07/2026 10:00', 'Phòng Tư pháp', '02/07/2026', '03/07/2026 09:00', '', 'Thẩm định'];
    const parsed = parseRecord(sheetRowSource(row, layout, extraColumns(layout)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok !== true) return;
    expect(parsed.record.extra).toEqual({ 'Bước xử lý hiện tại': 'Thẩm định' });
    expect(parsed.record).toMatchObject({ forwardedTo: 'Phòng Tư pháp', step: 'Thẩm định', forwardedAt: { hasTime: true }, supplementRequestedAt: { hasTime: false }, supplementReceivedAt: { hasTime: true } });
  });

  it('refuses a supplement brought before it was asked, or without a request', () => {
    const layout = detectHeader([['Mã hồ sơ', 'Tên thủ tục', 'Ngày tiếp nhận', 'Ngày yêu cầu bổ sung', 'Ngày nhận hồ sơ bổ sung']])!;
    const problems = (asked: string, brought: string) => {
      const parsed = parseRecord(sheetRowSource(['H-2', 'Chứng thực', '01/07/2026', asked, brought], layout, []));
      return parsed.ok === false ? parsed.problems.map((p) => p.reason) : [];
    };
    expect(problems('05/07/2026', '04/07/2026')).toEqual(['ngày nhận hồ sơ bổ sung trước ngày yêu cầu bổ sung']);
    expect(problems('', '04/07/2026')).toEqual(['có ngày nhận hồ sơ bổ sung nhưng không có ngày yêu cầu bổ sung']);
    expect(problems('30/06/2026', '')).toEqual(['ngày yêu cầu bổ sung trước ngày tiếp nhận']);
  });
});
