import { describe, expect, it } from 'vitest';
import { parseDossierCode } from '../dossier/code.ts';
import { dayNumberFromYmd } from '../calendar/local-time.ts';
import { formatPaknCode, isPaknCode, paknCodePrefix, parsePaknCode } from './code.ts';

const day = dayNumberFromYmd(2026, 11, 23);

describe('PAKN code', () => {
  it('is PAKN-{unit}-{yyMMdd}-{sequence of at least three digits}', () => {
    expect(formatPaknCode('000.01.24.H24', day, 7)).toBe('PAKN-000.01.24.H24-261123-007');
    expect(formatPaknCode('000.01.24.H24', day, 1234)).toBe('PAKN-000.01.24.H24-261123-1234');
    expect(paknCodePrefix('000.01.24.H24', day)).toBe('PAKN-000.01.24.H24-261123-');
    expect(() => formatPaknCode('000.01.24.H24', day, 0)).toThrow('Số thứ tự phản ánh, kiến nghị phải là số nguyên dương.');
  });

  it('parses back, and is never taken for a dossier code by the lookup page', () => {
    expect(parsePaknCode(' PAKN-000.01.24.H24-261123-007 ')).toEqual({ unitCode: '000.01.24.H24', datePart: '261123', sequence: 7 });
    expect(isPaknCode('000.01.24.H24-261123-0007')).toBe(false);
    expect(parseDossierCode('000.01.24.H24-261123-0007')).toBeDefined();
    expect(isPaknCode('PAKN-000.01.24.H24-261123-07')).toBe(false);
  });
});
