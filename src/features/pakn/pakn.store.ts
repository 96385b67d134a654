/**
 * The PAKN store: the only writer of pakn_events (append-only) and of the pakn read model,
 * both in one transaction, with optimistic concurrency on the version (docs/pakn.md §9).
 */
import { eq, sql } from 'drizzle-orm';
import type { DayNumber } from '../../domain/calendar/local-time.ts';
import { formatPaknCode } from '../../domain/pakn/code.ts';
import type { PaknEvent } from '../../domain/pakn/events.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import { searchKey } from '../../domain/format/search-key.ts';
import type { Database } from '../../platform/db/client.ts';
import { pakn, paknCodeSequences, paknEvents } from '../../platform/db/schema.ts';
import { dateFromLocalMinute, optionalDateFromLocalMinute, sqlDateFromDayNumber } from '../../platform/db/time.ts';

/** The version changed under the caller (someone else acted first). */
export class PaknConflictError extends Error {
  constructor(
    readonly code: string,
    readonly currentVersion: number,
  ) {
    super(`PAKN ${code}: version ${currentVersion}`);
  }
}

/** Runs in the transaction that wrote the events, after them (the sender's notices and preferences: w3-reply). */
export type AfterPaknWrite = (tx: Database, events: readonly PaknEvent[], state: PaknState) => Promise<void>;

/** What the search column holds: code, sender's name and title, without diacritics. */
export function paknSearchText(state: PaknState): string {
  return [state.code, state.sender.name ?? '', state.title ?? '', state.externalCode ?? ''].map(searchKey).join(' ');
}

function readModelRow(state: PaknState) {
  return {
    code: state.code,
    unitCode: state.unitCode,
    status: state.status,
    kind: state.kind,
    channel: state.channel,
    paknClass: state.class ?? null,
    outcome: state.outcome ?? null,
    senderName: state.sender.name ?? '',
    title: state.title ?? null,
    receivedAt: dateFromLocalMinute(state.receivedAt),
    registeredAt: dateFromLocalMinute(state.registeredAt),
    endedAt: optionalDateFromLocalMinute(state.endedAt),
    endKind: state.endKind ?? null,
    resolvedAt: optionalDateFromLocalMinute(state.resolvedAt),
    publishedAt: optionalDateFromLocalMinute(state.publishedAt),
    dueAt: optionalDateFromLocalMinute(state.dueAt),
    paused: state.paused,
    handlerId: state.handlerId ?? null,
    departmentCode: state.departmentCode ?? null,
    dossierCode: state.concerns.dossierCode ?? null,
    source: state.source,
    externalCode: state.externalCode ?? null,
    version: state.version,
    state: state as unknown,
    searchText: paknSearchText(state),
    updatedAt: new Date(),
  };
}

function eventRows(code: string, unitCode: string, fromSeq: number, events: readonly PaknEvent[]) {
  return events.map((event, index) => ({
    paknCode: code,
    seq: fromSeq + index + 1,
    unitCode,
    type: event.type,
    at: dateFromLocalMinute(event.at),
    actorId: event.actor.id,
    actorRole: event.actor.role,
    source: event.source ?? 'motcua',
    event: event as unknown,
  }));
}

/** Takes the unit's next PAKN number of the local day and returns the code (inside the caller's transaction). */
async function allocatePaknCode(db: Database, unitCode: string, day: DayNumber): Promise<string> {
  const [row] = await db
    .insert(paknCodeSequences)
    .values({ unitCode, day: sqlDateFromDayNumber(day), lastValue: 1 })
    .onConflictDoUpdate({ target: [paknCodeSequences.unitCode, paknCodeSequences.day], set: { lastValue: sql`${paknCodeSequences.lastValue} + 1` } })
    .returning({ lastValue: paknCodeSequences.lastValue });
  if (!row) throw new Error('allocatePaknCode: no sequence value returned');
  return formatPaknCode(unitCode, day, row.lastValue);
}

/**
 * Registers a new PAKN: allocates its code, lets `decide` build the history for that code (the
 * registration and any events that follow at once, as an import does), and writes events and
 * read model in one transaction. `decide` throws to refuse; nothing is written then.
 */
export async function insertNewPakn(
  db: Database,
  unitCode: string,
  day: DayNumber,
  decide: (code: string) => { events: PaknEvent[]; state: PaknState },
  afterWrite?: AfterPaknWrite,
): Promise<PaknState> {
  return db.transaction(async (tx) => {
    const code = await allocatePaknCode(tx, unitCode, day);
    const { events, state } = decide(code);
    await tx.insert(paknEvents).values(eventRows(code, unitCode, 0, events));
    await tx.insert(pakn).values(readModelRow(state));
    await afterWrite?.(tx, events, state);
    return state;
  });
}

/**
 * Appends events to an existing PAKN whose version is `expectedVersion`, with the read model
 * recomputed by the caller's fold (`state`). Throws PaknConflictError when the version moved.
 */
export async function appendPaknEvents(
  db: Database,
  input: { code: string; expectedVersion: number; events: readonly PaknEvent[]; state: PaknState },
  afterWrite?: AfterPaknWrite,
): Promise<PaknState> {
  if (input.events.length === 0) return input.state;
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ version: pakn.version, unitCode: pakn.unitCode }).from(pakn).where(eq(pakn.code, input.code)).for('update');
    if (!current || current.version !== input.expectedVersion) throw new PaknConflictError(input.code, current?.version ?? 0);
    await tx.insert(paknEvents).values(eventRows(input.code, current.unitCode, input.expectedVersion, input.events));
    await tx.update(pakn).set(readModelRow(input.state)).where(eq(pakn.code, input.code));
    await afterWrite?.(tx, input.events, input.state);
    return input.state;
  });
}
