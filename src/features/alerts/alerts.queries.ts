/**
 * Reads behind escalation alerts (docs/supervision.md §9): the open dossiers of a unit as folded,
 * its active staff, the alerts already raised, the alerts addressed to a person, and an alert's
 * record (raised row + its acknowledgement, if any).
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { alias } from 'drizzle-orm/pg-core';
import { alertEvents, dossiers, pakn, units, users } from '../../platform/db/schema.ts';
import { localMinuteFromDate, optionalLocalMinuteFromDate } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { StaffRole } from '../../domain/dossier/roles.ts';
import type { NewAlert } from './alerts.store.ts';

export interface StaffRecord {
  id: string;
  role: StaffRole;
  unitCode: string;
  departmentCode: string | null;
  fullName: string;
}

/** Codes of the active units (the raising pass goes through them). */
export async function activeUnitCodes(db: Database): Promise<string[]> {
  const rows = await db.select({ code: units.code }).from(units).where(eq(units.active, true)).orderBy(asc(units.code));
  return rows.map((row) => row.code);
}

/** The folded state of every received, not ended dossier of the unit (the dossier-level and step rungs look at them). */
export async function openDossierStatesOf<TState>(db: Database, unitCode: string): Promise<TState[]> {
  const rows = await db
    .select({ state: dossiers.state })
    .from(dossiers)
    .where(and(eq(dossiers.unitCode, unitCode), isNull(dossiers.endedAt), isNotNull(dossiers.receivedAt), isNotNull(dossiers.legalDueAt)));
  return rows.map((row) => row.state as TState);
}

/** The folded state of every PAKN of the unit not yet published (its clocks may still run). */
export async function openPaknStatesOf<TState>(db: Database, unitCode: string): Promise<TState[]> {
  const rows = await db.select({ state: pakn.state }).from(pakn).where(and(eq(pakn.unitCode, unitCode), isNull(pakn.publishedAt)));
  return rows.map((row) => row.state as TState);
}

/** The unit's active staff (every role), with their names. */
export async function activeStaffOf(db: Database, unitCode: string): Promise<StaffRecord[]> {
  const rows = await db
    .select({ id: users.id, role: users.role, unitCode: users.unitCode, departmentCode: users.departmentCode, fullName: users.fullName })
    .from(users)
    .where(and(eq(users.unitCode, unitCode), eq(users.active, true)));
  return rows.map((row) => ({ ...row, role: row.role as StaffRole }));
}

/** Keys of the alerts already raised in the unit (acknowledged or not). */
export async function raisedKeysOf(db: Database, unitCode: string): Promise<Set<string>> {
  const rows = await db
    .select({ key: alertEvents.alertKey })
    .from(alertEvents)
    .where(and(eq(alertEvents.unitCode, unitCode), eq(alertEvents.kind, 'raised')));
  return new Set(rows.map((row) => row.key));
}

/** A stored alert: what was raised (the store's NewAlert), its id, and its acknowledgement if any. */
export interface AlertRecord extends Omit<NewAlert, 'stepCode'> {
  id: number;
  stepCode: string | null;
  acknowledgedAt: LocalMinute | undefined;
  acknowledgedBy: string | undefined;
  acknowledgedByName: string | undefined;
  note: string | undefined;
}

/** The acknowledgement row of an alert (same key, kind acknowledged). */
const ack = alias(alertEvents, 'ack');
const ackOn = and(eq(ack.alertKey, alertEvents.alertKey), eq(ack.kind, 'acknowledged'));

/** Raised rows with their acknowledgement (if any), as one record each. */
function selectAlerts(db: Database) {
  return db
    .select({
      id: alertEvents.id,
      key: alertEvents.alertKey,
      unitCode: alertEvents.unitCode,
      subject: alertEvents.subject,
      subjectCode: alertEvents.subjectCode,
      stepCode: alertEvents.stepCode,
      rungId: alertEvents.rungId,
      trigger: alertEvents.trigger,
      text: alertEvents.text,
      addresseeIds: alertEvents.addresseeIds,
      addresseeNames: alertEvents.addresseeNames,
      dueAt: alertEvents.dueAt,
      raisedAt: alertEvents.at,
      acknowledgedAt: ack.at,
      acknowledgedBy: ack.actorId,
      acknowledgedByName: ack.actorName,
      note: ack.note,
    })
    .from(alertEvents)
    .leftJoin(ack, ackOn);
}

type AlertRow = Awaited<ReturnType<ReturnType<typeof selectAlerts>['where']>>[number];

function alertRecordOf(row: AlertRow): AlertRecord {
  return {
    id: row.id,
    key: row.key,
    unitCode: row.unitCode,
    subject: row.subject as AlertRecord['subject'],
    subjectCode: row.subjectCode,
    stepCode: row.stepCode,
    rungId: row.rungId,
    trigger: row.trigger,
    text: row.text ?? '',
    addresseeIds: row.addresseeIds,
    addresseeNames: row.addresseeNames,
    dueAt: optionalLocalMinuteFromDate(row.dueAt),
    raisedAt: localMinuteFromDate(row.raisedAt),
    acknowledgedAt: optionalLocalMinuteFromDate(row.acknowledgedAt),
    acknowledgedBy: row.acknowledgedBy ?? undefined,
    acknowledgedByName: row.acknowledgedByName ?? undefined,
    note: row.note ?? undefined,
  };
}

/** The alert raised with this id (with its acknowledgement), or undefined. */
export async function alertById(db: Database, id: number): Promise<AlertRecord | undefined> {
  const [row] = await selectAlerts(db).where(and(eq(alertEvents.id, id), eq(alertEvents.kind, 'raised')));
  return row === undefined ? undefined : alertRecordOf(row);
}

/** Alerts addressed to a person: not yet acknowledged first, then the newest; at most `limit`. */
export async function alertsAddressedTo(db: Database, userId: string, limit: number): Promise<AlertRecord[]> {
  const rows = await selectAlerts(db)
    .where(and(eq(alertEvents.kind, 'raised'), sql`${alertEvents.addresseeIds} @> array[${userId}]::text[]`))
    .orderBy(sql`(${ack.id} is not null)`, desc(alertEvents.at), desc(alertEvents.id))
    .limit(limit);
  return rows.map(alertRecordOf);
}

/** How many alerts addressed to a person are not yet acknowledged. */
export async function openAlertCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(alertEvents)
    .leftJoin(ack, ackOn)
    .where(and(eq(alertEvents.kind, 'raised'), sql`${alertEvents.addresseeIds} @> array[${userId}]::text[]`, isNull(ack.id)));
  return Number(row?.count ?? 0);
}

/** Every alert of a dossier or PAKN (raised and acknowledged), in the order they happened. */
export async function alertsOfSubject(db: Database, subjectCodes: readonly string[]): Promise<AlertRecord[]> {
  if (subjectCodes.length === 0) return [];
  const rows = await selectAlerts(db)
    .where(and(eq(alertEvents.kind, 'raised'), inArray(alertEvents.subjectCode, [...subjectCodes])))
    .orderBy(asc(alertEvents.at), asc(alertEvents.id));
  return rows.map(alertRecordOf);
}
