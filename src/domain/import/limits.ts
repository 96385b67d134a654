/**
 * How much an import file may expand to, whoever sends it (the web preview, an HTTP import,
 * `motcua import`). A 400 KB XLSX can hold a 400 MB cell and a 700 KB one four million shared
 * strings (ZIP compresses a repeated letter about 1.000 times): without bounds, one upload grew
 * the server to 5 GB. Each limit is far above what a real export reaches, and each refusal says
 * in Vietnamese what is too big and the limit (docs/security.md, "Imports and the push API").
 */
import { formatInteger } from '../format/number.ts';

/** Excel's own limits: no spreadsheet saved by Excel exceeds them, so a file that does was made to. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** Rows of one sheet or CSV file (Excel's limit; a larger CSV is split into several files). */
export const MAX_ROWS = EXCEL_MAX_ROWS;
/** Columns of a row (Excel's limit, XFD). */
export const MAX_COLUMNS = EXCEL_MAX_COLUMNS;

/**
 * Characters of one XML token (a cell's text, a tag) and of one cell or shared string with its
 * markup. A cell Excel wrote holds at most 32.767 characters (≤ 5 each once escaped as `&amp;`);
 * the bounds leave room for that and for rich-text runs, and keep the XML parser's buffer small.
 */
export const MAX_XML_TOKEN_CHARS = 512 * 1024;
export const MAX_CELL_XML_CHARS = 1024 * 1024;

/**
 * Shared strings of a workbook. Excel stores each distinct text once; a year's export of a large
 * ward (≈ 50.000 dossiers, five distinct texts each) has ≈ 250.000. The table stays in memory
 * while the sheet is read, so it is bounded (≈ 40 MB at the limit, rich text flattened).
 */
export const MAX_SHARED_STRINGS = 1_000_000;

/** Characters of a CSV record (the line with all its cells): an Excel row holds far less. */
export const MAX_CSV_RECORD_CHARS = 1024 * 1024;

const MiB = 1024 * 1024;
/**
 * Uncompressed sizes of the parts of an XLSX (a ZIP), checked in its central directory before
 * anything is read, then while inflating (a ZIP can lie about them):
 * - a worksheet is read as a stream (memory does not grow with it) but may be written to a
 *   temporary file first, and its size is the reading time: 2 GiB is about a million rows;
 * - the shared strings stay in memory: 100 MiB is a million strings of ≈ 80 characters;
 * - every other part (workbook, styles, relationships, pictures): 32 MiB;
 * - all parts together: 2,5 GiB; at most 1.000 parts.
 */
export const MAX_SHEET_PART_BYTES = 2048 * MiB;
export const MAX_SHARED_STRINGS_PART_BYTES = 100 * MiB;
export const MAX_OTHER_PART_BYTES = 32 * MiB;
export const MAX_XLSX_EXPANDED_BYTES = 2560 * MiB;
export const MAX_XLSX_PARTS = 1000;

/** A file refused as a whole, with a Vietnamese message: unreadable (broken, not what its name says). */
export class ImportFileError extends Error {
  override readonly name: string = 'ImportFileError';
}

/** A file refused because it is bigger than a limit above; the message names the limit. */
export class ImportLimitError extends ImportFileError {
  override readonly name = 'ImportLimitError';
}

const integer = formatInteger;

/** Bytes as Vietnamese text: whole MB, or GB with one decimal (2,5 GB). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MiB) {
    const tenths = Math.round((10 * bytes) / (1024 * MiB));
    return `${integer(Math.floor(tenths / 10))}${tenths % 10 ? `,${tenths % 10}` : ''} GB`;
  }
  return `${integer(Math.ceil(bytes / MiB))} MB`;
}

/** The uncompressed size limit of an XLSX part, by its name. */
export function partLimit(name: string): { bytes: number; what: string } {
  if (/^xl\/worksheets\/sheet\d+\.xml$/i.test(name)) return { bytes: MAX_SHEET_PART_BYTES, what: `trang tính ${name}` };
  if (name.toLowerCase() === 'xl/sharedstrings.xml') return { bytes: MAX_SHARED_STRINGS_PART_BYTES, what: 'bảng chuỗi dùng chung (xl/sharedStrings.xml)' };
  return { bytes: MAX_OTHER_PART_BYTES, what: `phần ${name}` };
}

export const LIMIT_MESSAGES = {
  rows: () => `Tệp có hơn ${integer(MAX_ROWS)} dòng (giới hạn của một trang tính Excel). Hãy chia tệp thành nhiều tệp nhỏ hơn rồi nhập lần lượt.`,
  columns: (row: number) => `Dòng ${integer(row)} có hơn ${integer(MAX_COLUMNS)} cột (giới hạn của Excel). Tệp không đúng định dạng xuất của hệ thống khác; hãy kiểm tra lại tệp.`,
  cell: () => `Tệp có một ô dài hơn ${integer(EXCEL_MAX_CELL_CHARS)} ký tự (giới hạn của một ô Excel). Hãy kiểm tra lại tệp; tệp này không được nhập.`,
  token: () => `Tệp XLSX có một đoạn dữ liệu liền dài hơn ${integer(MAX_XML_TOKEN_CHARS)} ký tự (một ô Excel chứa tối đa ${integer(EXCEL_MAX_CELL_CHARS)} ký tự). Tệp không được nhập; hãy mở và lưu lại tệp bằng Excel rồi thử lại.`,
  sharedStrings: () => `Tệp XLSX có hơn ${integer(MAX_SHARED_STRINGS)} chuỗi dùng chung. Hãy chia tệp thành nhiều tệp nhỏ hơn, hoặc xuất ra CSV rồi nhập.`,
  csvRecord: (line: number) => `Dòng ${integer(line)} của tệp CSV dài hơn ${integer(MAX_CSV_RECORD_CHARS)} ký tự (thường do thiếu dấu ngoặc kép đóng). Hãy kiểm tra lại tệp.`,
  part: (what: string, bytes: number, limit: number) => `Tệp XLSX có ${what} khi giải nén là ${formatBytes(bytes)}, vượt giới hạn ${formatBytes(limit)}. Tệp không được nhập; hãy chia tệp hoặc xuất ra CSV.`,
  expanded: (bytes: number) => `Tệp XLSX khi giải nén là ${formatBytes(bytes)}, vượt giới hạn ${formatBytes(MAX_XLSX_EXPANDED_BYTES)}. Hãy chia tệp thành nhiều tệp nhỏ hơn.`,
  parts: (count: number) => `Tệp XLSX có ${integer(count)} phần nén, vượt giới hạn ${integer(MAX_XLSX_PARTS)}. Tệp không phải bảng tính xuất từ hệ thống khác; hãy kiểm tra lại tệp.`,
  lying: (name: string) => `Tệp XLSX có phần ${name} giải nén ra nhiều hơn kích thước ghi trong mục lục của tệp nén: tệp hỏng hoặc đã bị sửa, không được nhập.`,
  broken: () => 'Tệp không phải tệp Excel (.xlsx) hợp lệ: không đọc được tệp nén. Hãy mở và lưu lại tệp bằng Excel, hoặc xuất ra CSV rồi thử lại.',
  unreadable: (kind: 'xlsx' | 'csv') => `Không đọc được tệp ${kind.toUpperCase()}: tệp hỏng hoặc không đúng định dạng. Hãy mở và lưu lại tệp bằng Excel, hoặc xuất lại từ hệ thống nguồn.`,
} as const;
