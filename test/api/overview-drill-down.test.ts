/**
 * w3-city (issue 16 §4, issue 15 §4): the supervision drill-down unit → departments → officers →
 * dossiers, and the trend. Every figure opens a dossier list (GET /api/dossiers with the same
 * filters) whose total equals it; who may open what is the policy's (a city supervisor the units
 * of the city, the unit's leaders the unit, a department head their department). Both drivers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import type { Answer } from '../../web/src/api/types.ts';
import { ACCOUNTS, createTestApp, prepareDossier, receptionBody, START, WARD, type Session, type TestApp } from '../support/api.ts';

type Page = Answer<'/api/overview/units/{code}/departments'>;
type Figures = Page['total'];

forEachDriver('overview drill-down', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let supervisor: Session;
  let specialistId: string;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    const [counter, specialist, chairman] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('chairman')]);
    [leader, supervisor] = await Promise.all([t.login('leader'), t.login('supervisor')]);
    specialistId = ((await specialist.get('/api/auth/me')).json() as { user: { id: string } }).user.id;
    // At the desk (not routed), in tu-phap unassigned, assigned to the specialist, paused for a supplement.
    expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    for (const state of ['processing', 'processing', 'obligation', 'supplement'] as const) await prepareDossier({ counter, specialist, chairman }, state);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = async <T>(session: Session, url: string, status = 200): Promise<T> => {
    const response = await session.get(url);
    expect(response.statusCode, response.body).toBe(status);
    return response.json() as T;
  };
  const listTotal = async (session: Session, query: string) => (await get<{ total: number }>(session, `/api/dossiers?${query}&pageSize=1`)).total;
  /** The dossier list behind each figure of a row (issue 15 §4: same filters, same count). */
  const expectListsMatch = async (session: Session, row: Figures, filter: string, period: Page['period']) => {
    // w4-links: "Tiếp nhận tháng" too (the month's receptions: never refused nor still online).
    expect(await listTotal(session, `${filter}&receivedFrom=${period.from}&receivedTo=${period.to}&receivedOnly=true`)).toBe(row.received);
    expect(await listTotal(session, `${filter}&status=2,4,5,6`)).toBe(row.inProgress);
    expect(await listTotal(session, `${filter}&status=2,4,5,6&overdue=true`)).toBe(row.overdue);
    expect(await listTotal(session, `${filter}&status=2,4,5,6&dueSoon=true`)).toBe(row.dueSoon);
  };

  it('draws the trend of twelve months: this month’s receptions, none before', async () => {
    const trend = await get<{ months: Array<{ month: string; received: number; resolvedOnTime: number; resolvedLate: number }> }>(leader, '/api/overview/trend');
    expect(trend.months).toHaveLength(12);
    expect(new Set(trend.months.map((m) => m.month)).size).toBe(12);
    expect(trend.months.reduce((sum, m) => sum + m.received, 0)).toBe(5);
    expect(trend.months.slice(0, 11).every((m) => m.received === 0)).toBe(true);
    const city = await get<{ months: Array<{ received: number }> }>(supervisor, '/api/overview/trend');
    expect(city.months.reduce((sum, m) => sum + m.received, 0)).toBe(5);
  });

  it('opens the unit to its departments, each figure the count of its dossier list, at any moment', async () => {
    for (const minutes of [0, 2 * 24 * 60, 9 * 24 * 60]) {
      t.advance(minutes);
      const page = await get<Page>(leader, `/api/overview/units/${WARD}/departments`);
      const tuPhap = page.rows.find((row) => row.key === 'tu-phap')!;
      expect(tuPhap.name).toMatch(/Tư pháp/);
      expect(tuPhap.inProgress).toBe(4);
      // Received in November: this month's until the month turns (the clock starts on 23/11).
      expect(tuPhap.received).toBe(t.now() < START + 8 * 24 * 60 ? 4 : 0);
      const desk = page.rows.find((row) => row.key === null)!;
      expect(desk.name).toBe('Bộ phận một cửa (chưa chuyển)');
      expect(desk.inProgress).toBe(1);
      // w4-links: the desk's row opens the list of the dossiers not routed yet.
      await expectListsMatch(leader, desk, `unitCode=${WARD}&unrouted=true`, page.period);
      expect(page.total.inProgress).toBe(5);
      await expectListsMatch(leader, tuPhap, `unitCode=${WARD}&departmentCode=tu-phap`, page.period);
      await expectListsMatch(leader, page.total, `unitCode=${WARD}`, page.period);
    }
    const late = await get<Page>(leader, `/api/overview/units/${WARD}/departments`);
    // Eleven days on, every running dossier is overdue (the supplement's clock is paused).
    expect(late.total.overdue).toBe(4);
  });

  it('opens a department to its officers, and an officer to their dossiers', async () => {
    const page = await get<Page & { departmentName: string }>(supervisor, `/api/overview/units/${WARD}/departments/tu-phap/officers`);
    expect(page.departmentName).toMatch(/Tư pháp/);
    const officer = page.rows.find((row) => row.key === specialistId)!;
    expect(officer.name).not.toBe(specialistId);
    expect(officer.inProgress).toBe(2);
    const unassigned = page.rows.find((row) => row.key === null)!;
    expect(unassigned.name).toBe('Chưa phân công');
    // w4-links: "Chưa phân công" opens the department's dossiers with no officer.
    expect(unassigned.inProgress).toBeGreaterThan(0);
    await expectListsMatch(supervisor, unassigned, `unitCode=${WARD}&departmentCode=tu-phap&unassigned=true`, page.period);
    await expectListsMatch(supervisor, officer, `unitCode=${WARD}&departmentCode=tu-phap&assigneeId=${specialistId}`, page.period);
  });

  it('is scoped by the policy: a department head sees their department only; others are refused in Vietnamese', async () => {
    // Sessions without the login route (its rate limit: ten a minute).
    const as = (name: keyof typeof ACCOUNTS) => t.sessionFor(ACCOUNTS[name].username);
    const head = await as('head');
    const own = await get<Page>(head, `/api/overview/units/${WARD}/departments`);
    expect(own.rows.map((row) => row.key)).toEqual(['tu-phap']);
    await get(head, `/api/overview/units/${WARD}/departments/tu-phap/officers`);
    const refused = await get<{ message: string }>(await as('otherHead'), `/api/overview/units/${WARD}/departments/tu-phap/officers`, 403);
    expect(refused.message).toMatch(/phòng mình/);
    for (const name of ['counter', 'specialist', 'otherSupervisor', 'otherChairman', 'admin'] as const) {
      await get(await as(name), `/api/overview/units/${WARD}/departments`, 403);
    }
    await get(leader, '/api/overview/units/KHONG-CO/departments', 404);
    await get(await as('otherChairman'), `/api/overview/trend?unitCode=${WARD}`, 403);
  });
});
