/**
 * Text search on dossier code and applicant name that needs no extension (no pg_trgm),
 * so it behaves the same on PostgreSQL 15 and PGlite: the read model keeps a folded
 * `search_text` (lower case, Vietnamese diacritics removed, đ → d) and queries use
 * `search_text LIKE '%' || folded(query) || '%'`. Filter by unit first; the unit
 * indexes keep the scanned set small.
 */
import { foldVietnamese } from '../../domain/format/search-key.ts';

/** "Nguyễn Văn Đức" → "nguyen van duc". */
export const foldSearchText = foldVietnamese;

/** What the dossiers.search_text column holds. */
export function dossierSearchText(code: string, applicantName: string): string {
  return `${foldSearchText(code)} ${foldSearchText(applicantName)}`;
}

/** A LIKE pattern matching the folded query anywhere; `%`, `_` and `\` in the query match literally. */
export function containsPattern(query: string): string {
  return `%${foldSearchText(query).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
