/**
 * The queue on the database, on PGlite and PostgreSQL: the kiosk issues numbers that restart
 * daily and follow the unit's working calendar; counters open with groups, call next in one
 * transaction (10 counters × 500 tickets at once: none called twice, none lost; the SQL picks
 * what `selectNext` picks), recall, no-show after the recall limit, rejoin, transfer, serve with
 * the dossier received; the board and the ticket page; one anonymous rating per visit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS, createTestApp, PASSWORD, receptionBody, START, WARD, type Session, type TestApp } from '../support/api.ts';
import { MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { DEFAULT_QUEUE_CONFIG } from '../../src/domain/queue/queue-config.ts';
import { callContext, selectNext, type QueuedTicket } from '../../src/domain/queue/call-order.ts';
import type { CounterSession } from '../../src/domain/queue/counter.ts';
import { queueTicketEvents, queueTickets, units } from '../../src/platform/db/schema.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import type { CurrentUser } from '../../src/platform/context.ts';
import { issueTicket } from '../../src/features/queue/issue-ticket.ts';
import { openCounter } from '../../src/features/queue/open-counter.ts';
import { callNext } from '../../src/features/queue/call-next.ts';
import { actOnTicket } from '../../src/features/queue/act-on-ticket.ts';
import { lockNextTicket } from '../../src/features/queue/queue.store.ts';

const KIOSK = { id: 'kiosk', role: 'citizen' } as const;
/** Monday 07/12/2026 08:00 and the days after: days no other part of this file issues on. */
const CONCURRENCY_DAY = START + 14 * MINUTES_PER_DAY;
const SUNDAY = START - 1 * MINUTES_PER_DAY;

const TEN_COUNTERS = Array.from({ length: 10 }, (_, i) => ({
  number: i + 1,
  name: `Quầy ${i + 1}`,
  groups: [DEFAULT_QUEUE_CONFIG.serviceGroups[i % 4]!.code],
  takesOtherGroups: true,
}));

forEachDriver('queue on the database', (getDb) => {
  let t: TestApp;
  let counter: Session;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    const [ward] = await getDb().db.select({ settings: units.settings }).from(units).where(eq(units.code, WARD));
    await getDb().db.update(units).set({ settings: { ...ward!.settings, queue: { ...DEFAULT_QUEUE_CONFIG, counters: TEN_COUNTERS } } as never }).where(eq(units.code, WARD));
    counter = await t.login('counter');
  });
  afterAll(async () => {
    await t.close();
  });

  async function kiosk(serviceGroup: string, priorityGroup?: string) {
    const response = await t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${WARD}/tickets`, payload: { serviceGroup, ...(priorityGroup ? { priorityGroup } : {}) } });
    return response;
  }

  it('the kiosk issues numbers per group that restart the next day, and refuses on a day off', async () => {
    t.setNow(START);
    const setup = await t.app.inject({ method: 'GET', url: `/api/queue/kiosk/${WARD}` });
    expect(setup.statusCode).toBe(200);
    expect(setup.json().open).toBe(true);
    expect(setup.json().groups.map((g: { code: string }) => g.code)).toContain('chung-thuc');
    const first = await kiosk('chung-thuc');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().label).toBe('1001');
    expect((await kiosk('chung-thuc')).json().label).toBe('1002');
    expect((await kiosk('tu-phap-ho-tich')).json().label).toBe('2001');
    t.setNow(START + 2 * MINUTES_PER_DAY); // Wednesday (Tuesday 24/11 is a holiday)
    expect((await kiosk('chung-thuc')).json().label).toBe('1001');
    t.setNow(SUNDAY + 9 * 60);
    const closed = await kiosk('chung-thuc');
    expect(closed.statusCode).toBe(409);
    expect(closed.json().message).toMatch(/không làm việc/);
    const unknown = await kiosk('khong-co');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toBe('Không có nhóm dịch vụ "khong-co".');
  });

  it('a counter calls priority first, recalls, records the no-show only after two recalls, rejoins, transfers, serves with the dossier received; the board and the rating follow', async () => {
    const day = START + 3 * MINUTES_PER_DAY; // Thursday
    t.setNow(day);
    const plain = (await kiosk('tu-phap-ho-tich')).json();
    const elderly = (await kiosk('tu-phap-ho-tich', 'nguoi-cao-tuoi')).json();
    expect(elderly.ahead).toBe(0);
    const open = await counter.post('/api/queue/counter/open', { counter: 2 });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().groups).toEqual(['tu-phap-ho-tich']);

    const called = await counter.post('/api/queue/counter/call-next');
    expect(called.json().ticket.label).toBe(elderly.label);
    const busy = await counter.post('/api/queue/counter/call-next');
    expect(busy.statusCode).toBe(409);
    const act = (id: string, body: Record<string, unknown>) => counter.post(`/api/queue/tickets/${id}/actions`, body);
    expect((await act(elderly.id, { action: 'no_show' })).json().message).toMatch(/Chưa mời lại đủ số lần/);
    expect((await act(elderly.id, { action: 'recall' })).statusCode).toBe(200);
    expect((await act(elderly.id, { action: 'recall' })).json().recalls).toBe(2);
    const board = (await t.app.inject({ method: 'GET', url: `/api/queue/board/${WARD}` })).json();
    expect(board.counters.find((c: { number: number }) => c.number === 2).current.display).toBe(`Mời công dân có số ${elderly.label} đến quầy số 2`);
    expect(board.lastCalls[0].speech).toMatch(/^Mời công dân có số hai, không, không, (một|hai), đến quầy số hai\.$/);
    expect((await act(elderly.id, { action: 'no_show' })).json().status).toBe('missed');

    t.advance(5);
    const second = (await counter.post('/api/queue/counter/call-next')).json().ticket;
    expect(second.label).toBe(plain.label);
    const transferred = await act(plain.id, { action: 'transfer', toGroup: 'chung-thuc' });
    expect(transferred.json().status).toBe('waiting');
    expect((await act(elderly.id, { action: 'rejoin' })).json().status).toBe('waiting');
    // The missed ticket is back at the end of group 2's queue, and it is the only one there.
    t.advance(1);
    expect((await counter.post('/api/queue/counter/call-next')).json().ticket.label).toBe(elderly.label);
    expect((await act(elderly.id, { action: 'start' })).json().status).toBe('serving');
    t.advance(12);
    const bad = await act(elderly.id, { action: 'serve', outcome: { kind: 'dossiers', dossierCodes: [`${WARD}-261126-9999`] } });
    expect(bad.statusCode).toBe(400);
    const received = await counter.post('/api/dossiers', receptionBody());
    expect(received.statusCode, received.body).toBe(201);
    const served = await act(elderly.id, { action: 'serve', outcome: { kind: 'dossiers', dossierCodes: [received.json().code] } });
    expect(served.statusCode, served.body).toBe(200);
    expect(served.json().status).toBe('served');

    const page = (await t.app.inject({ method: 'GET', url: `/api/queue/tickets/${elderly.id}` })).json();
    expect(page.mayRate).toBe(true);
    const tablet = (await t.app.inject({ method: 'GET', url: `/api/ratings/counters/${WARD}/2` })).json();
    expect(tablet.ticketId).toBe(elderly.id);
    const answers = [
      { question: 'chung', level: 'hai-long' },
    ];
    const form = (await t.app.inject({ method: 'GET', url: `/api/ratings/tickets/${elderly.id}` })).json();
    expect(form.closedReason).toBeNull();
    const overall = form.questions.find((q: { criterion: string }) => q.criterion === 'overall').code;
    const satisfied = form.scale.find((l: { sentiment: string }) => l.sentiment === 'satisfied').code;
    answers[0] = { question: overall, level: satisfied };
    const rated = await t.app.inject({ method: 'POST', url: `/api/ratings/tickets/${elderly.id}`, payload: { channel: 'counter_tablet', answers } });
    expect(rated.statusCode, rated.body).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: `/api/ratings/tickets/${elderly.id}`, payload: { channel: 'ticket_qr', answers } });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Lượt phục vụ này đã được đánh giá; mỗi lượt chỉ đánh giá một lần.');
    expect((await t.app.inject({ method: 'GET', url: `/api/ratings/counters/${WARD}/2` })).json().ticketId).toBeNull();
    expect((await counter.post('/api/queue/counter/close')).statusCode).toBe(204);
  });

  it('the call-next SQL picks what selectNext picks', async () => {
    const day = START + 4 * MINUTES_PER_DAY; // Friday
    t.setNow(day);
    const groups = ['chung-thuc', 'tu-phap-ho-tich', 'kinh-te', 'cu-tru'];
    const priorities = [undefined, undefined, 'nguoi-khuyet-tat'];
    for (let i = 0; i < 24; i++) await issueTicket(t.ctx, { unitCode: WARD, serviceGroup: groups[(i * 7) % 4]!, ...(priorities[i % 3] ? { priorityGroup: priorities[i % 3]! } : {}) }, KIOSK);
    const rows = await t.ctx.db.select().from(queueTickets).where(eq(queueTickets.day, Math.floor(day / MINUTES_PER_DAY)));
    const tickets: QueuedTicket[] = rows.map((r) => ({ id: r.id, status: r.status, serviceGroup: r.serviceGroup, priorityRank: r.priorityRank, position: r.position, ...(r.targetCounter ? { targetCounter: r.targetCounter } : {}) }));
    const config = { ...DEFAULT_QUEUE_CONFIG, counters: TEN_COUNTERS };
    const sessions: CounterSession[] = [
      { counter: 1, officerId: 'a', groups: ['kinh-te'], takesOtherGroups: true },
      { counter: 2, officerId: 'b', groups: ['cu-tru'], takesOtherGroups: false },
      { counter: 3, officerId: 'c', groups: ['van-hoa-xa-hoi'], takesOtherGroups: false },
      { counter: 4, officerId: 'd', groups: ['chung-thuc', 'tu-phap-ho-tich'], takesOtherGroups: true },
    ];
    for (const session of sessions) {
      const context = callContext(config, sessions);
      const sqlPick = await t.ctx.db.transaction((tx) => lockNextTicket(tx, WARD, Math.floor(day / MINUTES_PER_DAY), session, context));
      expect(sqlPick, `counter ${session.counter}`).toBe(selectNext(tickets, session, context)?.id);
    }
  });

  it('the periodic report gains the queue and satisfaction figures (JSON, XLSX) and QĐ 766 5.4', async () => {
    const leader = await t.login('leader');
    const response = await leader.get(`/api/reports?unit=${WARD}&from=2026-11-01&to=2026-11-30`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    // Monday 3 + Wednesday 1 + Thursday 2 + Friday 24 tickets; one served (the elderly citizen, rejoined), none missed now.
    expect(report.queue).toEqual({ tickets: 30, served: 1, noShow: 0, waitMinutes: { median: 0, p90: 5 } });
    expect(report.satisfaction).toEqual({ ratings: 1, satisfied: 1, dissatisfied: 0 });
    expect(report.queueSection.queueFigures.byCounter['2'].served).toBe(1);
    const byOfficer = report.queueSection.ratingFigures.byOfficer as Record<string, { ratings: number }>;
    expect(Object.values(byOfficer).map((figures) => figures.ratings)).toEqual([1]);
    expect(Object.keys(byOfficer)[0]).not.toMatch(/^[0-9a-f-]{36}$/); // a name, not an id
    expect(report.queueSection.satisfactionIndex.id).toBe('5.4');
    expect(report.queueSection.satisfactionIndex.complained.withDissatisfiedRating).toEqual([]);
    expect(report.total).toBeDefined();
    const xlsx = await leader.get(`/api/reports/xlsx?unit=${WARD}&from=2026-11-01&to=2026-11-30`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Hàng đợi', 'Đánh giá hài lòng', 'Chỉ tiêu 5.4']));
  });

  it('10 counters call 500 tickets at once: none is called twice, none is lost', async () => {
    t.setNow(CONCURRENCY_DAY);
    const day = Math.floor(CONCURRENCY_DAY / MINUTES_PER_DAY);
    const groups = TEN_COUNTERS.map((c) => c.groups[0]!);
    for (let i = 0; i < 500; i++) await issueTicket(t.ctx, { unitCode: WARD, serviceGroup: groups[i % 4]!, ...(i % 9 === 0 ? { priorityGroup: 'nguoi-cao-tuoi' } : {}) }, KIOSK);
    const officers: CurrentUser[] = [];
    for (let i = 1; i <= 10; i++) {
      const user = await createUser(t.ctx.db, { username: `quay.${i}`, fullName: `Công chức quầy ${i}`, password: PASSWORD, role: 'counter_officer', unitCode: WARD, departmentCode: null });
      officers.push({ id: user.id, username: user.username, fullName: user.fullName, role: 'counter_officer', unitCode: WARD, departmentCode: null });
      await openCounter(t.ctx, officers[i - 1]!, { counter: i, takesOtherGroups: true });
    }
    const calledBy = await Promise.all(
      officers.map(async (officer) => {
        const mine: string[] = [];
        for (;;) {
          const ticket = await callNext(t.ctx, officer);
          if (!ticket) return mine;
          mine.push(ticket.id);
          await actOnTicket(t.ctx, officer, ticket.id, { action: 'start' });
          await actOnTicket(t.ctx, officer, ticket.id, { action: 'serve', outcome: { kind: 'guidance' } });
        }
      }),
    );
    const all = calledBy.flat();
    expect(all).toHaveLength(500);
    expect(new Set(all).size).toBe(500);
    expect(calledBy.filter((list) => list.length > 0).length).toBeGreaterThan(1);
    const rows = await t.ctx.db.select({ id: queueTickets.id, status: queueTickets.status }).from(queueTickets).where(eq(queueTickets.day, day));
    expect(rows).toHaveLength(500);
    expect(rows.every((r) => r.status === 'served')).toBe(true);
    const calls = await t.ctx.db.select({ ticketId: queueTicketEvents.ticketId }).from(queueTicketEvents).innerJoin(queueTickets, eq(queueTickets.id, queueTicketEvents.ticketId)).where(eq(queueTicketEvents.type, 'called'));
    const today = new Set(rows.map((r) => r.id));
    expect(calls.filter((c) => today.has(c.ticketId))).toHaveLength(500);
  }, 600_000);
});

describe('queue accounts', () => {
  it('uses the counter officer of the test city', () => {
    expect(ACCOUNTS.counter.role).toBe('counter_officer');
  });
});
