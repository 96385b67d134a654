/**
 * The one hash definition (src/platform/events/event-hash.ts) and the database's side of it: the
 * function motcua_receive_batch (migration *_reception_batch_function) joins the hashed text
 * around the dossier code and the previous hash, which only it knows, and hashes it with sha256.
 * For random events — Vietnamese and other Unicode, quotes, backslashes, control characters,
 * nested payloads — the hash the database stores must be eventHash of the same event, on PGlite
 * and on PostgreSQL, both for the fields as sent and for the row as read back.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { eventHash, GENESIS_HASH, hashedFieldsOf, toJsonValue } from '../../src/platform/events/event-hash.ts';
import type { DossierReadModel, NewDossierEvent } from '../../src/platform/events/event-rows.ts';
import { loadDossierEvents, storeReceptions } from '../../src/platform/events/event-store.ts';
import { dateFromLocalMinute } from '../../src/platform/db/time.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit } from '../support/db-fixtures.ts';

const DAY = dayNumberFromYmd(2026, 11, 23);

/** Text PostgreSQL can store: no NUL, no lone surrogate (the HTTP input guard refuses both). */
const storable = (text: string): boolean => !text.includes('\u0000') && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
const tricky = fc.constantFrom('"', '\\', '\\"', "'", '\n', '\t', '\u0001', '\u007f', '\u2028', 'Đ', 'ặ', 'ữ', '😀', '{"a":1}', '</script>');
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), tricky), { maxLength: 5 })
  .map((parts) => parts.join(''))
  .filter(storable);
const payload = fc.letrec((tie) => ({
  leaf: fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(text, tie('node'), { maxKeys: 4 })),
})).node;
const event = fc.record({
  type: text,
  minute: fc.integer({ min: 0, max: 10 * 365 * MINUTES_PER_DAY }),
  actorId: fc.option(text, { nil: null }),
  actorRole: fc.option(text, { nil: null }),
  source: text,
  externalId: fc.option(text, { nil: null }),
  payload: fc.dictionary(text, payload, { maxKeys: 5 }),
});
const reception = fc.array(event, { minLength: 1, maxLength: 3 });
const unitCode = text.filter((code) => code.length > 0);

forEachDriver('event hash in SQL', (getDb) => {
  it('the reception function stores eventHash of every event, for random events', async () => {
    const { db } = getDb();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(unitCode, fc.array(reception, { minLength: 1, maxLength: 3 }), fc.date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }), async (code, receptions, recordedAt) => {
        // A fresh unit per run (its chain starts at GENESIS_HASH); codes stay distinct.
        const id = run++;
        const unit = await insertUnit(db, { code: `${code}#${id}` });
        let n = 0;
        const toStore = receptions.map((events) => ({
          // externalId is unique per source: numbered here so that random texts never collide.
          events: events.map((e): NewDossierEvent => ({ type: e.type, at: e.minute, actorId: e.actorId, actorRole: e.actorRole, source: e.source, externalId: e.externalId === null ? null : `${e.externalId}#${id}.${n++}`, payload: e.payload })),
          readModel: { unitCode: unit, procedureCode: 'p', field: 'f', status: 2, channel: 'in_person', applicantName: 'Nguyễn Văn "A" \\ B', source: 'motcua', state: { code: '' } } satisfies DossierReadModel<{ code: string }>,
        }));
        const stored = await storeReceptions(db, unit, DAY, toStore, recordedAt);

        let prevHash = GENESIS_HASH;
        for (const [i, { code: dossierCode, events }] of stored.entries()) {
          const sent = toStore[i]!.events;
          const rows = await loadDossierEvents(db, dossierCode);
          expect(rows).toHaveLength(sent.length);
          for (const [j, storedEvent] of events.entries()) {
            const e = sent[j]!;
            // The fields as sent, hashed in Node by the one definition…
            const expected = eventHash({
              dossierCode,
              seq: j + 1,
              unitCode: unit,
              type: e.type,
              at: dateFromLocalMinute(e.at),
              recordedAt,
              actorId: e.actorId,
              actorRole: e.actorRole,
              source: e.source!,
              externalId: e.externalId ?? null,
              payload: toJsonValue(e.payload),
              prevHash,
            });
            expect(storedEvent.prevHash).toBe(prevHash);
            expect(storedEvent.hash).toBe(expected);
            // …and the row as the database gives it back.
            expect(rows[j]!.hash).toBe(expected);
            expect(eventHash(hashedFieldsOf({ ...rows[j]!, at: dateFromLocalMinute(rows[j]!.at) }))).toBe(expected);
            prevHash = expected;
          }
        }
        expect(await verifyAuditChain(db, unit)).toMatchObject({ ok: true });
      }),
      { numRuns: 40 },
    );
  });
});
