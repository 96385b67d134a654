/**
 * Issue 18 on the database, on PGlite and PostgreSQL: the unit overview's queue and satisfaction
 * section equals the periodic report's figures for the same day, and the end-of-day job cancels
 * the tickets still waiting or called at closing (by `system`, once), the clock a parameter.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, START, WARD, type Session, type TestApp } from '../support/api.ts';
import { isoDate, MINUTES_PER_DAY, dayOf } from '../../src/domain/calendar/local-time.ts';
import { endQueueDays } from '../../src/features/queue/end-queue-days.ts';
import { findTicket } from '../../src/features/queue/queue.queries.ts';

/** Tuesday 01/12/2026 08:00: a day no other file's tickets use in this database. */
const DAY = START + 8 * MINUTES_PER_DAY;

forEachDriver('the overview’s queue section and the end-of-day job', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let leader: Session;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(getDb());
    counter = await t.login('counter');
    leader = await t.login('leader');
    t.setNow(DAY);
    const kiosk = async (group: string) => (await t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${WARD}/tickets`, payload: { serviceGroup: group } })).json().id as string;
    ids.served = await kiosk('tu-phap-ho-tich');
    ids.called = await kiosk('tu-phap-ho-tich');
    ids.waiting = await kiosk('tu-phap-ho-tich');
    expect((await counter.post('/api/queue/counter/open', { counter: 2 })).statusCode).toBe(200);
    t.advance(7);
    expect((await counter.post('/api/queue/counter/call-next')).json().ticket.id).toBe(ids.served);
    const act = (id: string, body: Record<string, unknown>) => counter.post(`/api/queue/tickets/${id}/actions`, body);
    expect((await act(ids.served!, { action: 'start' })).statusCode).toBe(200);
    t.advance(10);
    expect((await act(ids.served!, { action: 'serve', outcome: { kind: 'guidance' } })).statusCode).toBe(200);
    const form = (await t.app.inject({ method: 'GET', url: `/api/ratings/tickets/${ids.served}` })).json();
    const overall = form.questions.find((q: { criterion: string }) => q.criterion === 'overall').code;
    const dissatisfied = form.scale.find((l: { sentiment: string }) => l.sentiment === 'dissatisfied').code;
    const rated = await t.app.inject({ method: 'POST', url: `/api/ratings/tickets/${ids.served}`, payload: { channel: 'counter_tablet', answers: [{ question: overall, level: dissatisfied }] } });
    expect(rated.statusCode, rated.body).toBe(201);
    t.advance(3);
    expect((await counter.post('/api/queue/counter/call-next')).json().ticket.id).toBe(ids.called);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the overview shows today’s queue and the month’s satisfaction, equal to the report of the same day', async () => {
    const response = await leader.get(`/api/overview/queue?unitCode=${WARD}`);
    expect(response.statusCode, response.body).toBe(200);
    const overview = response.json();
    const day = isoDate(dayOf(DAY));
    expect(overview.today).toBe(day);
    expect(overview.queue).toMatchObject({ tickets: 3, open: 2, served: 1, noShow: 0, waitMedian: 7, waitP90: 20 });
    expect(overview.satisfaction).toMatchObject({ ratings: 1, satisfied: 0, dissatisfied: 1 });
    expect(overview.satisfaction.byOfficer).toHaveLength(1);

    const report = (await leader.get(`/api/reports?unit=${WARD}&from=${day}&to=${day}`)).json();
    const figures = report.queueSection.queueFigures;
    expect(overview.queue).toMatchObject({
      tickets: report.queue.tickets,
      served: report.queue.served,
      noShow: report.queue.noShow,
      open: figures.total.open,
      cancelled: figures.total.cancelled,
      waitMedian: report.queue.waitMinutes.median,
      waitP90: report.queue.waitMinutes.p90,
    });
    for (const line of overview.queue.byCounter) {
      const theirs = figures.byCounter[line.counter];
      expect({ tickets: line.tickets, served: line.served, open: line.open, waitMedian: line.waitMedian }).toEqual({ tickets: theirs.tickets, served: theirs.served, open: theirs.open, waitMedian: theirs.waitMinutes.median });
    }
    expect(Object.keys(figures.byCounter).sort()).toEqual(overview.queue.byCounter.map((line: { counter: string }) => line.counter).sort());
    // The month so far holds only this day's ratings here, so the report of the day has the same.
    expect({ ratings: overview.satisfaction.ratings, satisfied: overview.satisfaction.satisfied, dissatisfied: overview.satisfaction.dissatisfied }).toEqual(report.satisfaction);
    const [officer] = overview.satisfaction.byOfficer;
    expect(report.queueSection.ratingFigures.byOfficer[officer.officer].dissatisfied).toBe(officer.dissatisfied);
  });

  it('the end-of-day job cancels what is still waiting or called at closing, by system, once', async () => {
    const beforeClosing = dayOf(DAY) * MINUTES_PER_DAY + 16 * 60;
    expect(await endQueueDays(t.ctx, beforeClosing)).toEqual({ cancelled: 0 });
    const closing = dayOf(DAY) * MINUTES_PER_DAY + 17 * 60;
    expect(await endQueueDays(t.ctx, closing)).toEqual({ cancelled: 2 });
    for (const key of ['called', 'waiting']) {
      const state = await findTicket(t.ctx.db, ids[key]!);
      expect(state?.status).toBe('cancelled');
    }
    expect((await findTicket(t.ctx.db, ids.served!))?.status).toBe('served');
    // Idempotent: a second run (or another process) finds nothing left.
    expect(await endQueueDays(t.ctx, closing + 60)).toEqual({ cancelled: 0 });
    const events = (await t.app.inject({ method: 'GET', url: `/api/queue/tickets/${ids.waiting}` })).json();
    expect(events.status).toBe('cancelled');
    const report = (await leader.get(`/api/reports?unit=${WARD}&from=${isoDate(dayOf(DAY))}&to=${isoDate(dayOf(DAY))}`)).json();
    expect(report.queueSection.queueFigures.total).toMatchObject({ tickets: 3, cancelled: 2, open: 0 });
  });
});
