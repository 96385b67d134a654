import { expect, it } from 'vitest';
import { allocateDossierCode } from '../../src/platform/events/dossier-codes.ts';
import { appendDossierEvents } from '../../src/platform/events/event-store.ts';
import { dayNumberFromYmd } from '../../src/domain/calendar/local-time.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit, receivedEvent, testFold } from '../support/db-fixtures.ts';

const NOV_23 = dayNumberFromYmd(2026, 11, 23);

forEachDriver('dossier codes', (getDb) => {
  it('numbers a unit’s receptions per day from 0001', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db, { code: '000.00.24.H24' });
    expect(await allocateDossierCode(db, unitCode, NOV_23)).toBe('000.00.24.H24-261123-0001');
    expect(await allocateDossierCode(db, unitCode, NOV_23)).toBe('000.00.24.H24-261123-0002');
    expect(await allocateDossierCode(db, unitCode, NOV_23 + 1)).toBe('000.00.24.H24-261124-0001');
    const other = await insertUnit(db);
    expect(await allocateDossierCode(db, other, NOV_23)).toBe(`${other}-261123-0001`);
  });

  it('gives parallel allocations distinct, consecutive numbers', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const codes = await Promise.all(Array.from({ length: 40 }, () => allocateDossierCode(db, unitCode, NOV_23)));
    expect(new Set(codes).size).toBe(40);
    expect(codes.map((code) => Number(code.slice(-4))).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it('gives parallel receptions (code + first event in one transaction) unique codes', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const receive = () =>
      db.transaction(async (tx) => {
        const dossierCode = await allocateDossierCode(tx, unitCode, NOV_23);
        await appendDossierEvents(tx, { dossierCode, unitCode, expectedVersion: 0, events: [receivedEvent()], fold: testFold });
        return dossierCode;
      });
    const codes = await Promise.all(Array.from({ length: 20 }, receive));
    expect(new Set(codes).size).toBe(20);
  });

  it('gives the number back when the reception rolls back (no gaps)', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    await expect(
      db.transaction(async (tx) => {
        await allocateDossierCode(tx, unitCode, NOV_23);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await allocateDossierCode(db, unitCode, NOV_23)).toBe(`${unitCode}-261123-0001`);
  });
});
