/**
 * Concurrency through the HTTP API, on PGlite and PostgreSQL (on PostgreSQL the requests really
 * run side by side on the pool's connections):
 * - two conflicting updates of one dossier sent at once → exactly one succeeds, the other gets
 *   409 with a Vietnamese message, and the history holds only the winner;
 * - N receptions sent at once → N unique codes `{unit}-{yyMMdd}-{4 digits}`, numbered 1…N
 *   without a gap, and a verified audit chain.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, START, WARD, type Session, type TestApp } from '../support/api.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';

const PARALLEL_RECEPTIONS = 40;
/** Monday 30/11/2026: a day no other test of this file receives on, so numbering starts at 1. */
const FRESH_DAY = START + 7 * MINUTES_PER_DAY;

interface Detail {
  code: string;
  version: number;
  status: number;
  history: Array<{ type: string }>;
}

forEachDriver('concurrency over HTTP', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let head: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, head, leader] = await Promise.all([t.login('counter'), t.login('head'), t.login('leader')]);
  });
  afterAll(async () => {
    await t.close();
  });

  async function forwarded(): Promise<Detail> {
    const received = (await counter.post('/api/dossiers', receptionBody())).json() as Detail;
    const response = await counter.post(`/api/dossiers/${received.code}/forward`, { expectedVersion: received.version, to: 'tu-phap' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Detail;
  }

  it('two conflicting updates at once: exactly one wins, the other gets 409 in Vietnamese', async () => {
    t.setNow(START);
    for (let round = 0; round < 8; round++) {
      const d = await forwarded();
      // The department head stops the dossier while the center leader sets a new appointment, both on version 2.
      // (Issue 14: the leader may no longer approve at the specialist's step; extending is not tied to a step.)
      const [stop, approve] = await Promise.all([
        head.post(`/api/dossiers/${d.code}/stop`, { expectedVersion: d.version, reason: 'Không đủ điều kiện' }),
        leader.post(`/api/dossiers/${d.code}/extend`, { expectedVersion: d.version, newDueAt: '2026-12-02T16:00', reason: 'Cần xác minh thêm' }),
      ]);
      const statuses = [stop.statusCode, approve.statusCode].sort();
      expect(statuses, `${stop.body} | ${approve.body}`).toEqual([200, 409]);
      const loser = stop.statusCode === 409 ? stop : approve;
      expect(loser.json().message).toMatch(/^Hồ sơ .+ vừa được người khác cập nhật .+Hãy tải lại hồ sơ rồi thao tác lại\.$/);
      const winner = (stop.statusCode === 200 ? 'stopped' : 'extended');
      const after = (await counter.get(`/api/dossiers/${d.code}`)).json() as Detail;
      expect(after.version).toBe(3);
      expect(after.history.map((h) => h.type)).toEqual(['received', 'forwarded', winner]);
    }
  });

  it('the same action twice at once (a double click on two screens) is taken once', async () => {
    t.setNow(START);
    const d = await forwarded();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => head.post(`/api/dossiers/${d.code}/complete-step`, { expectedVersion: d.version, stepCode: 'xu-ly' })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    const after = (await counter.get(`/api/dossiers/${d.code}`)).json() as Detail;
    expect(after.history.filter((h) => h.type === 'step_completed')).toHaveLength(1);
  });

  it(`${PARALLEL_RECEPTIONS} receptions at once get unique, gap-free codes of the day`, async () => {
    t.setNow(FRESH_DAY + 60);
    const responses = await Promise.all(
      Array.from({ length: PARALLEL_RECEPTIONS }, (_, i) =>
        counter.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', name: `Người nộp song song ${i + 1}` } })),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(PARALLEL_RECEPTIONS).fill(201));
    const codes = responses.map((r) => (r.json() as Detail).code);
    expect(new Set(codes).size).toBe(PARALLEL_RECEPTIONS);
    const prefix = `${WARD}-261130-`;
    for (const code of codes) expect(code).toMatch(/^000\.01\.24\.H24-261130-\d{4}$/);
    const numbers = codes.map((code) => Number(code.slice(prefix.length))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: PARALLEL_RECEPTIONS }, (_, i) => i + 1));
    // Each is stored with its first event and chained.
    for (const code of codes) expect(((await counter.get(`/api/dossiers/${code}`)).json() as Detail).history.map((h) => h.type)).toEqual(['received']);
    const chain = await verifyAuditChain(getDb().db);
    expect(chain.ok).toBe(true);
  });
});
