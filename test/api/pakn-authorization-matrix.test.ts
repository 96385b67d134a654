/**
 * The PAKN authorization matrix (issue 19 item 6), beside the dossiers' one
 * (authorization-matrix.test.ts): who may register, read, classify, resolve, forward and
 * publish a PAKN of ward WARD, written out by hand from the PAKN transition table
 * (docs/pakn.md §1.2) and the policy (docs/pakn.md §9) — never computed by calling the policy.
 *
 * The PAKN under test belongs to WARD; for read and resolve it is assigned to the "tu-phap"
 * department's specialist. Codes: an HTTP status; "full" / "mask" = 200 with the sender's
 * personal data shown / masked. A PAKN a user may not read is "not found" (404).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { sql } from 'drizzle-orm';
import { ACCOUNTS as USERS, createTestApp, WARD, type AccountName, type Session, type TestApp } from '../support/api.ts';
import { PAKN_SENDER } from '../support/pakn-builders.ts';

const MATRIX = `
action    | counter | specialist | head | otherSpecialist | otherHead | leader | chairman | supervisor | otherSupervisor | admin | otherCounter | otherChairman
register  | 201     | 403        | 403  | 403             | 403       | 403    | 403      | 403        | 403             | 403   | 201          | 403
read      | full    | full       | full | 404             | 404       | full   | full     | mask       | 404             | 404   | 404          | 404
classify  | 200     | 404        | 404  | 404             | 404       | 200    | 403      | 403        | 404             | 404   | 404          | 404
resolve   | 403     | 403        | 200  | 404             | 404       | 200    | 200      | 403        | 404             | 404   | 404          | 404
forward   | 403     | 404        | 404  | 404             | 404       | 200    | 200      | 403        | 404             | 404   | 404          | 404
publish   | 200     | 403        | 403  | 404             | 404       | 200    | 403      | 403        | 404             | 404   | 404          | 404
notices   | full    | full       | full | 404             | 404       | full   | full     | mask       | 404             | 404   | 404          | 404
resend    | 204     | 204        | 204  | 404             | 404       | 204    | 204      | 403        | 404             | 404   | 404          | 404
`;

const [header, ...lines] = MATRIX.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
const ACCOUNTS = header!.slice(1) as AccountName[];
const EXPECTED = new Map(lines.map(([action, ...cells]) => [action!, new Map(ACCOUNTS.map((account, i) => [account, cells[i]!]))]));

forEachDriver('PAKN authorization matrix', (getDb) => {
  let t: TestApp;
  const sessions = new Map<AccountName, Session>();

  beforeAll(async () => {
    t = await createTestApp(getDb());
    // Sessions without the login route: twelve logins would hit its rate limit (10 a minute).
    for (const account of ACCOUNTS) sessions.set(account, await t.sessionFor(USERS[account].username));
  }, 120_000);
  afterAll(async () => t?.close());

  const as = (account: AccountName) => sessions.get(account)!;
  const body = { channel: 'in_person', sender: PAKN_SENDER, content: 'Phản ánh về thời gian chờ tại quầy.' };

  /** A fresh PAKN of WARD brought to the state an action needs, by the people who would do it. */
  async function prepared(upTo: 'registered' | 'assigned' | 'outside' | 'resolved'): Promise<{ code: string; version: number }> {
    const created = (await as('counter').post('/api/pakn', body)).json() as { code: string; version: number };
    let version = created.version;
    const step = async (account: AccountName, action: string, payload: Record<string, unknown>) => {
      const response = await as(account).post(`/api/pakn/${created.code}/${action}`, { expectedVersion: version, ...payload });
      expect(response.statusCode, response.body).toBe(200);
      version = (response.json() as { version: number }).version;
    };
    if (upTo === 'registered') return { code: created.code, version };
    if (upTo === 'outside') {
      await step('counter', 'classify', { class: 'officer_conduct', competence: 'outside_competence' });
      return { code: created.code, version };
    }
    await step('counter', 'classify', { class: 'rules_and_procedures', competence: 'within_competence' });
    await step('leader', 'assign', { handlerId: t.userId('specialist'), departmentCode: 'tu-phap' });
    if (upTo === 'resolved') await step('leader', 'resolve', { answer: 'Đã bố trí thêm quầy.', result: 'explained' });
    return { code: created.code, version };
  }

  it('register: only the desk, into its own unit', async () => {
    for (const account of ACCOUNTS) {
      const response = await as(account).post('/api/pakn', body);
      expect(String(response.statusCode), account).toBe(EXPECTED.get('register')!.get(account));
    }
  });

  it('read: the unit and the assigned department in full, the city supervisor masked, nobody else', async () => {
    const { code } = await prepared('assigned');
    for (const account of ACCOUNTS) {
      const response = await as(account).get(`/api/pakn/${code}`);
      const expected = EXPECTED.get('read')!.get(account)!;
      if (expected === 'full' || expected === 'mask') {
        expect(response.statusCode, account).toBe(200);
        const detail = response.json() as { personalDataVisible: boolean; sender: { phone?: string } };
        expect(detail.personalDataVisible, account).toBe(expected === 'full');
        expect(detail.sender.phone, account).toBe(expected === 'full' ? PAKN_SENDER.phone : undefined);
      } else expect(String(response.statusCode), account).toBe(expected);
    }
  });

  // w3-reply: the sender's notices follow reading the PAKN (address masked like the sender); a resend, acting on it.
  it('notices: listed to whoever reads the PAKN, the address only to those who see the sender; resent by whoever acts on it', async () => {
    await as('leader').put(`/api/units/${WARD}/notice-channels`, { email: { host: '127.0.0.1', port: 2525, security: 'none', from: { name: 'Trung tâm', address: 'motcua@giavien.gov.vn' } } });
    const created = (await as('counter').post('/api/pakn', { ...body, notices: { consents: [{ channel: 'email', address: PAKN_SENDER.email }] } })).json() as { code: string; version: number };
    const step = async (account: AccountName, action: string, payload: Record<string, unknown>) => {
      const { version } = (await as('counter').get(`/api/pakn/${created.code}`)).json() as { version: number };
      expect((await as(account).post(`/api/pakn/${created.code}/${action}`, { expectedVersion: version, ...payload })).statusCode).toBe(200);
    };
    await step('counter', 'classify', { class: 'rules_and_procedures', competence: 'within_competence' });
    await step('leader', 'assign', { handlerId: t.userId('specialist'), departmentCode: 'tu-phap' });
    await step('leader', 'resolve', { answer: 'Đã bố trí thêm quầy.', result: 'explained' });
    // Sent (marked so in the outbox, as the worker would): only a sent or parked notice may be resent.
    await t.ctx.db.execute(sql`update notice_outbox set status = 'sent' where pakn_code = ${created.code} and status = 'queued'`);
    let emailId = '';
    for (const account of ACCOUNTS) {
      const response = await as(account).get(`/api/pakn/${created.code}/notices`);
      const expected = EXPECTED.get('notices')!.get(account)!;
      if (expected === 'full' || expected === 'mask') {
        expect(response.statusCode, account).toBe(200);
        const email = (response.json() as { items: Array<{ id: string; channel: string; recipient: string }> }).items.find((n) => n.channel === 'email')!;
        expect(email.recipient, account).toBe(expected === 'full' ? PAKN_SENDER.email : '');
        emailId = email.id;
      } else expect(String(response.statusCode), account).toBe(expected);
    }
    for (const account of ACCOUNTS) {
      const response = await as(account).post(`/api/notices/${emailId}/resend`);
      expect(String(response.statusCode), `${account}: ${response.body.slice(0, 200)}`).toBe(EXPECTED.get('resend')!.get(account));
    }
  });

  const ACTIONS = {
    classify: { state: 'registered', payload: { class: 'rules_and_procedures', competence: 'within_competence' } },
    resolve: { state: 'assigned', payload: { answer: 'Đã bố trí thêm quầy.', result: 'explained' } },
    forward: { state: 'outside', payload: { to: 'Công an thành phố' } },
    publish: { state: 'resolved', payload: { summary: 'Phản ánh về thời gian chờ.', answer: 'Đã bố trí thêm quầy.' } },
  } as const;

  for (const [action, { state, payload }] of Object.entries(ACTIONS)) {
    it(`${action}: who may, where`, async () => {
      for (const account of ACCOUNTS) {
        const { code, version } = await prepared(state);
        const response = await as(account).post(`/api/pakn/${code}/${action}`, { expectedVersion: version, ...payload });
        expect(String(response.statusCode), `${account}: ${response.body.slice(0, 200)}`).toBe(EXPECTED.get(action)!.get(account));
      }
    });
  }
});
