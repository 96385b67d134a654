/**
 * The demo generator writing into a real database (PGlite and PostgreSQL): every planned dossier
 * stored with its whole history through the batch append; the audit chain verifies; every stored
 * history re-decided event by event and re-folded to the stored read model; accounts that log in;
 * code counters that continue after the demo; a second load refused. Every "Đính kèm tệp" of the
 * demo has its file (issue 15): a `files` row of the same dossier and kind, bytes in the file
 * store, listed and downloaded through the API as an upload's (download policy unchanged).
 */
import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import { fromRecord } from '../../src/platform/events/dossier-fold.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { allocateDossierCode } from '../../src/platform/events/dossier-codes.ts';
import { dossierEvents, dossiers, files, users } from '../../src/platform/db/schema.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { FEATURE_ROUTES } from '../../src/features/routes.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { login, SESSION_COOKIE } from '../../src/platform/sessions/sessions.ts';
import { localMinuteFromDate } from '../../src/platform/db/time.ts';
import { findUserByUsername, verifyPassword } from '../../src/platform/users/users.store.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { decide } from '../../src/domain/dossier/decide.ts';
import { foldDossier } from '../../src/domain/dossier/fold.ts';
import { STAFF_ROLES } from '../../src/domain/dossier/roles.ts';
import { DEFAULT_DEMO_PASSWORD, DemoAlreadyLoadedError, generateDemo, hasOperationalData, planDemo, type DemoOptions } from '../../src/features/demo/index.ts';
import { forEachDriver } from '../support/db.ts';
import { temporaryFileStore } from '../support/temporary-file-store.ts';

const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 9 * 60;
const OPTIONS: DemoOptions = { seed: 11, units: 2, from: dayNumberFromYmd(2026, 11, 2), to: dayNumberFromYmd(2026, 11, 23), now: NOW, dossiers: 160 };

forEachDriver('demo data generator', (getDb) => {
  const fileStore = temporaryFileStore();
  let summary: Awaited<ReturnType<typeof generateDemo>>['summary'];
  let plannedCodes: string[];

  it('writes the city and every planned dossier with its history', async () => {
    const { db } = getDb();
    await bootstrap(db, { adminPassword: 'mat-khau-quan-tri' });
    expect(await hasOperationalData(db)).toBe(false);
    const progress: number[] = [];
    const result = await generateDemo(db, OPTIONS, { batchSize: 50, fileStore, onProgress: (done) => progress.push(done) });
    summary = result.summary;
    plannedCodes = [...result.plan.dossiers()].map((d) => d.code);
    expect(summary.dossiers).toBe(plannedCodes.length);
    expect(summary.dossiers).toBeGreaterThan(140);
    expect(progress.at(-1)).toBe(summary.dossiers);
    expect(progress.length).toBeGreaterThanOrEqual(4);
    const [dossierCount] = await db.select({ n: count() }).from(dossiers);
    const [eventCount] = await db.select({ n: count() }).from(dossierEvents);
    expect(Number(dossierCount!.n)).toBe(summary.dossiers);
    expect(Number(eventCount!.n)).toBe(summary.events);
    expect(await hasOperationalData(db)).toBe(true);
  });

  it('keeps the audit chain of every unit intact', async () => {
    const result = await verifyAuditChain(getDb().db);
    expect(result).toEqual({ ok: true, checked: summary.events });
  });

  it('stores histories that re-decide event by event and re-fold to the stored read model', async () => {
    const { db } = getDb();
    const calendars = new CalendarService(db);
    const rows = await db.select({ code: dossiers.code, unitCode: dossiers.unitCode, status: dossiers.status, version: dossiers.version, state: dossiers.state }).from(dossiers).orderBy(asc(dossiers.code));
    expect(rows.map((r) => r.code)).toEqual([...plannedCodes].sort());
    const events = await db.select().from(dossierEvents).orderBy(asc(dossierEvents.dossierCode), asc(dossierEvents.seq));
    const byDossier = new Map<string, typeof events>();
    for (const event of events) byDossier.set(event.dossierCode, [...(byDossier.get(event.dossierCode) ?? []), event]);
    for (const row of rows) {
      const { calendar } = await calendars.forUnit(row.unitCode);
      const history = (byDossier.get(row.code) ?? []).map((record) => fromRecord({ ...record, at: localMinuteFromDate(record.at) }));
      expect(history.length).toBe(row.version);
      history.forEach((event, index) => {
        const decision = decide(row.code, history.slice(0, index), event, { calendar });
        expect(decision.ok, `${row.code} #${index + 1} ${event.type}`).toBe(true);
      });
      const state = foldDossier(row.code, history, { calendar });
      expect(state.status).toBe(row.status);
      expect(JSON.parse(JSON.stringify(state))).toEqual(row.state);
    }
  });

  it('stores the file of every attachment event: a files row of the same dossier and kind, bytes that read back', async () => {
    const { db } = getDb();
    const attached = (await db.select().from(dossierEvents).where(eq(dossierEvents.type, 'file_attached')).orderBy(asc(dossierEvents.id))).map((record) => ({
      dossierCode: record.dossierCode,
      event: fromRecord({ ...record, at: localMinuteFromDate(record.at) }),
    }));
    const kinds = new Set(attached.map(({ event }) => event.type === 'file_attached' && event.kind));
    expect([...kinds].sort()).toEqual(['component', 'result', 'reused']);
    const rows = await db.select().from(files);
    // One row per event, matched on dossier, SHA-256 (the event's fileId), kind, component, time and officer.
    const key = (r: { dossierCode: string; sha256: string; kind: string; componentCode: string | null; uploadedAt: number; uploadedBy: string | null }) => JSON.stringify(r);
    const expected = attached.map(({ dossierCode, event }) => {
      if (event.type !== 'file_attached') throw new Error('not an attachment');
      const flags = event.kind === 'result' ? { kind: 'result', reused: false, electronic: true } : { kind: 'component', reused: event.kind === 'reused', electronic: false };
      return key({ dossierCode, sha256: event.fileId, kind: `${flags.kind}/${flags.reused}/${flags.electronic}`, componentCode: event.componentCode ?? null, uploadedAt: event.at, uploadedBy: event.actor.id });
    });
    const stored = rows.map((row) =>
      key({ dossierCode: row.dossierCode, sha256: row.sha256, kind: `${row.kind}/${row.reused}/${row.electronic}`, componentCode: row.componentCode, uploadedAt: localMinuteFromDate(row.uploadedAt), uploadedBy: row.uploadedBy }),
    );
    expect(stored.sort()).toEqual(expected.sort());
    expect(rows.every((row) => row.digitized === (row.kind === 'component' && !row.reused))).toBe(true);
    // The bytes: stored once per content, a PDF whose SHA-256 and size are the row's.
    const distinct = new Map(rows.map((row) => [row.sha256, row]));
    expect(distinct.size).toBeLessThan(rows.length);
    for (const [sha256, row] of distinct) {
      const opened = await fileStore.open(sha256);
      expect(opened, row.originalName).toBeDefined();
      const bytes = await buffer(opened!.stream);
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
      expect(bytes.length).toBe(row.size);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(row.contentType).toBe('application/pdf');
      expect(row.originalName).toMatch(/^(Bản quét mẫu|Giấy tờ tái sử dụng mẫu|Kết quả mẫu) - .+\.pdf$/);
    }
  });

  it("lists a demo dossier's files through the API; its unit downloads them, the city supervisor only sees the list", async () => {
    const { db, driver } = getDb();
    const config = configFromEnvironment({ MOTCUA_DATA_DIR: '.tmp/test-data' });
    const app = await buildApp({ ctx: { db, driver, config, calendars: new CalendarService(db), now: () => NOW, fileStore }, routes: FEATURE_ROUTES, logger: false });
    try {
      const as = async (username: string) => {
        const { token } = await login(db, username, DEFAULT_DEMO_PASSWORD, new Date());
        return (url: string) => app.inject({ method: 'GET', url, headers: { cookie: `${SESSION_COOKIE}=${token}` } });
      };
      // A dossier of giavien with a scan, a reused document and an electronic result.
      const rows = await db.select({ dossierCode: files.dossierCode, kind: files.kind, reused: files.reused }).from(files).orderBy(asc(files.dossierCode));
      const kindsOf = new Map<string, Set<string>>();
      for (const row of rows) kindsOf.set(row.dossierCode, (kindsOf.get(row.dossierCode) ?? new Set()).add(row.reused ? 'reused' : row.kind));
      const code = [...kindsOf].find(([c, k]) => c.startsWith('000.01.24.H24-') && k.size === 3)?.[0];
      expect(code).toBeDefined();
      const history = (await db.select().from(dossierEvents).where(eq(dossierEvents.dossierCode, code!)).orderBy(asc(dossierEvents.seq))).map((r) => fromRecord({ ...r, at: localMinuteFromDate(r.at) }));
      const fileIds = history.flatMap((e) => (e.type === 'file_attached' ? [e.fileId] : []));
      expect(fileIds.length).toBe(3);

      const counter = await as('giavien.tiepnhan1');
      const list = await counter(`/api/dossiers/${encodeURIComponent(code!)}/files`);
      expect(list.statusCode, list.body).toBe(200);
      const items = (list.json() as { items: Array<{ sha256: string; kind: string; reused: boolean; originalName: string; downloadUrl: string }> }).items;
      expect(items.map((f) => f.sha256).sort()).toEqual([...fileIds].sort());
      expect(items.map((f) => (f.reused ? 'reused' : f.kind)).sort()).toEqual(['component', 'result', 'reused']);
      for (const item of items) {
        const download = await counter(item.downloadUrl);
        expect(download.statusCode, download.body).toBe(200);
        expect(download.headers['content-type']).toBe('application/pdf');
        expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(item.sha256);
      }

      const supervisor = await as('haiphong.giamsat');
      const seen = await supervisor(`/api/dossiers/${encodeURIComponent(code!)}/files`);
      expect(seen.statusCode, seen.body).toBe(200);
      expect((seen.json() as { items: unknown[] }).items.length).toBe(3);
      expect((await supervisor(items[0]!.downloadUrl)).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });

  it('creates an account for every staff role that logs in with the demo password', async () => {
    const { db } = getDb();
    const roles = new Set((await db.select({ role: users.role }).from(users)).map((u) => u.role));
    for (const role of STAFF_ROLES) expect(roles.has(role), role).toBe(true);
    const counter = await findUserByUsername(db, 'giavien.tiepnhan1');
    expect(counter?.role).toBe('counter_officer');
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, 'giavien.tiepnhan1'));
    expect(await verifyPassword(row!.hash, DEFAULT_DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(row!.hash, 'sai-mat-khau')).toBe(false);
  });

  it('continues the daily code counters after the demo dossiers', async () => {
    const { db } = getDb();
    const unitCode = '000.01.24.H24';
    const [lastOfDay] = plannedCodes.filter((c) => c.startsWith(`${unitCode}-261120-`)).sort().slice(-1);
    expect(lastOfDay).toBeDefined();
    const next = await allocateDossierCode(db, unitCode, dayNumberFromYmd(2026, 11, 20));
    expect(Number(next.slice(-4))).toBe(Number(lastOfDay!.slice(-4)) + 1);
  });

  it('refuses to load the demo twice into the same database', async () => {
    await expect(generateDemo(getDb().db, OPTIONS, { fileStore })).rejects.toBeInstanceOf(DemoAlreadyLoadedError);
  });
});

describe('demo data generator options', () => {
  it('refuses a unit count outside the city', () => {
    expect(() => planDemo({ ...OPTIONS, units: 0 })).toThrow(/Số đơn vị/);
    expect(() => planDemo({ ...OPTIONS, units: 99 })).toThrow(/Số đơn vị/);
  });
});
