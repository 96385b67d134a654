/** Draws an `OfficialDocument` as DOCX (Word), in the NĐ 30 layout of nd30.ts. */
import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import type { Block, OfficialDocument, TableBlock } from './model.ts';
import { mm, ND30_FONT, nd30Document, nd30HeaderDocx, nd30ParagraphDocx, nd30Run, nd30SignatureDocx, nd30TitleDocx, textWidth } from './nd30.ts';
import { qrPng } from './qr.ts';

type Orientation = OfficialDocument['orientation'];

const SINGLE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: SINGLE, bottom: SINGLE, left: SINGLE, right: SINGLE, insideHorizontal: SINGLE, insideVertical: SINGLE };

/**
 * Table text goes through named paragraph styles and the borders and cell margins are set once
 * on the table: the docx library builds an object per formatting property, and a year's
 * tracking book has tens of thousands of cells (docs/forms.md has the measured times).
 */
const CELL_STYLES = [
  { id: 'CellLeft', name: 'Ô bảng (trái)', alignment: AlignmentType.LEFT },
  { id: 'CellCenter', name: 'Ô bảng (giữa)', alignment: AlignmentType.CENTER },
  { id: 'CellHead', name: 'Tiêu đề cột', alignment: AlignmentType.CENTER, bold: true },
];

function cellStyles(orientation: Orientation) {
  const size = orientation === 'landscape' ? 20 : 24; // half-points: 10 pt in landscape tables, 12 pt otherwise
  return CELL_STYLES.map((s) => ({
    id: `${s.id}-${orientation}`,
    name: `${s.name} ${orientation === 'landscape' ? 'ngang' : 'dọc'}`,
    run: { font: ND30_FONT, size, ...(s.bold ? { bold: true } : {}) },
    paragraph: { alignment: s.alignment, spacing: { before: 20, after: 20 } },
  }));
}

function tableCell(text: string, style: string, options: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({
    children: text.split('\n').map((part) => new Paragraph({ style, text: part })),
    verticalAlign: VerticalAlign.CENTER,
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
  });
}

/** Header rows: one row, or two when some columns are grouped under a merged cell. */
function headerRows(block: TableBlock, head: string): TableRow[] {
  const grouped = block.columns.some((c) => c.group);
  if (!grouped) return [new TableRow({ tableHeader: true, children: block.columns.map((c) => tableCell(c.label, head)) })];
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  for (let i = 0; i < block.columns.length; ) {
    const column = block.columns[i]!;
    if (!column.group) {
      top.push(tableCell(column.label, head, { rowSpan: 2 }));
      i++;
      continue;
    }
    let j = i;
    while (j < block.columns.length && block.columns[j]!.group === column.group) {
      bottom.push(tableCell(block.columns[j]!.label, head));
      j++;
    }
    top.push(tableCell(column.group, head, { columnSpan: j - i }));
    i = j;
  }
  return [new TableRow({ tableHeader: true, children: top }), new TableRow({ tableHeader: true, children: bottom })];
}

function tableDocx(block: TableBlock, orientation: Orientation): Table {
  const total = textWidth(orientation);
  const sum = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / sum) * total));
  const [left, center, head] = cellStyles(orientation).map((s) => s.id) as [string, string, string];
  const styles = block.columns.map((c) => (c.center ? center : left));
  const body =
    block.rows.length > 0
      ? block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => tableCell(text, styles[i]!)) }))
      : [new TableRow({ children: [tableCell(block.emptyText ?? '', center, { columnSpan: block.columns.length })] })];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID,
    margins: { top: 20, bottom: 20, left: 60, right: 60 },
    rows: [...headerRows(block, head), ...body],
  });
}

async function qrDocx(payload: string, label: string, orientation: Orientation): Promise<Table> {
  const total = textWidth(orientation);
  const side = mm(30);
  const png = await qrPng(payload);
  const image = new ImageRun({ type: 'png', data: png, transformation: { width: 100, height: 100 }, altText: { name: 'Mã QR', title: label, description: payload } });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [side, total - side],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: side, type: WidthType.DXA }, children: [new Paragraph({ children: [image] })] }),
          new TableCell({
            width: { size: total - side, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            // The address at 11 pt fits one line, so that it is never hyphen-wrapped.
            children: [nd30ParagraphDocx(label, { italic: true, indent: false, size: 12 }), nd30ParagraphDocx(payload, { indent: false, size: 11 })],
          }),
        ],
      }),
    ],
  });
}

async function blockDocx(block: Block, orientation: Orientation): Promise<FileChild[]> {
  switch (block.kind) {
    case 'field':
      // Field lines are a list, not running text: single spacing, 2 pt apart.
      return [new Paragraph({ spacing: { before: 0, after: 40 }, children: [nd30Run(`${block.label}: `), nd30Run(block.value, block.strong ? { bold: true } : {})] })];
    case 'paragraph':
      return [nd30ParagraphDocx(block.text, { ...(block.bold ? { bold: true } : {}), ...(block.italic ? { italic: true } : {}) })];
    case 'table':
      return [tableDocx(block, orientation), new Paragraph({ spacing: { after: 120 }, children: [] })];
    case 'qr':
      return [await qrDocx(block.payload, block.label, orientation)];
  }
}

/** The document as the bytes of a .docx file. */
export async function renderDocx(document: OfficialDocument): Promise<Buffer> {
  const { orientation } = document;
  const children: FileChild[] = [...nd30HeaderDocx(document.header, orientation), ...nd30TitleDocx(document.title, document.subtitle, orientation)];
  if (document.addressee) {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [nd30Run(document.addressee)] }));
  }
  for (const block of document.blocks) children.push(...(await blockDocx(block, orientation)));
  if (document.signatures.length > 0 || document.recipients?.length) {
    children.push(...nd30SignatureDocx(document.signatures, document.recipients, orientation));
  }
  return Packer.toBuffer(nd30Document({ children, orientation, title: document.title, paragraphStyles: cellStyles(orientation) }));
}
