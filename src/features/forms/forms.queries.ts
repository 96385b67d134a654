/**
 * Reads for the official forms: the unit with its settings, the names printed on the forms
 * (staff, departments), and the dossiers of the tracking book (Mẫu 07).
 */
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { isUuid } from '../../platform/db/sql.ts';
import { dossiers, users } from '../../platform/db/schema.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import type { UnitSettings } from '../../domain/unit/settings.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierState } from '../../domain/dossier/state.ts';

export interface UnitForForms {
  code: string;
  name: string;
  parentCode: string | null;
  parentName: string | undefined;
  settings: UnitSettings;
}

/** The unit, with the name of its parent (city) for the documents' header. */
export async function findUnitForForms(db: Database, code: string): Promise<UnitForForms | undefined> {
  const unit = await findUnit(db, code);
  if (!unit) return undefined;
  const parent = unit.parentCode ? await findUnit(db, unit.parentCode) : undefined;
  return { code: unit.code, name: unit.name, parentCode: unit.parentCode, parentName: parent?.name, settings: unit.settings };
}

/** Full names of the staff among `ids`; ids that are not user ids (imported references) are skipped. */
export async function staffNames(db: Database, ids: Iterable<string>): Promise<Record<string, string>> {
  const wanted = [...new Set([...ids].filter((id) => isUuid(id)))];
  if (wanted.length === 0) return {};
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, wanted));
  return Object.fromEntries(rows.map((r) => [r.id, r.fullName]));
}

/** Folded states of the dossiers a unit received in [from, to), oldest first. */
export async function dossiersReceivedBetween(db: Database, unitCode: string, from: LocalMinute, to: LocalMinute): Promise<DossierState[]> {
  const rows = await db
    .select({ state: dossiers.state })
    .from(dossiers)
    .where(and(eq(dossiers.unitCode, unitCode), gte(dossiers.receivedAt, dateFromLocalMinute(from)), lt(dossiers.receivedAt, dateFromLocalMinute(to))))
    .orderBy(asc(dossiers.receivedAt), asc(dossiers.code));
  return rows.map((r) => r.state as DossierState);
}
