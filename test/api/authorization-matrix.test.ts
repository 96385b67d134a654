/**
 * The authorization matrix (issue 3 §4): every staff role × every dossier action × where the
 * user sits, with the expected answer written out below as a table — derived by hand from the
 * policy rules of the issue and the transition table (src/domain/dossier/transitions.ts),
 * never computed by calling the policy code. Runs on PGlite and PostgreSQL.
 *
 * The dossier under test is held by ward WARD and sits in department "tu-phap" (forwarded there
 * by the counter), with no assignee. Where the user sits (columns, per role):
 *
 *   own    the dossier's unit; department roles in the dossier's department.
 *          A city supervisor: the city of the dossier's unit (supervisors belong to a city).
 *          An administrator: an account of the dossier's unit.
 *   unit   another ward of the same city (OTHER_WARD); department roles in a department of the
 *          same code there. A city supervisor: another city.
 *   dept   the same unit, another department ("kinh-te"). Unit-wide roles (counter, center
 *          leader, chairman, administrator) carry a department there too, which must not
 *          matter. A city supervisor has no department: "-" (not applicable).
 *
 * Rules the table follows:
 *   - A dossier the user may not read is "not found" (404), so codes of other units cannot be
 *     probed: other units always, other departments for department roles, administrators
 *     always (they configure the system; they do not read citizens' dossiers), and
 *     department roles for a dossier not yet forwarded to a department (states 1 and 2).
 *   - City supervisors read every unit of their city but act nowhere (403).
 *   - Within its scope, a role may take an action only if the transition table gives it
 *     that action (otherwise 403).
 *   - Issue 14: an action tied to a step is taken only by whose turn it is (domain/policy/turns.ts):
 *     on this dossier, at the specialist's step of "tu-phap" with nobody named, that is the head of
 *     "tu-phap" (forward, complete, ask for papers or obligations); the counter, the center
 *     leader and the chairman get 403 there, and approval is refused to all before its step.
 *     STEP_MATRIX below adds the step dimension: role × step × holder or not.
 *   - Personal data (CCCD, phone, address) only for staff of the unit holding the dossier:
 *     a supervisor sees it masked ("mask"), and may not download attached scans (403).
 *   - The live stream (GET /api/stream, issue 16) tells of a change of the dossier ("in")
 *     exactly those who may read it.
 *
 * Import jobs (issue 12, IMPORT_MATRIX below) follow the import scope of src/app/policies.ts:
 * administrators everywhere, a center leader in their own unit (another unit's job: 404, it is
 * not revealed), every other role nowhere (403). The job under test belongs to WARD.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, OTHER_CITY, OTHER_WARD, PASSWORD, prepareDossier, receptionBody, START, WARD, CITY, type PreparedState, type Session, type TestApp } from '../support/api.ts';
import { pdf, uploadFile } from '../support/multipart.ts';
import { createImportJob, getImportJob, insertRejections } from '../../src/features/imports/imports.store.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import { STAFF_ROLES, type StaffRole } from '../../src/domain/dossier/roles.ts';
import type { AddressInfo } from 'node:net';
import { notifyChanges } from '../../src/platform/changes/changes.store.ts';
import { openTestStream, type TestEventStream } from '../support/event-stream.ts';
import { raiseAlerts } from '../../src/features/alerts/raise-alerts.ts';

const SCOPES = ['own', 'unit', 'dept'] as const;
type Scope = (typeof SCOPES)[number];

/**
 * Expected answers. Each role column holds three cells: own / unit / dept.
 * Codes: an HTTP status; "mask" = 200 with personal data masked, "full" = 200 with it shown;
 * "in" / "out" = the dossier is / is not in the user's list; "-" = not applicable.
 */
const MATRIX = `
action                        | counter      | specialist   | head         | leader       | chairman     | supervisor | admin
new-reception                 | 201 201 201  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 -  | 403 403 403
receive                       | 200 404 200  | 404 404 404  | 404 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
refuse                        | 200 404 200  | 404 404 404  | 404 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
forward                       | 403 404 403  | 403 404 404  | 200 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
complete-step                 | 403 404 403  | 403 404 404  | 200 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
request-supplement            | 403 404 403  | 403 404 404  | 200 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
receive-supplement            | 200 404 200  | 403 404 404  | 403 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
request-financial-obligation  | 403 404 403  | 403 404 404  | 200 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
financial-obligation-paid     | 200 404 200  | 403 404 404  | 403 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
stop                          | 403 404 403  | 403 404 404  | 200 404 404  | 200 404 200  | 200 404 200  | 403 404 -  | 404 404 404
extend                        | 403 404 403  | 403 404 404  | 200 404 404  | 200 404 200  | 200 404 200  | 403 404 -  | 404 404 404
withdraw                      | 200 404 200  | 403 404 404  | 403 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
approve                       | 403 404 403  | 403 404 404  | 403 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
return-result                 | 200 404 200  | 403 404 404  | 403 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
pay-fee                       | 200 404 200  | 403 404 404  | 403 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
upload-file                   | 201 404 201  | 201 404 404  | 201 404 404  | 403 404 403  | 403 404 403  | 403 404 -  | 404 404 404
read-detail                   | full 404 full| full 404 404 | full 404 404 | full 404 full| full 404 full| mask 404 - | 404 404 404
list                          | in out in    | in out out   | in out out   | in out in    | in out in    | in out -   | out out out
list-files                    | 200 404 200  | 200 404 404  | 200 404 404  | 200 404 200  | 200 404 200  | 200 404 -  | 404 404 404
download-file                 | 200 404 200  | 200 404 404  | 200 404 404  | 200 404 200  | 200 404 200  | 403 404 -  | 404 404 404
hear-change                   | in out in    | in out out   | in out out   | in out in    | in out in    | in out -   | out out out
`;

/** Import jobs of WARD: the list ("in"/"out"), reading one, its error report, cancelling it. */
const IMPORT_MATRIX = `
action      | counter      | specialist   | head         | leader       | chairman     | supervisor | admin
list-jobs   | 403 403 403  | 403 403 403  | 403 403 403  | in out in    | 403 403 403  | 403 403 -  | in in in
read-job    | 403 403 403  | 403 403 403  | 403 403 403  | 200 404 200  | 403 403 403  | 403 403 -  | 200 200 200
job-errors  | 403 403 403  | 403 403 403  | 403 403 403  | 200 404 200  | 403 403 403  | 403 403 -  | 200 200 200
cancel-job  | 403 403 403  | 403 403 403  | 403 403 403  | 200 404 200  | 403 403 403  | 403 403 -  | 200 200 200
`;

/**
 * The queue (issue 18): the counter panel, opening a counter, calling next and acting on a WARD
 * ticket are for counter officers, each in their own unit (a WARD ticket is 403 elsewhere);
 * the kiosk, board and ticket pages are public and need no row.
 */
const QUEUE_MATRIX = `
action         | counter      | specialist   | head         | leader       | chairman     | supervisor | admin
counter-panel  | 200 200 200  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 -  | 403 403 403
open-counter   | 200 200 200  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 -  | 403 403 403
call-next      | 200 200 200  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 -  | 403 403 403
cancel-ticket  | 200 403 200  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 -  | 403 403 403
`;

/** The unit board of WARD (issue 16): its overview and its warning lists (GET /api/overview/warnings). */
const BOARD_MATRIX = `
action         | counter      | specialist   | head         | leader       | chairman     | supervisor | admin
unit-warnings  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 -  | 403 403 403
unit-queue     | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 -  | 403 403 403
unit-depts     | 403 403 403  | 403 403 403  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 -  | 403 403 403
dept-officers  | 403 403 403  | 403 403 403  | 200 403 403  | 200 403 200  | 200 403 200  | 200 403 -  | 403 403 403
unit-trend     | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 -  | 403 403 403
`;

/**
 * Escalation alerts (w3-alerts, issue 16 §3): an alert raised because the "tu-phap" step of a WARD
 * dossier is overdue goes to the heads of "tu-phap" (my-alerts: in the list or not); only an
 * addressee acknowledges it; the dossier's alerts are read as the dossier is; the unit's
 * thresholds and ladder are read by whoever reads its board (and administrators), set by its
 * center leader or an administrator.
 */
const ALERT_MATRIX = `
action                    | counter      | specialist   | head         | leader       | chairman     | supervisor | admin
my-alerts                 | out out out  | out out out  | in out out   | out out out  | out out out  | out out -  | out out out
acknowledge-alert         | 403 403 403  | 403 403 403  | 200 403 403  | 403 403 403  | 403 403 403  | 403 403 -  | 403 403 403
dossier-alerts            | 200 404 200  | 200 404 404  | 200 404 404  | 200 404 200  | 200 404 200  | 200 404 -  | 404 404 404
supervision-settings-read | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 200  | 200 403 -  | 200 200 200
supervision-settings-set  | 403 403 403  | 403 403 403  | 403 403 403  | 200 403 200  | 403 403 403  | 403 403 -  | 200 200 200
`;

/**
 * Prefill at reception (issue 15): a typed CCCD offers the details of the citizen's latest
 * dossier to the counter officer of the unit holding it ("found"); another ward's officer finds
 * nothing there (404, like a number never seen); every other role is refused (403).
 */
const CITIZEN_MATRIX = `
action           | counter        | specialist   | head         | leader       | chairman     | supervisor | admin
citizen-prefill  | found 404 found| 403 403 403  | 403 403 403  | 403 403 403  | 403 403 403  | 403 403 -  | 403 403 403
`;

const ROLE_COLUMNS: Record<string, StaffRole> = {
  counter: 'counter_officer',
  specialist: 'specialist',
  head: 'department_head',
  leader: 'center_leader',
  chairman: 'chairman',
  supervisor: 'city_supervisor',
  admin: 'administrator',
};

type Expected = Record<string, Record<StaffRole, Record<Scope, string>>>;

function parseMatrix(text: string): Expected {
  const [header, ...lines] = text.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
  const roles = header!.slice(1).map((name) => ROLE_COLUMNS[name]!);
  const table: Expected = {};
  for (const [action, ...cells] of lines) {
    const row = {} as Record<StaffRole, Record<Scope, string>>;
    cells.forEach((cell, i) => {
      const [own, unit, dept] = cell.split(/\s+/);
      row[roles[i]!] = { own: own!, unit: unit!, dept: dept! };
    });
    table[action!] = row;
  }
  return table;
}

const EXPECTED = parseMatrix(MATRIX);
const EXPECTED_IMPORTS = parseMatrix(IMPORT_MATRIX);
const EXPECTED_BOARD = parseMatrix(BOARD_MATRIX);
const EXPECTED_QUEUE = parseMatrix(QUEUE_MATRIX);
const EXPECTED_ALERTS = parseMatrix(ALERT_MATRIX);
const EXPECTED_CITIZEN = parseMatrix(CITIZEN_MATRIX);

const PERSON_NAME = 'Đặng Thị Ma Trận';
const PERSON = { kind: 'individual', name: PERSON_NAME, idNumber: '031190007788', phone: '0987654321', address: 'Số 9 Điện Biên Phủ, phường Gia Viên' };

/** The state each action starts from, and what it sends. */
type Start = PreparedState;
const ACTIONS: Record<string, { start: Start; body: Record<string, unknown> }> = {
  receive: { start: 'submitted', body: {} },
  refuse: { start: 'submitted', body: { reason: 'Thủ tục không thuộc thẩm quyền của phường' } },
  // Onward to a vertical agency: a department head who forwards it out still gets the answer.
  forward: { start: 'processing', body: { to: 'dat-dai', toKind: 'vertical_agency' } },
  'complete-step': { start: 'processing', body: { stepCode: 'xu-ly' } },
  'request-supplement': { start: 'processing', body: { reason: 'Thiếu giấy xác nhận cư trú', items: ['Giấy xác nhận thông tin về cư trú'] } },
  'receive-supplement': { start: 'supplement', body: {} },
  'request-financial-obligation': { start: 'processing', body: { amount: 100_000, description: 'Lệ phí trước bạ' } },
  'financial-obligation-paid': { start: 'obligation', body: { amount: 100_000 } },
  stop: { start: 'processing', body: { reason: 'Không đủ điều kiện giải quyết', refusal: true } },
  extend: { start: 'processing', body: { newDueAt: '2026-12-02T16:00', reason: 'Cần xác minh thông tin tại nơi cư trú trước đây' } },
  withdraw: { start: 'processing', body: { reason: 'Công dân đề nghị rút hồ sơ' } },
  approve: { start: 'processing', body: { resultReference: '15/XN-UBND' } },
  'return-result': { start: 'processed', body: { method: 'desk', collectedBy: { kind: 'applicant', name: PERSON_NAME, idNumber: '031190007788' } } },
  'pay-fee': { start: 'processing', body: { amount: 5000, online: false } },
};

/** Where each role's test account sits, per scope (see the header comment). */
function placement(role: StaffRole, scope: Scope): { unitCode: string; departmentCode: string | null } | undefined {
  const departmentRole = role === 'specialist' || role === 'department_head';
  if (role === 'city_supervisor') {
    if (scope === 'dept') return undefined;
    return { unitCode: scope === 'own' ? CITY : OTHER_CITY, departmentCode: null };
  }
  if (scope === 'own') return { unitCode: WARD, departmentCode: departmentRole ? 'tu-phap' : null };
  if (scope === 'unit') return { unitCode: OTHER_WARD, departmentCode: departmentRole ? 'tu-phap' : null };
  return { unitCode: WARD, departmentCode: 'kinh-te' };
}


forEachDriver('authorization matrix', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let specialist: Session;
  let chairman: Session;
  const sessions = new Map<string, Session>();
  const sessionOf = (role: StaffRole, scope: Scope): Session | undefined => sessions.get(`${role}/${scope}`);

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, specialist, chairman] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('chairman')]);
    for (const role of STAFF_ROLES) {
      for (const scope of SCOPES) {
        const place = placement(role, scope);
        if (!place) continue;
        const username = `matran.${role}.${scope}`;
        await createUser(getDb().db, { username, fullName: `Kiểm thử ${role} ${scope}`, password: PASSWORD, role, ...place });
        sessions.set(`${role}/${scope}`, await t.sessionFor(username));
      }
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function ok(response: Promise<LightMyRequestResponse>, status: number): Promise<{ code: string; version: number }> {
    const r = await response;
    expect(r.statusCode, r.body).toBe(status);
    return r.json() as { code: string; version: number };
  }

  const prepare = (start: Start) => prepareDossier({ counter, specialist, chairman }, start, PERSON);

  /** Applies `call` for every cell (one after another) and compares with the expected row. */
  async function cellByCell(expected: Record<StaffRole, Record<Scope, string>>, call: (session: Session) => Promise<string>): Promise<void> {
    const actual = {} as Record<StaffRole, Record<Scope, string>>;
    for (const role of STAFF_ROLES) {
      actual[role] = {} as Record<Scope, string>;
      for (const scope of SCOPES) {
        const session = sessionOf(role, scope);
        actual[role][scope] = session ? await call(session) : '-';
      }
    }
    expect(actual).toEqual(expected);
  }

  /**
   * Runs one row of the matrix. Cells expected to fail share one prepared dossier (a refusal
   * changes nothing, which is checked); a cell expected to succeed gets its own.
   */
  async function runRow(action: string, start: Start, call: (session: Session, dossier: { code: string; version: number }) => Promise<number>): Promise<void> {
    const actual = {} as Record<StaffRole, Record<Scope, string>>;
    let shared: { code: string; version: number } | undefined;
    for (const role of STAFF_ROLES) {
      actual[role] = {} as Record<Scope, string>;
      for (const scope of SCOPES) {
        const session = sessionOf(role, scope);
        if (!session) {
          actual[role][scope] = '-';
          continue;
        }
        const expected = EXPECTED[action]![role][scope];
        const succeeds = expected.startsWith('2');
        const dossier = succeeds || !shared ? await prepare(start) : shared;
        const status = await call(session, dossier);
        actual[role][scope] = String(status);
        if (status >= 200 && status < 300) {
          shared = undefined;
        } else {
          const after = (await counter.get(`/api/dossiers/${dossier.code}`)).json() as { version: number };
          expect(after.version, `${action} by ${role}/${scope} was refused but changed the dossier`).toBe(dossier.version);
          shared = dossier;
        }
      }
    }
    expect(actual).toEqual(EXPECTED[action]);
  }

  it('receives new dossiers only at the counter, always into the officer’s own unit', async () => {
    const units: string[] = [];
    await runRow('new-reception', 'submitted', async (session) => {
      const response = await session.post('/api/dossiers', receptionBody({ applicant: PERSON }));
      if (response.statusCode === 201) units.push((response.json() as { unitCode: string }).unitCode);
      return response.statusCode;
    });
    expect(units).toEqual([WARD, OTHER_WARD, WARD]);
  });

  for (const [action, { start, body }] of Object.entries(ACTIONS)) {
    it(`${action}: who may, where`, async () => {
      await runRow(action, start, async (session, dossier) => {
        const response = await session.post(`/api/dossiers/${dossier.code}/${action}`, { expectedVersion: dossier.version, ...body });
        if (response.statusCode >= 400) expect(response.json().message, response.body).toMatch(/[À-ỹ]/);
        return response.statusCode;
      });
    });
  }

  it('upload-file: who may attach a scan, where', async () => {
    await runRow('upload-file', 'processing', async (session, dossier) => {
      const response = await uploadFile(t.app, session, dossier.code, { kind: 'component', componentCode: 'to-khai', expectedVersion: dossier.version }, { bytes: pdf(`ma tran ${Math.random()}`), name: 'to-khai.pdf', type: 'application/pdf' });
      return response.statusCode;
    });
  });

  describe('reading', () => {
    let dossier: { code: string; version: number };
    let fileUrl: string;
    beforeAll(async () => {
      dossier = await prepare('processing');
      const uploaded = await uploadFile(t.app, counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, { bytes: pdf('can cuoc cong dan'), name: 'cccd.pdf', type: 'application/pdf' });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      fileUrl = (uploaded.json() as { file: { downloadUrl: string } }).file.downloadUrl;
    });

    const readRow = (action: string, read: (session: Session) => Promise<string>): Promise<void> => cellByCell(EXPECTED[action]!, read);

    it('read-detail: personal data only for staff of the holding unit', async () => {
      await readRow('read-detail', async (session) => {
        const response = await session.get(`/api/dossiers/${dossier.code}`);
        if (response.statusCode !== 200) return String(response.statusCode);
        const detail = response.json() as { applicant: Record<string, string>; personalDataVisible: boolean; history: Array<{ payload: Record<string, unknown> }> };
        const raw = JSON.stringify(detail);
        const leaks = [PERSON.idNumber, PERSON.phone, PERSON.address].filter((value) => raw.includes(value));
        if (detail.personalDataVisible) {
          expect(detail.applicant).toMatchObject({ idNumber: PERSON.idNumber, phone: PERSON.phone, address: PERSON.address });
          return 'full';
        }
        expect(leaks, 'masked detail leaks personal data').toEqual([]);
        expect(detail.applicant.idNumber).toBe('*********788');
        return 'mask';
      });
    });

    it('list: the dossier is listed exactly for those who may read it', async () => {
      await readRow('list', async (session) => {
        const response = await session.get(`/api/dossiers?q=${encodeURIComponent(dossier.code)}`);
        expect(response.statusCode, response.body).toBe(200);
        const items = (response.json() as { items: Array<{ code: string }> }).items;
        return items.some((item) => item.code === dossier.code) ? 'in' : 'out';
      });
    });

    it('list-files and download-file: scans hold personal data', async () => {
      await readRow('list-files', async (session) => String((await session.get(`/api/dossiers/${dossier.code}/files`)).statusCode));
      await readRow('download-file', async (session) => String((await session.get(fileUrl)).statusCode));
      // The list says, file by file, whether the download would be allowed (no link that would be refused).
      for (const [name, session] of sessions) {
        const list = await session.get(`/api/dossiers/${dossier.code}/files`);
        if (list.statusCode !== 200) continue;
        const [listed] = (list.json() as { items: Array<{ canDownload: boolean }> }).items;
        expect(listed?.canDownload, String(name)).toBe((await session.get(fileUrl)).statusCode === 200);
      }
    });

    it('hear-change: the live stream tells of a change exactly those who may read the dossier', async () => {
      const changed = await prepare('processing');
      await t.app.listen({ host: '127.0.0.1', port: 0 });
      const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      const streams = new Map<Session, TestEventStream>();
      const userIds: string[] = [];
      for (const session of sessions.values()) {
        const stream = await openTestStream(`${base}/api/stream`, session.cookie);
        await stream.next((event) => event.event === 'ready');
        streams.set(session, stream);
        userIds.push(((await session.get('/api/auth/me')).json() as { user: { id: string } }).user.id);
      }
      try {
        await ok(counter.post(`/api/dossiers/${changed.code}/pay-fee`, { expectedVersion: changed.version, amount: 5000, online: false }), 200);
        // A marker every stream hears, after the change: notices arrive in commit order, so a
        // stream that reaches the marker without the change did not hear of it.
        await notifyChanges(t.ctx.db, [{ kind: 'alerts', unitCode: WARD, userIds }]);
        await readRow('hear-change', async (session) => {
          const stream = streams.get(session)!;
          await stream.next((event) => (event.data as { kind?: string }).kind === 'alerts');
          return stream.received.some((event) => JSON.stringify(event.data).includes(changed.code)) ? 'in' : 'out';
        });
      } finally {
        for (const stream of streams.values()) stream.close();
      }
    });

    it('a city supervisor reads every unit of the city, and no unit of another city', async () => {
      const otherWardCounter = await t.login('otherCounter');
      const there = await ok(otherWardCounter.post('/api/dossiers', receptionBody({ applicant: PERSON })), 201);
      expect((await sessionOf('city_supervisor', 'own')!.get(`/api/dossiers/${there.code}`)).statusCode).toBe(200);
      expect((await sessionOf('city_supervisor', 'unit')!.get(`/api/dossiers/${there.code}`)).statusCode).toBe(404);
      const listed = (await sessionOf('city_supervisor', 'own')!.get('/api/dossiers?pageSize=200')).json() as { items: Array<{ unitCode: string }> };
      expect(new Set(listed.items.map((item) => item.unitCode))).toEqual(new Set([WARD, OTHER_WARD]));
    });
  });
  describe('import jobs', () => {
    /** A running file import of WARD, with one rejected row. */
    const wardJob = async (): Promise<string> => {
      const job = await createImportJob(t.ctx.db, { source: 'ma-tran', kind: 'file', fileName: 'ma-tran.csv', unitCode: WARD, bytesTotal: 10 });
      await insertRejections(t.ctx.db, job.id, [{ row: 2, column: 'Ngày tiếp nhận', value: 'hôm qua', reason: 'không phải ngày tháng' }]);
      return job.id;
    };

    const importRow = (action: string, call: (session: Session) => Promise<string>): Promise<void> => cellByCell(EXPECTED_IMPORTS[action]!, call);

    it('list, read, error report and cancel of an import job: who may, where', async () => {
      const id = await wardJob();
      await importRow('list-jobs', async (session) => {
        const response = await session.get('/api/imports');
        if (response.statusCode !== 200) return String(response.statusCode);
        return (response.json() as { items: Array<{ id: string }> }).items.some((job) => job.id === id) ? 'in' : 'out';
      });
      await importRow('read-job', async (session) => String((await session.get(`/api/imports/${id}`)).statusCode));
      await importRow('job-errors', async (session) => {
        const response = await session.get(`/api/imports/${id}/errors`);
        if (response.statusCode === 200) expect(response.body).toContain('hôm qua');
        else expect(response.body).not.toContain('hôm qua');
        return String(response.statusCode);
      });
      // Each cell its own running job: a refused cancel must leave it untouched.
      await importRow('cancel-job', async (session) => {
        const own = await wardJob();
        const response = await session.post(`/api/imports/${own}/cancel`);
        const after = await getImportJob(t.ctx.db, own);
        expect(after!.cancelRequestedAt !== null, `cancel by a ${response.statusCode}`).toBe(response.statusCode === 200);
        if (response.statusCode >= 400) expect(response.json().message, response.body).toMatch(/[À-ỹ]/);
        return String(response.statusCode);
      });
    });
  });

  describe('queue counters', () => {
    const queueRow = (action: string, call: (session: Session) => Promise<string>): Promise<void> => cellByCell(EXPECTED_QUEUE[action]!, call);

    it('counter panel, open a counter, call next, cancel a ticket of WARD: who may, where', async () => {
      t.setNow(START);
      await queueRow('counter-panel', async (session) => String((await session.get('/api/queue/counter')).statusCode));
      await queueRow('open-counter', async (session) => {
        const response = await session.post('/api/queue/counter/open', { counter: 3 });
        if (response.statusCode >= 400) expect(response.json().message, response.body).toMatch(/[À-ỹ]/);
        else expect((await session.post('/api/queue/counter/close')).statusCode).toBe(204);
        return String(response.statusCode);
      });
      await queueRow('call-next', async (session) => {
        const opened = await session.post('/api/queue/counter/open', { counter: 4 });
        const response = await session.post('/api/queue/counter/call-next');
        if (opened.statusCode === 200) expect((await session.post('/api/queue/counter/close')).statusCode).toBe(204);
        return String(response.statusCode);
      });
      await queueRow('cancel-ticket', async (session) => {
        const issued = await t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${WARD}/tickets`, payload: { serviceGroup: 'tra-ket-qua' } });
        expect(issued.statusCode, issued.body).toBe(201);
        const response = await session.post(`/api/queue/tickets/${issued.json().id}/actions`, { action: 'cancel' });
        const after = (await t.app.inject({ method: 'GET', url: `/api/queue/tickets/${issued.json().id}` })).json() as { status: string };
        expect(after.status).toBe(response.statusCode === 200 ? 'cancelled' : 'waiting');
        return String(response.statusCode);
      });
    });
  });

  // Issue 17: the public lookup answers every caller alike, signed in or not (it reads no cookie),
  // and only with the public view; the unit's public address needs a session, and any staff may read it.
  describe('public lookup (no session)', () => {
    it('answers the same to nobody and to every role, in every place; the printed address needs a session', async () => {
      const dossier = await prepare('processing');
      const mau01 = await counter.get(`/api/dossiers/${dossier.code}/forms/mau-01?format=html`);
      const token = /data-qr-payload="[^"]*\/tra-cuu\/([^"]+)"/.exec(mau01.body)![1]!;
      const anonymous = await t.app.inject({ method: 'GET', url: `/api/public/lookup/${token}`, remoteAddress: '10.17.1.1' });
      expect(anonymous.statusCode, anonymous.body).toBe(200);
      const typed = await t.app.inject({ method: 'POST', url: '/api/public/lookup', payload: { code: dossier.code, factor: '7788' }, remoteAddress: '10.17.1.1' });
      expect(typed.statusCode, typed.body).toBe(200);
      expect(typed.body).toBe(anonymous.body);
      expect((await t.app.inject({ method: 'GET', url: `/api/units/${WARD}/public-address` })).statusCode).toBe(401);
      await cellByCell(
        Object.fromEntries(STAFF_ROLES.map((role) => [role, Object.fromEntries(SCOPES.map((scope) => [scope, sessionOf(role, scope) ? 'same 200' : '-']))])) as Record<StaffRole, Record<Scope, string>>,
        async (session) => {
          const seen = await session.get(`/api/public/lookup/${token}`);
          const address = await session.get(`/api/units/${WARD}/public-address`);
          return `${seen.body === anonymous.body ? 'same' : 'different'} ${address.statusCode}`;
        },
      );
    });
  });
  describe('escalation alerts', () => {
    let alertId = 0;
    let lateCode = '';
    beforeAll(async () => {
      // Forwarded to "tu-phap" ten days ago, nobody named: its step is overdue now.
      const now = t.now();
      t.setNow(now - 10 * 24 * 60);
      lateCode = (await prepare('processing')).code;
      t.setNow(now);
      await raiseAlerts(t.ctx, { unitCode: WARD });
      const head = sessionOf('department_head', 'own')!;
      const mine = (await head.get('/api/alerts')).json() as { items: Array<{ id: number; code: string; rungId: string }> };
      alertId = mine.items.find((a) => a.code === lateCode && a.rungId === 'buoc-qua-han')!.id;
    });
    it('my-alerts: the overdue step’s alert reaches the heads of its department only', async () => {
      await cellByCell(EXPECTED_ALERTS['my-alerts']!, async (session) => {
        const response = await session.get('/api/alerts');
        expect(response.statusCode, response.body).toBe(200);
        expect(response.body).not.toContain(PERSON.name);
        return (response.json() as { items: Array<{ id: number }> }).items.some((a) => a.id === alertId) ? 'in' : 'out';
      });
    });
    it('acknowledge-alert: only an addressee', async () => {
      await cellByCell(EXPECTED_ALERTS['acknowledge-alert']!, async (session) => String((await session.post(`/api/alerts/${alertId}/acknowledge`, {})).statusCode));
    });
    it('dossier-alerts: read as the dossier is read', async () => {
      await cellByCell(EXPECTED_ALERTS['dossier-alerts']!, async (session) => {
        const response = await session.get(`/api/dossiers/${lateCode}/alerts`);
        if (response.statusCode === 200) expect(response.body).toContain('bước quá hạn');
        return String(response.statusCode);
      });
    });
    it('supervision-settings: read by the board’s readers and administrators, set by the center leader or an administrator', async () => {
      await cellByCell(EXPECTED_ALERTS['supervision-settings-read']!, async (session) => String((await session.get(`/api/units/${WARD}/supervision-settings`)).statusCode));
      await cellByCell(EXPECTED_ALERTS['supervision-settings-set']!, async (session) => String((await session.put(`/api/units/${WARD}/supervision-settings`, {})).statusCode));
    });
  });
  describe('citizens at reception', () => {
    it('citizen-prefill: the latest dossier of a typed CCCD, for the counter officer of its unit only', async () => {
      // A number only WARD has seen (PERSON has a dossier in OTHER_WARD too, received by its own counter).
      const citizen = { ...PERSON, idNumber: '031190005566' };
      await prepareDossier({ counter, specialist, chairman }, 'processing', citizen);
      await cellByCell(EXPECTED_CITIZEN['citizen-prefill']!, async (session) => {
        const response = await session.post('/api/citizens/lookup', { idNumber: citizen.idNumber });
        if (response.statusCode !== 200) {
          expect(response.body).not.toContain(PERSON.name);
          return String(response.statusCode);
        }
        expect((response.json() as { applicant: { name: string; phone?: string } }).applicant).toMatchObject({ name: PERSON.name, phone: PERSON.phone });
        return 'found';
      });
    });
  });

  describe('unit board', () => {
    it('unit-warnings: the warning lists of a unit, for its staff and its city’s supervisor only', async () => {
      // Received ten days ago: overdue now.
      const now = t.now();
      t.setNow(now - 10 * 24 * 60);
      const late = await prepare('processing');
      t.setNow(now);
      await cellByCell(EXPECTED_BOARD['unit-warnings']!, async (session) => {
        const response = await session.get(`/api/overview/warnings?unitCode=${WARD}`);
        if (response.statusCode === 200) expect((response.json() as { overdue: Array<{ dossierCode: string }> }).overdue.map((i) => i.dossierCode)).toContain(late.code);
        else expect(response.body).not.toContain(late.code);
        expect(response.body).not.toContain(PERSON.name);
        return String(response.statusCode);
      });
    });
    it('unit-queue: today’s queue and the month’s satisfaction of a unit, for its staff and its city’s supervisor only', async () => {
      await cellByCell(EXPECTED_BOARD['unit-queue']!, async (session) => {
        const response = await session.get(`/api/overview/queue?unitCode=${WARD}`);
        if (response.statusCode === 200) expect((response.json() as { unitCode: string }).unitCode).toBe(WARD);
        return String(response.statusCode);
      });
    });
    // w3-city (issue 16 §4): the drill-down unit → departments → officers, and the trend.
    it('unit-depts: a unit by department, for its leaders, a department head (their row) and its city’s supervisor', async () => {
      await cellByCell(EXPECTED_BOARD['unit-depts']!, async (session) => {
        const response = await session.get(`/api/overview/units/${WARD}/departments`);
        expect(response.body).not.toContain(PERSON.name);
        return String(response.statusCode);
      });
    });
    it('dept-officers: a department by officer, for the unit’s leaders, its own head and its city’s supervisor', async () => {
      await cellByCell(EXPECTED_BOARD['dept-officers']!, async (session) => {
        const response = await session.get(`/api/overview/units/${WARD}/departments/tu-phap/officers`);
        return String(response.statusCode);
      });
    });
    it('unit-trend: twelve months of a unit, for its staff and its city’s supervisor', async () => {
      await cellByCell(EXPECTED_BOARD['unit-trend']!, async (session) => String((await session.get(`/api/overview/trend?unitCode=${WARD}`)).statusCode));
    });
  });
});

/**
 * The step dimension (issue 14 §2): role × current step × holder or not, written by hand from
 * the turn table of docs/steps.md §4 — never computed by calling turns.ts. The dossier follows
 * the catalog's default template: "tiep-nhan" (the desk) → "xu-ly" (a specialist of "tu-phap",
 * here assigned by name to `holder`) → "phe-duyet" (the chairman signs) → "tra-ket-qua".
 *
 * Columns: counter; holder = the specialist the step is assigned to; colleague = another
 * specialist of "tu-phap"; head = the head of "tu-phap"; otherhead = the head of "kinh-te";
 * leader; chairman. 404: the dossier is outside the user's sight (department roles before it
 * reaches their department, another department's head). 400: a rule of the action itself
 * (the first step has no step before it to send back to).
 */
const STEP_MATRIX = `
step       | action          | counter | holder | colleague | head | otherhead | leader | chairman
tiep-nhan  | forward         | 200     | 404    | 404       | 404  | 404       | 403    | 403
tiep-nhan  | complete-step   | 200     | 404    | 404       | 404  | 404       | 403    | 403
tiep-nhan  | send-back       | 400     | 404    | 404       | 404  | 404       | 400    | 400
tiep-nhan  | approve         | 403     | 404    | 404       | 404  | 404       | 403    | 403
xu-ly      | complete-step   | 403     | 200    | 403       | 200  | 404       | 403    | 403
xu-ly      | assign          | 403     | 403    | 403       | 200  | 404       | 403    | 403
xu-ly      | send-back       | 403     | 200    | 403       | 200  | 404       | 403    | 403
xu-ly      | request-supplement | 403  | 200    | 403       | 200  | 404       | 403    | 403
xu-ly      | forward         | 403     | 403    | 403       | 200  | 404       | 403    | 403
xu-ly      | approve         | 403     | 403    | 403       | 403  | 404       | 403    | 403
phe-duyet  | approve         | 403     | 403    | 403       | 403  | 404       | 403    | 200
phe-duyet  | send-back       | 403     | 403    | 403       | 403  | 404       | 403    | 200
phe-duyet  | complete-step   | 403     | 403    | 403       | 403  | 404       | 403    | 403
phe-duyet  | request-supplement | 403  | 403    | 403       | 403  | 404       | 403    | 403
`;

const STEP_ACTORS = ['counter', 'holder', 'colleague', 'head', 'otherhead', 'leader', 'chairman'] as const;
type StepActor = (typeof STEP_ACTORS)[number];
const STEP_ACCOUNTS: Record<StepActor, { role: StaffRole; departmentCode: string | null }> = {
  counter: { role: 'counter_officer', departmentCode: null },
  holder: { role: 'specialist', departmentCode: 'tu-phap' },
  colleague: { role: 'specialist', departmentCode: 'tu-phap' },
  head: { role: 'department_head', departmentCode: 'tu-phap' },
  otherhead: { role: 'department_head', departmentCode: 'kinh-te' },
  leader: { role: 'center_leader', departmentCode: null },
  chairman: { role: 'chairman', departmentCode: null },
};

forEachDriver('authorization matrix: whose turn at each step', (getDb) => {
  let t: TestApp;
  const as = {} as Record<StepActor, Session>;
  const ids = {} as Record<StepActor, string>;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    for (const actor of STEP_ACTORS) {
      const username = `buoc.${actor}`;
      const created = await createUser(getDb().db, { username, fullName: `Bước ${actor}`, password: PASSWORD, role: STEP_ACCOUNTS[actor].role, unitCode: WARD, departmentCode: STEP_ACCOUNTS[actor].departmentCode });
      ids[actor] = created.id;
      as[actor] = await t.sessionFor(username);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function step(response: Promise<LightMyRequestResponse>): Promise<{ code: string; version: number }> {
    const r = await response;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json() as { code: string; version: number };
  }

  /** A dossier whose current step is `at`, the specialist's step assigned to `holder`. */
  async function dossierAt(at: string): Promise<{ code: string; version: number }> {
    let d = await step(as.counter.post('/api/dossiers', receptionBody()));
    if (at === 'tiep-nhan') return d;
    d = await step(as.counter.post(`/api/dossiers/${d.code}/forward`, { expectedVersion: d.version, to: 'tu-phap', assigneeId: ids.holder }));
    if (at === 'xu-ly') return d;
    return step(as.holder.post(`/api/dossiers/${d.code}/complete-step`, { expectedVersion: d.version, stepCode: 'xu-ly' }));
  }

  const BODIES: Record<string, (at: string) => Record<string, unknown>> = {
    forward: (at) => ({ to: at === 'tiep-nhan' ? 'tu-phap' : 'kinh-te' }),
    'complete-step': (at) => ({ stepCode: at }),
    'send-back': (at) => ({ stepCode: at, toStepCode: at === 'phe-duyet' ? 'xu-ly' : 'tiep-nhan', reason: 'Cần xác minh lại thông tin cư trú' }),
    approve: () => ({ resultReference: '21/XN-UBND' }),
    assign: () => ({ stepCode: 'xu-ly', assigneeId: ids.colleague }),
    'request-supplement': () => ({ reason: 'Thiếu giấy xác nhận cư trú' }),
  };

  const rows = STEP_MATRIX.trim().split('\n').slice(1).map((line) => line.split('|').map((cell) => cell.trim()));
  for (const [at, action, ...cells] of rows) {
    it(`${action} at "${at}": only whose turn it is`, async () => {
      const expected = Object.fromEntries(STEP_ACTORS.map((actor, i) => [actor, cells[i]!]));
      const actual: Record<string, string> = {};
      let shared: { code: string; version: number } | undefined;
      for (const actor of STEP_ACTORS) {
        const dossier = expected[actor]!.startsWith('2') || !shared ? await dossierAt(at!) : shared;
        const response = await as[actor].post(`/api/dossiers/${dossier.code}/${action}`, { expectedVersion: dossier.version, ...BODIES[action!]!(at!) });
        actual[actor] = String(response.statusCode);
        if (response.statusCode >= 400) {
          expect(response.json().message, response.body).toMatch(/[À-ỹ]/);
          shared = dossier;
        } else shared = undefined;
      }
      expect(actual).toEqual(expected);
    });
  }

  it('allowedActions offers exactly what the turn table allows: the holder, the head on behalf, the chairman only at the signature', async () => {
    const offered = async (actor: StepActor, code: string): Promise<string[]> => ((await as[actor].get(`/api/dossiers/${code}`)).json() as { allowedActions: string[] }).allowedActions;
    const atWork = await dossierAt('xu-ly');
    expect(await offered('holder', atWork.code)).toEqual(expect.arrayContaining(['step_completed', 'step_returned', 'supplement_requested']));
    expect(await offered('holder', atWork.code)).not.toContain('result_ready');
    expect(await offered('colleague', atWork.code)).not.toContain('step_completed');
    expect(await offered('chairman', atWork.code)).not.toContain('result_ready');
    expect(await offered('head', atWork.code)).toEqual(expect.arrayContaining(['step_assigned', 'step_completed', 'step_returned', 'forwarded']));
    const detail = (await as.head.get(`/api/dossiers/${atWork.code}`)).json() as { actions: Array<{ event: string; onBehalfOf?: string; returnTo?: string[] }> };
    expect(detail.actions.find((a) => a.event === 'step_completed')?.onBehalfOf).toBe(ids.holder);
    expect(detail.actions.find((a) => a.event === 'step_returned')?.returnTo).toEqual(['tiep-nhan']);
    const atSignature = await dossierAt('phe-duyet');
    expect(await offered('chairman', atSignature.code)).toContain('result_ready');
    expect(await offered('leader', atSignature.code)).not.toContain('result_ready');
    expect(await offered('holder', atSignature.code)).not.toContain('step_completed');
  });

  it('a head completing the holder’s step is recorded as on their behalf, in words', async () => {
    const d = await dossierAt('xu-ly');
    const done = await step(as.head.post(`/api/dossiers/${d.code}/complete-step`, { expectedVersion: d.version, stepCode: 'xu-ly' }));
    const detail = (await as.head.get(`/api/dossiers/${done.code}`)).json() as { steps: Array<{ code: string; onBehalfOfName: string | null; completedByName: string | null }>; history: Array<{ type: string; description: string; actorName: string }> };
    expect(detail.steps.find((s) => s.code === 'xu-ly')).toMatchObject({ onBehalfOfName: 'Bước holder', completedByName: 'Bước head' });
    const entry = detail.history.find((h) => h.type === 'step_completed')!;
    expect(entry.actorName).toBe('Bước head');
    expect(entry.description).toBe('Hoàn thành bước "Thẩm định, xử lý chuyên môn" (hoàn thành thay Bước holder)');
  });
});
