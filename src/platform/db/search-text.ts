/**
 * Text search on dossier code and applicant name that needs no extension (no pg_trgm),
 * so it behaves the same on PostgreSQL 15 and PGlite: the read model keeps a folded
 * `search_text` (searchKey: lower case, Vietnamese diacritics removed, đ → d) and queries use
 * `search_text LIKE '%' || searchKey(query) || '%'`. Filter by unit first; the unit
 * indexes keep the scanned set small.
 */
import { searchKey } from '../../domain/format/search-key.ts';

/** What the dossiers.search_text column holds. */
export function dossierSearchText(code: string, applicantName: string): string {
  return `${searchKey(code)} ${searchKey(applicantName)}`;
}

/** A LIKE pattern matching the query's search key anywhere; `%`, `_` and `\` in the query match literally. */
export function containsPattern(query: string): string {
  return `%${searchKey(query).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
