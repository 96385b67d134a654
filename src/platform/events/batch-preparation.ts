/**
 * The CPU half of a batch append of new dossiers (event-store.ts appendNewDossiers), without the
 * database: records checked and folded, payloads in canonical JSON, the text of every row, and
 * each event's hash text (event-hash.ts) around its `prevHash`. An importer prepares the next
 * batch while the database writes the previous one.
 */
import { dossierEvents, dossiers } from '../db/schema.ts';
import { JsonRows } from '../db/json-rows.ts';
import { dateFromLocalMinute } from '../db/time.ts';
import { canonicalJsonOfValue, eventHashPartsOfJson, type EventHashParts } from './event-hash.ts';
import { assertEventTimes, eventRecord, foldChecked, readModelColumns, type DossierEventRecord, type NewDossierEvent, type NewDossierHistory } from './event-rows.ts';

export interface AppendNewDossiersOptions {
  /** Clock for recorded_at (tests); default `new Date()`. */
  now?: () => Date;
  /** Rows per INSERT statement. Default 5.000. */
  rowsPerStatement?: number;
}

/**
 * New dossiers made ready to insert by prepareNewDossiers: records checked and folded, payloads
 * in canonical JSON, the text of every row, and each event's hash text around its `prevHash`.
 * What is left for the transaction is the part that needs the locked chain heads.
 */
export interface PreparedNewDossiers {
  readonly dossiers: number;
  readonly firstCode: string;
  readonly rowsPerStatement: number;
  /** JSON rows of the dossiers table with their codes, in input order (all with the columns of `dossierColumns`). */
  readonly dossierRows: ReadonlyArray<{ code: string; json: string }>;
  readonly dossierColumns: JsonRows | undefined;
  /** Per unit, in unit code order: the unit's new events in order. */
  readonly units: ReadonlyArray<{ unitCode: string; events: readonly PreparedEvent[] }>;
}

export interface PreparedEvent {
  /** eventHashParts of the event. */
  readonly hash: EventHashParts;
  /** The event's JSON row without its last two columns (prev_hash, hash) and closing brace. */
  readonly rowHead: string;
}

/**
 * The CPU half of a batch append, without the database: an importer prepares the next batch
 * while the database writes the previous one. `recorded_at` is the time of preparation.
 */
export function prepareNewDossiers<TState>(histories: readonly NewDossierHistory<TState>[], options: AppendNewDossiersOptions = {}): PreparedNewDossiers {
  const steps = preparationSteps(histories, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * prepareNewDossiers in slices of `slice` dossiers, giving the event loop a turn between slices:
 * a caller whose previous batch is still being written (one statement after another) lets that
 * transaction go on instead of keeping the database waiting for ~100 ms of preparation.
 */
export async function prepareNewDossiersInSlices<TState>(
  histories: readonly NewDossierHistory<TState>[],
  options: AppendNewDossiersOptions = {},
  slice = 100,
): Promise<PreparedNewDossiers> {
  const steps = preparationSteps(histories, options);
  for (let done = 0; ; done++) {
    if (done > 0 && done % slice === 0) await new Promise((resolve) => setImmediate(resolve));
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The preparation, one dossier per step. */
function* preparationSteps<TState>(histories: readonly NewDossierHistory<TState>[], options: AppendNewDossiersOptions): Generator<void, PreparedNewDossiers> {
  const recordedAt = (options.now ?? (() => new Date()))();
  const recordedAtJson = JSON.stringify(recordedAt.toISOString());
  const quote = quoteMemo();
  // Canonical JSON of the payloads' objects, computed once per object (shared procedure snapshots).
  const canonicalCache = new WeakMap<object, string>();
  const dossierRows: Array<{ code: string; json: string }> = [];
  let dossierColumns: JsonRows | undefined;
  const byUnit = new Map<string, PreparedEvent[]>();
  for (const history of histories) {
    if (history.events.length === 0) throw new Error(`appendNewDossiers: dossier ${history.dossierCode} has no events`);
    assertEventTimes(history.events, 'appendNewDossiers');
    const records = batchEventRecords(history.dossierCode, history.unitCode, history.events, recordedAt, canonicalCache);
    const readModel = foldChecked(history.fold, records, history.unitCode);
    const row = { code: history.dossierCode, ...readModelColumns(history.dossierCode, records.length, readModel) };
    // The report columns are optional in a read model: the first row decides the columns of all.
    dossierColumns ??= new JsonRows(dossiers, Object.keys(row));
    dossierRows.push({ code: history.dossierCode, json: dossierColumns.rowJson(row) });
    const list = byUnit.get(history.unitCode) ?? [];
    for (const record of records) list.push(preparedEvent(record, recordedAtJson, quote));
    byUnit.set(history.unitCode, list);
    yield;
  }
  return {
    dossiers: histories.length,
    firstCode: histories[0]?.dossierCode ?? '',
    rowsPerStatement: options.rowsPerStatement ?? 5000,
    dossierRows,
    dossierColumns,
    units: [...byUnit.keys()].sort().map((unitCode) => ({ unitCode, events: byUnit.get(unitCode)! })),
  };
}

/**
 * A record of a batch append: the payload's canonical JSON made once (the hashed text and the
 * inserted jsonb text), and the JSON-shaped `payload` of DossierEventRecord parsed from it only
 * when a fold reads it.
 */
interface BatchEventRecord extends DossierEventRecord {
  readonly payloadJson: string;
}

/** eventRecords for a new dossier in a batch, without toJsonValue's round trip per payload. */
function batchEventRecords(
  dossierCode: string,
  unitCode: string,
  events: readonly NewDossierEvent[],
  recordedAt: Date,
  cache: WeakMap<object, string>,
): BatchEventRecord[] {
  return events.map((event, index) => {
    const payloadJson = canonicalJsonOfValue(event.payload, cache);
    let payload: unknown;
    const record = Object.assign(eventRecord(dossierCode, unitCode, index + 1, event, recordedAt, undefined), { payloadJson });
    // The value jsonb gives back (= toJsonValue(event.payload)), parsed on first read.
    return Object.defineProperty(record, 'payload', { enumerable: true, get: () => (payload ??= JSON.parse(payloadJson) as unknown) });
  });
}

/**
 * A batch record's hash text (event-hash.ts eventHashPartsOfJson, the one definition) and row text (the columns of EVENT_ROWS), made from the same JSON pieces; the
 * payload goes in as its canonical JSON (jsonb keeps no key order: the same value as
 * toJsonValue's). `quote` is JSON.stringify with a memory for the texts every event repeats.
 */
function preparedEvent(record: BatchEventRecord, recordedAtJson: string, quote: (text: string) => string): PreparedEvent {
  const json = {
    // A missing actor is stored NULL, so it is hashed as null (what verification reads back).
    actorId: record.actorId == null ? 'null' : quote(record.actorId),
    actorRole: record.actorRole == null ? 'null' : quote(record.actorRole),
    at: `"${dateFromLocalMinute(record.at).toISOString()}"`,
    dossierCode: quote(record.dossierCode),
    externalId: record.externalId === null ? 'null' : JSON.stringify(record.externalId),
    recordedAt: recordedAtJson,
    seq: String(record.seq),
    source: quote(record.source),
    type: quote(record.type),
    unitCode: quote(record.unitCode),
  };
  const c = dossierEvents;
  const rowHead =
    `{"${c.dossierCode.name}":${json.dossierCode},"${c.seq.name}":${json.seq},"${c.unitCode.name}":${json.unitCode},"${c.type.name}":${json.type},` +
    `"${c.actorId.name}":${json.actorId},"${c.actorRole.name}":${json.actorRole},"${c.source.name}":${json.source},"${c.externalId.name}":${json.externalId},` +
    `"${c.at.name}":${json.at},"${c.recordedAt.name}":${json.recordedAt},"${c.payload.name}":${record.payloadJson}`;
  return { hash: eventHashPartsOfJson(json, record.payloadJson), rowHead };
}

/** JSON.stringify of short texts, remembered (unit codes, sources, event types, a dossier's code). */
function quoteMemo(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let quoted = known.get(text);
    if (quoted === undefined) {
      quoted = JSON.stringify(text);
      if (known.size < 10_000) known.set(text, quoted);
    }
    return quoted;
  };
}

/** The columns of a batch's event rows, in the order of PreparedEvent.rowHead (+ prev_hash, hash). */
export const EVENT_ROWS = new JsonRows(dossierEvents, ['dossierCode', 'seq', 'unitCode', 'type', 'actorId', 'actorRole', 'source', 'externalId', 'at', 'recordedAt', 'payload', 'prevHash', 'hash']);
