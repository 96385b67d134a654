/**
 * The one-statement reception store (src/db/reception-store.ts and the migration's
 * motcua_receive_batch): codes, rows, and hashes made by the database that Node's audit
 * verification accepts, on PGlite and PostgreSQL; and the batcher that feeds it.
 */
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { ReceptionBatcher, type PendingReception } from '../../src/platform/events/reception-batcher.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { appendDossierEvents, loadDossierEvents, storeReceptions, UnknownUnitError, type ReceptionToStore } from '../../src/platform/events/event-store.ts';
import { dossierCodeSequences, dossiers } from '../../src/platform/db/schema.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit, MONDAY_8AM, noteEvent, receivedEvent, testFold, type TestDossierState } from '../support/db-fixtures.ts';
import { decide } from '../../src/domain/dossier/decide.ts';
import { findProcedure } from '../../src/domain/catalog/catalog.ts';
import { procedureSnapshot } from '../../src/domain/catalog/procedure-snapshot.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';

const NOV_23 = dayNumberFromYmd(2026, 11, 23);

/** A reception as the batcher hands it over: events and the read model folded from them (code unknown yet). */
function reception(applicantName: string, unitCode: string): ReceptionToStore<TestDossierState> {
  const events = [receivedEvent({ applicantName })];
  const readModel = testFold([{ dossierCode: '?', seq: 1, unitCode, recordedAt: new Date(), source: 'motcua', externalId: null, ...events[0]!, payload: events[0]!.payload }]);
  return { events, readModel };
}

forEachDriver('reception store', (getDb) => {
  it('stores a batch in one statement: gapless codes in arrival order, rows, hashes that verify', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db, { parentCode: null });
    // An earlier event of the unit through the ordinary store: the batch must chain after it.
    await appendDossierEvents(db, { dossierCode: `${unitCode}-cu-0001`, unitCode, expectedVersion: 0, events: [receivedEvent()], fold: testFold });

    const names = ['Trần Thị "Hoa"', 'Lê Văn Đức \\ Nam', 'Phạm Ánh Dương'];
    const stored = await storeReceptions(db, unitCode, NOV_23, names.map((name) => reception(name, unitCode)));

    expect(stored.map((s) => s.code)).toEqual([1, 2, 3].map((n) => `${unitCode}-261123-000${n}`));
    for (const [i, s] of stored.entries()) {
      expect(s.readModel.state.code).toBe(s.code);
      expect(s.events).toHaveLength(1);
      expect(s.events[0]).toMatchObject({ dossierCode: s.code, seq: 1, unitCode, type: 'received' });
      if (i > 0) expect(s.events[0]!.prevHash).toBe(stored[i - 1]!.events[0]!.hash);
      const [row] = await db.select().from(dossiers).where(eq(dossiers.code, s.code));
      expect(row).toMatchObject({ unitCode, applicantName: names[i], version: 1, status: 2 });
      expect((row!.state as TestDossierState).code).toBe(s.code);
      expect(row!.searchText).toBe(`${s.code.toLowerCase()} ${['tran thi "hoa"', 'le van duc \\ nam', 'pham anh duong'][i]}`);
      const [event] = await loadDossierEvents(db, s.code);
      expect(event).toMatchObject({ id: s.events[0]!.id, hash: s.events[0]!.hash, prevHash: s.events[0]!.prevHash });
    }
    // Every hash made by the database is the hash Node computes.
    expect(await verifyAuditChain(db, unitCode)).toEqual({ ok: true, checked: 4 });
    // And the ordinary store chains after the batch.
    await appendDossierEvents(db, { dossierCode: stored[0]!.code, unitCode, expectedVersion: 1, events: [noteEvent('sau lô')], fold: testFold });
    expect(await verifyAuditChain(db, unitCode)).toEqual({ ok: true, checked: 5 });
  });

  it('grows past 9999 receptions a day to five digits, like formatDossierCode', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    await db.insert(dossierCodeSequences).values({ unitCode, day: '2026-11-23', lastValue: 9998 });
    const stored = await storeReceptions(db, unitCode, NOV_23, [reception('A', unitCode), reception('B', unitCode)]);
    expect(stored.map((s) => s.code)).toEqual([`${unitCode}-261123-9999`, `${unitCode}-261123-10000`]);
  });

  it('gives the codes back when the statement fails, and names an unknown unit', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const bad = reception('Sai trạng thái', unitCode);
    const broken = { ...bad, readModel: { ...bad.readModel, status: 99 } };
    await expect(storeReceptions(db, unitCode, NOV_23, [reception('A', unitCode), broken])).rejects.toThrow();
    const [good] = await storeReceptions(db, unitCode, NOV_23, [reception('A', unitCode)]);
    expect(good!.code).toBe(`${unitCode}-261123-0001`);
    await expect(storeReceptions(db, '999.99.99.H99', NOV_23, [reception('A', '999.99.99.H99')])).rejects.toBeInstanceOf(UnknownUnitError);
  });

  it('batcher: receptions arriving together share transactions, a bad one fails alone', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const calendar = new WorkingCalendar({ schedule: yearSchedule });
    const procedure = findProcedure('1.004873', NOV_23)!;
    const pending = (name: string, at = MONDAY_8AM): PendingReception => {
      const decision = decide(`${unitCode}-chua-cap-so`, [], {
        type: 'received',
        at,
        actor: { id: 'u1', role: 'counter_officer' },
        unitCode,
        channel: 'in_person',
        procedure: procedureSnapshot(procedure),
        applicant: { kind: 'individual', name },
        components: [],
        feeAmount: 0,
      }, { calendar });
      if (!decision.ok) throw new Error(decision.reason);
      return { unitCode, day: Math.floor(at / MINUTES_PER_DAY), event: decision.event, state: decision.state };
    };
    const batcher = new ReceptionBatcher(db);
    const statements: number[] = [];
    const counting = new Proxy(db, {
      get: (target, key, receiver) => (key === 'execute' ? (...args: unknown[]) => (statements.push(1), (target.execute as (...a: unknown[]) => unknown)(...args)) : Reflect.get(target, key, receiver)),
    });
    const counted = new ReceptionBatcher(counting);
    const many = await Promise.all(Array.from({ length: 12 }, (_, i) => counted.receive(pending(`Người thứ ${i + 1}`))));
    expect(new Set(many.map((r) => r.code)).size).toBe(12);
    // The first is written alone at once; the eleven that arrived meanwhile go together. Each
    // stored group also sends its change notice (issue 16, platform/changes): one more statement.
    expect(statements.length).toBeLessThanOrEqual(6);

    const bad = pending('Hồ sơ lỗi');
    const results = await Promise.allSettled([
      batcher.receive(pending('Người A')),
      batcher.receive(pending('Người B')),
      batcher.receive({ ...bad, state: { ...bad.state, status: 99 as never } }),
      batcher.receive(pending('Người C')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const codes = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.code] : []));
    // Gapless across the failure: the failed reception's number was given back.
    expect(codes.map((code) => Number(code.slice(-4)))).toEqual([13, 14, 15]);
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(dossiers).where(eq(dossiers.unitCode, unitCode));
    expect(row?.count).toBe(15);
    expect(await verifyAuditChain(db, unitCode)).toEqual({ ok: true, checked: 15 });

    // Receptions of two days in one batch (a late entry of yesterday's paper dossier): one
    // transaction, each day's own numbers, arrival order kept within each day.
    const yesterday = (name: string): PendingReception => pending(name, MONDAY_8AM - MINUTES_PER_DAY);
    const first = batcher.receive(pending('Mở đầu'));
    const mixed = await Promise.all([batcher.receive(yesterday('Hôm qua 1')), batcher.receive(pending('Hôm nay')), batcher.receive(yesterday('Hôm qua 2'))]);
    expect((await first).code).toBe(`${unitCode}-261123-0016`);
    expect(mixed.map((r) => r.code)).toEqual([`${unitCode}-261122-0001`, `${unitCode}-261123-0017`, `${unitCode}-261122-0002`]);
    expect(await verifyAuditChain(db, unitCode)).toEqual({ ok: true, checked: 19 });
  });
});
