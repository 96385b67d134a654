/** Pure parts of the import: cell values, statuses, header detection, codes, the merge planner. */
import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, isoLocalDateTime, MINUTES_PER_DAY } from '../calendar/local-time.ts';
import { detectHeader, isColumnNumberRow } from './headers.ts';
import { canonicalDossierCode, nationalProcedureCode } from './plan.ts';
import { parseStatus } from './status.ts';
import { parseAmount, parseChannel, parseImportedTime, type Cell } from './values.ts';

const iso = (cell: Cell): string => {
  const parsed = parseImportedTime(cell);
  if (!parsed.ok) throw new Error(parsed.reason);
  return isoLocalDateTime(parsed.value.at);
};

describe('dates', () => {
  it('reads day-first texts with and without a time, Excel serials and date cells', () => {
    expect(iso('02/03/2026')).toBe('2026-03-02T00:00');
    expect(iso('02/03/2026 08:30')).toBe('2026-03-02T08:30');
    expect(iso('2/3/26 8:05:59')).toBe('2026-03-02T08:05');
    expect(iso('02-03-2026 14h15')).toBe('2026-03-02T14:15');
    expect(iso('08:30 02/03/2026')).toBe('2026-03-02T08:30');
    expect(iso('08 giờ 30 phút, ngày 02 tháng 03 năm 2026')).toBe('2026-03-02T08:30');
    expect(iso('2026-03-02T01:30:00Z')).toBe('2026-03-02T08:30');
    expect(iso(46083.5)).toBe('2026-03-02T12:00');
    expect(iso(new Date(Date.UTC(2026, 2, 2, 8, 30)))).toBe('2026-03-02T08:30');
    expect(parseImportedTime('02/03/2026').ok && (parseImportedTime('02/03/2026') as { value: { hasTime: boolean } }).value.hasTime).toBe(false);
  });
  it('refuses impossible dates with a Vietnamese reason', () => {
    expect(parseImportedTime('31/02/2026')).toEqual({ ok: false, reason: 'ngày 31/2/2026 không tồn tại' });
    expect(parseImportedTime('13/13/2026')).toMatchObject({ ok: false, reason: 'tháng 13 không tồn tại' });
    expect(parseImportedTime('hôm qua')).toMatchObject({ ok: false, reason: expect.stringContaining('dd/mm/yyyy') });
    expect(parseImportedTime(12)).toMatchObject({ ok: false });
  });
});

describe('amounts and channels', () => {
  it('reads dot thousands separators and currency words', () => {
    expect(parseAmount('1.500.000')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseAmount('1.500.000 đ')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseAmount('50.000đ')).toEqual({ ok: true, value: 50_000 });
    expect(parseAmount('1,500,000')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseAmount('Miễn phí')).toEqual({ ok: true, value: 0 });
    expect(parseAmount(8000)).toEqual({ ok: true, value: 8000 });
    expect(parseAmount('12,5')).toMatchObject({ ok: false });
  });
  it('reads channel names and national codes', () => {
    expect(parseChannel('Trực tuyến')).toEqual({ ok: true, value: 'online' });
    expect(parseChannel('BƯU CHÍNH CÔNG ÍCH')).toEqual({ ok: true, value: 'post' });
    expect(parseChannel(1)).toEqual({ ok: true, value: 'in_person' });
    expect(parseChannel(null)).toEqual({ ok: true, value: 'in_person' });
    expect(parseChannel('fax')).toMatchObject({ ok: false });
  });
});

describe('statuses', () => {
  it('maps the usual wordings and national codes', () => {
    const status = (text: string) => (parseStatus(text) as { value: unknown }).value;
    expect(status('Đang xử lý')).toBe('processing');
    expect(status('ĐÃ TRẢ KẾT QUẢ')).toBe('returned');
    expect(status('Từ chối tiếp nhận')).toBe('refused_reception');
    expect(status('Từ chối')).toBe('refused');
    expect(status('Công dân rút hồ sơ')).toBe('withdrawn');
    expect(status('Yêu cầu bổ sung giấy tờ')).toBe('supplement');
    expect(status('10')).toBe('returned');
    expect(parseStatus('Khác lạ')).toMatchObject({ ok: false });
  });
});

describe('header detection', () => {
  it('finds a two-level merged header under title lines', () => {
    const rows: Cell[][] = [
      ['SỔ THEO DÕI HỒ SƠ'],
      [],
      ['STT', 'Mã hồ sơ', 'Tên TTHC', 'Ngày, tháng, năm', null, null, 'Ghi chú'],
      [null, null, null, 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Trả kết quả cho cá nhân, tổ chức', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
    ];
    const layout = detectHeader(rows)!;
    expect(layout.headerRow).toBe(3);
    expect(layout.mapping).toEqual({ code: 1, procedureName: 2, receivedAt: 3, dueAt: 4, returnedAt: 5 });
    expect(layout.columns.find((c) => c.index === 6)?.header).toBe('Ghi chú');
    expect(isColumnNumberRow(rows[4]!)).toBe(true);
  });
  it('follows a profile over the synonyms', () => {
    const layout = detectHeader([['Số hồ sơ cũ', 'Thời điểm nhận', 'Tên thủ tục']], { code: 'so ho so cu', receivedAt: 'thoi diem nhan' })!;
    expect(layout.mapping).toEqual({ code: 0, receivedAt: 1, procedureName: 2 });
  });
  it('finds nothing without a dossier code column', () => {
    expect(detectHeader([['a', 'b'], ['Họ tên', 'Ngày tiếp nhận']])).toBeUndefined();
  });
});

describe('codes', () => {
  it('puts the unit prefix on codes that lack it, and keeps codes that have one', () => {
    expect(canonicalDossierCode('250301-0001', '000.01.24.H24')).toEqual({ code: '000.01.24.H24-250301-0001', unitCode: '000.01.24.H24' });
    expect(canonicalDossierCode('000.01.24.H24-250301-0001', '000.01.24.H24').code).toBe('000.01.24.H24-250301-0001');
    expect(canonicalDossierCode('000.02.24.H24-250301-0001', '000.01.24.H24', ['000.01.24.H24', '000.02.24.H24'])).toEqual({ code: '000.02.24.H24-250301-0001', unitCode: '000.02.24.H24' });
    expect(nationalProcedureCode('1.001193.000.00.00.H24.02')).toBe('1.001193');
    expect(dayNumberFromYmd(2026, 3, 2) * MINUTES_PER_DAY).toBeGreaterThan(0);
  });
});
