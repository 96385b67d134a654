/**
 * GET /api/stream (issue 16 §1): a viewer hears, within its scope and without personal data,
 * that dossiers changed; its stream ends with its session; two servers on one database hear
 * each other's changes (here two apps with their own connections in one process; the test
 * with two `motcua serve` processes is live-processes.test.ts). Runs on both drivers.
 *
 * Absence is asserted by order, not by waiting: notices arrive in commit order, so when a
 * viewer's next event is about the second dossier, it did not hear of the first.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createPostgresTestDatabase, describeOnPostgres, forEachDriver, urlForDatabase } from '../support/db.ts';
import { createPgPool, databaseFromPool, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { createTestApp, receptionBody, type Session, type TestApp } from '../support/api.ts';
import { openTestStream, type StreamEvent, type TestEventStream } from '../support/event-stream.ts';

type DossiersEvent = { kind: string; unitCode: string; dossiers: Array<{ code: string; events: string[] }> };

const about = (code: string) => (event: StreamEvent) => event.event === 'change' && ((event.data as DossiersEvent).dossiers ?? []).some((d) => d.code === code);
const anyChange = (event: StreamEvent) => event.event === 'change';

async function listening(t: TestApp): Promise<string> {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}

async function receive(counter: Session, body = receptionBody()): Promise<{ code: string; version: number }> {
  const response = await counter.post('/api/dossiers', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { code: string; version: number };
}

async function stream(base: string, session: Session): Promise<TestEventStream> {
  const opened = await openTestStream(`${base}/api/stream`, session.cookie);
  expect(opened.status).toBe(200);
  await opened.next((event) => event.event === 'ready');
  return opened;
}

forEachDriver('live stream', (getDb) => {
  let t: TestApp;
  let base: string;
  const open: TestEventStream[] = [];
  beforeAll(async () => {
    t = await createTestApp(getDb());
    base = await listening(t);
  });
  afterAll(async () => {
    for (const s of open) s.close();
    await t.close();
  });
  const watch = async (session: Session) => {
    const s = await stream(base, session);
    open.push(s);
    return s;
  };

  it('refuses a viewer without a session with a Vietnamese 401', async () => {
    const response = await fetch(`${base}/api/stream`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toContain('đăng nhập');
  });

  it('tells the unit, the city supervisor and nobody else that a dossier was received, without personal data', async () => {
    const counter = await t.login('counter');
    const otherCounter = await t.login('otherCounter');
    const [unitView, cityView, otherWardView, otherCityView] = await Promise.all([watch(counter), watch(await t.login('supervisor')), watch(otherCounter), watch(await t.login('otherSupervisor'))]);
    const received = await receive(counter);
    for (const view of [unitView, cityView]) {
      const event = await view.next(about(received.code));
      expect(event.data).toMatchObject({ kind: 'dossiers', unitCode: '000.01.24.H24', dossiers: [{ code: received.code, events: ['received'] }] });
      const text = JSON.stringify(event.data);
      for (const personal of ['Nguyễn Thị Bình', '031190004567', '0912345678', 'Lê Lợi']) expect(text).not.toContain(personal);
    }
    // The other ward hears of its own reception first: nothing of the first one came before it.
    const own = await receive(otherCounter);
    expect(await otherWardView.next(anyChange)).toMatchObject({ data: { dossiers: [{ code: own.code }] } });
    expect(otherWardView.received.some(about(received.code))).toBe(false);
    // The other city's supervisor heard of neither ward (both notices came before this check's).
    expect(otherCityView.received.filter(anyChange)).toEqual([]);
  });

  it('tells a department of a dossier sent to it, not the other department', async () => {
    const counter = await t.login('counter');
    const [tuPhap, kinhTe] = await Promise.all([watch(await t.login('specialist')), watch(await t.login('otherSpecialist'))]);
    const received = await receive(counter);
    const forwarded = await counter.post(`/api/dossiers/${received.code}/forward`, { expectedVersion: received.version, to: 'tu-phap' });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    expect((await tuPhap.next(anyChange)).data).toMatchObject({ dossiers: [{ code: received.code, events: ['forwarded'] }] });
    // kinh-te hears only of what reaches it: a dossier forwarded there.
    const second = await receive(counter);
    const toKinhTe = await counter.post(`/api/dossiers/${second.code}/forward`, { expectedVersion: second.version, to: 'kinh-te' });
    expect(toKinhTe.statusCode, toKinhTe.body).toBe(200);
    expect((await kinhTe.next(anyChange)).data).toMatchObject({ dossiers: [{ code: second.code }] });
    expect(kinhTe.received.some(about(received.code))).toBe(false);
  });

  it('ends the stream when the session ends (logout), and a locked account ends its streams', async () => {
    const session = await t.sessionFor('motcua.tiepnhan');
    const view = await watch(session);
    const out = await session.post('/api/auth/logout');
    expect(out.statusCode, out.body).toBeLessThan(300);
    await view.ended;
    const leader = await t.login('leader');
    const specialist = await t.sessionFor('tuphap.chuyenvien');
    const specialistView = await watch(specialist);
    const locked = await leader.put(`/api/users/${t.userId('specialist')}/active`, { active: false });
    expect(locked.statusCode, locked.body).toBe(200);
    await specialistView.ended;
    expect((await specialist.get('/api/auth/me')).statusCode).toBe(401);
    await leader.put(`/api/users/${t.userId('specialist')}/active`, { active: true });
  });
});

describeOnPostgres('two servers on one PostgreSQL', (baseUrl) => {
  describe('two servers on one PostgreSQL [postgres]', () => {
    // Two apps, each with its own pool and listening connection on the same database: what two
    // `motcua serve` processes have (live-processes.test.ts runs the real processes).
    let first: TestApp;
    let second: TestApp;
    let secondBase: string;
    let handle: DatabaseHandle;
    let other: DatabaseHandle;
    beforeAll(async () => {
      handle = await createPostgresTestDatabase(baseUrl);
      first = await createTestApp(handle);
      const { rows } = (await handle.db.execute(sql`select current_database() as name`)) as unknown as { rows: Array<{ name: string }> };
      other = databaseFromPool(createPgPool(urlForDatabase(baseUrl, rows[0]!.name)));
      second = await createTestApp(other, { seed: false });
      secondBase = await listening(second);
    });
    afterAll(async () => {
      await second.close();
      await other.close();
      await first.close();
      await handle.close();
    });

    it('a reception on one server reaches a stream on the other', async () => {
      const view = await stream(secondBase, await first.login('leader'));
      const received = await receive(await first.login('counter'));
      expect((await view.next(anyChange)).data).toMatchObject({ kind: 'dossiers', dossiers: [{ code: received.code, events: ['received'] }] });
      view.close();
    });

    it('a logout on one server ends the session on the other at once (no cache delay)', async () => {
      const session = await first.sessionFor('trungtam.lanhdao');
      // The second server has checked (and cached) the session.
      expect((await second.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(200);
      const view = await stream(secondBase, session);
      const out = await session.post('/api/auth/logout');
      expect(out.statusCode, out.body).toBeLessThan(300);
      await view.ended;
      expect((await second.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } })).statusCode).toBe(401);
    });
  });
});
