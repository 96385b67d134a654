/**
 * API test harness: a real Fastify app on a real database (PGlite or PostgreSQL, see
 * forEachDriver), a controllable clock, a small city with two wards, departments and one
 * user per role, and helpers to log in and call routes with the session cookie and CSRF token.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { bootstrap, ROOT_UNIT } from '../../src/platform/bootstrap/bootstrap.ts';
import { login, SESSION_COOKIE } from '../../src/platform/sessions/sessions.ts';
import { departments, units } from '../../src/platform/db/schema.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import { buildApp, type BuildAppOptions } from '../../src/platform/http/app.ts';
import { FEATURE_ROUTES } from '../../src/features/routes.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY, type LocalMinute } from '../../src/domain/calendar/local-time.ts';
import type { TestDatabase } from './db.ts';
import { mandatoryPapers } from './catalog-helpers.ts';

export const PASSWORD = 'mat-khau-kiem-thu';
export const CITY = ROOT_UNIT.code;
export const WARD = '000.01.24.H24';
export const OTHER_WARD = '000.02.24.H24';
export const OTHER_CITY = '000.00.00.H26';
export const OTHER_CITY_WARD = '000.01.26.H26';

/** Monday 23/11/2026 08:00 local time (24/11/2026 is a holiday). */
export const START: LocalMinute = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 8 * 60;

/** One account per role in WARD, plus peers in OTHER_WARD and a city supervisor. */
export const ACCOUNTS = {
  counter: { username: 'motcua.tiepnhan', role: 'counter_officer', unitCode: WARD, departmentCode: null },
  specialist: { username: 'tuphap.chuyenvien', role: 'specialist', unitCode: WARD, departmentCode: 'tu-phap' },
  head: { username: 'tuphap.truongphong', role: 'department_head', unitCode: WARD, departmentCode: 'tu-phap' },
  otherSpecialist: { username: 'kinhte.chuyenvien', role: 'specialist', unitCode: WARD, departmentCode: 'kinh-te' },
  otherHead: { username: 'kinhte.truongphong', role: 'department_head', unitCode: WARD, departmentCode: 'kinh-te' },
  leader: { username: 'trungtam.lanhdao', role: 'center_leader', unitCode: WARD, departmentCode: null },
  chairman: { username: 'ubnd.chutich', role: 'chairman', unitCode: WARD, departmentCode: null },
  admin: { username: 'quantri', role: 'administrator', unitCode: CITY, departmentCode: null },
  supervisor: { username: 'thanhpho.giamsat', role: 'city_supervisor', unitCode: CITY, departmentCode: null },
  otherSupervisor: { username: 'tinhkhac.giamsat', role: 'city_supervisor', unitCode: OTHER_CITY, departmentCode: null },
  otherCounter: { username: 'phuongkhac.tiepnhan', role: 'counter_officer', unitCode: OTHER_WARD, departmentCode: null },
  otherChairman: { username: 'phuongkhac.chutich', role: 'chairman', unitCode: OTHER_WARD, departmentCode: null },
} as const;
export type AccountName = keyof typeof ACCOUNTS;

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** Moves the clock (local minutes). */
  setNow(minute: LocalMinute): void;
  advance(minutes: number): void;
  now(): LocalMinute;
  login(account: AccountName): Promise<Session>;
  /**
   * A session for any user (created by the test), minted with the same login() the route
   * uses but without the HTTP login route and its rate limit (10 a minute).
   */
  sessionFor(username: string): Promise<Session>;
  userId(account: AccountName): string;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function seedCity(db: TestDatabase['db']): Promise<Map<AccountName, string>> {
  await bootstrap(db, { adminPassword: PASSWORD });
  await db.insert(units).values([
    { code: WARD, name: 'Trung tâm Phục vụ hành chính công phường Gia Viên', kind: 'ward', parentCode: CITY, settings: { placeName: 'Gia Viên' } },
    { code: OTHER_WARD, name: 'Trung tâm Phục vụ hành chính công phường Hưng Đạo', kind: 'ward', parentCode: CITY },
    { code: OTHER_CITY, name: 'Ủy ban nhân dân thành phố Hà Nội', kind: 'city' },
    { code: OTHER_CITY_WARD, name: 'Trung tâm Phục vụ hành chính công phường Ba Đình', kind: 'ward', parentCode: OTHER_CITY },
  ]);
  await db.insert(departments).values([
    { unitCode: WARD, code: 'tu-phap', name: 'Phòng Văn hóa - Xã hội (Tư pháp, hộ tịch)', kind: 'department' },
    { unitCode: WARD, code: 'kinh-te', name: 'Phòng Kinh tế, Hạ tầng và Đô thị', kind: 'department' },
    { unitCode: WARD, code: 'dat-dai', name: 'Chi nhánh Văn phòng Đăng ký đất đai', kind: 'vertical_agency' },
  ]);
  const ids = new Map<AccountName, string>();
  for (const [name, account] of Object.entries(ACCOUNTS) as Array<[AccountName, (typeof ACCOUNTS)[AccountName]]>) {
    const user = await createUser(db, { ...account, fullName: `Cán bộ ${account.username}`, password: PASSWORD });
    ids.set(name, user.id);
  }
  return ids;
}

export async function createTestApp(
  database: TestDatabase,
  options: { start?: LocalMinute; maxUploadMb?: number; logStream?: NodeJS.WritableStream; app?: Omit<BuildAppOptions, 'ctx' | 'routes'>; env?: Record<string, string>; seed?: boolean } = {},
): Promise<TestApp> {
  // seed: false — a second server on a database another test app has seeded already.
  const ids = options.seed === false ? new Map<AccountName, string>() : await seedCity(database.db);
  let now = options.start ?? START;
  const config = configFromEnvironment({ MOTCUA_DATA_DIR: '.tmp/test-data', MOTCUA_MAX_UPLOAD_MB: String(options.maxUploadMb ?? 2), ...options.env });
  const ctx: AppContext = { db: database.db, driver: database.driver, config, calendars: new CalendarService(database.db), now: () => now };
  // MOTCUA_TEST_LOG=1 prints the server's error log (the cause behind a 500) while debugging a test.
  // logStream: a test reads the server's log (what a failure writes there).
  const logger = options.logStream ? { level: 'info', stream: options.logStream } : process.env.MOTCUA_TEST_LOG === '1' ? { level: 'error' } : false;
  const app = await buildApp({ ctx, routes: FEATURE_ROUTES, logger, ...options.app });
  await app.ready();

  const session = async (account: AccountName): Promise<Session> => {
    const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: ACCOUNTS[account].username, password: PASSWORD } });
    if (response.statusCode !== 200) throw new Error(`login ${account} failed: ${response.statusCode} ${response.body}`);
    const cookieHeader = response.headers['set-cookie'];
    const raw = Array.isArray(cookieHeader) ? cookieHeader[0]! : String(cookieHeader);
    return sessionOf(raw.split(';')[0]!, (response.json() as { csrfToken: string }).csrfToken);
  };
  const sessionFor = async (username: string): Promise<Session> => {
    const signedIn = await login(database.db, username, PASSWORD, new Date());
    return sessionOf(`${SESSION_COOKIE}=${signedIn.token}`, signedIn.csrfToken);
  };
  const sessionOf = (cookie: string, csrf: string): Session => {
    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrf, ...headers }, ...(body === undefined ? {} : { payload: body as object }) });
    return {
      cookie,
      csrf,
      get: (url) => call('GET', url),
      post: (url, body, headers) => call('POST', url, body ?? {}, headers),
      put: (url, body) => call('PUT', url, body ?? {}),
      delete: (url) => call('DELETE', url),
    };
  };

  return {
    app,
    ctx,
    setNow: (minute) => {
      now = minute;
    },
    advance: (minutes) => {
      now += minutes;
    },
    now: () => now,
    login: session,
    sessionFor,
    userId: (account) => ids.get(account)!,
    close: () => app.close(),
  };
}

/** A valid reception body for the counter: Cấp Giấy xác nhận tình trạng hôn nhân (3 working days). */
export function receptionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  // Another procedure (issue 14): its own mandatory papers, unless the test lists them.
  const procedurePapers = typeof overrides.procedureCode === 'string' && overrides.procedureCode !== '1.004873' ? { components: mandatoryPapers(overrides.procedureCode) } : {};
  return {
    procedureCode: '1.004873',
    channel: 'in_person',
    applicant: { kind: 'individual', name: 'Nguyễn Thị Bình', idNumber: '031190004567', phone: '0912345678', address: 'Số 5 Lê Lợi, phường Gia Viên' },
    // Every mandatory paper of the procedure (issue 14: a missing one needs a supplement request or a confirmation).
    components: [
      { code: 'to-khai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'ban-chinh', quantity: 1 },
      { code: 'giay-to-tuy-than', name: 'Giấy tờ tùy thân của người yêu cầu (Thẻ căn cước/CCCD, hộ chiếu)', form: 'ban-chinh', quantity: 1 },
    ],
    ...procedurePapers,
    ...overrides,
  };
}

/** States a dossier can be prepared in for a test (see prepareDossier). */
export type PreparedState = 'submitted' | 'processing' | 'supplement' | 'obligation' | 'processed';

/**
 * A fresh dossier of the counter's unit in `state`, walked there by the people who would act:
 * submitted online (1); received and forwarded to "tu-phap" (4); then a supplement requested (5),
 * a financial obligation requested (6), or approved (9).
 */
export async function prepareDossier(
  actors: { counter: Session; specialist: Session; chairman: Session },
  state: PreparedState,
  applicant?: Record<string, unknown>,
): Promise<{ code: string; version: number }> {
  const ok = async (response: Promise<LightMyRequestResponse>, status: number): Promise<{ code: string; version: number }> => {
    const r = await response;
    if (r.statusCode !== status) throw new Error(`preparing a dossier: ${r.statusCode} ${r.body}`);
    return r.json() as { code: string; version: number };
  };
  const { counter, specialist, chairman } = actors;
  const who = applicant ? { applicant } : {};
  if (state === 'submitted') return ok(counter.post('/api/dossiers', receptionBody({ mode: 'submit', channel: 'online', ...who })), 201);
  const received = await ok(counter.post('/api/dossiers', receptionBody(who)), 201);
  // Issue 14: only whose turn it is acts. "processing" stays unassigned in the department; the
  // later states give the specialist the step by name, so that they may act on it.
  const assigned = state === 'processing' ? {} : { assigneeId: ((await specialist.get('/api/auth/me')).json() as { user: { id: string } }).user.id };
  let d = await ok(counter.post(`/api/dossiers/${received.code}/forward`, { expectedVersion: received.version, to: 'tu-phap', ...assigned }), 200);
  if (state === 'supplement') d = await ok(specialist.post(`/api/dossiers/${d.code}/request-supplement`, { expectedVersion: d.version, reason: 'Thiếu giấy tờ' }), 200);
  if (state === 'obligation') d = await ok(specialist.post(`/api/dossiers/${d.code}/request-financial-obligation`, { expectedVersion: d.version, amount: 100_000, description: 'Lệ phí trước bạ' }), 200);
  if (state === 'processed') {
    d = await ok(specialist.post(`/api/dossiers/${d.code}/complete-step`, { expectedVersion: d.version, stepCode: 'xu-ly' }), 200);
    d = await ok(chairman.post(`/api/dossiers/${d.code}/approve`, { expectedVersion: d.version, resultReference: '15/XN-UBND' }), 200);
  }
  return d;
}
