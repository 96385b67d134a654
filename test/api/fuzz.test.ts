/**
 * Fuzz-style test of every route (issue 3 §7): the routes are enumerated from the OpenAPI
 * document the app serves (/api/docs/json), so a route added later is fuzzed without anyone
 * remembering to. At each route, logged in as a role that may use it, fast-check throws
 * malformed bodies (mutations of a valid body: wrong types, huge strings, unicode junk, NUL
 * characters, missing and unknown fields; bad JSON; wrong content types), path parameters,
 * query strings and headers (missing CSRF token, junk cookies and keys), and bad multipart
 * uploads (no boundary, truncated, empty files, junk bytes and names).
 *
 * Every answer must be: never a 5xx; a 4xx with a JSON body whose `message` is Vietnamese and
 * carries no stack trace. A mutated request may also be valid (2xx), which is fine.
 * Runs on PGlite and PostgreSQL; MOTCUA_FUZZ_RUNS raises the number of runs per route.
 */
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { CITY, createTestApp, OTHER_WARD, PASSWORD, prepareDossier, receptionBody, WARD, type PreparedState, type Session, type TestApp } from '../support/api.ts';
import { formData, pdf, uploadFile } from '../support/multipart.ts';
import { createSourceApiKey } from '../../src/features/imports/imports.store.ts';

const RUNS = Number(process.env.MOTCUA_FUZZ_RUNS ?? 8);
const SEED = Number(process.env.MOTCUA_FUZZ_SEED ?? 20261123);
/** Hundreds of requests per case over ~50 routes: generous, the machine may be shared. */
const CASE_TIMEOUT = 600_000;

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI path, e.g. /api/dossiers/{code}/forward. */
  path: string;
  params: string[];
  query: string[];
  jsonBody: boolean;
  multipart: boolean;
  /** Authenticated by a source system's API key (X-Api-Key), not a session. */
  apiKey: boolean;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, unknown> };
  security?: Array<Record<string, unknown>>;
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

function routesOf(doc: { paths: Record<string, Record<string, OpenApiOperation>> }): Route[] {
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      // An event stream (GET /api/stream) never ends, so inject() would wait forever; it takes
      // no parameters or body to fuzz, and test/api/live-stream.test.ts checks its refusals.
      if ('text/event-stream' in (operation.responses?.['200']?.content ?? {})) continue;
      const parameters = operation.parameters ?? [];
      const content = Object.keys(operation.requestBody?.content ?? {});
      const upper = method.toUpperCase() as Route['method'];
      routes.push({
        method: upper,
        path,
        params: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        jsonBody: content.includes('application/json') || (upper !== 'GET' && upper !== 'DELETE' && !path.endsWith('/files')),
        multipart: path.endsWith('/files') && upper === 'POST',
        apiKey: (operation.security ?? []).some((scheme) => 'sourceApiKey' in scheme),
      });
    }
  }
  return routes;
}

// ─── What a valid request of each route looks like (the starting point of mutations) ───

/** Lifecycle actions: the state to start from, the role, and a valid body. */
const ACTIONS: Record<string, { start: PreparedState; as: 'counter' | 'leader' | 'specialist'; body: Record<string, unknown> }> = {
  receive: { start: 'submitted', as: 'counter', body: { components: [{ code: 'to-khai', name: 'Tờ khai', form: 'ban-chinh', quantity: 1 }] } },
  refuse: { start: 'submitted', as: 'counter', body: { reason: 'Không thuộc thẩm quyền' } },
  forward: { start: 'processing', as: 'counter', body: { to: 'kinh-te', toKind: 'department', assigneeId: 'x' } },
  'complete-step': { start: 'processing', as: 'leader', body: { stepCode: 'xu-ly', note: 'Đã thẩm định' } },
  'request-supplement': { start: 'processing', as: 'specialist', body: { reason: 'Thiếu giấy tờ', items: ['Giấy xác nhận cư trú'] } },
  'receive-supplement': { start: 'supplement', as: 'counter', body: { note: 'Đã nhận đủ' } },
  'request-financial-obligation': { start: 'processing', as: 'specialist', body: { amount: 100_000, description: 'Lệ phí trước bạ' } },
  'financial-obligation-paid': { start: 'obligation', as: 'counter', body: { amount: 100_000 } },
  stop: { start: 'processing', as: 'leader', body: { reason: 'Không đủ điều kiện', refusal: true } },
  extend: { start: 'processing', as: 'leader', body: { newDueAt: '2026-12-02T16:00', reason: 'Cần xác minh thêm' } },
  withdraw: { start: 'processing', as: 'counter', body: { reason: 'Công dân rút' } },
  approve: { start: 'processing', as: 'leader', body: { electronic: true, note: 'Đồng ý' } },
  'return-result': { start: 'processed', as: 'counter', body: { method: 'desk' } },
  'pay-fee': { start: 'processing', as: 'counter', body: { amount: 5000, online: false } },
};

const BODIES: Record<string, () => Record<string, unknown>> = {
  'POST /api/auth/login': () => ({ username: 'quantri', password: PASSWORD }),
  'POST /api/dossiers': () => receptionBody({ pages: 2, copies: 1, exemptions: ['nguoi-co-cong'], receivedAt: '2026-11-23T08:00' }),
  'POST /api/calendar/overrides': () => ({ unitCode: WARD, date: '2026-12-31', working: false, reason: 'Nghỉ bù' }),
  'POST /api/units': () => ({ code: 'fuzz.unit', name: 'Phường Thử', kind: 'ward', parentCode: CITY, settings: { placeName: 'Thử' } }),
  'PUT /api/units/{code}/settings': () => ({
    placeName: 'Gia Viên',
    documentHeader: { governingBody: 'UBND THÀNH PHỐ HẢI PHÒNG', issuingBody: 'UBND PHƯỜNG GIA VIÊN' },
    workingHours: { morning: { start: '07:30', end: '11:30' }, afternoon: { start: '13:30', end: '17:00' } },
    reportPeriod: { kind: 'cutoff', day: 15 },
  }),
  'POST /api/units/{code}/departments': () => ({ code: 'van-hoa', name: 'Phòng Văn hóa', kind: 'department' }),
  'PUT /api/units/{code}/procedures': () => ({ offered: ['1.004873', '1.001193'] }),
  'POST /api/users': () => ({ username: 'fuzz.user', fullName: 'Người Thử', password: 'mat-khau-dai-du', role: 'specialist', unitCode: WARD, departmentCode: 'tu-phap' }),
};

const QUERIES: Record<string, Record<string, string>> = {
  'GET /api/dossiers': { status: '2,4', q: 'nguyen', dueBefore: '2026-12-31', overdue: 'false', page: '1', pageSize: '20' },
  'GET /api/catalog/procedures/{code}/quote': { channel: 'online', pages: '3', copies: '2', exemptions: 'nguoi-co-cong', variant: 'x' },
  'GET /api/forms/mau-07': { unit: WARD, from: '2026-11-01', to: '2026-11-30', format: 'html' },
};

const ADMIN_PATHS = /^\/api\/(units|users|calendar\/overrides)/;

// ─── Junk ────────────────────────────────────────────────────────────────────

const HUGE = 'Ể'.repeat(200_000);
const junkString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', '\uFEFF', '💥'.repeat(500), HUGE, '../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', '%00', '2026-02-30', '2026-13-01T25:61', '-1', '1e309', 'NaN', 'null', 'true', '{}', '[]'),
);
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  junkString,
  fc.integer(),
  fc.constantFrom(0, -1, 1.5, 1e21, -1e21, Number.MAX_SAFE_INTEGER, 2 ** 63, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constant(Array.from({ length: 5000 }, (_, i) => i)),
);

/** Every key path of a JSON value (objects and arrays), e.g. ['applicant', 'idNumber']. */
function keyPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...keyPaths(v, [...prefix, i])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...keyPaths(v, [...prefix, k])]);
  return [];
}

function mutate(body: unknown, path: Array<string | number>, action: 'set' | 'delete', value: unknown): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (action === 'delete') {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else Reflect.deleteProperty(node, last);
  } else {
    node[last] = value;
  }
  return copy;
}

/** A mutation of a valid body: one field set to junk or removed, an unknown field, or a whole junk body. */
function bodyMutation(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths = keyPaths(valid);
  const mutations: Array<fc.Arbitrary<unknown>> = [
    fc.jsonValue({ maxDepth: 3 }),
    fc.record({ key: fc.string({ maxLength: 20 }), value: junkValue }).map(({ key, value }) => ({ ...valid, [key]: value })),
  ];
  if (paths.length > 0) {
    mutations.push(
      fc.record({ path: fc.constantFrom(...paths), value: junkValue }).map(({ path, value }) => mutate(valid, path, 'set', value)),
      fc.constantFrom(...paths).map((path) => mutate(valid, path, 'delete', undefined)),
    );
  }
  return fc.oneof(...mutations);
}

/**
 * A URL component. Text that is not valid UTF-16 (a lone surrogate) cannot be percent-encoded
 * by encodeURIComponent: it goes out as the invalid UTF-8 bytes a careless client would send.
 */
function encoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text].map((c) => (/[\uD800-\uDFFF]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
  }
}

/** Path and query values sent as they are (already "encoded"): broken percent escapes, invalid UTF-8. */
const RAW_URL_JUNK = ['%', '%ZZ', '%FF%FE', '%C0%AF', '%ED%A0%80', '..%2F..%2Fetc', '%00'];

/** Well-formed JSON nested deeper than the server allows (http/body-guard.ts: 32 levels). */
const deep = (depth: number, open: string, close: string): string => open.repeat(depth) + '1' + close.repeat(depth);
const DEEP_JSON = [`{"x":${deep(40, '[', ']')}}`, `{"a":${deep(33, '{"b":', '}').replace('1}', '{}}')}}`, deep(500_000, '[', ']'), `{"applicant":{"name":${deep(64, '[', ']')}}}`];
const BAD_JSON = ['{', '{"a":', 'nul', '[1,2', '{"procedureCode": "1.004873",}', '\u00ff\u00fe', "{'a': 1}", '{"__proto__": {"x": 1}}', '{"constructor": {"prototype": {"x": 1}}}', '['.repeat(5000) + ']'.repeat(5000), '"' + HUGE + '"', '1'.repeat(400), ...DEEP_JSON];
const BAD_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'application/json; charset=latin1', 'image/png', ';;;', 'application/json; boundary=x'];

// ─── The checks ──────────────────────────────────────────────────────────────

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const STACK = /\bat .+\.(ts|js):\d+|node_modules|Error: |\n\s+at /;

/** Why an answer breaks the rules, or undefined when it is fine. */
function problemOf(response: LightMyRequestResponse, mustFail: boolean): string | undefined {
  const status = response.statusCode;
  if (status >= 500) return `${status}: ${response.body.slice(0, 300)}`;
  if (status < 400) return mustFail ? `accepted (${status}) although the request is malformed` : undefined;
  let body: { message?: unknown; error?: unknown };
  try {
    body = response.json();
  } catch {
    return `${status} without a JSON body: ${response.body.slice(0, 200)}`;
  }
  if (typeof body.message !== 'string' || !VIETNAMESE.test(body.message)) return `${status} without a Vietnamese message: ${response.body.slice(0, 300)}`;
  if (STACK.test(response.body)) return `${status} with a stack trace: ${response.body.slice(0, 300)}`;
  return undefined;
}

forEachDriver('fuzzing every route', (getDb) => {
  let t: TestApp;
  let routes: Route[];
  const sessions = {} as Record<'counter' | 'leader' | 'specialist' | 'chairman' | 'admin', Session>;
  let fileId: string;
  let overrideId: number;
  let pushKey: string;
  /** One live dossier per starting state, replaced when an accepted request moved it on. */
  const live = new Map<PreparedState, { code: string; version: number }>();
  const problems: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(getDb());
    for (const name of ['counter', 'leader', 'specialist', 'chairman', 'admin'] as const) sessions[name] = await t.login(name);
    routes = routesOf((await t.app.inject('/api/docs/json')).json());
    const processing = await dossierIn('processing');
    const uploaded = await uploadFile(t.app, sessions.counter, processing.code, { kind: 'component', expectedVersion: processing.version }, { bytes: pdf('fuzz'), name: 'to-khai.pdf', type: 'application/pdf' });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    fileId = (uploaded.json() as { file: { id: string } }).file.id;
    live.delete('processing');
    const override = await sessions.admin.post('/api/calendar/overrides', { unitCode: WARD, date: '2026-12-30', working: false, reason: 'Thử' });
    expect(override.statusCode, override.body).toBe(200);
    overrideId = (override.json() as { id: number }).id;
    pushKey = (await createSourceApiKey(t.ctx.db, { source: 'fuzz', name: 'fuzz', unitCode: WARD, unitCodes: null, createdBy: null })).key;
  });
  beforeEach(() => {
    problems.length = 0;
  });
  afterAll(async () => {
    await t.close();
  });

  async function dossierIn(state: PreparedState): Promise<{ code: string; version: number }> {
    const known = live.get(state);
    if (known) {
      const current = (await sessions.counter.get(`/api/dossiers/${known.code}`)).json() as { version: number };
      if (current.version === known.version) return known;
    }
    const fresh = await prepareDossier(sessions, state);
    live.set(state, fresh);
    return fresh;
  }

  const actionOf = (route: Route): string | undefined => /^\/api\/dossiers\/\{code\}\/([a-z-]+)$/.exec(route.path)?.[1];

  function sessionFor(route: Route): Session {
    if (ADMIN_PATHS.test(route.path)) return sessions.admin;
    const action = actionOf(route);
    if (action && ACTIONS[action]) return sessions[ACTIONS[action].as];
    return sessions.counter;
  }

  /** Valid path parameter values of a route. */
  async function paramsFor(route: Route): Promise<Record<string, string>> {
    const values: Record<string, string> = {};
    for (const name of route.params) {
      if (name === 'code' && route.path.startsWith('/api/dossiers/')) values[name] = (await dossierIn(ACTIONS[actionOf(route) ?? '']?.start ?? 'processing')).code;
      else if (name === 'code' && route.path.startsWith('/api/catalog/')) values[name] = '1.004873';
      // The ward's list of procedures decides what it may receive: junk lists go to the other ward.
      else if (name === 'code' && route.path === '/api/units/{code}/procedures') values[name] = OTHER_WARD;
      else if (name === 'code') values[name] = WARD;
      else if (name === 'year') values[name] = '2026';
      else if (name === 'id' && route.path.startsWith('/api/files/')) values[name] = fileId;
      else if (name === 'id') values[name] = String(overrideId);
      else if (name === 'form') values[name] = 'mau-01';
      else values[name] = 'x';
    }
    return values;
  }

  async function validBody(route: Route): Promise<Record<string, unknown>> {
    const action = actionOf(route);
    if (action && ACTIONS[action] && route.method === 'POST') {
      const dossier = await dossierIn(ACTIONS[action].start);
      return { expectedVersion: dossier.version, ...ACTIONS[action].body };
    }
    return BODIES[`${route.method} ${route.path}`]?.() ?? {};
  }

  const urlOf = (route: Route, params: Record<string, string>, query: Record<string, string> = {}): string => {
    const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => encoded(params[name] ?? ''));
    const search = new URLSearchParams(query).toString();
    return search ? `${path}?${search}` : path;
  };

  async function send(route: Route, session: Session | undefined, options: { url: string; payload?: string | Buffer; headers?: Record<string, string>; remoteAddress?: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}), ...options.headers };
    for (const [key, value] of Object.entries(headers)) if (value === '') Reflect.deleteProperty(headers, key);
    return t.app.inject({ method: route.method, url: options.url, headers, ...(options.payload === undefined ? {} : { payload: options.payload }), ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}) });
  }

  /** Runs a property at every route it applies to, recording problems instead of stopping. */
  async function atEveryRoute<T>(kind: string, applies: (route: Route) => boolean, arbitrary: (route: Route) => fc.Arbitrary<T>, run: (route: Route, value: T) => Promise<string | undefined>): Promise<void> {
    for (const route of routes.filter(applies)) {
      const result = await fc.check(
        fc.asyncProperty(arbitrary(route), async (value) => {
          const problem = await run(route, value);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      if (result.failed) {
        problems.push(`${kind} ${route.method} ${route.path}: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)} — input ${fc.stringify(result.counterexample?.[0]).slice(0, 300)}`);
      }
    }
  }

  /** The logout route would end the sessions the other routes use: it gets its own. */
  const sessionOrFresh = async (route: Route): Promise<Session> => (route.path === '/api/auth/logout' ? t.sessionFor('motcua.tiepnhan') : sessionFor(route));

  it('enumerates the routes from the OpenAPI document', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    for (const expected of ['POST /api/auth/login', 'POST /api/dossiers', 'GET /api/dossiers/{code}', 'POST /api/dossiers/{code}/forward', 'POST /api/dossiers/{code}/files', 'GET /api/files/{id}', 'POST /api/users']) {
      expect(names).toContain(expected);
    }
    expect(routes.length).toBeGreaterThanOrEqual(30);
  });

  // Before the other cases: the login route's rate limit (10 a minute) must not be spent yet.
  it('text PostgreSQL cannot store (NUL, a lone surrogate) in any string of any JSON body: 400 naming the field', { timeout: CASE_TIMEOUT }, async () => {
    const stringPaths = (value: unknown, path: string[] = []): string[][] =>
      typeof value === 'string' ? [path] : value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([key, child]) => stringPaths(child, [...path, key])) : [];
    const withText = (value: unknown, path: string[], text: string): unknown => {
      if (path.length === 0) return text;
      const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>;
      copy[path[0]!] = withText(copy[path[0]!], path.slice(1), text);
      return copy;
    };
    let checked = 0;
    for (const route of routes.filter((r) => r.jsonBody)) {
      const valid = await validBody(route);
      for (const path of stringPaths(valid)) {
        for (const [text, words] of [['a\u0000b', /NUL/], ['Nguyễn \udc00 Văn', /surrogate/]] as const) {
          const response = await send(route, await sessionOrFresh(route), { url: urlOf(route, await paramsFor(route)), payload: JSON.stringify(withText(valid, path, text)), headers: { 'content-type': 'application/json' } });
          const where = `${route.method} ${route.path} ${path.join('.')}`;
          expect(response.statusCode, `${where}: ${response.body}`).toBe(400);
          const answer = response.json() as { message: string; field?: string };
          expect(answer.field, where).toBe(path.join('.'));
          expect(answer.message, where).toMatch(words);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(40);
  });

  it('malformed JSON bodies: mutated fields, junk values, missing and unknown fields', { timeout: CASE_TIMEOUT }, async () => {
    for (const route of routes.filter((r) => r.jsonBody)) {
      const valid = await validBody(route);
      const result = await fc.check(
        fc.asyncProperty(bodyMutation(valid), async (body) => {
          const session = await sessionOrFresh(route);
          const fresh = await validBody(route); // the current version, when an earlier run moved the dossier on
          const withVersion = body && typeof body === 'object' && !Array.isArray(body) && 'expectedVersion' in body && 'expectedVersion' in fresh && (body as Record<string, unknown>).expectedVersion === valid.expectedVersion ? { ...body, expectedVersion: fresh.expectedVersion } : body;
          const response = await send(route, session, { url: urlOf(route, await paramsFor(route)), payload: JSON.stringify(withVersion ?? null), headers: { 'content-type': 'application/json' } });
          const problem = problemOf(response, false);
          if (problem) throw new Error(problem);
        }),
        { numRuns: RUNS * 2, seed: SEED, endOnFailure: true },
      );
      if (result.failed) problems.push(`body ${route.method} ${route.path}: ${(result.errorInstance as Error).message} — input ${fc.stringify(result.counterexample?.[0]).slice(0, 300)}`);
    }
    expect(problems).toEqual([]);
  });

  it('bad JSON, wrong content types and bodies over the limit: always 4xx', { timeout: CASE_TIMEOUT }, async () => {
    await atEveryRoute(
      'raw body',
      (route) => route.jsonBody,
      () => fc.oneof(fc.record({ text: fc.constantFrom(...BAD_JSON), type: fc.constant('application/json') }), fc.record({ text: fc.constant('{"a":1}'), type: fc.constantFrom(...BAD_TYPES) }), fc.constant({ text: `{"x":"${'a'.repeat(1024 * 1024 + 10)}"}`, type: 'application/json' })),
      async (route, { text, type }) => {
        const session = await sessionOrFresh(route);
        const response = await send(route, session, { url: urlOf(route, await paramsFor(route)), payload: text, headers: { 'content-type': type } });
        // Prototype-pollution keys are valid JSON, and so is {"a":1} with a charset parameter
        // on a route whose fields are all optional: a 2xx answer is fine as long as nothing broke.
        const wellFormed = text.includes('__proto__') || text.includes('constructor') || (text === '{"a":1}' && type.startsWith('application/json'));
        return problemOf(response, !wellFormed && route.path !== '/api/auth/logout');
      },
    );
    expect(problems).toEqual([]);
  });

  it('bodies nested too deep on every JSON route: a Vietnamese 400 before anything parses them', { timeout: CASE_TIMEOUT }, async () => {
    let checked = 0;
    for (const route of routes.filter((r) => r.jsonBody)) {
      for (const text of DEEP_JSON) {
        // From an address of its own: the login route's 10 a minute per address are spent by now.
        const remoteAddress = `10.99.${Math.floor(checked / 200)}.${checked % 200}`;
        // A key route checks its key before reading the body (issue 12): give it a valid one.
        const headers: Record<string, string> = { 'content-type': 'application/json', ...(route.apiKey ? { 'x-api-key': pushKey } : {}) };
        const response = await send(route, await sessionOrFresh(route), { url: urlOf(route, await paramsFor(route)), payload: text, headers, remoteAddress });
        const where = `${route.method} ${route.path}`;
        expect(response.statusCode, `${where}: ${response.body.slice(0, 200)}`).toBe(400);
        expect(response.json<{ message: string }>().message, where).toMatch(/lồng nhau quá sâu/);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(60);
  });

  it('junk path parameters', { timeout: CASE_TIMEOUT }, async () => {
    await atEveryRoute(
      'params',
      (route) => route.params.length > 0,
      (route) => fc.record({ name: fc.constantFrom(...route.params), value: junkString, raw: fc.option(fc.constantFrom(...RAW_URL_JUNK), { nil: undefined }) }),
      async (route, { name, value, raw }) => {
        const params = { ...(await paramsFor(route)), [name]: raw === undefined ? value : `\u0001${name}` };
        let url = urlOf(route, params);
        if (raw !== undefined) url = url.replace(encoded(`\u0001${name}`), raw);
        const body = route.jsonBody ? JSON.stringify(await validBody(route)) : undefined;
        const response = await send(route, await sessionOrFresh(route), { url, ...(body ? { payload: body, headers: { 'content-type': 'application/json' } } : {}) });
        return problemOf(response, false);
      },
    );
    expect(problems).toEqual([]);
  });

  it('junk query strings, repeated keys and unknown keys', { timeout: CASE_TIMEOUT }, async () => {
    await atEveryRoute(
      'query',
      (route) => route.method === 'GET',
      (route) => fc.record({ key: fc.oneof(fc.constantFrom(...(route.query.length ? route.query : ['q'])), fc.string({ maxLength: 10 })), value: junkString, repeat: fc.boolean(), raw: fc.option(fc.constantFrom(...RAW_URL_JUNK), { nil: undefined }) }),
      async (route, { key, value, repeat, raw }) => {
        const base = QUERIES[`${route.method} ${route.path}`] ?? {};
        let url = urlOf(route, await paramsFor(route), { ...base, [key]: value });
        if (repeat) url += `${url.includes('?') ? '&' : '?'}${encoded(key)}=${encoded(value)}`;
        if (raw !== undefined) url += `${url.includes('?') ? '&' : '?'}${encoded(key)}=${raw}`;
        return problemOf(await send(route, sessionFor(route), { url }), false);
      },
    );
    expect(problems).toEqual([]);
  });

  it('headers: no CSRF token, junk cookies, junk idempotency keys and content lengths', { timeout: CASE_TIMEOUT }, async () => {
    await atEveryRoute(
      'headers',
      (route) => route.path !== '/api/auth/login',
      () => fc.record({ csrf: fc.oneof(fc.constant(''), junkString.filter((s) => /^[\x20-\x7e]*$/.test(s))), cookie: fc.oneof(fc.constant(undefined), fc.constantFrom('motcua_session=', 'motcua_session=abc', 'motcua_session=%ZZ', `motcua_session=${'a'.repeat(5000)}`, '=;=;')), key: fc.string({ maxLength: 300 }).filter((s) => /^[\x20-\x7e]*$/.test(s)) }),
      async (route, { csrf, cookie, key }) => {
        const session = await sessionOrFresh(route);
        const body = route.jsonBody ? JSON.stringify(await validBody(route)) : undefined;
        const mutating = route.method !== 'GET';
        const headers: Record<string, string> = { cookie: cookie ?? session.cookie, 'x-csrf-token': csrf, 'idempotency-key': key, ...(body ? { 'content-type': 'application/json' } : {}) };
        const response = await send(route, undefined, { url: urlOf(route, await paramsFor(route)), ...(body ? { payload: body } : {}), headers });
        // Without a valid session, or on a mutating route without the right CSRF token, it must fail
        // (but /api/about and the public PAKN pages' routes /api/public/…, which anyone may use).
        const mustFail = route.path !== '/api/about' && !route.path.startsWith('/api/public/') && (cookie !== undefined || (mutating && csrf !== session.csrf));
        return problemOf(response, mustFail);
      },
    );
    expect(problems).toEqual([]);
  });

  it('bad multipart uploads: no boundary, truncated, empty and junk files, junk fields and names', { timeout: CASE_TIMEOUT }, async () => {
    const route = routes.find((r) => r.multipart)!;
    expect(route).toBeDefined();
    const upload = fc.record({
      fields: fc.record({ kind: fc.oneof(fc.constantFrom('component', 'result', 'reused'), junkString), componentCode: fc.option(junkString, { nil: undefined }), expectedVersion: fc.oneof(fc.constant('VERSION'), junkString) }, { requiredKeys: [] }),
      file: fc.option(fc.record({ bytes: fc.oneof(fc.constant(new Uint8Array()), fc.uint8Array({ maxLength: 64 }), fc.constant(new Uint8Array(pdf('ok')))), name: fc.oneof(fc.constant('scan.pdf'), junkString), type: fc.constantFrom('application/pdf', 'image/png', '', 'text/html') }), { nil: undefined }),
      damage: fc.constantFrom('none', 'truncate', 'no-boundary', 'wrong-boundary', 'garbage'),
    });
    const result = await fc.check(
      fc.asyncProperty(upload, async ({ fields, file, damage }) => {
        const dossier = await dossierIn('processing');
        const filled = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v === 'VERSION' ? String(dossier.version) : (v as string)]));
        const form = await formData(filled, file ? { bytes: Buffer.from(file.bytes), name: file.name, type: file.type } : undefined);
        let body = form.body;
        let type = form.contentType;
        if (damage === 'truncate') body = body.subarray(0, Math.floor(body.length / 2));
        if (damage === 'no-boundary') type = 'multipart/form-data';
        if (damage === 'wrong-boundary') type = 'multipart/form-data; boundary=nope';
        if (damage === 'garbage') body = Buffer.from('--x\r\n\u0000\u00ff garbage');
        const response = await send(route, sessions.counter, { url: urlOf(route, { code: dossier.code }), payload: body, headers: { 'content-type': type } });
        const problem = problemOf(response, damage !== 'none' || !file || file.bytes.length === 0);
        if (problem) throw new Error(problem);
      }),
      { numRuns: RUNS * 8, seed: SEED, endOnFailure: true },
    );
    if (result.failed) problems.push(`multipart: ${(result.errorInstance as Error).message} — input ${fc.stringify(result.counterexample?.[0]).slice(0, 400)}`);
    expect(problems).toEqual([]);
  });
});
