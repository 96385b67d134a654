/**
 * Generated import files for tests and the benchmark: the tracking-book layout (Sổ theo dõi
 * hồ sơ, two-level merged header, title lines, a column-number row) and a portal export
 * (one header row), as XLSX (exceljs streaming writer) or CSV.
 */
import fs from 'node:fs';
import '../../src/features/imports/exceljs-utf8.ts';
import ExcelJS from 'exceljs';

export interface GeneratedRow {
  code: string;
  procedureCode?: string;
  procedureName?: string;
  field?: string;
  applicant?: string;
  channel?: string;
  /** Cell values as written: strings, numbers (Excel serials) or Dates. */
  receivedAt?: string | number | Date;
  dueAt?: string | number | Date;
  resultAt?: string | number | Date;
  returnedAt?: string | number | Date;
  status?: string;
  fee?: string | number;
  paidOnline?: string;
  department?: string;
  note?: string;
}

type Cell = string | number | Date | null;

const PORTAL_HEADER = ['STT', 'Mã hồ sơ', 'Mã TTHC', 'Tên thủ tục', 'Lĩnh vực', 'Chủ hồ sơ', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý', 'Ngày trả kết quả', 'Trạng thái', 'Phí, lệ phí (đồng)', 'Thanh toán trực tuyến', 'Cơ quan xử lý', 'Số biên nhận bưu chính'];

function portalCells(row: GeneratedRow, index: number): Cell[] {
  return [index + 1, row.code, row.procedureCode ?? null, row.procedureName ?? null, row.field ?? null, row.applicant ?? null, row.channel ?? null, row.receivedAt ?? null, row.dueAt ?? null, row.resultAt ?? null, row.returnedAt ?? null, row.status ?? null, row.fee ?? null, row.paidOnline ?? null, row.department ?? null, row.note ?? null];
}

/** The tracking book: STT | Mã hồ sơ | Tên TTHC | Số lượng | Tên cá nhân, tổ chức | Địa chỉ… | Cơ quan chủ trì | Ngày, tháng, năm: (5 columns) | Trạng thái | Ghi chú. */
const BOOK_TOP = ['STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Số lượng hồ sơ (bộ)', 'Tên cá nhân, tổ chức', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Ngày, tháng, năm', null, null, null, null, 'Trạng thái', 'Ghi chú'];
const BOOK_SUB = [null, null, null, null, null, null, null, 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Chuyển hồ sơ đến cơ quan giải quyết', 'Nhận kết quả từ cơ quan giải quyết', 'Trả kết quả cho cá nhân, tổ chức', null, null];

function bookCells(row: GeneratedRow, index: number): Cell[] {
  return [index + 1, row.code, row.procedureName ?? row.procedureCode ?? null, 1, row.applicant ?? null, 'Hồng Bàng, Hải Phòng', row.department ?? null, row.receivedAt ?? null, row.dueAt ?? null, null, row.resultAt ?? null, row.returnedAt ?? null, row.status ?? null, row.note ?? null];
}

export type Layout = 'portal' | 'tracking-book';

/** Writes an XLSX file with the streaming writer (bounded memory for large files). */
export async function writeXlsx(filePath: string, layout: Layout, rows: Iterable<GeneratedRow>, options: { blankEvery?: number } = {}): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: filePath, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Sổ theo dõi');
  if (layout === 'tracking-book') {
    // Merges must be declared before their rows are committed.
    sheet.addRow(['SỔ THEO DÕI HỒ SƠ']);
    sheet.addRow(['Trung tâm Phục vụ hành chính công phường Gia Viên']);
    sheet.addRow([]);
    sheet.addRow(BOOK_TOP);
    sheet.addRow(BOOK_SUB);
    sheet.mergeCells('A1:N1');
    sheet.mergeCells('H4:L4');
    for (const column of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'M', 'N']) sheet.mergeCells(`${column}4:${column}5`);
    sheet.addRow(BOOK_TOP.map((_, i) => `(${i + 1})`)).commit();
  } else {
    sheet.addRow(PORTAL_HEADER).commit();
  }
  let index = 0;
  for (const row of rows) {
    if (options.blankEvery && index > 0 && index % options.blankEvery === 0) sheet.addRow([null, null, '   ']).commit();
    const excelRow = sheet.addRow(layout === 'portal' ? portalCells(row, index) : bookCells(row, index));
    excelRow.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy hh:mm';
    });
    excelRow.commit();
    index++;
  }
  sheet.commit();
  await workbook.commit();
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(filePath: string, rows: Iterable<GeneratedRow>, options: { delimiter?: string; bom?: boolean } = {}): void {
  const delimiter = options.delimiter ?? ',';
  const lines = [PORTAL_HEADER.map(csvField).join(delimiter)];
  let index = 0;
  for (const row of rows) lines.push(portalCells(row, index++).map(csvField).join(delimiter));
  fs.writeFileSync(filePath, `${options.bom === false ? '' : '\ufeff'}${lines.join('\r\n')}\r\n`);
}

/** An Excel date cell for a Vietnamese wall-clock time (exceljs writes the UTC fields). */
export function excelDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** Excel serial number of a wall-clock time. */
export function excelSerial(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return (Date.UTC(year, month - 1, day, hour, minute) - Date.UTC(1899, 11, 30)) / 86_400_000;
}
