/**
 * The layout of administrative documents of Nghị định 30/2020/NĐ-CP, Phụ lục I (reference.md §9),
 * for DOCX (the `docx` library) and for print-ready HTML. Used by the official forms and by any
 * other document that needs the national header and a signature block (e.g. narrative reports).
 *
 * DOCX, in four calls:
 *
 *   const doc = nd30Document({
 *     children: [
 *       ...nd30HeaderDocx({ governingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG',
 *                           issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
 *                           number: '12/BC-TTPVHCC', placeName: 'Hồng Bàng', date: day }),
 *       ...nd30TitleDocx('BÁO CÁO', 'Tình hình, kết quả giải quyết thủ tục hành chính tháng 11 năm 2026'),
 *       nd30ParagraphDocx('Thực hiện …'),
 *       ...nd30SignatureDocx([{ titleLines: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], name: 'Trần Văn B' }],
 *                            ['UBND phường', 'Lưu: VT, TTPVHCC']),
 *     ],
 *   });
 *   const bytes = await Packer.toBuffer(doc);
 *
 * HTML: `nd30HeaderHtml`, `nd30TitleHtml`, `nd30SignatureHtml` return fragments; `nd30PageCss`
 * gives the A4 page and the classes they use; `escapeHtml` for any other text.
 *
 * What the layout fixes (NĐ 30): A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New
 * Roman (Liberation Serif where it is missing, same metrics); Quốc hiệu 12 pt bold capitals and
 * the underlined Tiêu ngữ 13 pt bold at the top right; the governing body 13 pt capitals over the
 * issuing body 13 pt bold capitals with a short rule at the top left; "Số: …" under them and the
 * italic "Place, ngày dd tháng mm năm yyyy" on the same line at the right; title 14 pt bold;
 * body 13–14 pt justified with a 1.27 cm first-line indent; signature titles bold capitals, the
 * name bold; "Nơi nhận:" 12 pt bold italic with 11 pt lines "- …;" ending "- Lưu: VT, …".
 * Page numbers centered in the top margin, not on the first page.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { DayNumber } from '../domain/calendar/local-time.ts';
import { formatDateLong } from '../domain/format/index.ts';

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const ND30_FONT = 'Times New Roman';

/** Top of a document: ô 1–4 of NĐ 30. */
export interface OfficialHeader {
  /** Cơ quan chủ quản, e.g. "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG BÀNG"; omitted when there is none. */
  governingBody?: string | undefined;
  /** Cơ quan ban hành, e.g. "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG". */
  issuingBody: string;
  /** Số, ký hiệu without "Số:", e.g. "12/BC-TTPVHCC"; omitted for documents without a number. */
  number?: string | undefined;
  /** Địa danh, e.g. "Hồng Bàng". */
  placeName: string;
  /** Date of the document. */
  date: DayNumber;
}

/** One signature block (ô 7): title lines, an optional note, the signer's name. */
export interface Signature {
  /** Bold capitals, one per line: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  titleLines: string[];
  /** Italic line under the title, e.g. "(Ký và ghi rõ họ tên)". */
  note?: string | undefined;
  /** Printed bold under the space left for the signature; omitted: the space stays blank. */
  name?: string | undefined;
}

/** Vietnamese capitals ("ủy ban" → "ỦY BAN"); headings are stored in capitals, not styled. */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}

/** "Hồng Bàng, ngày 05 tháng 01 năm 2026" (ô 4). */
export function placeAndDate(placeName: string, date: DayNumber): string {
  return `${placeName}, ${formatDateLong(date)}`;
}

/** "- Ông/Bà Nguyễn Văn A;" … "- Lưu: VT, TTPVHCC." (ô 9b). */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((entry, i) => `- ${entry}${i === recipients.length - 1 ? '.' : ';'}`);
}

// ─── DOCX ────────────────────────────────────────────────────────────────────

/** Half-points, as docx counts font sizes. */
const pt = (points: number): number => points * 2;
/** Twips (1/20 pt) from millimetres. */
export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

const A4 = { width: mm(210), height: mm(297) };
export const ND30_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** Width of the text area in twips. */
export function textWidth(orientation: 'portrait' | 'landscape' = 'portrait'): number {
  const pageWidth = orientation === 'portrait' ? A4.width : A4.height;
  return pageWidth - ND30_MARGINS.left - ND30_MARGINS.right;
}

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; default 13. */
  size?: number;
}

/** A Times New Roman run. */
export function nd30Run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: ND30_FONT,
    size: pt(style.size ?? 13),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  });
}

function line(text: string, style: RunStyle & { align?: 'left' | 'center' | 'right' | 'justify'; after?: number } = {}): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[style.align ?? 'center'];
  return new Paragraph({ alignment, spacing: { before: 0, after: style.after ?? 0 }, children: [nd30Run(text, style)] });
}

/** A short centered rule under a heading (1/3 of the width it sits in). */
function shortRule(widthTwips: number): Paragraph {
  const side = Math.round(widthTwips / 3);
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 60 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

function cell(children: Paragraph[], width: number, options: { columnSpan?: number; rowSpan?: number; borders?: boolean; center?: boolean } = {}): TableCell {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const single = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const side = options.borders ? single : none;
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: { top: side, bottom: side, left: side, right: side },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    ...(options.center ? { verticalAlign: VerticalAlign.CENTER } : {}),
    margins: { top: 30, bottom: 30, left: 80, right: 80 },
  });
}

/** The two-column header: bodies and number at the left, Quốc hiệu, Tiêu ngữ and date at the right. */
export function nd30HeaderDocx(header: OfficialHeader, orientation: 'portrait' | 'landscape' = 'portrait'): FileChild[] {
  const total = textWidth(orientation);
  const left = Math.round(total * 0.4);
  const right = total - left;
  const bodies: Paragraph[] = [];
  if (header.governingBody) bodies.push(line(upper(header.governingBody), { size: 13 }));
  bodies.push(line(upper(header.issuingBody), { size: 13, bold: true }), shortRule(left));
  const nation = [line(NATIONAL_TITLE, { size: 12, bold: true }), line(NATIONAL_MOTTO, { size: 13, bold: true, underline: true, after: 60 })];
  const numberCell = header.number ? [line(`Số: ${header.number}`, { size: 13 })] : [line('')];
  const dateCell = [line(placeAndDate(header.placeName, header.date), { size: 13, italic: true })];
  const table = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(bodies, left), cell(nation, right)] }),
      new TableRow({ children: [cell(numberCell, left), cell(dateCell, right)] }),
    ],
  });
  return [table, line('', { after: 120 })];
}

/** Tên loại (bold capitals 14 pt) and trích yếu (bold 14 pt) with a short rule. */
export function nd30TitleDocx(title: string, subtitle?: string, orientation: 'portrait' | 'landscape' = 'portrait'): Paragraph[] {
  const out = [line(upper(title), { size: 14, bold: true })];
  if (subtitle) out.push(line(subtitle, { size: 14, bold: true }));
  out.push(shortRule(Math.round(textWidth(orientation) * 0.9)));
  return out;
}

/** Body text: justified, first-line indent 1.27 cm, 6 pt after. */
export function nd30ParagraphDocx(content: string | ParagraphChild[], style: RunStyle & { indent?: boolean } = {}): Paragraph {
  const children = typeof content === 'string' ? [nd30Run(content, style)] : content;
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: 0, after: 120, line: 276 },
    ...(style.indent === false ? {} : { indent: { firstLine: mm(12.7) } }),
    children,
  });
}

function signatureParagraphs(signature: Signature): Paragraph[] {
  const out = signature.titleLines.map((text) => line(upper(text), { size: 13, bold: true }));
  if (signature.note) out.push(line(signature.note, { size: 13, italic: true }));
  for (let i = 0; i < 3; i++) out.push(line(''));
  out.push(line(signature.name ?? '', { size: 13, bold: true }));
  return out;
}

/**
 * Signature blocks side by side, with the "Nơi nhận:" list at the left when given. One
 * signature without recipients sits on the right half.
 */
export function nd30SignatureDocx(signatures: readonly Signature[], recipients?: readonly string[], orientation: 'portrait' | 'landscape' = 'portrait'): FileChild[] {
  const total = textWidth(orientation);
  const columns: Paragraph[][] = [];
  if (recipients?.length) {
    columns.push([line('Nơi nhận:', { size: 12, bold: true, italic: true, align: 'left' }), ...recipientLines(recipients).map((text) => line(text, { size: 11, align: 'left' }))]);
  } else if (signatures.length === 1) {
    columns.push([line('')]);
  }
  for (const signature of signatures) columns.push(signatureParagraphs(signature));
  const width = Math.floor(total / columns.length);
  const table = new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: columns.map(() => width),
    borders: TableBorders.NONE,
    rows: [new TableRow({ cantSplit: true, children: columns.map((children) => cell(children, width)) })],
  });
  return [line('', { after: 120 }), table];
}

export interface Nd30DocumentOptions {
  children: FileChild[];
  /** Extra named paragraph styles (e.g. for long tables: a style is much cheaper than per-run formatting). */
  paragraphStyles?: IParagraphStyleOptions[];
  orientation?: 'portrait' | 'landscape';
  /** Page numbers in the top margin from page 2 (default true). */
  pageNumbers?: boolean;
  title?: string;
  /**
   * Pages after the main text in their own section (a section break instead of a page break),
   * e.g. wide appendix tables on landscape pages (issue 15). Page numbers continue.
   */
  appendix?: { children: FileChild[]; orientation: 'portrait' | 'landscape' };
}

/** An A4 DOCX with the NĐ 30 margins, Times New Roman 13 pt and page numbers from page 2. */
export function nd30Document(options: Nd30DocumentOptions): Document {
  const orientation = options.orientation ?? 'portrait';
  const landscape = orientation === 'landscape';
  const pageNumbers = options.pageNumbers ?? true;
  return new Document({
    creator: 'Một Cửa',
    ...(options.title ? { title: options.title } : {}),
    styles: { default: { document: { run: { font: ND30_FONT, size: pt(13) } } }, ...(options.paragraphStyles ? { paragraphStyles: options.paragraphStyles } : {}) },
    sections: [
      {
        properties: {
          titlePage: pageNumbers,
          page: {
            // docx swaps width and height itself for landscape pages.
            size: { width: A4.width, height: A4.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { ...ND30_MARGINS, header: mm(10), footer: mm(10) },
          },
        },
        ...(pageNumbers
          ? {
              headers: {
                default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: ND30_FONT, size: pt(13) })] })] }),
                first: new Header({ children: [new Paragraph({ children: [] })] }),
              },
            }
          : {}),
        children: options.children,
      },
      ...(options.appendix
        ? [
            {
              properties: {
                page: {
                  size: { width: A4.width, height: A4.height, orientation: options.appendix.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
                  margin: { ...ND30_MARGINS, header: mm(10), footer: mm(10) },
                },
              },
              ...(pageNumbers
                ? { headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: ND30_FONT, size: pt(13) })] })] }) } }
                : {}),
              children: options.appendix.children,
            },
          ]
        : []),
    ],
  });
}

// ─── HTML ────────────────────────────────────────────────────────────────────

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Page set-up and the classes of the fragments below. */
export function nd30PageCss(orientation: 'portrait' | 'landscape' = 'portrait'): string {
  return `
@page { size: A4 ${orientation}; margin: 20mm 15mm 20mm 30mm; }
html { background: #e9e9e9; }
body { font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 13pt; line-height: 1.3; color: #000; margin: 0; }
.page { background: #fff; width: ${orientation === 'portrait' ? '165mm' : '252mm'}; margin: 10mm auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 0 4px rgba(0,0,0,.3); }
.nd30-header { width: 100%; border-collapse: collapse; margin-bottom: 6pt; }
.nd30-header td { vertical-align: top; text-align: center; padding: 0; }
.nd30-header .left { width: 40%; }
.nd30-governing { font-size: 13pt; }
.nd30-issuing { font-size: 13pt; font-weight: bold; }
.nd30-nation { font-size: 12pt; font-weight: bold; white-space: nowrap; }
.nd30-motto { font-size: 13pt; font-weight: bold; text-decoration: underline; }
.nd30-place-date { font-style: italic; padding-top: 6pt !important; }
.nd30-number { padding-top: 6pt !important; }
.rule { border-top: 1px solid #000; width: 33%; margin: 1pt auto 4pt; }
.nd30-title { text-align: center; font-weight: bold; font-size: 14pt; margin: 12pt 0 0; }
.nd30-subtitle { text-align: center; font-weight: bold; font-size: 14pt; margin: 0; }
.nd30-title + .rule, .nd30-subtitle + .rule { margin-bottom: 10pt; }
.nd30-signatures { width: 100%; border-collapse: collapse; margin-top: 12pt; page-break-inside: avoid; }
.nd30-signatures td { vertical-align: top; text-align: center; padding: 0 4pt; }
.nd30-sign-title { font-weight: bold; }
.nd30-sign-note { font-style: italic; }
.nd30-sign-space { height: 22mm; }
.nd30-sign-name { font-weight: bold; }
.nd30-recipients { text-align: left !important; }
.nd30-recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
.nd30-recipients-line { font-size: 11pt; }
p { margin: 0 0 6pt; }
@media print {
  html { background: none; }
  .page { width: auto; margin: 0; padding: 0; box-shadow: none; }
  .no-print { display: none !important; }
}`;
}

export function nd30HeaderHtml(header: OfficialHeader): string {
  const governing = header.governingBody ? `<div class="nd30-governing">${escapeHtml(upper(header.governingBody))}</div>` : '';
  const number = header.number ? `Số: ${escapeHtml(header.number)}` : '';
  return `<table class="nd30-header" role="presentation"><tbody>
<tr><td class="left">${governing}<div class="nd30-issuing">${escapeHtml(upper(header.issuingBody))}</div><div class="rule"></div></td>
<td><div class="nd30-nation">${NATIONAL_TITLE}</div><div class="nd30-motto">${NATIONAL_MOTTO}</div></td></tr>
<tr><td class="left nd30-number">${number}</td><td class="nd30-place-date">${escapeHtml(placeAndDate(header.placeName, header.date))}</td></tr>
</tbody></table>`;
}

export function nd30TitleHtml(title: string, subtitle?: string): string {
  const sub = subtitle ? `<p class="nd30-subtitle">${escapeHtml(subtitle)}</p>` : '';
  return `<h1 class="nd30-title">${escapeHtml(upper(title))}</h1>${sub}<div class="rule"></div>`;
}

function signatureHtml(signature: Signature): string {
  const titles = signature.titleLines.map((t) => `<div class="nd30-sign-title">${escapeHtml(upper(t))}</div>`).join('');
  const note = signature.note ? `<div class="nd30-sign-note">${escapeHtml(signature.note)}</div>` : '';
  return `<td>${titles}${note}<div class="nd30-sign-space"></div><div class="nd30-sign-name">${escapeHtml(signature.name ?? '')}</div></td>`;
}

export function nd30SignatureHtml(signatures: readonly Signature[], recipients?: readonly string[]): string {
  const cells: string[] = [];
  if (recipients?.length) {
    const lines = recipientLines(recipients).map((l) => `<div class="nd30-recipients-line">${escapeHtml(l)}</div>`).join('');
    cells.push(`<td class="nd30-recipients"><div class="nd30-recipients-label">Nơi nhận:</div>${lines}</td>`);
  } else if (signatures.length === 1) {
    cells.push('<td></td>');
  }
  cells.push(...signatures.map(signatureHtml));
  const width = `${Math.floor(100 / cells.length)}%`;
  return `<table class="nd30-signatures" role="presentation"><tbody><tr>${cells.map((c) => c.replace('<td', `<td style="width:${width}"`)).join('')}</tr></tbody></table>`;
}
