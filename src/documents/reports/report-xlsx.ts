/**
 * The report's tables as an XLSX workbook (exceljs): one sheet per table of
 * src/app/reports/tables.ts, title on the first row, merged two-level headers for Biểu II.06a,
 * counts as numbers with the "#,##0" format (shown 1.913 in a Vietnamese Excel), percentages
 * and points as the printed text ("91,79%").
 */
import ExcelJS from 'exceljs';
import type { Report } from '../../domain/report/report.ts';
import { reportTables, type ReportTable } from '../../domain/report/tables.ts';
import { safeCell, safeCellText } from '../spreadsheet-cell.ts';

/** "91,79%" as printed by the report → 0.9179; anything else is not a rate. */
export function rateOf(text: string): number | undefined {
  const match = /^(\d{1,3}(?:\.\d{3})*)(?:,(\d+))?%$/.exec(text);
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  // Integer division by a power of ten: 5559 / 10000 is 0.5559 exactly as a double prints it.
  return Number(`${match[1]!.replace(/\./g, '')}${decimals}`) / 10 ** (decimals.length + 2);
}

function addSheet(workbook: ExcelJS.Workbook, table: ReportTable, subtitle: string): void {
  const sheet = workbook.addWorksheet(table.id.slice(0, 31), { pageSetup: { paperSize: 9, orientation: table.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = table.columns.length;
  sheet.addRow([safeCellText(table.title)]);
  sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.addRow([safeCellText(subtitle)]);
  sheet.mergeCells(2, 1, 2, width);
  sheet.getRow(2).font = { italic: true };
  let headerRows = 1;
  const groups = table.groups;
  if (groups && groups.some((group) => group !== '')) {
    headerRows = 2;
    const top = sheet.addRow(groups.map((group, i) => (group === '' ? table.columns[i] : group)));
    const bottom = sheet.addRow(table.columns.map((label, i) => (groups[i] === '' ? '' : label)));
    const r = top.number;
    for (let i = 0; i < width; ) {
      if (groups[i] === '') {
        sheet.mergeCells(r, i + 1, r + 1, i + 1);
        i += 1;
        continue;
      }
      let j = i;
      while (j < width && groups[j] === groups[i]) j += 1;
      if (j - i > 1) sheet.mergeCells(r, i + 1, r, j);
      i = j;
    }
    top.font = { bold: true };
    bottom.font = { bold: true };
  } else {
    sheet.addRow(table.columns).font = { bold: true };
  }
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(safeCell));
    // Rates are printed as text ("91,79%"); the sheet keeps them as numbers with a percent format.
    added.eachCell((cell) => {
      const rate = typeof cell.value === 'string' ? rateOf(cell.value) : undefined;
      if (rate === undefined) return;
      cell.value = rate;
      cell.numFmt = '0.00%';
    });
  }
  if (table.totalRow && table.rows.length > 0) sheet.lastRow!.font = { bold: true };
  const firstBody = 3 + headerRows;
  sheet.eachRow((row, number) => {
    if (number < 3) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      cell.alignment = { vertical: 'middle', horizontal: number < firstBody || typeof cell.value === 'number' ? 'center' : 'left', wrapText: true };
      if (typeof cell.value === 'number' && cell.numFmt !== '0.00%') cell.numFmt = '#,##0';
    });
  });
  table.columns.forEach((label, i) => {
    sheet.getColumn(i + 1).width = /^(Tên|Lĩnh vực|Thủ tục|Nguyên nhân|Chỉ tiêu|Đơn vị|Ghi chú|Hồ sơ làm mất điểm)/.test(label) ? 40 : 14;
  });
}

/** The XLSX bytes of the report's tables. */
export async function reportXlsx(report: Report): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Một Cửa';
  const subtitle = `${report.unit.name} — ${report.period.label}`;
  for (const table of reportTables(report)) addSheet(workbook, table, subtitle);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
