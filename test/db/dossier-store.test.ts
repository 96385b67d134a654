import { and, eq, like } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import {
  appendDossierEvents,
  ConflictError,
  DuplicateEventError,
  loadDossierEvents,
  type AppendDossierEventsInput,
} from '../../src/platform/events/event-store.ts';
import { dossiers } from '../../src/platform/db/schema.ts';
import { containsPattern } from '../../src/platform/db/search-text.ts';
import { dateFromLocalMinute } from '../../src/platform/db/time.ts';
import { forEachDriver } from '../support/db.ts';
import {
  insertUnit,
  MONDAY_8AM,
  noteEvent,
  receivedEvent,
  testFold,
  type TestDossierState,
} from '../support/db-fixtures.ts';

let counter = 0;
const nextCode = (unitCode: string) => `${unitCode}-261123-${String(++counter).padStart(4, '0')}`;

function create(
  unitCode: string,
  code = nextCode(unitCode),
  applicantName?: string,
): AppendDossierEventsInput<TestDossierState> {
  return {
    dossierCode: code,
    unitCode,
    expectedVersion: 0,
    events: [receivedEvent(applicantName ? { applicantName } : {})],
    fold: testFold,
  };
}

forEachDriver('dossier store', (getDb) => {
  it('creates a dossier: events with seq, the read model and its version in one go', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const input = create(unitCode);
    const result = await appendDossierEvents(db, input);
    expect(result.version).toBe(1);
    expect(result.events.map((event) => [event.seq, event.type, event.at])).toEqual([[1, 'received', MONDAY_8AM]]);

    const [row] = await db.select().from(dossiers).where(eq(dossiers.code, input.dossierCode));
    expect(row).toMatchObject({
      unitCode,
      procedureCode: '1.001193',
      field: 'Hộ tịch',
      status: 2,
      channel: 'in_person',
      applicantName: 'Nguyễn Văn Đức',
      receivedAt: dateFromLocalMinute(MONDAY_8AM),
      version: 1,
      source: 'motcua',
      state: { code: input.dossierCode, status: 2, notes: [], version: 1 },
    });
  });

  it('appends to an existing dossier and refolds the whole history', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const input = create(unitCode);
    await appendDossierEvents(db, input);
    const second = await appendDossierEvents(db, {
      ...input,
      expectedVersion: 1,
      events: [noteEvent('chuyển phòng Tư pháp', { payload: { note: 'chuyển phòng Tư pháp', status: 4 } }), noteEvent('bổ sung')],
    });
    expect(second.version).toBe(3);
    expect(second.readModel.state).toEqual({
      code: input.dossierCode,
      status: 4,
      applicantName: 'Nguyễn Văn Đức',
      notes: ['chuyển phòng Tư pháp', 'bổ sung'],
      version: 3,
    });
    const events = await loadDossierEvents(db, input.dossierCode);
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(events.map((event) => event.at)).toEqual([MONDAY_8AM, MONDAY_8AM + 60, MONDAY_8AM + 60]);
    const [row] = await db.select({ status: dossiers.status, version: dossiers.version }).from(dossiers).where(eq(dossiers.code, input.dossierCode));
    expect(row).toEqual({ status: 4, version: 3 });
  });

  it('refuses a stale expectedVersion with a ConflictError in Vietnamese', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const input = create(unitCode);
    await appendDossierEvents(db, input);
    await appendDossierEvents(db, { ...input, expectedVersion: 1, events: [noteEvent('a')] });
    const stale = appendDossierEvents(db, { ...input, expectedVersion: 1, events: [noteEvent('b')] });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    await expect(stale).rejects.toThrow(/vừa được người khác cập nhật/);
    await expect(appendDossierEvents(db, input)).rejects.toThrow(/đã được dùng cho một hồ sơ khác/);
    await expect(
      appendDossierEvents(db, { ...create(unitCode), expectedVersion: 3, events: [noteEvent('x')] }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it('lets exactly one of several parallel appends with the same expectedVersion succeed', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const input = create(unitCode);
    await appendDossierEvents(db, input);
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => appendDossierEvents(db, { ...input, expectedVersion: 1, events: [noteEvent(`n${i}`)] })),
    );
    const fulfilled = attempts.filter((attempt) => attempt.status === 'fulfilled');
    const rejected = attempts.filter((attempt) => attempt.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(7);
    for (const attempt of rejected) expect(attempt.reason).toBeInstanceOf(ConflictError);
    expect((await loadDossierEvents(db, input.dossierCode)).map((event) => event.seq)).toEqual([1, 2]);
  });

  it('lets exactly one of two parallel creations of the same code succeed', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const input = create(unitCode);
    const attempts = await Promise.allSettled([appendDossierEvents(db, input), appendDossierEvents(db, input)]);
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
    const rejected = attempts.find((attempt) => attempt.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConflictError);
  });

  it('keeps one valid hash chain per unit under parallel appends to many dossiers', async () => {
    const { db } = getDb();
    const [unitA, unitB] = [await insertUnit(db), await insertUnit(db)];
    const inputs = Array.from({ length: 12 }, (_, i) => create(i % 2 === 0 ? unitA : unitB));
    await Promise.all(inputs.map((input) => appendDossierEvents(db, input)));
    await Promise.all(inputs.map((input) => appendDossierEvents(db, { ...input, expectedVersion: 1, events: [noteEvent('x'), noteEvent('y')] })));
    expect(await verifyAuditChain(db, unitA)).toEqual({ ok: true, checked: 18 });
    expect(await verifyAuditChain(db, unitB)).toEqual({ ok: true, checked: 18 });
  });

  it('joins a caller transaction: a rollback leaves no trace', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const input = create(unitCode);
    await expect(
      db.transaction(async (tx) => {
        await appendDossierEvents(tx, input);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await loadDossierEvents(db, input.dossierCode)).toEqual([]);
    expect(await db.select().from(dossiers).where(eq(dossiers.code, input.dossierCode))).toEqual([]);
    expect(await verifyAuditChain(db, unitCode)).toEqual({ ok: true, checked: 0 });
  });

  it('refuses an imported event whose (source, externalId) is already stored', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const imported = (code: string) => ({
      ...create(unitCode, code),
      events: [receivedEvent({ source: 'igate-haiphong', externalId: 'HS-2026-000123' })],
    });
    await appendDossierEvents(db, imported(nextCode(unitCode)));
    await expect(appendDossierEvents(db, imported(nextCode(unitCode)))).rejects.toBeInstanceOf(DuplicateEventError);
  });

  it('finds dossiers by code or applicant name without diacritics (LIKE on search_text)', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const duc = create(unitCode, nextCode(unitCode), 'Nguyễn Văn Đức');
    const lan = create(unitCode, nextCode(unitCode), 'Trần Thị Lan_100%');
    await appendDossierEvents(db, duc);
    await appendDossierEvents(db, lan);
    const search = async (query: string) =>
      (
        await db
          .select({ code: dossiers.code })
          .from(dossiers)
          .where(and(eq(dossiers.unitCode, unitCode), like(dossiers.searchText, containsPattern(query))))
          .orderBy(dossiers.code)
      ).map((row) => row.code);
    expect(await search('nguyen van duc')).toEqual([duc.dossierCode]);
    expect(await search('ĐỨC')).toEqual([duc.dossierCode]);
    expect(await search(lan.dossierCode.slice(-9))).toEqual([lan.dossierCode]);
    expect(await search('lan_100%')).toEqual([lan.dossierCode]);
    expect(await search('a%1')).toEqual([]);
    expect(await search('261123')).toEqual([duc.dossierCode, lan.dossierCode]);
  });

  it('stores instants exactly: event time and recorded time round-trip', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const recordedAt = new Date('2026-11-23T01:02:03.456Z');
    const input = { ...create(unitCode), now: () => recordedAt };
    await appendDossierEvents(db, input);
    const [event] = await loadDossierEvents(db, input.dossierCode);
    expect(event?.recordedAt).toEqual(recordedAt);
    expect(event?.at).toBe(MONDAY_8AM);
  });
});
