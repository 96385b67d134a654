/**
 * The narrative periodic report as DOCX in the Nghị định 30/2020 layout (header, number, place
 * and date, title, sections, signature with Nơi nhận), modelled on the centres' reports (seeds
 * 000, 002, 004), followed by the tables as appendices. Uses the shared NĐ 30 helpers of
 * src/documents/nd30.ts and the letterhead rules of the forms (src/documents/forms/letterhead.ts).
 */
import { AlignmentType, BorderStyle, Packer, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType, type FileChild } from 'docx';
import type { DayNumber } from '../../domain/calendar/local-time.ts';
import { formatInteger } from '../../domain/format/number.ts';
import type { Report } from '../../domain/report/report.ts';
import { REPORT_TEXT } from '../../domain/report/labels.ts';
import { buildNarrative, periodInText, type SectionOverrides } from '../../domain/report/narrative.ts';
import { reportTables, type Cell, type ReportTable } from '../../domain/report/tables.ts';
import { headSignature, letterheadOf, titleLinesOf } from '../forms/letterhead.ts';
import { nd30Document, nd30HeaderDocx, nd30ParagraphDocx, nd30Run, nd30SignatureDocx, nd30TitleDocx, textWidth, upper, type Signature } from '../nd30.ts';

export interface ReportDocxOptions {
  /** Date printed after the place name. */
  date: DayNumber;
  /** Số, ký hiệu, e.g. "12/BC-TTPVHCC"; default "    /BC-<ký hiệu>" left for the clerk to number. */
  number?: string;
  /** Paragraphs that replace the defaults, per section id (src/app/reports/narrative.ts). */
  sections?: SectionOverrides;
  /** Replaces the signature from the unit settings. */
  signature?: Signature;
  /** Replaces the default Nơi nhận list (the last entry is "Lưu: VT, …"). */
  recipients?: string[];
}

/** The signature of a report of the centre: its leader (GIÁM ĐỐC / KT. GIÁM ĐỐC), else the head of the unit. */
function reportSignature(report: Report): Signature {
  const leader = report.settings.signers?.find((signer) => signer.role === 'center_leader');
  if (leader) return { titleLines: titleLinesOf(leader.title).map(upper), name: leader.name };
  return headSignature({ code: report.unit.code, name: report.unit.name, settings: report.settings });
}

const APPENDIX_ORIENTATION = 'landscape';

function cellText(value: Cell): string {
  return typeof value === 'number' ? formatInteger(value) : value;
}

function tableCell(text: string, width: number, options: { bold?: boolean; columnSpan?: number; rowSpan?: number; align?: 'left' | 'center' }): TableCell {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: border, bottom: border, left: border, right: border },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 20, bottom: 20, left: 40, right: 40 },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    children: [
      new Paragraph({
        alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [nd30Run(text, { size: 10, ...(options.bold ? { bold: true } : {}) })],
      }),
    ],
  });
}

/**
 * Column widths (DXA) on a page `total` wide. Codes and dates get a fixed width that holds them on
 * one line at 10 pt (issue 15: a dossier code broke over five lines); the order column is narrow;
 * text columns (name, procedure, cause) share the rest three to one with the figures.
 */
function columnWidths(table: ReportTable, total: number): number[] {
  const fixed = table.columns.map((label): number => (/^Mã hồ sơ$/.test(label) ? 2700 : /^(Hạn|Ngày)/.test(label) ? 1750 : /^(TT|Hạng|Mã)$/.test(label) ? 600 : 0));
  const shares = table.columns.map((label, index): number => (fixed[index]! > 0 ? 0 : /^(Tên|Lĩnh vực|Thủ tục|Nguyên nhân|Chỉ tiêu|Đơn vị|Ghi chú|Hồ sơ làm mất điểm|Bước)/.test(label) ? 3 : 1));
  const rest = total - fixed.reduce((a, b) => a + b, 0);
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((share, index) => fixed[index]! || Math.floor((rest * share) / sum));
}

function headerRows(table: ReportTable, widths: number[]): TableRow[] {
  const groups = table.groups;
  if (!groups || groups.every((group) => group === '')) {
    return [new TableRow({ tableHeader: true, children: table.columns.map((label, i) => tableCell(label, widths[i]!, { bold: true })) })];
  }
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  for (let i = 0; i < table.columns.length; ) {
    const group = groups[i] ?? '';
    if (group === '') {
      top.push(tableCell(table.columns[i]!, widths[i]!, { bold: true, rowSpan: 2 }));
      i += 1;
      continue;
    }
    let j = i;
    while (j < table.columns.length && groups[j] === group) j += 1;
    top.push(tableCell(group, widths.slice(i, j).reduce((a, b) => a + b, 0), { bold: true, columnSpan: j - i }));
    for (let k = i; k < j; k += 1) bottom.push(tableCell(table.columns[k]!, widths[k]!, { bold: true }));
    i = j;
  }
  return [new TableRow({ tableHeader: true, children: top }), new TableRow({ tableHeader: true, children: bottom })];
}

/** Numbers, percentages, points and the order/code columns are centered; text is left-aligned. */
function centered(table: ReportTable, column: number, value: Cell): boolean {
  if (typeof value === 'number') return true;
  if (/^(TT|Hạng|Mã)$/.test(table.columns[column] ?? '')) return true;
  return /^[\d.,%≥=/\s-]+$/.test(value) && value.trim().length > 0;
}

function tableDocx(table: ReportTable): FileChild[] {
  const total = textWidth(APPENDIX_ORIENTATION);
  const widths = columnWidths(table, total);
  const rows = table.rows.length === 0 ? [[REPORT_TEXT.noData, ...table.columns.slice(1).map(() => '')]] : table.rows;
  const body = rows.map(
    (row, index) =>
      new TableRow({
        children: row.map((value, i) =>
          tableCell(cellText(value), widths[i]!, { align: centered(table, i, value) ? 'center' : 'left', bold: table.totalRow === true && index === rows.length - 1 }),
        ),
      }),
  );
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 }, keepNext: true, children: [nd30Run(table.title, { bold: true, size: 12 })] }),
    new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: widths, rows: [...headerRows(table, widths), ...body] }),
  ];
}

function heading(text: string, bold = true): Paragraph {
  return nd30ParagraphDocx(text, { bold, indent: true });
}

/** The DOCX bytes of the report. */
export async function reportDocx(report: Report, options: ReportDocxOptions): Promise<Buffer> {
  const letterhead = letterheadOf({ code: report.unit.code, name: report.unit.name, settings: report.settings });
  const sections = buildNarrative(report, options.sections);
  const subtitle = report.kind === 'city' ? REPORT_TEXT.cityTitleOf(periodInText(report)) : REPORT_TEXT.titleOf(periodInText(report));
  const children: FileChild[] = [
    ...nd30HeaderDocx({
      governingBody: letterhead.governingBody,
      issuingBody: letterhead.centerName,
      number: options.number ?? `      /BC-${letterhead.centerSymbol}`,
      placeName: letterhead.placeName,
      date: options.date,
    }),
    ...nd30TitleDocx(REPORT_TEXT.documentType, subtitle),
    nd30ParagraphDocx(`${report.kind === 'city' ? report.unit.name : letterhead.centerInText} báo cáo tình hình, kết quả giải quyết thủ tục hành chính ${periodInText(report)} như sau:`),
  ];
  for (const section of sections) {
    if (section.part) children.push(heading(section.part));
    children.push(heading(section.heading));
    for (const paragraph of section.paragraphs) children.push(nd30ParagraphDocx(paragraph));
  }
  const recipients = options.recipients ?? [...REPORT_TEXT.recipientsDefault(letterhead.governingInText)];
  children.push(...nd30SignatureDocx([options.signature ?? reportSignature(report)], recipients));
  // The appendix tables (up to twelve columns) on landscape pages of their own section.
  const appendix: FileChild[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, children: [nd30Run(REPORT_TEXT.appendix, { bold: true, size: 14 })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [nd30Run(`(Kèm theo Báo cáo ${periodInText(report)})`, { italic: true })] }),
  ];
  for (const table of reportTables(report)) appendix.push(...tableDocx(table));
  return Packer.toBuffer(nd30Document({ children, appendix: { children: appendix, orientation: APPENDIX_ORIENTATION }, title: `${REPORT_TEXT.documentType} ${subtitle}` }));
}
