import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../calendar/local-time.ts';
import { detectHeader } from '../import/headers.ts';
import { PAKN_HEADERS, parsePaknRow, planPaknImport, type PaknImportRecord } from './import.ts';

const day = (d: number, hour = 0): number => dayNumberFromYmd(2026, 11, d) * MINUTES_PER_DAY + hour * 60;
const AS_OF = day(23, 8);

function record(overrides: Partial<PaknImportRecord> = {}): PaknImportRecord {
  const parsed = parsePaknRow({ code: 'P-1', receivedAt: '10/11/2026 10:00', content: 'Nội dung phản ánh', status: 'Đã trả lời', resolvedAt: '10/11/2026', answer: 'Đã hướng dẫn' });
  if (parsed.ok !== true) throw new Error('fixture');
  return { ...parsed.record, ...overrides };
}

describe('PAKN import (pure)', () => {
  it('finds a portal header under title lines with the PAKN vocabulary, not the dossier one', () => {
    const rows = [['DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ'], [], ['STT', 'Mã PAKN', 'Nội dung phản ánh, kiến nghị', 'NGÀY GỬI', 'Tình trạng xử lý', 'Cột lạ']];
    const layout = detectHeader(rows, {}, PAKN_HEADERS);
    expect(layout?.headerRow).toBe(2);
    expect(layout?.mapping).toEqual({ code: 1, content: 2, receivedAt: 3, status: 4 });
    expect(detectHeader(rows)).toBeUndefined();
  });

  it('records a date-only answer on the day of a 10:00 receipt at 10:00 (time never goes backwards)', () => {
    const plan = planPaknImport(record(), { source: 'dvc', unitCode: 'U', asOf: AS_OF });
    expect(plan.kind).toBe('create');
    if (plan.kind !== 'create') return;
    expect(plan.history.map((e) => [e.type, e.at])).toEqual([
      ['registered', day(10, 10)],
      ['classified', day(10, 10)],
      ['resolved', day(10, 10)],
    ]);
  });

  it('moves forward only, and refuses a contradiction with both statuses', () => {
    const existing = { status: 'published' as const, lastAt: day(12), likes: 0, dislikes: 0 };
    expect(planPaknImport(record(), { source: 'dvc', unitCode: 'U', asOf: AS_OF, existing })).toEqual({ kind: 'unchanged' });
    const forward = planPaknImport(record({ status: 'published' }), { source: 'dvc', unitCode: 'U', asOf: AS_OF, existing: { ...existing, status: 'awaiting_publication' } });
    expect(forward).toMatchObject({ kind: 'append', events: [{ type: 'published', at: day(12) }] });
    const refused = planPaknImport(record(), { source: 'dvc', unitCode: 'U', asOf: AS_OF, existing: { ...existing, status: 'not_accepted' } });
    expect(refused).toEqual({ kind: 'rejected', field: 'status', reason: 'phản ánh, kiến nghị đang ở trạng thái "Không tiếp nhận" trên Một Cửa, không thể chuyển sang "Đã xử lý, chờ công khai"' });
  });

  it('refuses an answer dated after the import', () => {
    expect(planPaknImport(record({ resolvedAt: day(24) }), { source: 'dvc', unitCode: 'U', asOf: AS_OF })).toMatchObject({ kind: 'rejected', field: 'resolvedAt' });
  });
});
