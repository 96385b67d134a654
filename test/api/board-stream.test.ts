/**
 * The waiting-room board's public stream (GET /api/queue/board/{unitCode}/stream, issue 16 §1): a
 * screen with no session hears, after their commit, that its unit's queue changed — the unit's
 * code only, no ticket number, no citizen's data — and nothing of another unit's queue; an unknown
 * unit is a Vietnamese 404; open streams are bounded per client address (429). Both drivers.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, START, WARD, OTHER_WARD, type TestApp } from '../support/api.ts';
import { openTestStream, type StreamEvent, type TestEventStream } from '../support/event-stream.ts';
import { MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { PUBLIC_BOARD_STREAMS_PER_ADDRESS } from '../../src/features/queue/follow-board.ts';

forEachDriver('the public board stream', (getDb) => {
  let t: TestApp;
  let base: string;
  const open: TestEventStream[] = [];
  beforeAll(async () => {
    // A Wednesday (Tuesday 24/11 is a holiday), a working day for the kiosk.
    t = await createTestApp(getDb(), { start: START + 2 * MINUTES_PER_DAY });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of open) s.close();
    await t.close();
  });
  const watch = async (unitCode: string) => {
    const s = await openTestStream(`${base}/api/queue/board/${unitCode}/stream`, '');
    open.push(s);
    return s;
  };
  const kiosk = async (unitCode: string) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${unitCode}/tickets`, payload: { serviceGroup: 'chung-thuc' } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { label: string };
  };
  const change = (event: StreamEvent) => event.event === 'change';

  it('tells a screen without a session that its unit’s queue changed, naming the unit only', async () => {
    const board = await watch(WARD);
    expect(board.status).toBe(200);
    expect((await board.next((event) => event.event === 'ready')).data).toEqual({ unitCode: WARD });
    // Another unit's ticket first, then this unit's: the first change heard is this unit's.
    await kiosk(OTHER_WARD);
    const ticket = await kiosk(WARD);
    expect((await board.next(change)).data).toEqual({ kind: 'queue', unitCode: WARD });
    expect(board.received.filter(change).every((event) => (event.data as { unitCode: string }).unitCode === WARD)).toBe(true);
    expect(JSON.stringify(board.received)).not.toContain(ticket.label);
    // What the screen then reloads is the public board, which counts the new ticket.
    const shown = (await t.app.inject({ method: 'GET', url: `/api/queue/board/${WARD}` })).json() as { waiting: Array<{ code: string; waiting: number }> };
    expect(shown.waiting.find((group) => group.code === 'chung-thuc')?.waiting).toBeGreaterThanOrEqual(1);
  });

  it('refuses an unknown unit with a Vietnamese 404 and too many screens at one address with a 429', async () => {
    const unknown = await fetch(`${base}/api/queue/board/KHONG.CO/stream`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/đơn vị/i);
    const streams: TestEventStream[] = [];
    for (let i = open.length; i < PUBLIC_BOARD_STREAMS_PER_ADDRESS; i += 1) streams.push(await watch(WARD));
    for (const s of streams) expect(s.status).toBe(200);
    const refused = await fetch(`${base}/api/queue/board/${WARD}/stream`);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { message: string }).message).toMatch(/quá nhiều màn hình/);
    // A screen closed frees its place.
    open.pop()!.close();
    await expect.poll(async () => {
      const again = await fetch(`${base}/api/queue/board/${WARD}/stream`);
      const status = again.status;
      if (status === 200) await again.body?.cancel();
      return status;
    }).toBe(200);
  });
});
