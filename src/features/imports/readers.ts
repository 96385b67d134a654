/**
 * Streaming readers: XLSX (exceljs WorkbookReader, first worksheet) and CSV (csv-parse,
 * delimiter `,`, `;` or tab, UTF-8 with or without BOM). Both yield rows one at a time with
 * their row number in the file, so memory stays bounded whatever the file's size, and both
 * stop with an ImportLimitError past the limits of src/import/limits.ts (rows, columns, a CSV
 * record's length; the XML limits are in exceljs-utf8.ts, the ZIP's in xlsx-container.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import './exceljs-utf8.ts';
import ExcelJS from 'exceljs';
import { ImportFileError, ImportLimitError, LIMIT_MESSAGES, MAX_COLUMNS, MAX_CSV_RECORD_CHARS, MAX_ROWS } from '../../domain/import/limits.ts';
import type { Cell } from '../../domain/import/values.ts';

export interface SheetRow {
  /** 1-based row (XLSX) or line (CSV) number, as the user sees it in the file. */
  number: number;
  /** 0-based cells. */
  cells: Cell[];
}

export type FileKind = 'xlsx' | 'csv';

/** The kind of a file by its name, else by its first bytes (a ZIP is XLSX). */
export function fileKindOf(filePath: string, firstBytes?: Buffer): FileKind | undefined {
  const ext = path.extname(filePath).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (firstBytes && firstBytes.length >= 2 && firstBytes[0] === 0x50 && firstBytes[1] === 0x4b) return 'xlsx';
  if (firstBytes) return 'csv';
  return undefined;
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors) reduced to plain cells. */
export function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: unknown; formula?: unknown };
    if (v.richText) return v.richText.map((part) => part.text).join('');
    if ('result' in v || v.formula !== undefined) return plainCell(v.result);
    if (v.text !== undefined) return plainCell(v.text);
    if (v.error !== undefined) return null;
  }
  return String(value);
}

/** Rows of the first worksheet of an XLSX file. */
export async function* readXlsxRows(input: string | NodeJS.ReadableStream): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let rows = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      if (++rows > MAX_ROWS) throw new ImportLimitError(LIMIT_MESSAGES.rows());
      // Sparse: a cell at column 10⁹ makes `values` that long without holding it.
      const values = row.values as unknown[];
      if (values.length - 1 > MAX_COLUMNS) throw new ImportLimitError(LIMIT_MESSAGES.columns(row.number));
      const cells: Cell[] = new Array(Math.max(0, values.length - 1));
      for (let i = 1; i < values.length; i++) cells[i - 1] = plainCell(values[i]);
      yield { number: row.number, cells };
    }
    // Only the first worksheet is imported.
    break;
  }
}

/** Rows of a CSV file; every cell is text. */
export async function* readCsvRows(input: string | NodeJS.ReadableStream): AsyncGenerator<SheetRow> {
  const stream = typeof input === 'string' ? fs.createReadStream(input) : input;
  const parser = stream.pipe(
    parse({
      bom: true,
      delimiter: [',', ';', '\t'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      info: true,
      max_record_size: MAX_CSV_RECORD_CHARS,
    }),
  );
  let rows = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (++rows > MAX_ROWS) throw new ImportLimitError(LIMIT_MESSAGES.rows());
      if (record.length > MAX_COLUMNS) throw new ImportLimitError(LIMIT_MESSAGES.columns(info.lines));
      yield { number: info.lines, cells: record.map((text) => (text.trim() === '' ? null : text)) };
    }
  } catch (error) {
    const code = (error as { code?: unknown; lines?: unknown }).code;
    if (code === 'CSV_MAX_RECORD_SIZE') throw new ImportLimitError(LIMIT_MESSAGES.csvRecord(Number((error as { lines?: number }).lines ?? 0)));
    throw error;
  }
}

export function readRows(input: string, kind: FileKind): AsyncGenerator<SheetRow> {
  return guarded(kind === 'xlsx' ? readXlsxRows(input) : readCsvRows(input), kind);
}

/**
 * The rows, with any error of the reader itself (exceljs, saxes, csv-parse: a broken file) as an
 * ImportFileError with a Vietnamese message; the libraries' own texts are not shown.
 */
export async function* guarded(rows: AsyncGenerator<SheetRow>, kind: FileKind): AsyncGenerator<SheetRow> {
  try {
    yield* rows;
  } catch (error) {
    throw error instanceof ImportFileError ? error : new ImportFileError(LIMIT_MESSAGES.unreadable(kind));
  }
}
