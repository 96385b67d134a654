/**
 * The queue on the live stream (issue 16 §1, branch w3-follow): a ticket issued at the kiosk,
 * called, served, and a counter opened are heard, after their commit, by the unit's staff and
 * its city supervisor — ticket numbers, statuses and counters only — and by nobody of another
 * ward. Runs on both drivers. Absence is asserted by order (notices arrive in commit order).
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, START, WARD, OTHER_WARD, type Session, type TestApp } from '../support/api.ts';
import { openTestStream, type StreamEvent, type TestEventStream } from '../support/event-stream.ts';
import { MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { notifyChanges } from '../../src/platform/changes/changes.store.ts';

type QueueEvent = { kind: string; unitCode: string; ticket: { label: string; status: string } | null; counter: number | null };

const queueEvent = (matches: (event: QueueEvent) => boolean) => (event: StreamEvent) => event.event === 'change' && (event.data as QueueEvent).kind === 'queue' && matches(event.data as QueueEvent);

forEachDriver('the queue on the live stream', (getDb) => {
  let t: TestApp;
  let base: string;
  const open: TestEventStream[] = [];
  beforeAll(async () => {
    // A Wednesday (Tuesday 24/11 is a holiday) no other test of this file issues on.
    t = await createTestApp(getDb(), { start: START + 2 * MINUTES_PER_DAY });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const s of open) s.close();
    await t.close();
  });
  const watch = async (session: Session) => {
    const s = await openTestStream(`${base}/api/stream`, session.cookie);
    expect(s.status).toBe(200);
    await s.next((event) => event.event === 'ready');
    open.push(s);
    return s;
  };
  const kiosk = async (unitCode: string) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${unitCode}/tickets`, payload: { serviceGroup: 'chung-thuc' } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; label: string };
  };

  it('tells the unit and its city supervisor of a ticket issued, called and served, with numbers and counters only', async () => {
    const counter = await t.login('counter');
    const admin = await t.login('admin');
    const [officerView, leaderView, cityView, otherWardView, adminView] = await Promise.all([watch(counter), watch(await t.login('leader')), watch(await t.login('supervisor')), watch(await t.login('otherCounter')), watch(admin)]);
    const ticket = await kiosk(WARD);
    for (const view of [officerView, leaderView, cityView]) {
      const event = await view.next(queueEvent((e) => e.ticket?.label === ticket.label));
      expect(event.data).toEqual({ kind: 'queue', unitCode: WARD, ticket: { label: ticket.label, status: 'waiting' }, counter: null });
    }
    // The public board counts it among the group's waiting tickets (numbers only).
    const board = (await t.app.inject({ method: 'GET', url: `/api/queue/board/${WARD}` })).json() as { waiting: Array<{ code: string; waiting: number }> };
    expect(board.waiting.find((group) => group.code === 'chung-thuc')?.waiting).toBe(1);
    const opened = await counter.post('/api/queue/counter/open', { counter: 1 });
    expect(opened.statusCode, opened.body).toBe(200);
    expect((await leaderView.next(queueEvent((e) => e.ticket === null))).data).toEqual({ kind: 'queue', unitCode: WARD, ticket: null, counter: 1 });
    const called = await counter.post('/api/queue/counter/call-next');
    expect(called.json().ticket.label).toBe(ticket.label);
    expect((await leaderView.next(queueEvent((e) => e.ticket?.status === 'called'))).data).toEqual({ kind: 'queue', unitCode: WARD, ticket: { label: ticket.label, status: 'called' }, counter: 1 });
    expect((await counter.post(`/api/queue/tickets/${ticket.id}/actions`, { action: 'start' })).statusCode).toBe(200);
    const reception = await counter.post('/api/dossiers', receptionBody());
    expect(reception.statusCode, reception.body).toBe(201);
    const served = await counter.post(`/api/queue/tickets/${ticket.id}/actions`, { action: 'serve', outcome: { kind: 'dossiers', dossierCodes: [reception.json().code] } });
    expect(served.statusCode, served.body).toBe(200);
    const done = await cityView.next(queueEvent((e) => e.ticket?.status === 'served'));
    expect(done.data).toMatchObject({ ticket: { label: ticket.label }, counter: 1 });
    // No name, no dossier in any queue notice (the dossier's own notice is a `dossiers` one).
    for (const event of leaderView.received.filter(queueEvent(() => true))) expect(Object.keys(event.data as object).sort()).toEqual(['counter', 'kind', 'ticket', 'unitCode']);
    // The other ward hears of its own kiosk first, and of nothing of this ward before it.
    const own = await kiosk(OTHER_WARD);
    expect((await otherWardView.next((event) => event.event === 'change')).data).toMatchObject({ kind: 'queue', unitCode: OTHER_WARD, ticket: { label: own.label } });
    expect(otherWardView.received.some(queueEvent((e) => e.unitCode === WARD))).toBe(false);
    const closed = await counter.post('/api/queue/counter/close');
    expect(closed.statusCode, closed.body).toBe(204);
    expect((await leaderView.next(queueEvent((e) => e.ticket === null && e.counter === 1))).data).toMatchObject({ unitCode: WARD });
    // The administrator (no unit's work to see) hears a marker addressed to them, and no queue notice before it.
    await notifyChanges(t.ctx.db, [{ kind: 'alerts', unitCode: WARD, userIds: [t.userId('admin')] }]);
    await adminView.next((event) => (event.data as { kind?: string }).kind === 'alerts');
    expect(adminView.received.some(queueEvent(() => true))).toBe(false);
  });
});
