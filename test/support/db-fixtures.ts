/**
 * Builders for database tests. The fold here is a stand-in with the shape of the real one
 * (src/domain/dossier/fold.ts): enough to exercise the event store on its own.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/platform/db/client.ts';
import type { DossierEventRecord, DossierReadModel, NewDossierEvent } from '../../src/platform/events/event-rows.ts';
import { units } from '../../src/platform/db/schema.ts';
import type { UnitKind } from '../../src/domain/unit/settings.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY, type LocalMinute } from '../../src/domain/calendar/local-time.ts';

/** 2026-11-23 08:00, local time. */
export const MONDAY_8AM: LocalMinute = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 8 * 60;

/** Inserts a unit with a unique agency-style code and returns the code. */
export async function insertUnit(
  db: Database,
  overrides: { code?: string; name?: string; kind?: UnitKind; parentCode?: string | null } = {},
): Promise<string> {
  const code = overrides.code ?? `000.${randomBytes(2).toString('hex')}.24.H24`;
  await db.insert(units).values({
    code,
    name: overrides.name ?? `Trung tâm Phục vụ hành chính công phường ${code}`,
    kind: overrides.kind ?? 'ward',
    parentCode: overrides.parentCode ?? null,
  });
  return code;
}

export interface TestDossierState {
  code: string;
  status: number;
  applicantName: string;
  notes: string[];
  version: number;
}

/** `received` carries the dossier's identity; every other event appends a note and may set the status. */
export function testFold(events: readonly DossierEventRecord[]): DossierReadModel<TestDossierState> {
  const first = events[0];
  if (!first || first.type !== 'received') throw new Error('testFold: the first event must be "received"');
  const received = first.payload as { procedureCode: string; field: string; applicantName: string; legalDueAt?: number };
  let status = 2;
  const notes: string[] = [];
  for (const event of events.slice(1)) {
    const payload = event.payload as { status?: number; note?: string };
    if (payload.status !== undefined) status = payload.status;
    if (payload.note !== undefined) notes.push(payload.note);
  }
  return {
    unitCode: first.unitCode,
    procedureCode: received.procedureCode,
    field: received.field,
    status,
    channel: 'in_person',
    applicantName: received.applicantName,
    receivedAt: first.at,
    legalDueAt: received.legalDueAt,
    source: first.source,
    state: { code: first.dossierCode, status, applicantName: received.applicantName, notes, version: events.length },
  };
}

export function receivedEvent(overrides: Partial<NewDossierEvent> & { applicantName?: string } = {}): NewDossierEvent {
  const { applicantName = 'Nguyễn Văn Đức', ...event } = overrides;
  return {
    type: 'received',
    at: MONDAY_8AM,
    actorId: null,
    actorRole: 'counter_officer',
    payload: { procedureCode: '1.001193', field: 'Hộ tịch', applicantName, legalDueAt: MONDAY_8AM + 3 * MINUTES_PER_DAY },
    ...event,
  };
}

export function noteEvent(note: string, overrides: Partial<NewDossierEvent> = {}): NewDossierEvent {
  return {
    type: 'note',
    at: MONDAY_8AM + 60,
    actorId: null,
    actorRole: 'specialist',
    payload: { note },
    ...overrides,
  };
}

/** Every table the migrations create (written out by hand: a new table must be added here on purpose). */
export const EXPECTED_TABLES = [
  'admin_changes',
  'alert_events',
  'audit_chain_heads',
  'calendar_overrides',
  'departments',
  'dossier_code_sequences',
  'dossier_events',
  'dossiers',
  'fee_lines',
  'files',
  'idempotency_keys',
  'import_jobs',
  'import_profiles',
  'import_rejections',
  'instance_flags',
  'login_throttles',
  'lookup_failures',
  'lookup_tokens',
  'notice_attempts',
  'notice_channel_configs',
  'notice_outbox',
  'notice_preferences',
  'notice_templates',
  'pakn',
  'pakn_code_sequences',
  'pakn_events',
  'pakn_notice_preferences',
  'payments',
  'procedures',
  'queue_counter_sessions',
  'queue_day_counters',
  'queue_ticket_events',
  'queue_tickets',
  'ratings',
  'sessions',
  'source_api_keys',
  'unit_procedures',
  'units',
  'users',
];
