/**
 * The neutral model of an official document: what it says, not how it is drawn. Forms are
 * built as an `OfficialDocument` by pure code (src/documents/forms/), then drawn by one of the
 * renderers (render-docx.ts, render-html.ts; Mẫu 07 also tracking-book-xlsx.ts). A renderer
 * adds nothing of its own: every text the citizen reads is in the model.
 */
import type { OfficialHeader, Signature } from './nd30.ts';

/** "Label: value" on one line; every value a form prints has its label. */
export interface FieldBlock {
  kind: 'field';
  label: string;
  value: string;
  /** Print the value in bold (dossier code, new appointment). */
  strong?: boolean;
}

/** A paragraph of running text (justified, first-line indent). */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  /** Italic, for notes and guidance. */
  italic?: boolean;
  /** Bold, for section lead-ins ("1. Thành phần hồ sơ nộp gồm:"). */
  bold?: boolean;
}

export interface TableColumn {
  label: string;
  /** Relative width (the renderers scale the widths to the page). */
  width: number;
  /** Columns sharing a group are printed under one merged header cell. */
  group?: string;
  /** Centered cells (numbers, dates, statuses). */
  center?: boolean;
}

export interface TableBlock {
  kind: 'table';
  /** What the table is, for screen readers and the HTML caption (not printed). */
  caption: string;
  columns: TableColumn[];
  rows: string[][];
  /** Printed in the single body row when there are no rows. */
  emptyText?: string;
}

/** A QR code of `payload` (a URL), with its caption printed beside it. */
export interface QrBlock {
  kind: 'qr';
  payload: string;
  label: string;
}

export type Block = FieldBlock | ParagraphBlock | TableBlock | QrBlock;

export interface OfficialDocument {
  /** Route name of the form: "mau-01" … "mau-07". */
  form: string;
  /** File name without extension, ASCII only. */
  fileName: string;
  header: OfficialHeader;
  /** Tên loại văn bản, printed in capitals ("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"). */
  title: string;
  /** Trích yếu or a line under the title ("Từ ngày 01/11/2026 đến ngày 30/11/2026"). */
  subtitle?: string;
  /** "Kính gửi: …" (ô 9a), printed under the title. */
  addressee?: string;
  blocks: Block[];
  /** Signature blocks, left to right (one: on the right; two: side by side). */
  signatures: Signature[];
  /** "Nơi nhận:" list (ô 9b), printed at the left of the signature. */
  recipients?: string[];
  orientation: 'portrait' | 'landscape';
}

export const field = (label: string, value: string, strong = false): FieldBlock => ({ kind: 'field', label, value, ...(strong ? { strong } : {}) });
export const paragraph = (text: string, style: { italic?: boolean; bold?: boolean } = {}): ParagraphBlock => ({ kind: 'paragraph', text, ...style });
