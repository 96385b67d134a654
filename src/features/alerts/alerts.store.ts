/**
 * Writes of escalation alerts (docs/supervision.md §9): alerts raised and acknowledged are rows
 * appended to alert_events, each once (partial unique indexes; INSERT … ON CONFLICT DO NOTHING so
 * two processes racing store one row and the loser learns it lost), with a change notice to the
 * people concerned in the same transaction (their bell refreshes when it commits). Also the
 * unit's supervision settings (`settings.supervision` of the unit), locked and replaced.
 */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { alertEvents, units } from '../../platform/db/schema.ts';
import { dateFromLocalMinute, optionalDateFromLocalMinute } from '../../platform/db/time.ts';
import { notifyChanges } from '../../platform/changes/changes.store.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { AlertRecord } from './alerts.queries.ts';

export interface NewAlert {
  key: string;
  unitCode: string;
  subject: 'dossier' | 'pakn';
  subjectCode: string;
  stepCode?: string | undefined;
  rungId: string;
  trigger: string;
  text: string;
  addresseeIds: string[];
  addresseeNames: string[];
  dueAt: LocalMinute | undefined;
  raisedAt: LocalMinute;
}

/** Stores the alerts not stored yet; returns those this call stored (the others were there already). */
export async function insertRaisedAlerts(db: Database, alerts: readonly NewAlert[]): Promise<Array<{ id: number; key: string }>> {
  if (alerts.length === 0) return [];
  return db.transaction(async (tx) => {
    const stored = await tx
      .insert(alertEvents)
      .values(
        alerts.map((alert) => ({
          kind: 'raised',
          alertKey: alert.key,
          unitCode: alert.unitCode,
          subject: alert.subject,
          subjectCode: alert.subjectCode,
          stepCode: alert.stepCode ?? null,
          rungId: alert.rungId,
          trigger: alert.trigger,
          text: alert.text,
          addresseeIds: alert.addresseeIds,
          addresseeNames: alert.addresseeNames,
          dueAt: optionalDateFromLocalMinute(alert.dueAt),
          at: dateFromLocalMinute(alert.raisedAt),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: alertEvents.id, key: alertEvents.alertKey, unitCode: alertEvents.unitCode, addresseeIds: alertEvents.addresseeIds });
    await notifyAddressees(tx, stored);
    return stored.map(({ id, key }) => ({ id, key }));
  });
}

export interface NewAcknowledgement {
  /** The alert acknowledged; everyone it went to (addresseeIds) sees their bell change. */
  alert: Pick<AlertRecord, 'key' | 'unitCode' | 'subject' | 'subjectCode' | 'stepCode' | 'rungId' | 'trigger' | 'addresseeIds'>;
  actorId: string;
  actorName: string;
  note: string | undefined;
  at: LocalMinute;
}

/** Stores the acknowledgement unless one is stored already; true when this call stored it. */
export async function insertAcknowledgement(db: Database, acknowledgement: NewAcknowledgement): Promise<boolean> {
  return db.transaction(async (tx) => {
    const stored = await tx
      .insert(alertEvents)
      .values({
        kind: 'acknowledged',
        alertKey: acknowledgement.alert.key,
        unitCode: acknowledgement.alert.unitCode,
        subject: acknowledgement.alert.subject,
        subjectCode: acknowledgement.alert.subjectCode,
        stepCode: acknowledgement.alert.stepCode,
        rungId: acknowledgement.alert.rungId,
        trigger: acknowledgement.alert.trigger,
        actorId: acknowledgement.actorId,
        actorName: acknowledgement.actorName,
        note: acknowledgement.note ?? null,
        at: dateFromLocalMinute(acknowledgement.at),
      })
      .onConflictDoNothing()
      .returning({ id: alertEvents.id });
    if (stored.length === 0) return false;
    await notifyAddressees(tx, [acknowledgement.alert]);
    return true;
  });
}

/** One `alerts` change per unit, naming the people whose alerts changed. */
async function notifyAddressees(tx: Database, rows: ReadonlyArray<{ unitCode: string; addresseeIds: string[] }>): Promise<void> {
  const byUnit = new Map<string, Set<string>>();
  for (const row of rows) {
    const ids = byUnit.get(row.unitCode) ?? new Set<string>();
    row.addresseeIds.forEach((id) => ids.add(id));
    byUnit.set(row.unitCode, ids);
  }
  await notifyChanges(
    tx,
    [...byUnit].map(([unitCode, ids]) => ({ kind: 'alerts' as const, unitCode, userIds: [...ids].slice(0, 200) })),
  );
}

/** The unit's stored supervision settings, locked for the change (undefined: none stored; null: no such unit). */
export async function lockSupervisionSettings(tx: Database, unitCode: string): Promise<{ supervision: unknown } | null> {
  const [row] = await tx
    .select({ supervision: sql<unknown>`${units.settings} -> 'supervision'` })
    .from(units)
    .where(eq(units.code, unitCode))
    .for('update');
  return row === undefined ? null : { supervision: row.supervision ?? undefined };
}

/** Replaces `settings.supervision` of the unit, leaving its other settings as they are. */
export async function writeSupervisionSettings(tx: Database, unitCode: string, supervision: unknown): Promise<void> {
  await tx
    .update(units)
    .set({ settings: sql`jsonb_set(coalesce(${units.settings}, '{}'::jsonb), '{supervision}', ${JSON.stringify(supervision)}::jsonb)` })
    .where(eq(units.code, unitCode));
}
