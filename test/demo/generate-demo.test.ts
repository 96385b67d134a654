/**
 * The demo generator writing into a real database (PGlite and PostgreSQL): every planned dossier
 * stored with its whole history through the batch append; the audit chain verifies; every stored
 * history re-decided event by event and re-folded to the stored read model; accounts that log in;
 * code counters that continue after the demo; a second load refused.
 */
import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import { fromRecord } from '../../src/platform/events/dossier-fold.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { allocateDossierCode } from '../../src/platform/events/dossier-codes.ts';
import { dossierEvents, dossiers, users } from '../../src/platform/db/schema.ts';
import { localMinuteFromDate } from '../../src/platform/db/time.ts';
import { findUserByUsername, verifyPassword } from '../../src/platform/users/users.store.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { decide } from '../../src/domain/dossier/decide.ts';
import { foldDossier } from '../../src/domain/dossier/fold.ts';
import { STAFF_ROLES } from '../../src/domain/dossier/roles.ts';
import { DEFAULT_DEMO_PASSWORD, DemoAlreadyLoadedError, generateDemo, hasOperationalData, planDemo, type DemoOptions } from '../../src/features/demo/index.ts';
import { forEachDriver } from '../support/db.ts';

const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 9 * 60;
const OPTIONS: DemoOptions = { seed: 11, units: 2, from: dayNumberFromYmd(2026, 11, 2), to: dayNumberFromYmd(2026, 11, 23), now: NOW, dossiers: 160 };

forEachDriver('demo data generator', (getDb) => {
  let summary: Awaited<ReturnType<typeof generateDemo>>['summary'];
  let plannedCodes: string[];

  it('writes the city and every planned dossier with its history', async () => {
    const { db } = getDb();
    await bootstrap(db, { adminPassword: 'mat-khau-quan-tri' });
    expect(await hasOperationalData(db)).toBe(false);
    const progress: number[] = [];
    const result = await generateDemo(db, OPTIONS, { batchSize: 50, onProgress: (done) => progress.push(done) });
    summary = result.summary;
    plannedCodes = [...result.plan.dossiers()].map((d) => d.code);
    expect(summary.dossiers).toBe(plannedCodes.length);
    expect(summary.dossiers).toBeGreaterThan(140);
    expect(progress.at(-1)).toBe(summary.dossiers);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    const [dossierCount] = await db.select({ n: count() }).from(dossiers);
    const [eventCount] = await db.select({ n: count() }).from(dossierEvents);
    expect(Number(dossierCount!.n)).toBe(summary.dossiers);
    expect(Number(eventCount!.n)).toBe(summary.events);
    expect(await hasOperationalData(db)).toBe(true);
  });

  it('keeps the audit chain of every unit intact', async () => {
    const result = await verifyAuditChain(getDb().db);
    expect(result).toEqual({ ok: true, checked: summary.events });
  });

  it('stores histories that re-decide event by event and re-fold to the stored read model', async () => {
    const { db } = getDb();
    const calendars = new CalendarService(db);
    const rows = await db.select({ code: dossiers.code, unitCode: dossiers.unitCode, status: dossiers.status, version: dossiers.version, state: dossiers.state }).from(dossiers).orderBy(asc(dossiers.code));
    expect(rows.map((r) => r.code)).toEqual([...plannedCodes].sort());
    const events = await db.select().from(dossierEvents).orderBy(asc(dossierEvents.dossierCode), asc(dossierEvents.seq));
    const byDossier = new Map<string, typeof events>();
    for (const event of events) byDossier.set(event.dossierCode, [...(byDossier.get(event.dossierCode) ?? []), event]);
    for (const row of rows) {
      const { calendar } = await calendars.forUnit(row.unitCode);
      const history = (byDossier.get(row.code) ?? []).map((record) => fromRecord({ ...record, at: localMinuteFromDate(record.at) }));
      expect(history.length).toBe(row.version);
      history.forEach((event, index) => {
        const decision = decide(row.code, history.slice(0, index), event, { calendar });
        expect(decision.ok, `${row.code} #${index + 1} ${event.type}`).toBe(true);
      });
      const state = foldDossier(row.code, history, { calendar });
      expect(state.status).toBe(row.status);
      expect(JSON.parse(JSON.stringify(state))).toEqual(row.state);
    }
  });

  it('creates an account for every staff role that logs in with the demo password', async () => {
    const { db } = getDb();
    const roles = new Set((await db.select({ role: users.role }).from(users)).map((u) => u.role));
    for (const role of STAFF_ROLES) expect(roles.has(role), role).toBe(true);
    const counter = await findUserByUsername(db, 'giavien.tiepnhan1');
    expect(counter?.role).toBe('counter_officer');
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'giavien.tiepnhan1'));
    expect(await verifyPassword(row!.hash, DEFAULT_DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(row!.hash, 'sai-mat-khau')).toBe(false);
  });

  it('continues the daily code counters after the demo dossiers', async () => {
    const { db } = getDb();
    const unitCode = '000.01.24.H24';
    const [lastOfDay] = plannedCodes.filter((c) => c.startsWith(`${unitCode}-261120-`)).sort().slice(-1);
    expect(lastOfDay).toBeDefined();
    const next = await allocateDossierCode(db, unitCode, dayNumberFromYmd(2026, 11, 20));
    expect(Number(next.slice(-4))).toBe(Number(lastOfDay!.slice(-4)) + 1);
  });

  it('refuses to load the demo twice into the same database', async () => {
    await expect(generateDemo(getDb().db, OPTIONS)).rejects.toBeInstanceOf(DemoAlreadyLoadedError);
  });
});

describe('demo data generator options', () => {
  it('refuses a unit count outside the city', () => {
    expect(() => planDemo({ ...OPTIONS, units: 0 })).toThrow(/Số đơn vị/);
    expect(() => planDemo({ ...OPTIONS, units: 99 })).toThrow(/Số đơn vị/);
  });
});
