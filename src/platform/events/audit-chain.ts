/**
 * The audit hash chain over dossier events, one chain per unit.
 *
 * hash = sha256(canonical JSON of the event's fields, prevHash included), hex.
 * prevHash is the hash of the previous event OF THE SAME UNIT (GENESIS_HASH for the first).
 * Appends to a unit are serialized by locking its audit_chain_heads row, so event ids
 * grow along each chain; the head also records the last hash and the number of events,
 * which catches a deleted tail.
 */
import { createHash, hash } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { auditChainHeads, dossierEvents } from '../db/schema.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields an event's hash covers (everything but its id). Instants as ISO strings. */
export interface HashedEventFields {
  dossierCode: string;
  seq: number;
  unitCode: string;
  type: string;
  at: Date;
  recordedAt: Date;
  actorId: string | null;
  actorRole: string | null;
  source: string;
  externalId: string | null;
  payload: unknown;
  prevHash: string;
}

/**
 * JSON with object keys sorted at every depth and no whitespace. Values must already be
 * JSON-shaped (see toJsonValue): jsonb drops key order, so sorting makes the text of the
 * value read back from the database equal the text hashed at write time.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const entries = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${entries.join(',')}}`;
}

/** The value as jsonb will give it back (Dates → strings, undefined dropped, …). */
export function toJsonValue(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

export function eventHash(fields: HashedEventFields): string {
  const text = canonicalJson({
    ...fields,
    at: fields.at.toISOString(),
    recordedAt: fields.recordedAt.toISOString(),
  });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// ─── The same texts, made faster for batch appends ───────────────────────────

/**
 * `canonicalJson(toJsonValue(value))` in one walk, without the JSON round trip: JSON.stringify's
 * rules (toJSON, undefined and functions dropped from objects and null in arrays, non-finite
 * numbers null), keys sorted. With `cache`, the text of each plain object or array is computed
 * once per object: a procedure snapshot shared by a thousand imported events is walked once.
 * The cache is only valid while the objects it holds are not mutated (one batch append).
 */
export function canonicalJsonOfValue(value: unknown, cache?: WeakMap<object, string>): string {
  return canonicalProperty(value, '', cache) ?? 'null';
}

function canonicalProperty(input: unknown, key: string, cache: WeakMap<object, string> | undefined): string | undefined {
  let value = input;
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') value = (toJSON as (key: string) => unknown).call(value, key);
  }
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint': // JSON.stringify throws, as toJsonValue would
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (value instanceof Number || value instanceof String || value instanceof Boolean) return JSON.stringify(value);
      const cached = cache?.get(value);
      if (cached !== undefined) return cached;
      let text: string;
      if (Array.isArray(value)) {
        const items: string[] = new Array<string>(value.length);
        for (let i = 0; i < value.length; i++) items[i] = canonicalProperty(value[i], String(i), cache) ?? 'null';
        text = `[${items.join(',')}]`;
      } else {
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).sort();
        const entries: string[] = [];
        for (const name of keys) {
          const item = canonicalProperty(record[name], name, cache);
          if (item !== undefined) entries.push(`${JSON.stringify(name)}:${item}`);
        }
        text = `{${entries.join(',')}}`;
      }
      cache?.set(value, text);
      return text;
    }
    default: // undefined, function, symbol: left out (null in arrays)
      return undefined;
  }
}

/**
 * eventHash's text split around `prevHash`: `prefix + JSON.stringify(prevHash) + suffix` is
 * exactly the canonical text eventHash hashes (keys in canonicalJson's sorted order), for a
 * payload whose canonical JSON is `payloadJson` (canonicalJsonOfValue) and instants given as
 * their ISO strings. Made before the unit's chain head is known, so that chaining is only a
 * string join and a SHA-256 per event.
 */
export function eventHashParts(
  fields: Omit<HashedEventFields, 'payload' | 'prevHash' | 'at' | 'recordedAt'> & { atIso: string; recordedAtIso: string },
  payloadJson: string,
): { prefix: string; suffix: string } {
  const json = (value: unknown): string | undefined => (value === undefined ? undefined : value === null || typeof value !== 'object' ? JSON.stringify(value) : canonicalJson(value));
  return eventHashPartsOfJson(
    {
      actorId: json(fields.actorId),
      actorRole: json(fields.actorRole),
      at: json(fields.atIso),
      dossierCode: json(fields.dossierCode),
      externalId: json(fields.externalId),
      recordedAt: json(fields.recordedAtIso),
      seq: json(fields.seq),
      source: json(fields.source),
      type: json(fields.type),
      unitCode: json(fields.unitCode),
    },
    payloadJson,
  );
}

/** The hashed fields but payload and prevHash, each as its canonical JSON text (undefined: left out). */
export type HashedFieldsJson = Record<'actorId' | 'actorRole' | 'at' | 'dossierCode' | 'externalId' | 'recordedAt' | 'seq' | 'source' | 'type' | 'unitCode', string | undefined>;

/** eventHashParts from fields already in JSON (a batch quotes a unit code or a dossier code once for all its events). */
export function eventHashPartsOfJson(json: HashedFieldsJson, payloadJson: string): { prefix: string; suffix: string } {
  // `,"key":value` in canonicalJson's sorted key order.
  const entry = (key: keyof HashedFieldsJson): string => (json[key] === undefined ? '' : `,"${key}":${json[key]}`);
  const before = `${entry('actorId')}${entry('actorRole')}${entry('at')}${entry('dossierCode')}${entry('externalId')}`;
  return { prefix: `{${before.slice(1)},"payload":${payloadJson},"prevHash":`, suffix: `${entry('recordedAt')}${entry('seq')}${entry('source')}${entry('type')}${entry('unitCode')}}` };
}

/** eventHash from eventHashParts and the previous hash of the chain. */
export function chainedEventHash(parts: { prefix: string; suffix: string }, prevHash: string): string {
  return hash('sha256', `${parts.prefix}${JSON.stringify(prevHash)}${parts.suffix}`, 'hex');
}

export type AuditChainBreak = 'hash-mismatch' | 'prev-hash-mismatch' | 'chain-head-mismatch';

export interface BrokenLink {
  /** The first event that does not verify; for a missing tail, the id the head points to. */
  eventId: number;
  /** Null when the event is missing (deleted tail). */
  dossierCode: string | null;
  unitCode: string;
  reason: AuditChainBreak;
  /** Vietnamese, for the audit command. */
  message: string;
}

export type AuditChainResult = { ok: true; checked: number } | { ok: false; checked: number; firstBroken: BrokenLink };

const BATCH_SIZE = 1000;

/**
 * Walks the chain of one unit, or of every unit, and reports the first broken link
 * (the earliest event id across units). `checked` counts the events verified.
 */
export async function verifyAuditChain(db: Database, unitCode?: string): Promise<AuditChainResult> {
  const unitCodes = unitCode === undefined ? await chainedUnitCodes(db) : [unitCode];
  let checked = 0;
  let firstBroken: BrokenLink | undefined;
  for (const code of unitCodes) {
    const result = await verifyUnitChain(db, code);
    checked += result.checked;
    if (result.broken && (!firstBroken || result.broken.eventId < firstBroken.eventId)) firstBroken = result.broken;
  }
  return firstBroken ? { ok: false, checked, firstBroken } : { ok: true, checked };
}

async function chainedUnitCodes(db: Database): Promise<string[]> {
  const rows = await db
    .selectDistinct({ unitCode: dossierEvents.unitCode })
    .from(dossierEvents)
    .union(db.select({ unitCode: auditChainHeads.unitCode }).from(auditChainHeads));
  return rows.map((row) => row.unitCode).sort();
}

/**
 * The head is read first: every event up to head.lastEventId was committed before it,
 * so the walk is consistent without a snapshot transaction (which would block PGlite's
 * single connection for the whole walk). Events appended meanwhile must chain too.
 */
async function verifyUnitChain(db: Database, unitCode: string): Promise<{ checked: number; broken?: BrokenLink }> {
  const [head] = await db.select().from(auditChainHeads).where(eq(auditChainHeads.unitCode, unitCode));
  let headReached = head === undefined || head.lastEventId === null;
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let lastDossierCode: string | null = null;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(dossierEvents)
      .where(and(eq(dossierEvents.unitCode, unitCode), gt(dossierEvents.id, lastId)))
      .orderBy(asc(dossierEvents.id))
      .limit(BATCH_SIZE);
    for (const row of rows) {
      if (row.prevHash !== expectedPrev) {
        return { checked, broken: brokenLink(row.id, row.dossierCode, unitCode, 'prev-hash-mismatch') };
      }
      if (eventHash(hashedFieldsOf(row)) !== row.hash) {
        return { checked, broken: brokenLink(row.id, row.dossierCode, unitCode, 'hash-mismatch') };
      }
      checked += 1;
      if (head && row.id === head.lastEventId) {
        headReached = true;
        if (row.hash !== head.lastHash || checked !== head.eventCount) {
          return { checked, broken: brokenLink(row.id, row.dossierCode, unitCode, 'chain-head-mismatch') };
        }
      }
      expectedPrev = row.hash;
      lastId = row.id;
      lastDossierCode = row.dossierCode;
    }
    if (rows.length < BATCH_SIZE) break;
  }
  if (!headReached || (head === undefined && checked > 0)) {
    const eventId = head?.lastEventId ?? lastId;
    const dossierCode = head?.lastEventId ? null : lastDossierCode;
    return { checked, broken: brokenLink(eventId, dossierCode, unitCode, 'chain-head-mismatch') };
  }
  return { checked };
}

/** Exactly the columns the hash covers: adding a column later must not change old hashes. */
export function hashedFieldsOf(row: HashedEventFields): HashedEventFields {
  return {
    dossierCode: row.dossierCode,
    seq: row.seq,
    unitCode: row.unitCode,
    type: row.type,
    at: row.at,
    recordedAt: row.recordedAt,
    actorId: row.actorId,
    actorRole: row.actorRole,
    source: row.source,
    externalId: row.externalId,
    payload: row.payload,
    prevHash: row.prevHash,
  };
}

function brokenLink(eventId: number, dossierCode: string | null, unitCode: string, reason: AuditChainBreak): BrokenLink {
  const which = dossierCode ? `sự kiện #${eventId} của hồ sơ ${dossierCode}` : `sự kiện #${eventId}`;
  const messages: Record<AuditChainBreak, string> = {
    'hash-mismatch': `Chuỗi kiểm toán của đơn vị ${unitCode} bị đứt tại ${which}: nội dung sự kiện đã bị sửa sau khi ghi (mã băm không khớp).`,
    'prev-hash-mismatch': `Chuỗi kiểm toán của đơn vị ${unitCode} bị đứt tại ${which}: sự kiện liền trước đã bị xoá, chèn hoặc sửa (mã băm liên kết không khớp).`,
    'chain-head-mismatch': `Chuỗi kiểm toán của đơn vị ${unitCode} không khớp với điểm cuối đã ghi nhận (${which}): có sự kiện cuối chuỗi đã bị xoá hoặc thêm trái phép.`,
  };
  return { eventId, dossierCode, unitCode, reason, message: messages[reason] };
}

/** Row count helper for tests and the audit command's summary. */
export async function countDossierEvents(db: Database, unitCode?: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(dossierEvents)
    .where(unitCode === undefined ? undefined : eq(dossierEvents.unitCode, unitCode));
  return row?.count ?? 0;
}
