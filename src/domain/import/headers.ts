/**
 * Finding the header of a sheet and which column holds which field.
 *
 * Exports start with title lines ("SỔ THEO DÕI HỒ SƠ", the unit, the period), then one or
 * two header rows: the tracking book has "Ngày, tháng, năm" merged over "Nhận hồ sơ | Hẹn trả
 * kết quả | …", and single headers merged over two rows ("Mã hồ sơ"). A merged cell's text
 * sits in its first cell only, so a column's header is read as: its own text in the lower row,
 * else its text in the upper row; and the upper row's text carried to the right over a
 * horizontal merge is tried as a prefix ("Trả kết quả" + "Ngày").
 * The header row is the one (of the first 30) whose columns name the most fields.
 */
import { fieldOfHeader, headerKey, IMPORT_FIELDS, LAYOUT_HEADERS, type ImportField } from './fields.ts';
import { cellText, storableText, type Cell } from './values.ts';

/** Rows scanned for the header. */
export const HEADER_SCAN_ROWS = 30;

/**
 * The fields a kind of import understands and how a folded header names one: dossiers by
 * default (fields.ts), PAKN (domain/pakn/import-fields.ts). Every vocabulary has a `code` field:
 * the identity a header row must name.
 */
export interface HeaderVocabulary<F extends string> {
  fields: readonly F[];
  fieldOf(folded: string): F | undefined;
}

export const DOSSIER_HEADERS: HeaderVocabulary<ImportField> = { fields: IMPORT_FIELDS, fieldOf: fieldOfHeader };

export interface SheetColumn<F extends string = ImportField> {
  index: number;
  /** The header as written (upper and lower rows joined with " / " for two-level headers). */
  header: string;
  /** Folded header used for matching and in profiles. */
  key: string;
  field?: F;
}

export interface HeaderLayout<F extends string = ImportField> {
  /** 0-based index of the (lower) header row; data starts after it (and after a column-number row). */
  headerRow: number;
  columns: SheetColumn<F>[];
  /** Field → column index. */
  mapping: Partial<Record<F, number>>;
}

/** A saved mapping: field → folded header text (column order may change between exports). */
export type ProfileColumns<F extends string = ImportField> = Partial<Record<F, string>>;

interface Candidate {
  key: string;
  header: string;
}

function candidatesOf(rows: readonly (readonly Cell[])[], rowIndex: number, column: number, carried: string): Candidate[] {
  // A header is stored (job mapping, kept columns, error report): a NUL in it must not fail the import.
  const own = storableText(cellText(rows[rowIndex]?.[column] ?? null));
  const above = rowIndex > 0 ? storableText(cellText(rows[rowIndex - 1]?.[column] ?? null)) : '';
  const list: Candidate[] = [];
  if (own) {
    list.push({ key: headerKey(own), header: own });
    if (carried) list.push({ key: headerKey(`${carried} ${own}`), header: `${carried} / ${own}` });
  } else if (above) {
    list.push({ key: headerKey(above), header: above });
  }
  return list;
}

/** Matches the columns of header row `rowIndex` (with the row above as the upper level). */
function layoutAt<F extends string>(rows: readonly (readonly Cell[])[], rowIndex: number, profile: ProfileColumns<F>, vocabulary: HeaderVocabulary<F>): HeaderLayout<F> {
  const width = Math.max(rows[rowIndex]?.length ?? 0, rowIndex > 0 ? (rows[rowIndex - 1]?.length ?? 0) : 0);
  const profileByKey = new Map<string, F>();
  for (const field of vocabulary.fields) {
    const key = profile[field];
    if (key) profileByKey.set(headerKey(key), field);
  }
  const columns: SheetColumn<F>[] = [];
  const mapping: Partial<Record<F, number>> = {};
  let carried = '';
  for (let column = 0; column < width; column++) {
    const aboveText = rowIndex > 0 ? cellText(rows[rowIndex - 1]?.[column] ?? null) : '';
    const ownText = cellText(rows[rowIndex]?.[column] ?? null);
    // The upper row's text carries right over a horizontal merge, while the lower row has texts.
    if (aboveText) carried = ownText ? storableText(aboveText) : '';
    else if (!ownText) carried = '';
    const candidates = candidatesOf(rows, rowIndex, column, aboveText ? aboveText : carried);
    if (candidates.length === 0) continue;
    let chosen = candidates[0]!;
    let field: F | undefined;
    for (const candidate of candidates) {
      const match = profileByKey.get(candidate.key) ?? vocabulary.fieldOf(candidate.key);
      if (match && mapping[match] === undefined) {
        chosen = candidate;
        field = match;
        break;
      }
    }
    if (field) mapping[field] = column;
    columns.push({ index: column, header: chosen.header, key: chosen.key, ...(field ? { field } : {}) });
  }
  return { headerRow: rowIndex, columns, mapping };
}

/**
 * The header layout of a sheet from its first rows, or undefined when no row names the
 * dossier code and at least one other field. A profile's columns take precedence over the
 * built-in synonyms.
 */
export function detectHeader(rows: readonly (readonly Cell[])[], profile?: ProfileColumns): HeaderLayout | undefined;
export function detectHeader<F extends string>(rows: readonly (readonly Cell[])[], profile: ProfileColumns<F>, vocabulary: HeaderVocabulary<F>): HeaderLayout<F> | undefined;
export function detectHeader(rows: readonly (readonly Cell[])[], profile: ProfileColumns<string> = {}, vocabulary: HeaderVocabulary<string> = DOSSIER_HEADERS): HeaderLayout<string> | undefined {
  let best: HeaderLayout<string> | undefined;
  let bestScore = 0;
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, HEADER_SCAN_ROWS); rowIndex++) {
    const layout = layoutAt(rows, rowIndex, profile, vocabulary);
    if (layout.mapping['code'] === undefined) continue;
    const score = Object.keys(layout.mapping).length;
    if (score >= 2 && score > bestScore) {
      best = layout;
      bestScore = score;
    }
  }
  return best;
}

/** Columns that are neither mapped to a field nor layout (STT): kept with the dossier. */
export function extraColumns<F extends string>(layout: HeaderLayout<F>): SheetColumn<F>[] {
  return layout.columns.filter((column) => column.field === undefined && !LAYOUT_HEADERS.includes(column.key));
}

/** A row under the header that only numbers the columns: "(1) (2) (3)…" or "1 2 3…". */
export function isColumnNumberRow(row: readonly Cell[]): boolean {
  const texts = row.map((cell) => cellText(cell)).filter((text) => text !== '');
  return texts.length >= 2 && texts.every((text) => /^\(?\d{1,2}\)?$/.test(text) || /^\(\d{1,2}\s*[=+-].*\)$/.test(text));
}

/** The profile (field → header) a layout amounts to: what the editor shows and saves. */
export function profileOfLayout(layout: HeaderLayout): ProfileColumns {
  const profile: ProfileColumns = {};
  for (const column of layout.columns) if (column.field) profile[column.field] = column.key;
  return profile;
}
