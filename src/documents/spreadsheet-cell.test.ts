import { describe, expect, it } from 'vitest';
import { safeCell, safeCellText, safeRow } from './spreadsheet-cell.ts';

describe('safeCellText', () => {
  it('prefixes an apostrophe to text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '=HYPERLINK("http://x","a")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1', '=', '-A1', '+x']) {
      expect(safeCellText(text), JSON.stringify(text)).toBe(`'${text}`);
    }
  });

  it('leaves ordinary text, phone numbers and signed plain numbers readable', () => {
    for (const text of ['Nguyễn Thị Bình', '', ' =1', 'a=1', '+84 912 345 678', '+84912345678', '-5', '-1.234,5', '-2,5%', '-', '+', '0912-345-678']) {
      expect(safeCellText(text), JSON.stringify(text)).toBe(text);
    }
  });

  it('never touches numbers, dates or empty cells, and maps a row object', () => {
    const at = new Date(0);
    expect(safeCell(-42)).toBe(-42);
    expect(safeCell(at)).toBe(at);
    expect(safeCell(null)).toBeNull();
    expect(safeRow({ n: -1, name: '=2*3', phone: '+84 912 345 678' })).toEqual({ n: -1, name: "'=2*3", phone: '+84 912 345 678' });
  });
});
