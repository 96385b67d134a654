import type { DayNumber } from '../calendar/local-time.ts';
import { dossierCodePrefix } from '../dossier/code.ts';

/**
 * PAKN code (mã phản ánh, kiến nghị) = "PAKN-" + the dossier-code shape: agency code of the
 * receiving unit, day of receipt, daily sequence: `PAKN-{unit code}-{yyMMdd}-{3-digit sequence}`,
 * e.g. `PAKN-000.01.24.H24-261123-007`. The prefix keeps a PAKN code from ever being read as a
 * dossier code on the lookup page; the sequence restarts at 1 every day per unit (a unit
 * receives a few PAKN a month, so three digits; past 999 it grows to four).
 */
export const PAKN_CODE_PREFIX = 'PAKN-';

export function formatPaknCode(unitCode: string, day: DayNumber, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError('Số thứ tự phản ánh, kiến nghị phải là số nguyên dương.');
  return `${paknCodePrefix(unitCode, day)}${String(sequence).padStart(3, '0')}`;
}

/** What every PAKN code of a unit's day starts with: `PAKN-{unit code}-{yyMMdd}-`. */
export function paknCodePrefix(unitCode: string, day: DayNumber): string {
  return `${PAKN_CODE_PREFIX}${dossierCodePrefix(unitCode, day)}`;
}

const CODE_PATTERN = /^PAKN-(.+)-(\d{6})-(\d{3,})$/i;

export interface ParsedPaknCode {
  unitCode: string;
  /** yyMMdd as printed. */
  datePart: string;
  sequence: number;
}

/** Splits a PAKN code into its parts; undefined when it does not have the shape above. */
export function parsePaknCode(code: string): ParsedPaknCode | undefined {
  const match = CODE_PATTERN.exec(code.trim());
  if (!match) return undefined;
  return { unitCode: match[1]!, datePart: match[2]!, sequence: Number(match[3]) };
}

/** True when the text looks like a PAKN code rather than a dossier code (for the lookup page). */
export function isPaknCode(code: string): boolean {
  return parsePaknCode(code) !== undefined;
}
