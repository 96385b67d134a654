/** Mẫu 07 (Sổ theo dõi hồ sơ) as an Excel workbook, with real dates the reader can sort and filter. */
import ExcelJS from 'exceljs';
import { instantFromLocalMinute, VIETNAM_UTC_OFFSET_MINUTES, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { upper, NATIONAL_MOTTO, NATIONAL_TITLE, ND30_FONT, placeAndDate } from '../nd30.ts';
import { safeCell, safeCellText } from '../spreadsheet-cell.ts';
import { periodText, TRACKING_BOOK_COLUMNS, TRACKING_BOOK_TITLE, type TrackingBook } from './mau-07.ts';

/** Excel has no time zones: a Date whose UTC fields are the Vietnamese wall-clock time. */
export function excelLocalDate(minute: LocalMinute): Date {
  return new Date(instantFromLocalMinute(minute) + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
}

const DATE_FORMAT = 'dd/mm/yyyy hh:mm';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** First row of the table header (the group row); data starts two rows below. */
export const TRACKING_BOOK_HEADER_ROW = 7;

export async function trackingBookXlsx(book: TrackingBook, unitCode: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Một Cửa';
  const sheet = workbook.addWorksheet('Sổ theo dõi hồ sơ', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.79, right: 0.39, top: 0.59, bottom: 0.59, header: 0.3, footer: 0.3 } },
    views: [{ state: 'frozen', ySplit: TRACKING_BOOK_HEADER_ROW + 1 }],
  });
  const n = TRACKING_BOOK_COLUMNS.length;
  sheet.columns = TRACKING_BOOK_COLUMNS.map((c) => ({ width: Math.max(6, Math.round(c.width * 1.9)) }));
  const font = { name: ND30_FONT, size: 12 };
  const head = book.letterhead;
  const put = (row: number, from: number, to: number, text: string, style: Partial<ExcelJS.Font> = {}): void => {
    sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = safeCellText(text);
    cell.font = { ...font, ...style };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  put(1, 1, 5, upper(head.governingBody));
  put(1, 6, n, NATIONAL_TITLE, { bold: true });
  put(2, 1, 5, upper(head.centerName), { bold: true });
  put(2, 6, n, NATIONAL_MOTTO, { bold: true, underline: true });
  put(3, 6, n, placeAndDate(head.placeName, book.printedOn), { italic: true });
  put(4, 1, n, upper(TRACKING_BOOK_TITLE), { bold: true, size: 14 });
  put(5, 1, n, `${periodText(book)} – ${book.unitName} (mã ${unitCode})`, { bold: true });

  const top = TRACKING_BOOK_HEADER_ROW;
  TRACKING_BOOK_COLUMNS.forEach((column, i) => {
    const col = i + 1;
    if (!column.group) {
      sheet.mergeCells(top, col, top + 1, col);
      sheet.getCell(top, col).value = column.label;
    } else {
      sheet.getCell(top + 1, col).value = column.label;
      if (TRACKING_BOOK_COLUMNS[i - 1]?.group !== column.group) {
        let last = i;
        while (TRACKING_BOOK_COLUMNS[last + 1]?.group === column.group) last++;
        sheet.mergeCells(top, col, top, last + 1);
        sheet.getCell(top, col).value = column.group;
      }
    }
  });
  for (const r of [top, top + 1]) {
    const row = sheet.getRow(r);
    row.height = r === top ? 20 : 48;
    for (let c = 1; c <= n; c++) {
      const cell = row.getCell(c);
      cell.font = { ...font, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    }
  }
  const date = (minute: LocalMinute | undefined): Date | null => (minute === undefined ? null : excelLocalDate(minute));
  book.entries.forEach((e, i) => {
    const row = sheet.getRow(top + 2 + i);
    row.values = [e.no, e.code, e.procedure, e.sets, e.applicant, e.addressAndPhone, e.department, date(e.receivedAt), date(e.dueAt), date(e.forwardedAt), date(e.resultReadyAt), date(e.returnedAt), e.note].map(safeCell);
    for (let c = 1; c <= n; c++) {
      const cell = row.getCell(c);
      cell.font = font;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', wrapText: true, ...(TRACKING_BOOK_COLUMNS[c - 1]!.center ? { horizontal: 'center' as const } : {}) };
      if (c >= 8 && c <= 12) cell.numFmt = DATE_FORMAT;
    }
  });
  sheet.headerFooter.oddFooter = '&CTrang &P/&N';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
