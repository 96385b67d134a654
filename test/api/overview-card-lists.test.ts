/**
 * w3-links (issue 15 §4): the overview's cards that had no list — "Tiếp nhận hôm nay", "Đến hạn
 * hôm nay", "Đến hạn <ngày>", "Chờ trả kết quả" (the unit board) and "Tiếp nhận hôm nay",
 * "Đến hạn hôm nay" (the city board, in total and per unit) — each equals the total of
 * GET /api/dossiers with the filters its link carries (web/src/pages/overview/links.ts), day after
 * day as dossiers fall due. Both drivers.
 * w4-links: the three figures that still had none — the city's "Tiếp nhận trong tháng" (the
 * month's receptions, no longer the report's carried-over total), its "Chưa xin lỗi, hẹn lại"
 * (each unit's own warning window: WARD's is 5 working days, OTHER_WARD keeps the default 2) and
 * every bar of the 12-month trend — day after day across the month's end.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import type { Answer } from '../../web/src/api/types.ts';
import { createTestApp, OTHER_WARD, prepareDossier, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';

type UnitBoard = Answer<'/api/overview'>;
type CityBoard = Answer<'/api/overview/city'>;
const IN_PROGRESS = 'status=2,4,5,6';

forEachDriver('overview cards open their lists', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let supervisor: Session;
  let counter: Session;
  let otherCounter: Session;
  let specialist: Session;
  let chairman: Session;
  /** Received and given to the specialist on the first day, resolved after its legal date (the trend's "quá hạn"). */
  let late: { code: string; version: number };
  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, specialist, chairman, otherCounter] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('chairman'), t.login('otherCounter')]);
    [leader, supervisor] = await Promise.all([t.login('leader'), t.login('supervisor')]);
    // w4-links: WARD owes its apology from five working days before the legal date; OTHER_WARD keeps two.
    const settings = await leader.put(`/api/units/${WARD}/supervision-settings`, { apologyRiskRemainingWorkingDays: 5 });
    expect(settings.statusCode, settings.body).toBe(200);
    expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    for (const state of ['processing', 'obligation', 'supplement', 'processed', 'processed'] as const) await prepareDossier({ counter, specialist, chairman }, state);
    for (let i = 0; i < 2; i++) expect((await otherCounter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    const received = (await counter.post('/api/dossiers', receptionBody())).json() as { code: string; version: number };
    const forwarded = await counter.post(`/api/dossiers/${received.code}/forward`, { expectedVersion: received.version, to: 'tu-phap', assigneeId: t.userId('specialist') });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    late = forwarded.json() as { code: string; version: number };
    // The next day's receptions, so that "today" and "this month" differ.
    t.advance(24 * 60);
    for (const state of ['processing', 'processed'] as const) await prepareDossier({ counter, specialist, chairman }, state);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = async <T>(session: Session, url: string): Promise<T> => {
    const response = await session.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  };
  const listTotal = async (session: Session, query: string) => (await get<{ total: number }>(session, `/api/dossiers?${query}&pageSize=1`)).total;

  it('the city board: received today, due today, in total and per unit', async () => {
    const board = await get<CityBoard>(supervisor, '/api/overview/city');
    // Eleven dossiers received over two days of November (WARD 9, OTHER_WARD 2), two of them today.
    expect(board.total.received).toBe(11);
    expect(board.total.receivedToday).toBe(2);
    expect(await listTotal(supervisor, `receivedFrom=${board.today}&receivedTo=${board.today}`)).toBe(board.total.receivedToday);
    expect(await listTotal(supervisor, `${IN_PROGRESS}&dueOn=${board.today}`)).toBe(board.total.dueToday);
    for (const row of board.units) {
      expect(await listTotal(supervisor, `unitCode=${row.unitCode}&${IN_PROGRESS}&dueOn=${board.today}`)).toBe(row.dueToday);
      expect(await listTotal(supervisor, `unitCode=${row.unitCode}&receivedFrom=${board.today}&receivedTo=${board.today}`)).toBe(row.receivedToday);
    }
  });

  /** The city board's month and apology figures equal their lists, in total and unit by unit. */
  const expectCityLinks = async (board: CityBoard) => {
    const month = `receivedFrom=${board.today.slice(0, 8)}01&receivedTo=${board.today}&receivedOnly=true`;
    expect(await listTotal(supervisor, month)).toBe(board.total.received);
    expect(await listTotal(supervisor, `${IN_PROGRESS}&apologyOwed=true`)).toBe(board.total.apologiesOwed);
    for (const row of board.units) {
      expect(await listTotal(supervisor, `unitCode=${row.unitCode}&${month}`)).toBe(row.received);
      expect(await listTotal(supervisor, `unitCode=${row.unitCode}&${IN_PROGRESS}&apologyOwed=true`)).toBe(row.apologiesOwed);
    }
    // A unit's own leader opens the same list of their unit.
    const ward = board.units.find((row) => row.unitCode === WARD)!;
    expect(await listTotal(leader, `unitCode=${WARD}&apologyOwed=true`)).toBe(ward.apologiesOwed);
  };

  it('the unit board (received today, due today, due on the next working day, awaiting return) and the city board (received in the month, apologies owed), day after day', async () => {
    const seen = { receivedToday: 0, dueToday: 0, dueNextWorkingDay: 0, awaitingReturn: 0, unplaced: 0 };
    const owed = (board: CityBoard, unit: string) => board.units.find((row) => row.unitCode === unit)!.apologiesOwed;
    const city = { wardOnly: false, other: false };
    for (let day = 0; day < 12; day++) {
      const board = await get<UnitBoard>(leader, '/api/overview');
      const unit = `unitCode=${WARD}`;
      expect(await listTotal(leader, `${unit}&receivedFrom=${board.today}&receivedTo=${board.today}`)).toBe(board.receivedToday);
      expect(await listTotal(leader, `${unit}&${IN_PROGRESS}&dueOn=${board.today}`)).toBe(board.dueToday);
      expect(await listTotal(leader, `${unit}&${IN_PROGRESS}&dueOn=${board.nextWorkingDay}`)).toBe(board.dueNextWorkingDay);
      expect(await listTotal(leader, `${unit}&status=9`)).toBe(board.awaitingReturn);
      // w4-links: the rows of "Theo phòng" / "Theo cán bộ" without a department or an officer open their lists too.
      for (const [row, filter] of [
        [board.byDepartment.find((r) => r.code === null), 'unrouted=true'],
        [board.byOfficer.find((r) => r.id === null), 'unassigned=true'],
      ] as const) {
        if (row === undefined) continue;
        expect(await listTotal(leader, `${unit}&${IN_PROGRESS}&${filter}`)).toBe(row.inProgress);
        expect(await listTotal(leader, `${unit}&${IN_PROGRESS}&overdue=true&${filter}`)).toBe(row.overdue);
        expect(await listTotal(leader, `${unit}&${IN_PROGRESS}&dueOn=${board.today}&${filter}`)).toBe(row.dueToday);
        seen.unplaced = Math.max(seen.unplaced, row.inProgress);
      }
      for (const key of ['receivedToday', 'dueToday', 'dueNextWorkingDay', 'awaitingReturn'] as const) seen[key] = Math.max(seen[key], board[key]);
      const cityBoard = await get<CityBoard>(supervisor, '/api/overview/city');
      await expectCityLinks(cityBoard);
      expect(cityBoard.total.received).toBe(11);
      // WARD's five-day window holds dossiers that OTHER_WARD's two-day window does not yet hold.
      if (owed(cityBoard, WARD) > 0 && owed(cityBoard, OTHER_WARD) === 0) city.wardOnly = true;
      if (owed(cityBoard, OTHER_WARD) > 0) city.other = true;
      t.advance(day % 2 === 0 ? 24 * 60 : 3 * 60);
    }
    expect(city).toEqual({ wardOnly: true, other: true });
    // The comparisons above were not all of zeros.
    expect(seen.receivedToday).toBeGreaterThan(0);
    expect(seen.dueToday).toBeGreaterThan(0);
    expect(seen.dueNextWorkingDay).toBeGreaterThan(0);
    expect(seen.awaitingReturn).toBe(3);
    expect(seen.unplaced).toBeGreaterThan(0);
  });

  it('the city board in a new month: its own receptions only, never the dossiers carried over', async () => {
    t.setNow(dayNumberFromYmd(2026, 12, 1) * MINUTES_PER_DAY + 9 * 60);
    const board = await get<CityBoard>(supervisor, '/api/overview/city');
    expect(board.today).toBe('2026-12-01');
    expect(board.total.received).toBe(0);
    expect(board.total.inProgress).toBeGreaterThan(0);
    await expectCityLinks(board);
    expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    const after = await get<CityBoard>(supervisor, '/api/overview/city');
    expect(after.total.received).toBe(1);
    await expectCityLinks(after);
  });

  it('the trend: the received, resolved on time and resolved late of every month open their lists (a unit, the city)', async () => {
    // Resolved now, long after its legal date: a late one in the trend's running month.
    let d = await specialist.post(`/api/dossiers/${late.code}/complete-step`, { expectedVersion: late.version, stepCode: 'xu-ly' });
    expect(d.statusCode, d.body).toBe(200);
    d = await chairman.post(`/api/dossiers/${late.code}/approve`, { expectedVersion: (d.json() as { version: number }).version, resultReference: '16/XN-UBND' });
    expect(d.statusCode, d.body).toBe(200);
    const lastDay = (month: string) => {
      const [year, m] = month.split('-').map(Number) as [number, number];
      return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
    };
    const totals = { received: 0, resolvedOnTime: 0, resolvedLate: 0 };
    for (const [session, url, scope] of [
      [leader, `/api/overview/trend?unitCode=${WARD}`, `unitCode=${WARD}&`],
      [supervisor, '/api/overview/trend', ''],
    ] as const) {
      const trend = await get<Answer<'/api/overview/trend'>>(session, url);
      expect(trend.months).toHaveLength(12);
      for (const month of trend.months) {
        const [from, to] = [`${month.month}-01`, lastDay(month.month)];
        expect(await listTotal(session, `${scope}receivedFrom=${from}&receivedTo=${to}&receivedOnly=true`), month.month).toBe(month.received);
        expect(await listTotal(session, `${scope}closedFrom=${from}&closedTo=${to}&resolved=onTime`), month.month).toBe(month.resolvedOnTime);
        expect(await listTotal(session, `${scope}closedFrom=${from}&closedTo=${to}&resolved=late`), month.month).toBe(month.resolvedLate);
        for (const key of Object.keys(totals) as Array<keyof typeof totals>) totals[key] += month[key];
      }
    }
    // Not all zeros: WARD 10 receptions and the city 12 (November and December), three on time, one late each.
    expect(totals).toEqual({ received: 10 + 12, resolvedOnTime: 3 + 3, resolvedLate: 1 + 1 });
  });

  it('refuses a malformed day in Vietnamese', async () => {
    for (const name of ['dueOn', 'receivedFrom', 'receivedTo', 'closedFrom', 'closedTo']) {
      const response = await leader.get(`/api/dossiers?${name}=2026-13-45`);
      expect(response.statusCode).toBe(400);
      expect((response.json() as { field: string }).field).toBe(name);
    }
  });
});
