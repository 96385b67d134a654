import { describe, expect, it } from 'vitest';
import { at } from '../../../test/support/supervision-builders.ts';
import { addresseeName, alertHistoryLine } from './alert-history.ts';

describe('alerts in words', () => {
  it('names addressees by their short title', () => {
    expect(addresseeName('department_head', 'Nguyễn Văn A')).toBe('Trưởng phòng Nguyễn Văn A');
    expect(addresseeName('center_leader', 'Lê Thị B')).toBe('Lãnh đạo Trung tâm Lê Thị B');
    expect(addresseeName('chairman', 'Trần Văn C')).toBe('Chủ tịch UBND Trần Văn C');
    expect(addresseeName('specialist', 'Phạm D')).toBe('Phạm D');
  });

  it('an alert raised: to whom, why, by when', () => {
    expect(alertHistoryLine({ kind: 'raised', at: at('2026-01-07T09:49'), addresseeNames: ['Trưởng phòng Nguyễn Văn A'], trigger: 'step-overdue', dueAt: at('2026-01-07T09:48'), text: '…' })).toBe(
      'Cảnh báo gửi Trưởng phòng Nguyễn Văn A: bước quá hạn (hạn 09:48 07/01/2026)',
    );
    expect(alertHistoryLine({ kind: 'raised', at: 0, addresseeNames: ['Chủ tịch UBND Trần Văn C', 'Lãnh đạo Trung tâm Lê Thị B'], trigger: 'legal-overdue', text: '…' })).toBe(
      'Cảnh báo gửi Chủ tịch UBND Trần Văn C, Lãnh đạo Trung tâm Lê Thị B: quá hạn giải quyết',
    );
  });

  it('an acknowledgement: by whom, with the note when there is one', () => {
    expect(alertHistoryLine({ kind: 'acknowledged', at: 0, actorName: 'Nguyễn Văn A' })).toBe('Đã xác nhận bởi Nguyễn Văn A');
    expect(alertHistoryLine({ kind: 'acknowledged', at: 0, actorName: 'Nguyễn Văn A', note: 'Đã nhắc chuyên viên' })).toBe('Đã xác nhận bởi Nguyễn Văn A (ghi chú: Đã nhắc chuyên viên)');
  });
});
