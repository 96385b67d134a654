/**
 * Cells that a spreadsheet would run as a formula (CSV and formula injection, OWASP): text the
 * project writes into a CSV or XLSX file that begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe, so that Excel and LibreOffice show it as text, even after
 * someone edits the cell. What it leaves alone, and why:
 * - numbers written as numbers (a negative fee, a count): a number cell is never a formula;
 * - text that is only a sign, digits, spaces, dots, commas and percent signs (`+84 912 345 678`,
 *   `-5`, `-1.234,5`, `-2,5%`, a lone `-` for "not applicable"): without letters, a reference or
 *   a call it cannot reach anything, and phone numbers stay readable as typed.
 * Every CSV/XLSX writer of the project passes its cells through here: the import error report,
 * the dossier export, the Mẫu 07 book and the report tables.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?[\d\s.,%]*$/;

/** The text as it may be written into a cell. */
export function safeCellText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A cell value as it may be written: text made safe, anything else unchanged. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? safeCellText(value) : value;
}

/** Every value of a row object made safe (exceljs rows keyed by column). */
export function safeRow<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, safeCell(value)])) as T;
}
