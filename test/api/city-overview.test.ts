/**
 * GET /api/overview/city (issue 16 §4): a city supervisor sees the city's totals and every unit
 * ranked, with live counts that equal the unit overview's (the pure domain/overview on the same
 * dossiers), at any moment; nobody else of another place sees it; no citizen data. Both drivers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { CITY, createTestApp, OTHER_WARD, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';
import { sql } from 'drizzle-orm';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import { appendNewDossiers } from '../../src/platform/events/event-store.ts';
import { queryRows } from '../../src/platform/db/sql.ts';
import { generateHistories, storeInput } from '../support/report-histories.ts';

interface CityBoard {
  cityCode: string;
  total: Record<string, number>;
  units: Array<{ rank: number; unitCode: string; name: string } & Record<string, number>>;
}

const LIVE_KEYS = ['receivedToday', 'awaitingReturn', 'inProgress', 'dueToday', 'dueNextWorkingDay', 'overdue'] as const;

forEachDriver('city overview', (getDb) => {
  let t: TestApp;
  let supervisor: Session;
  let leader: Session;
  let otherChairman: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    [supervisor, leader, otherChairman] = await Promise.all([t.login('supervisor'), t.login('leader'), t.login('otherChairman')]);
    const counter = await t.login('counter');
    const otherCounter = await t.login('otherCounter');
    for (const session of [counter, counter, otherCounter]) expect((await session.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const board = async (session: Session = supervisor): Promise<CityBoard> => {
    const response = await session.get('/api/overview/city');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).not.toContain('Nguyễn Thị Bình');
    return response.json() as CityBoard;
  };

  /** The unit overview's counts (computed by the pure domain/overview) of each ward, as its staff or the supervisor sees them. */
  const unitOverview = async (unitCode: string) => (await supervisor.get(`/api/overview?unitCode=${unitCode}`)).json() as Record<string, number>;

  it('lists every unit of the city, ranked, with the live counts of the unit overview', async () => {
    for (const minutes of [0, 3 * 24 * 60, 10 * 24 * 60]) {
      t.advance(minutes);
      const city = await board();
      expect(city.cityCode).toBe(CITY);
      expect(city.units.map((u) => u.unitCode).sort()).toEqual([WARD, OTHER_WARD].sort());
      expect(city.units.map((u) => u.rank)).toEqual([1, 2]);
      for (const unit of city.units) {
        const expected = await unitOverview(unit.unitCode);
        for (const key of LIVE_KEYS) expect(unit[key], `${unit.unitCode} ${key} after ${minutes} min`).toBe(expected[key]);
      }
      for (const key of LIVE_KEYS) expect(city.total[key]).toBe(city.units.reduce((sum, u) => sum + u[key]!, 0));
    }
    const last = await board();
    expect(last.total.inProgress).toBe(3);
    // Ten days on, the three dossiers (three working days) are overdue, and owe no apology any more.
    expect(last.total.overdue).toBe(3);
    expect(last.total.apologiesOwed).toBe(0);
  });

  it('counts the apologies owed before the legal date: none sent, little time left', async () => {
    t.setNow(t.now() - 13 * 24 * 60);
    const fresh = await board();
    // Just received (three working days): not yet at risk (the risk starts two working days before).
    expect(fresh.total.apologiesOwed).toBe(0);
    t.advance(2 * 24 * 60);
    const later = await board();
    expect(later.total.apologiesOwed).toBeGreaterThan(0);
    expect(later.total.apologiesOwed).toBeLessThanOrEqual(later.total.inProgress! - later.total.overdue!);
  });

  it('is the city supervisor’s and the city’s own; a ward leader or another city is refused in Vietnamese', async () => {
    const refused = await leader.get('/api/overview/city');
    expect(refused.statusCode).toBe(403);
    expect((refused.json() as { message: string }).message).toMatch(/thành phố/);
    expect((await otherChairman.get(`/api/overview/city?cityCode=${CITY}`)).statusCode).toBe(403);
    expect((await (await t.login('otherSupervisor')).get(`/api/overview/city?cityCode=${CITY}`)).statusCode).toBe(403);
  });
});

// Issue 16: "Chờ trả kết quả" is every processed dossier not yet handed back, whenever received, on
// the city board as on the unit's (the city counted only those received today before).
forEachDriver('city overview: results waiting to be handed back', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    const calendar = new WorkingCalendar({ schedule: yearSchedule });
    await appendNewDossiers(getDb().db, storeInput(generateHistories([WARD, OTHER_WARD], 80, { from: '2026-08-01', to: '2026-11-10' }, calendar, 20261203), calendar));
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts every processed dossier of each unit, as the unit overview does', async () => {
    const supervisor = await t.login('supervisor');
    const city = (await supervisor.get('/api/overview/city')).json() as CityBoard;
    const stored = await queryRows<{ unit_code: string; n: number }>(getDb().db, sql`SELECT unit_code, count(*)::int AS n FROM dossiers WHERE status = 9 GROUP BY unit_code`);
    expect(stored.length).toBeGreaterThan(0);
    for (const unit of city.units) {
      const expected = stored.find((row) => row.unit_code === unit.unitCode)?.n ?? 0;
      expect(unit.awaitingReturn, unit.unitCode).toBe(expected);
      const overview = (await supervisor.get(`/api/overview?unitCode=${unit.unitCode}`)).json() as Record<string, number>;
      expect(overview.awaitingReturn, unit.unitCode).toBe(expected);
    }
    expect(city.total.awaitingReturn).toBe(stored.reduce((sum, row) => sum + row.n, 0));
  });
});
