/**
 * "Việc của tôi" tells the truth (issue 14 §4): on a seeded population of dossiers at every
 * kind of step, for each officer of the five roles, the tab counts (GET /api/dossiers/queues)
 * equal the lengths of the tab lists (GET /api/dossiers?queue=…), and both equal the pure
 * definition (domain/dossier/work.ts queueCounts over the folded histories); the dashboard's
 * "Chờ trả kết quả" equals the desk's tab. Rows stored before the work columns are folded again
 * at start-up. PGlite and PostgreSQL.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS, createTestApp, receptionBody, type AccountName, type Session, type TestApp } from '../support/api.ts';
import { dossiers } from '../../src/platform/db/schema.ts';
import { loadDossierEvents } from '../../src/platform/events/event-store.ts';
import { fromRecord } from '../../src/platform/events/dossier-fold.ts';
import { refoldWork } from '../../src/platform/events/refold-work.ts';
import { foldDossier } from '../../src/domain/dossier/fold.ts';
import { queueCounts, QUEUES } from '../../src/domain/dossier/work.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';

const OFFICERS: AccountName[] = ['counter', 'specialist', 'head', 'otherHead', 'leader', 'chairman'];

forEachDriver('work queues', (getDb) => {
  let t: TestApp;
  const as = {} as Record<AccountName, Session>;

  async function act(who: AccountName, code: string, action: string, body: Record<string, unknown> = {}): Promise<void> {
    const current = (await as[who].get(`/api/dossiers/${code}`)).json() as { version: number };
    const response = await as[who].post(`/api/dossiers/${code}/${action}`, { expectedVersion: current.version, ...body });
    expect(response.statusCode, `${who} ${action}: ${response.body}`).toBe(200);
  }
  async function receive(body: Record<string, unknown> = {}): Promise<string> {
    const response = await as.counter.post('/api/dossiers', receptionBody(body));
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { code: string }).code;
  }

  beforeAll(async () => {
    t = await createTestApp(getDb());
    for (const who of OFFICERS) as[who] = await t.login(who);
    const specialistId = t.userId('specialist');
    // One dossier at each kind of work.
    await receive({ mode: 'submit', channel: 'online' }); // receive (desk)
    await receive(); // route (desk)
    const unassigned = await receive();
    await act('counter', unassigned, 'forward', { to: 'tu-phap' }); // assign (head of tu-phap)
    const inKinhTe = await receive();
    await act('counter', inKinhTe, 'forward', { to: 'kinh-te' }); // assign (head of kinh-te)
    const atWork = await receive();
    await act('counter', atWork, 'forward', { to: 'tu-phap', assigneeId: specialistId }); // process (the specialist)
    const atSignature = await receive();
    await act('counter', atSignature, 'forward', { to: 'tu-phap', assigneeId: specialistId });
    await act('specialist', atSignature, 'complete-step', { stepCode: 'xu-ly' }); // approve (chairman)
    const supplement = await receive();
    await act('counter', supplement, 'forward', { to: 'tu-phap', assigneeId: specialistId });
    await act('specialist', supplement, 'request-supplement', { reason: 'Thiếu giấy xác nhận cư trú' }); // supplement (desk)
    for (let i = 0; i < 2; i++) {
      const done = await receive();
      await act('counter', done, 'forward', { to: 'tu-phap', assigneeId: specialistId });
      await act('specialist', done, 'complete-step', { stepCode: 'xu-ly' });
      await act('chairman', done, 'approve', { resultReference: `1${i}/XN-UBND` }); // return (desk)
    }
    const sentBack = await receive();
    await act('counter', sentBack, 'forward', { to: 'tu-phap', assigneeId: specialistId });
    await act('specialist', sentBack, 'complete-step', { stepCode: 'xu-ly' });
    await act('chairman', sentBack, 'send-back', { stepCode: 'phe-duyet', toStepCode: 'xu-ly', reason: 'Sai họ tên' }); // process (the specialist again)
  });
  afterAll(async () => {
    await t.close();
  });

  async function foldedStates(): Promise<DossierState[]> {
    const { db } = getDb();
    const codes = await db.select({ code: dossiers.code }).from(dossiers);
    const { calendar } = await t.ctx.calendars.forUnit(ACCOUNTS.counter.unitCode);
    return Promise.all(codes.map(async ({ code }) => foldDossier(code, (await db.transaction((tx) => loadDossierEvents(tx, code))).map(fromRecord), { calendar })));
  }

  it('tab counts = tab list lengths = the pure queue counts, for each officer of the five roles', async () => {
    const states = await foldedStates();
    const seen = new Set<string>();
    for (const who of OFFICERS) {
      const { queues } = (await as[who].get('/api/dossiers/queues')).json() as { queues: Array<{ key: string; count: number }> };
      const officer = { id: t.userId(who), role: ACCOUNTS[who].role, unitCode: ACCOUNTS[who].unitCode, departmentCode: ACCOUNTS[who].departmentCode };
      const pure = queueCounts(states, officer);
      for (const queue of queues) {
        const list = (await as[who].get(`/api/dossiers?queue=${queue.key}&pageSize=200`)).json() as { total: number; items: unknown[] };
        expect(list.total, `${who} ${queue.key}`).toBe(queue.count);
        expect(list.items).toHaveLength(queue.count);
        const expected = queue.key === 'viec-cua-toi' ? Object.values(pure).reduce((a, b) => a + b, 0) : pure[queue.key as keyof typeof pure];
        expect(queue.count, `${who} ${queue.key} against work.ts`).toBe(expected);
        if (queue.count > 0) seen.add(queue.key);
      }
    }
    // The population reaches every queue a desk, a head and a chairman can have.
    // The population reaches every queue but the financial obligations.
    expect([...seen].sort()).toEqual(['viec-cua-toi', ...QUEUES.map((q) => q.key).filter((k) => k !== 'nghia-vu-tai-chinh')].sort());
  });

  it('each role sees its own work only: the chairman one signature, the heads their own department, the specialist what is named to them', async () => {
    const count = async (who: AccountName, key: string) => ((await as[who].get('/api/dossiers/queues')).json() as { queues: Array<{ key: string; count: number }> }).queues.find((q) => q.key === key)?.count;
    expect(await count('chairman', 'cho-phe-duyet')).toBe(1);
    expect(await count('leader', 'cho-phe-duyet')).toBe(0);
    expect(await count('head', 'cho-phan-cong')).toBe(1);
    expect(await count('otherHead', 'cho-phan-cong')).toBe(1);
    expect(await count('head', 'cho-phe-duyet')).toBe(0);
    expect(await count('specialist', 'cho-xu-ly')).toBe(2);
    expect(await count('counter', 'cho-tra')).toBe(2);
    expect(await count('counter', 'cho-chuyen')).toBe(1);
    expect(await count('specialist', 'cho-tra')).toBeUndefined();
  });

  it('the dashboard\'s "Chờ trả kết quả" is the desk\'s tab, whenever the dossiers were received', async () => {
    t.advance(3 * 24 * 60);
    const overview = (await as.leader.get('/api/overview')).json() as { awaitingReturn: number };
    const desk = ((await as.counter.get('/api/dossiers/queues')).json() as { queues: Array<{ key: string; count: number }> }).queues.find((q) => q.key === 'cho-tra')!;
    expect(overview.awaitingReturn).toBe(desk.count);
    expect(desk.count).toBe(2);
  });

  it('rows stored before the work columns are folded again at start-up', async () => {
    const { db } = getDb();
    const before = await db.select().from(dossiers);
    await db.update(dossiers).set({ workKind: null, workRole: null, workDepartment: null, workAssignee: null, workStep: null, workFolded: false });
    expect(await refoldWork(db, t.ctx.calendars)).toBeGreaterThan(0);
    const after = await db.select().from(dossiers);
    const columns = (rows: typeof before) => rows.map((r) => [r.code, r.workKind, r.workRole, r.workDepartment, r.workAssignee, r.workStep, r.workFolded]).sort();
    expect(columns(after)).toEqual(columns(before));
    expect(await refoldWork(db, t.ctx.calendars)).toBe(0);
    expect((await db.select({ n: dossiers.code }).from(dossiers).where(eq(dossiers.workFolded, false))).length).toBe(0);
  });
});
