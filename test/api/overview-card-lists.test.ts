/**
 * w3-links (issue 15 §4): the overview's cards that had no list — "Tiếp nhận hôm nay", "Đến hạn
 * hôm nay", "Đến hạn <ngày>", "Chờ trả kết quả" (the unit board) and "Tiếp nhận hôm nay",
 * "Đến hạn hôm nay" (the city board, in total and per unit) — each equals the total of
 * GET /api/dossiers with the filters its link carries (web/src/pages/overview/links.ts), day after
 * day as dossiers fall due. Both drivers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import type { Answer } from '../../web/src/api/types.ts';
import { createTestApp, prepareDossier, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';

type UnitBoard = Answer<'/api/overview'>;
type CityBoard = Answer<'/api/overview/city'>;
const IN_PROGRESS = 'status=2,4,5,6';

forEachDriver('overview cards open their lists', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let supervisor: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    const [counter, specialist, chairman] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('chairman')]);
    [leader, supervisor] = await Promise.all([t.login('leader'), t.login('supervisor')]);
    expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    for (const state of ['processing', 'obligation', 'supplement', 'processed', 'processed'] as const) await prepareDossier({ counter, specialist, chairman }, state);
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
    // Eight dossiers received over two days of November, two of them today.
    expect(board.total.received).toBe(8);
    expect(board.total.receivedToday).toBe(2);
    expect(await listTotal(supervisor, `receivedFrom=${board.today}&receivedTo=${board.today}`)).toBe(board.total.receivedToday);
    // "Tiếp nhận trong tháng" is the report's count (carried-over dossiers too): not linked.
    expect(await listTotal(supervisor, `${IN_PROGRESS}&dueOn=${board.today}`)).toBe(board.total.dueToday);
    for (const row of board.units) {
      expect(await listTotal(supervisor, `unitCode=${row.unitCode}&${IN_PROGRESS}&dueOn=${board.today}`)).toBe(row.dueToday);
      expect(await listTotal(supervisor, `unitCode=${row.unitCode}&receivedFrom=${board.today}&receivedTo=${board.today}`)).toBe(row.receivedToday);
    }
  });

  it('the unit board: received today, due today, due on the next working day, awaiting return', async () => {
    const seen = { receivedToday: 0, dueToday: 0, dueNextWorkingDay: 0, awaitingReturn: 0 };
    for (let day = 0; day < 12; day++) {
      const board = await get<UnitBoard>(leader, '/api/overview');
      const unit = `unitCode=${WARD}`;
      expect(await listTotal(leader, `${unit}&receivedFrom=${board.today}&receivedTo=${board.today}`)).toBe(board.receivedToday);
      expect(await listTotal(leader, `${unit}&${IN_PROGRESS}&dueOn=${board.today}`)).toBe(board.dueToday);
      expect(await listTotal(leader, `${unit}&${IN_PROGRESS}&dueOn=${board.nextWorkingDay}`)).toBe(board.dueNextWorkingDay);
      expect(await listTotal(leader, `${unit}&status=9`)).toBe(board.awaitingReturn);
      for (const key of Object.keys(seen) as Array<keyof typeof seen>) seen[key] = Math.max(seen[key], board[key]);
      t.advance(day % 2 === 0 ? 24 * 60 : 3 * 60);
    }
    // The comparisons above were not all of zeros.
    expect(seen.receivedToday).toBeGreaterThan(0);
    expect(seen.dueToday).toBeGreaterThan(0);
    expect(seen.dueNextWorkingDay).toBeGreaterThan(0);
    expect(seen.awaitingReturn).toBe(3);
  });

  it('refuses a malformed day in Vietnamese', async () => {
    for (const name of ['dueOn', 'receivedFrom', 'receivedTo']) {
      const response = await leader.get(`/api/dossiers?${name}=2026-13-45`);
      expect(response.statusCode).toBe(400);
      expect((response.json() as { field: string }).field).toBe(name);
    }
  });
});
