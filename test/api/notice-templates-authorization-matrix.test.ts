/**
 * Who may read, preview, save and reset the notice templates of ward WARD (issue 17 item 2), and
 * read, save and test its notice channels, written out by hand from docs/notices.md "Templates"
 * and "Channel settings page" (center leader of the unit or an administrator: canAdministerUnit)
 * — never computed by calling the policy. The test send answers 400 to those allowed (no channel
 * saved yet): what matters is that nobody else gets past the policy.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS as USERS, createTestApp, WARD, type AccountName, type Session, type TestApp } from '../support/api.ts';

const MATRIX = `
action  | counter | specialist | head | otherSpecialist | otherHead | leader | chairman | supervisor | otherSupervisor | admin | otherCounter | otherChairman
list    | 403     | 403        | 403  | 403             | 403       | 200    | 403      | 403        | 403             | 200   | 403          | 403
preview | 403     | 403        | 403  | 403             | 403       | 200    | 403      | 403        | 403             | 200   | 403          | 403
save    | 403     | 403        | 403  | 403             | 403       | 200    | 403      | 403        | 403             | 200   | 403          | 403
reset   | 403     | 403        | 403  | 403             | 403       | 200    | 403      | 403        | 403             | 200   | 403          | 403
channelsRead | 403 | 403       | 403  | 403             | 403       | 200    | 403      | 403        | 403             | 200   | 403          | 403
channelsSave | 403 | 403       | 403  | 403             | 403       | 200    | 403      | 403        | 403             | 200   | 403          | 403
channelsTest | 403 | 403       | 403  | 403             | 403       | 400    | 403      | 403        | 403             | 400   | 403          | 403
`;

const [header, ...lines] = MATRIX.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
const ACCOUNTS = header!.slice(1) as AccountName[];
const EXPECTED = new Map(lines.map(([action, ...cells]) => [action!, new Map(ACCOUNTS.map((account, i) => [account, cells[i]!]))]));

const TEMPLATE = { channel: 'sms', kind: 'receipt', body: 'Ho so {maHoSo} da duoc tiep nhan, hen tra {ngayHenTra}.' };

forEachDriver('notice templates and channels authorization matrix', (getDb) => {
  let t: TestApp;
  const sessions = new Map<AccountName, Session>();

  beforeAll(async () => {
    t = await createTestApp(getDb());
    for (const account of ACCOUNTS) sessions.set(account, await t.sessionFor(USERS[account].username));
  }, 120_000);
  afterAll(async () => t?.close());

  const url = `/api/units/${WARD}/notice-templates`;
  const actions: Record<string, (s: Session) => ReturnType<Session['get']>> = {
    list: (s) => s.get(url),
    preview: (s) => s.post(`${url}/preview`, { template: TEMPLATE }),
    save: (s) => s.put(`${url}/receipt/sms`, { template: TEMPLATE }),
    reset: (s) => s.delete(`${url}/receipt/sms`),
    channelsRead: (s) => s.get(`/api/units/${WARD}/notice-channels`),
    channelsSave: (s) => s.put(`/api/units/${WARD}/notice-channels`, {}),
    channelsTest: (s) => s.post(`/api/units/${WARD}/notice-channels/test`, { channel: 'email', to: 'lanh.dao@giavien.gov.vn' }),
  };

  for (const action of Object.keys(actions)) {
    it(`${action}: the unit's center leader and administrators only`, async () => {
      for (const account of ACCOUNTS) {
        const response = await actions[action]!(sessions.get(account)!);
        expect(String(response.statusCode), `${account}: ${response.body}`).toBe(EXPECTED.get(action)!.get(account));
      }
    });
  }
});
