/**
 * Which procedures of the catalog a unit offers (table unit_procedures).
 *
 * A unit with no row offers the whole catalog in force: a new commune can receive at once, and
 * its administrator narrows the list later. Once the list has been set, only the active rows
 * are offered, and a reception of any other procedure is refused with a Vietnamese message.
 * The list is cached per process (one query per unit, not per reception) and dropped when this
 * process changes it; another server process on the same PostgreSQL sees a change after at
 * most OFFERED_CACHE_MS.
 */
import { perDatabase, type Database } from '../../platform/db/client.ts';
import { replaceUnitProcedures, unitProcedureRows } from './catalog.store.ts';
import { allProcedures } from '../../domain/catalog/catalog.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';

export const OFFERED_CACHE_MS = 30_000;

/** `all`: the unit never set its list. */
export type OfferedProcedures = { kind: 'all' } | { kind: 'list'; codes: ReadonlySet<string> };

const cacheOf = perDatabase(() => new Map<string, { value: Promise<OfferedProcedures>; until: number }>());

async function load(db: Database, unitCode: string): Promise<OfferedProcedures> {
  const rows = await unitProcedureRows(db, unitCode);
  if (rows.length === 0) return { kind: 'all' };
  return { kind: 'list', codes: new Set(rows.filter((row) => row.active).map((row) => row.code)) };
}

export function offeredProcedures(db: Database, unitCode: string, now: number = Date.now()): Promise<OfferedProcedures> {
  const cache = cacheOf(db);
  const cached = cache.get(unitCode);
  if (cached && cached.until > now) return cached.value;
  const value = load(db, unitCode);
  value.catch(() => cache.delete(unitCode));
  cache.set(unitCode, { value, until: now + OFFERED_CACHE_MS });
  return value;
}

export async function isOffered(db: Database, unitCode: string, procedureCode: string): Promise<boolean> {
  const offered = await offeredProcedures(db, unitCode);
  return offered.kind === 'all' || offered.codes.has(procedureCode);
}

/** Codes of the catalog (any version): what a unit's list may name. */
export function catalogCodes(): Set<string> {
  return new Set(allProcedures().map((procedure) => procedure.code));
}

/**
 * Sets the unit's list to exactly `codes` (each must be in the catalog: the caller checks):
 * the named procedures active, every other row inactive. Kept as rows, so that turning a
 * procedure off and on again keeps its per-unit overrides.
 */
export async function setOfferedProcedures(db: Database, unitCode: string, codes: readonly string[], actorId: string | null): Promise<void> {
  // An empty list is still a list (nothing offered): the catalog's codes are kept as inactive rows.
  const rows = codes.length > 0 ? codes.map((procedureCode) => ({ unitCode, procedureCode, active: true })) : [...catalogCodes()].map((procedureCode) => ({ unitCode, procedureCode, active: false }));
  await db.transaction(async (tx) => {
    // Before: null while the unit offered the whole catalog (never set), else its active codes.
    const current = await unitProcedureRows(tx, unitCode, { lock: true });
    const before = current.length === 0 ? null : { offered: current.filter((row) => row.active).map((row) => row.code).sort() };
    await recordAdminChange(tx, { kind: 'unit.procedures', actorId, unitCode, target: unitCode, before, after: { offered: [...codes].sort() } });
    await replaceUnitProcedures(tx, unitCode, rows);
  });
  cacheOf(db).delete(unitCode);
}
