/**
 * Read access to the procedure catalog: pure functions over the validated, frozen data set.
 * The data is parsed once at module load, so a broken entry fails at start-up, not at a desk.
 */
import type { DayNumber } from '../calendar/local-time.ts';
import { searchKey } from '../format/search-key.ts';
import { inForce } from './fee.ts';
import { EXEMPTION_CATEGORIES } from './hai-phong-fees.ts';
import { CATALOG_VERSION, PROCEDURE_DATA } from './procedures.ts';
import { CatalogSchema, localCodeOf } from './schema.ts';
import type { FieldRef, Procedure } from './schema.ts';

export { computeFee, FeeInputError } from './fee.ts';
export type { FeeInput, FeeResult, FeeResultLine } from './fee.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const CATALOG: readonly Procedure[] = deepFreeze(CatalogSchema.parse(PROCEDURE_DATA));

/** Versions per national code and per local code (upper-cased), oldest first. */
const BY_CODE = new Map<string, Procedure[]>();
for (const procedure of [...CATALOG].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))) {
  for (const key of [procedure.code, localCodeOf(procedure.code)]) {
    const versions = BY_CODE.get(key.toUpperCase()) ?? [];
    versions.push(procedure);
    BY_CODE.set(key.toUpperCase(), versions);
  }
}

/** Id of this data set (province, reference date, revision); stored with every snapshot. */
export function catalogVersion(): string {
  return CATALOG_VERSION;
}

/** Every version of every procedure, including closed ones, in catalog order. */
export function allProcedures(): readonly Procedure[] {
  return CATALOG;
}

/** Every version of one procedure, oldest first; accepts the national or the local code. */
export function procedureVersions(code: string): readonly Procedure[] {
  return BY_CODE.get(code.trim().toUpperCase()) ?? [];
}

/** The version in force on `onDay`, by national code ("1.001193") or local code ("….H24"). */
export function findProcedure(code: string, onDay: DayNumber): Procedure | undefined {
  return procedureVersions(code).find((procedure) => inForce(procedure, onDay));
}

const SEARCH_INDEX = CATALOG.map((procedure) => ({
  procedure,
  name: searchKey(procedure.name),
  codes: [procedure.code, procedure.localCode].map(searchKey),
  field: searchKey(procedure.field.name),
}));

/** Lower is better: exact code, code prefix, name prefix, phrase in name, all words somewhere. */
function matchRank(entry: (typeof SEARCH_INDEX)[number], query: string): number | undefined {
  if (entry.codes.includes(query)) return 0;
  if (entry.codes.some((code) => code.startsWith(query))) return 1;
  const name = entry.name.replace(/^thu tuc /, '');
  if (name.startsWith(query)) return 2;
  if (entry.name.includes(query)) return 3;
  const haystack = `${entry.name} ${entry.field} ${entry.codes.join(' ')}`;
  return query.split(' ').every((word) => haystack.includes(word)) ? 4 : undefined;
}

/**
 * Procedures whose name, field or code matches `query`, ignoring case and diacritics.
 * With `onDay`, only versions in force that day; otherwise every version. Best matches
 * first, then shorter (more specific) names.
 */
export function searchProcedures(query: string, options: { onDay?: DayNumber } = {}): Procedure[] {
  const folded = searchKey(query);
  if (folded === '') return [];
  const { onDay } = options;
  return SEARCH_INDEX.flatMap((entry) => {
    if (onDay !== undefined && !inForce(entry.procedure, onDay)) return [];
    const rank = matchRank(entry, folded);
    return rank === undefined ? [] : [{ entry, rank }];
  })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.entry.name.length - b.entry.name.length ||
        a.entry.procedure.code.localeCompare(b.entry.procedure.code),
    )
    .map(({ entry }) => entry.procedure);
}

/** Distinct lĩnh vực, in catalog order. */
export function fields(): FieldRef[] {
  const seen = new Map<string, FieldRef>();
  for (const procedure of CATALOG) {
    if (!seen.has(procedure.field.code)) seen.set(procedure.field.code, { ...procedure.field });
  }
  return [...seen.values()];
}

/** Exemption categories (miễn phí, lệ phí) that `computeFee` accepts, with Vietnamese labels. */
export function exemptionCategories(): { code: string; label: string }[] {
  return [...EXEMPTION_CATEGORIES].map(([code, label]) => ({ code, label }));
}
