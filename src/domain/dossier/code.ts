import { ymdFromDayNumber, type DayNumber } from '../calendar/local-time.ts';

/**
 * Dossier code (mã hồ sơ) = agency code of the receiving unit + date of receipt + daily
 * sequence: `{unit code}-{yyMMdd}-{4-digit sequence}` (reference.md §5.1). The sequence
 * restarts at 1 every day per unit; past 9999 it simply grows to five digits.
 */
export function formatDossierCode(unitCode: string, day: DayNumber, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('Số thứ tự hồ sơ phải là số nguyên dương.');
  return `${dossierCodePrefix(unitCode, day)}${String(sequence).padStart(4, '0')}`;
}

/** What every code of a unit's day starts with: `{unit code}-{yyMMdd}-`. */
export function dossierCodePrefix(unitCode: string, day: DayNumber): string {
  const { year, month, day: dd } = ymdFromDayNumber(day);
  return `${unitCode}-${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(dd).padStart(2, '0')}-`;
}

const CODE_PATTERN = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,})$/;

export interface ParsedDossierCode {
  unitCode: string;
  /** yyMMdd as printed. */
  datePart: string;
  sequence: number;
}

/** Splits a dossier code into its parts; undefined when it does not have the national shape. */
export function parseDossierCode(code: string): ParsedDossierCode | undefined {
  const match = CODE_PATTERN.exec(code.trim());
  if (!match) return undefined;
  return { unitCode: match[1]!, datePart: `${match[2]}${match[3]}${match[4]}`, sequence: Number(match[5]) };
}
