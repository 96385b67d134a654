/**
 * The hash of a dossier event: THE one definition, used by every writer (single appends, batch
 * appends, receptions stored by the database function) and by `motcua audit verify`.
 *
 *   hash = sha256(text), hex;  text = prefix + JSON(prevHash) + suffix
 *
 * where prefix and suffix (eventHashParts) are the event's fields as canonical JSON (keys sorted
 * at every depth, no whitespace): `{"actorId":…,"actorRole":…,"at":…,"dossierCode":…,
 * "externalId":…,"payload":…,"prevHash":` and `,"recordedAt":…,"seq":…,"source":…,"type":…,
 * "unitCode":…}`. prevHash is the hash of the previous event OF THE SAME UNIT (GENESIS_HASH for
 * the first). The text is made before the unit's chain head is known, so that chaining is a
 * string join and one SHA-256 per event, in Node (chainedEventHash) or in the database
 * (motcua_receive_batch joins `a || to_json(code) || b || to_json(prev_hash) || c` and hashes it
 * with sha256; test/db/event-hash-sql.test.ts checks on PGlite and PostgreSQL, for random events,
 * that it gives eventHash).
 */
import { hash } from 'node:crypto';

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

/** An event's hashed text without the previous hash: text = prefix + JSON.stringify(prevHash) + suffix. */
export interface EventHashParts {
  prefix: string;
  suffix: string;
}

/** The hashed fields but payload and prevHash, each as its canonical JSON text (undefined: left out). */
export type HashedFieldsJson = Record<'actorId' | 'actorRole' | 'at' | 'dossierCode' | 'externalId' | 'recordedAt' | 'seq' | 'source' | 'type' | 'unitCode', string | undefined>;

/**
 * THE definition of the hashed text, from fields already in JSON (a batch quotes a unit code or a
 * dossier code once for all its events): `,"key":value` in sorted key order, payload and prevHash
 * in their places.
 */
export function eventHashPartsOfJson(json: HashedFieldsJson, payloadJson: string): EventHashParts {
  const entry = (key: keyof HashedFieldsJson): string => (json[key] === undefined ? '' : `,"${key}":${json[key]}`);
  const before = `${entry('actorId')}${entry('actorRole')}${entry('at')}${entry('dossierCode')}${entry('externalId')}`;
  return { prefix: `{${before.slice(1)},"payload":${payloadJson},"prevHash":`, suffix: `${entry('recordedAt')}${entry('seq')}${entry('source')}${entry('type')}${entry('unitCode')}}` };
}

/**
 * eventHashPartsOfJson from plain fields, instants given as their ISO strings and the payload as
 * its canonical JSON (canonicalJsonOfValue).
 */
export function eventHashParts(
  fields: Omit<HashedEventFields, 'payload' | 'prevHash' | 'at' | 'recordedAt'> & { atIso: string; recordedAtIso: string },
  payloadJson: string,
): EventHashParts {
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

/** The hash of an event from its parts and the previous hash of its unit's chain. */
export function chainedEventHash(parts: EventHashParts, prevHash: string): string {
  return hash('sha256', `${parts.prefix}${JSON.stringify(prevHash)}${parts.suffix}`, 'hex');
}

/** The hash of an event (its payload JSON-shaped, as jsonb gives it back: toJsonValue). */
export function eventHash(fields: HashedEventFields): string {
  const { payload, prevHash, at, recordedAt, ...rest } = fields;
  return chainedEventHash(eventHashParts({ ...rest, atIso: at.toISOString(), recordedAtIso: recordedAt.toISOString() }, canonicalJsonOfValue(payload)), prevHash);
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
