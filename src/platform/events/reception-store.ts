/**
 * Storing a batch of receptions of one unit in ONE database statement: the function
 * `motcua_receive_batch` (migration *_reception_batch_function) allocates the dossier codes,
 * inserts the dossier rows and appends the first events to the unit's audit hash chain.
 *
 * Why in the database: a reception takes the unit's daily code counter and its chain head, and
 * holds both until commit. Done from the application, every statement between taking them and
 * committing is a round trip to Node, whose event loop is busy with other requests: the locks
 * were held for milliseconds per reception, which bounded a unit's receptions per second. Here
 * they are held only for the statement's own work.
 *
 * What stays the same: the rows are those of src/db/dossier-store.ts (the read model from the
 * fold, the events as eventRecords makes them), and each hash is exactly audit-chain.ts's
 * eventHash: this module sends each event's canonical JSON in three parts around the dossier
 * code and the previous hash, which only the database knows, and the function joins and hashes
 * them (`sha256`, built into PostgreSQL and PGlite). `motcua audit verify` recomputes every hash
 * in Node, so a difference would show at once (test/db/reception-store.test.ts).
 */
import { sql } from 'drizzle-orm';
import { canonicalJsonOfValue, eventHashParts } from './audit-chain.ts';
import type { Database } from '../db/client.ts';
import { eventRecords, JsonRows, readModelColumns, type DossierEventRecord, type DossierReadModel, type NewDossierEvent, type StoredDossierEvent } from './event-store.ts';
import { dossiers } from '../db/schema.ts';
import { foldSearchText } from '../db/search-text.ts';
import { pgErrorCode } from '../db/sql.ts';
import { dateFromLocalMinute, sqlDateFromDayNumber } from '../db/time.ts';
import type { DayNumber } from '../../domain/calendar/local-time.ts';
import { dossierCodePrefix } from '../../domain/dossier/code.ts';

/** One reception: its first event(s) and the read model folded from them (any code in it is replaced). */
export interface ReceptionToStore<TState> {
  events: readonly NewDossierEvent[];
  readModel: DossierReadModel<TState>;
}

export interface StoredReceptionRecord<TState> {
  code: string;
  /** The unit's parent city. */
  cityCode: string | null;
  events: StoredDossierEvent[];
  readModel: DossierReadModel<TState>;
}

/** The unit does not exist. */
export class UnknownUnitError extends Error {
  override readonly name = 'UnknownUnitError';
  constructor(readonly unitCode: string) {
    super(`Không tìm thấy đơn vị ${unitCode}.`);
  }
}

/** Stand-in for the dossier code, which the database fills in; NUL never reaches the database (http/input-guard.ts). */
const CODE_MARK = '\u0000motcua:dossier-code\u0000';

/** Columns the function writes itself (from the row's values and the code). */
const SET_BY_FUNCTION = new Set(['search_text', 'state']);

/**
 * Stores the receptions of `unitCode` received on local day `day`, in arrival order, as one
 * statement (atomic on its own, or inside the caller's transaction). Codes are the day's next
 * numbers, gapless: a failed statement gives them back.
 */
export async function storeReceptions<TState extends object>(
  db: Database,
  unitCode: string,
  day: DayNumber,
  receptions: readonly ReceptionToStore<TState>[],
  recordedAt: Date = new Date(),
): Promise<Array<StoredReceptionRecord<TState>>> {
  if (receptions.length === 0) return [];
  const codePrefix = dossierCodePrefix(unitCode, day);
  const rows: string[] = [];
  const events: Array<Record<string, unknown>> = [];
  const records: DossierEventRecord[][] = [];
  let columns: JsonRows | undefined;
  receptions.forEach((reception, index) => {
    if (reception.events.length === 0) throw new Error('storeReceptions: a reception without events');
    if (reception.readModel.unitCode !== unitCode) throw new Error(`storeReceptions: the fold says unit ${reception.readModel.unitCode}, not ${unitCode}`);
    // search_text holds only what follows the folded code: the function puts the code in front.
    const row = { ...readModelColumns('', reception.events.length, reception.readModel), searchText: ` ${foldSearchText(reception.readModel.applicantName)}` };
    columns ??= new JsonRows(dossiers, Object.keys(row));
    rows.push(columns.rowJson(row));
    // The code is not known yet: the records get it from the database's answer.
    const own = eventRecords('', unitCode, 0, reception.events, recordedAt);
    for (const record of own) {
      const at = dateFromLocalMinute(record.at).toISOString();
      events.push({
        d: index + 1,
        seq: record.seq,
        type: record.type,
        at,
        recorded_at: recordedAt.toISOString(),
        actor_id: record.actorId,
        actor_role: record.actorRole,
        source: record.source,
        external_id: record.externalId,
        payload: record.payload,
        ...hashedTextParts(record, at, recordedAt.toISOString()),
      });
    }
    records.push(own);
  });
  const columnNames = columns!.columnNames.filter((name) => !SET_BY_FUNCTION.has(name));

  let result: Array<{ code: string; event_id: number | string; prev_hash: string; hash: string; city_code: string | null }>;
  try {
    const answer = await db.execute(
      sql`select * from motcua_receive_batch(${unitCode}, ${sqlDateFromDayNumber(day)}::date, ${codePrefix}, ${foldSearchText(codePrefix)}, ${sql.param(columnNames)}::text[], ${`[${rows.join(',')}]`}::jsonb, ${JSON.stringify(events)}::jsonb)`,
    );
    result = (answer as unknown as { rows: typeof result }).rows;
  } catch (error) {
    if (pgErrorCode(error) === 'P0002') throw new UnknownUnitError(unitCode);
    throw error;
  }

  let next = 0;
  return receptions.map((reception, index) => {
    const stored = records[index]!.map((record) => {
      const row = result[next++]!;
      return { ...record, dossierCode: row.code, id: Number(row.event_id), prevHash: row.prev_hash, hash: row.hash };
    });
    const code = stored[0]!.dossierCode;
    const readModel = { ...reception.readModel, state: { ...reception.readModel.state, code } };
    return { code, cityCode: result[next - 1]!.city_code, events: stored, readModel };
  });
}

/**
 * The event's hash text (audit-chain.ts eventHashParts: prefix + JSON(prevHash) + suffix) with
 * the prefix split once more around the dossier code: text = a + JSON(code) + b + JSON(prevHash) + c.
 */
function hashedTextParts(record: DossierEventRecord, atIso: string, recordedAtIso: string): { a: string; b: string; c: string } {
  const { at: _at, recordedAt: _recordedAt, payload, ...fields } = record;
  const { prefix, suffix } = eventHashParts({ ...fields, dossierCode: CODE_MARK, atIso, recordedAtIso }, canonicalJsonOfValue(payload));
  const [a, b, ...extra] = prefix.split(JSON.stringify(CODE_MARK));
  if (b === undefined || extra.length > 0) throw new Error('storeReceptions: cannot split the hashed text of an event');
  return { a: a!, b, c: suffix };
}
