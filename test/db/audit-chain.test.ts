import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { eventHash, GENESIS_HASH, hashedFieldsOf } from '../../src/platform/events/event-hash.ts';
import type { Database } from '../../src/platform/db/client.ts';
import { appendDossierEvents, loadDossierEvents } from '../../src/platform/events/event-store.ts';
import { dossierEvents } from '../../src/platform/db/schema.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit, noteEvent, receivedEvent, testFold } from '../support/db-fixtures.ts';

/** Three dossiers of two events each; returns their codes. */
async function seedUnit(db: Database, unitCode: string): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 1; i <= 3; i += 1) {
    const dossierCode = `${unitCode}-261123-${String(i).padStart(4, '0')}`;
    await appendDossierEvents(db, { dossierCode, unitCode, expectedVersion: 0, events: [receivedEvent()], fold: testFold });
    await appendDossierEvents(db, { dossierCode, unitCode, expectedVersion: 1, events: [noteEvent(`ghi chú ${i}`)], fold: testFold });
    codes.push(dossierCode);
  }
  return codes;
}

/** What a database superuser could do: bypass the append-only trigger for one transaction. */
async function tamper(db: Database, statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await tx.execute(statement);
  });
}

forEachDriver('audit chain', (getDb) => {
  it('chains each event to the previous event of the same unit', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const [first] = await seedUnit(db, unitCode);
    const events = await db.select().from(dossierEvents).where(eq(dossierEvents.unitCode, unitCode)).orderBy(dossierEvents.id);
    expect(events).toHaveLength(6);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i += 1) expect(events[i]?.prevHash).toBe(events[i - 1]?.hash);
    for (const event of events) expect(eventHash(hashedFieldsOf(event))).toBe(event.hash);
    // Dossier 1's second event follows dossier 1's first only because nothing came between.
    expect((await loadDossierEvents(db, first!)).map((event) => event.seq)).toEqual([1, 2]);
  });

  it('verifies an event whose actor is missing (undefined from an untyped caller is stored and hashed as null)', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const event = { ...receivedEvent(), actorId: undefined, actorRole: undefined } as unknown as ReturnType<typeof receivedEvent>;
    await appendDossierEvents(db, { dossierCode: `${unitCode}-261123-0001`, unitCode, expectedVersion: 0, events: [event], fold: testFold });
    expect(await verifyAuditChain(db, unitCode)).toEqual({ ok: true, checked: 1 });
  });

  it('verifies an untouched chain, per unit and for all units', async () => {
    const { db } = getDb();
    const [unitA, unitB] = [await insertUnit(db), await insertUnit(db)];
    await seedUnit(db, unitA);
    await seedUnit(db, unitB);
    expect(await verifyAuditChain(db, unitA)).toEqual({ ok: true, checked: 6 });
    const all = await verifyAuditChain(db);
    expect(all.ok).toBe(true);
    expect(all.checked).toBeGreaterThanOrEqual(12);
  });

  it('names a tampered event (payload changed by raw SQL) as the first broken link', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const codes = await seedUnit(db, unitCode);
    const [target] = await db
      .select()
      .from(dossierEvents)
      .where(and(eq(dossierEvents.dossierCode, codes[1]!), eq(dossierEvents.seq, 2)));
    await tamper(db, sql`UPDATE ${dossierEvents} SET payload = '{"note":"đã sửa"}'::jsonb WHERE id = ${target!.id}`);

    const result = await verifyAuditChain(db, unitCode);
    expect(result).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { eventId: target!.id, dossierCode: codes[1], unitCode, reason: 'hash-mismatch' },
    });
    expect(result.ok === false && result.firstBroken.message).toMatch(/bị đứt tại sự kiện #\d+ của hồ sơ/);
    // Across all units the earliest broken link is reported too.
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, firstBroken: { eventId: target!.id } });
  });

  it('detects a deleted event in the middle and a deleted tail', async () => {
    const { db } = getDb();
    const [middleUnit, tailUnit] = [await insertUnit(db), await insertUnit(db)];
    await seedUnit(db, middleUnit);
    await seedUnit(db, tailUnit);
    const middle = await db.select().from(dossierEvents).where(eq(dossierEvents.unitCode, middleUnit)).orderBy(dossierEvents.id);
    await tamper(db, sql`DELETE FROM ${dossierEvents} WHERE id = ${middle[2]!.id}`);
    expect(await verifyAuditChain(db, middleUnit)).toMatchObject({
      ok: false,
      firstBroken: { eventId: middle[3]!.id, reason: 'prev-hash-mismatch' },
    });

    const tail = await db.select().from(dossierEvents).where(eq(dossierEvents.unitCode, tailUnit)).orderBy(dossierEvents.id);
    const last = tail[tail.length - 1]!;
    await tamper(db, sql`DELETE FROM ${dossierEvents} WHERE id = ${last.id}`);
    expect(await verifyAuditChain(db, tailUnit)).toMatchObject({
      ok: false,
      checked: 5,
      firstBroken: { eventId: last.id, dossierCode: null, unitCode: tailUnit, reason: 'chain-head-mismatch' },
    });
  });
});
