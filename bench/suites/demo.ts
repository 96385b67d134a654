/**
 * Demo data generation (issue 7): dossiers written per second through the whole rule path
 * (decide() for every event on the unit's calendar, fold, hash chain, read model, batch append)
 * into PGlite in a data folder and into PostgreSQL, beside a bare multi-row INSERT of the very
 * same rows (read back from the generated database) measured in the same run. Also the first
 * run of `motcua start` on a fresh data folder (default demo) and a later start, beside
 * `start --no-demo` and `motcua --version`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { asc } from 'drizzle-orm';
import type { BenchRow, BenchSuite } from '../harness.ts';
import { benchPostgresUrl, freshPostgresDatabase } from '../harness.ts';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { dossierEvents, dossiers } from '../../src/platform/db/schema.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { planCity, planDemo, writeDemoCity, writeDemoDossiers, type DemoOptions } from '../../src/features/demo/index.ts';

const PGLITE_DOSSIERS = 3_000;
const POSTGRES_DOSSIERS = 10_000;
const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 10 * 60;
const demoOptions = (dossiers: number): DemoOptions => ({ seed: 2026, units: 3, from: dayNumberFromYmd(2026, 8, 24), to: dayNumberFromYmd(2026, 11, 23), now: NOW, dossiers });
const BIN = new URL('../../bin/motcua.js', import.meta.url).pathname;
const BARE_ROWS_PER_STATEMENT = 1000;

async function prepared(handle: DatabaseHandle, options: DemoOptions) {
  await bootstrap(handle.db, { adminPassword: 'mat-khau-do-hieu-nang' });
  const city = planCity(options.seed, options.units);
  await writeDemoCity(handle.db, city, 'mat-khau-do-hieu-nang');
  const calendars = new Map<string, WorkingCalendar>();
  const service = new CalendarService(handle.db);
  for (const unit of city.units) calendars.set(unit.code, (await service.forUnit(unit.code)).calendar);
  return planDemo({ ...options, calendarFor: (code) => calendars.get(code)! });
}

/** Generates into `target` and copies the same rows with bare multi-row INSERTs into `bare`. */
async function measure(target: DatabaseHandle, bare: DatabaseHandle, dossierCount: number): Promise<{ rate: number; bareRate: number; dossiers: number }> {
  const plan = await prepared(target, demoOptions(dossierCount));
  let started = performance.now();
  const summary = await writeDemoDossiers(target.db, plan);
  const rate = summary.dossiers / ((performance.now() - started) / 1000);

  await prepared(bare, demoOptions(dossierCount)); // the same city, so that the foreign keys hold
  const dossierRows = await target.db.select().from(dossiers).orderBy(asc(dossiers.code));
  const eventRows = (await target.db.select().from(dossierEvents).orderBy(asc(dossierEvents.id))).map(({ id: _id, ...row }) => row);
  started = performance.now();
  for (let i = 0; i < dossierRows.length; i += 500) {
    const codes = new Set(dossierRows.slice(i, i + 500).map((row) => row.code));
    const events = eventRows.filter((row) => codes.has(row.dossierCode));
    await bare.db.transaction(async (tx) => {
      const batch = dossierRows.slice(i, i + 500);
      for (let j = 0; j < batch.length; j += BARE_ROWS_PER_STATEMENT) await tx.insert(dossiers).values(batch.slice(j, j + BARE_ROWS_PER_STATEMENT));
      for (let j = 0; j < events.length; j += BARE_ROWS_PER_STATEMENT) await tx.insert(dossierEvents).values(events.slice(j, j + BARE_ROWS_PER_STATEMENT));
    });
  }
  const bareRate = dossierRows.length / ((performance.now() - started) / 1000);
  return { rate, bareRate, dossiers: summary.dossiers };
}

async function withPglite<T>(action: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-demo-'));
  const handle = await openDatabase({ database: { driver: 'pglite', dataDir: dir } });
  try {
    return await action(handle);
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function withPostgres<T>(baseUrl: string, label: string, action: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await freshPostgresDatabase(baseUrl, label);
  const handle = await openDatabase({ database: { driver: 'postgres', url: database.url } });
  try {
    return await action(handle);
  } finally {
    await handle.close();
    await database.drop();
  }
}

/** Seconds until `motcua …` prints `until` (then it is stopped), or until it exits. */
function timeCommand(args: string[], until?: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, MOTCUA_LOG_LEVEL: 'error' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let readyAfter: number | undefined;
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (until && readyAfter === undefined && output.includes(until)) {
        readyAfter = (performance.now() - started) / 1000;
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      if (!until) resolve((performance.now() - started) / 1000);
      else if (readyAfter !== undefined) resolve(readyAfter);
      else reject(new Error(`motcua ${args.join(' ')} exited (${code}) before "${until}":\n${output}`));
    });
  });
}

async function firstRunRows(): Promise<BenchRow[]> {
  const READY = 'Nhấn Ctrl+C để dừng.';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-start-'));
  const bareDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-start-'));
  try {
    const first = await timeCommand(['start', '--data', dir, '--port', '0'], READY);
    const later = await timeCommand(['start', '--data', dir, '--port', '0'], READY);
    const noDemo = await timeCommand(['start', '--data', bareDir, '--port', '0', '--no-demo'], READY);
    const version = await timeCommand(['--version']);
    return [
      { figure: 'Lần chạy đầu (thư mục mới, dữ liệu mẫu mặc định)', value: first, unit: 'giây', baseline: 'start --no-demo trên thư mục mới', baselineValue: noDemo, ratio: noDemo / first, target: '≤ 60 giây', met: first <= 60 },
      { figure: 'Các lần chạy sau', value: later, unit: 'giây', baseline: 'motcua --version (nạp chương trình)', baselineValue: version, ratio: version / later, target: '≤ 10 giây', met: later <= 10 },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(bareDir, { recursive: true, force: true });
  }
}

export const demoSuite: BenchSuite = {
  name: 'demo',
  description: `sinh dữ liệu mẫu qua đủ quy tắc (decide, lịch làm việc, chuỗi băm, mô hình đọc): ${PGLITE_DOSSIERS.toLocaleString('vi-VN')} hồ sơ vào PGlite, ${POSTGRES_DOSSIERS.toLocaleString('vi-VN')} hồ sơ vào PostgreSQL (3 phường, xã); mốc: INSERT nhiều dòng trần của đúng các dòng đó; lần chạy đầu và lần sau của motcua start`,
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const pglite = await withPglite((target) => withPglite((bare) => measure(target, bare, PGLITE_DOSSIERS)));
    console.log(`  PGlite: ${Math.round(pglite.rate)} hồ sơ/giây qua đủ quy tắc, ${Math.round(pglite.bareRate)} hồ sơ/giây INSERT trần`);
    rows.push({
      figure: 'Sinh dữ liệu mẫu vào PGlite',
      value: pglite.rate,
      unit: 'hồ sơ/giây',
      baseline: 'INSERT nhiều dòng trần, cùng các dòng (PGlite)',
      baselineValue: pglite.bareRate,
      ratio: pglite.rate / pglite.bareRate,
      target: '≥ 110 hồ sơ/giây (mẫu mặc định ≈ 4.300 hồ sơ trong ≤ 40 giây)',
      met: pglite.rate >= 110,
    });
    const url = await benchPostgresUrl();
    if (url) {
      const postgres = await withPostgres(url, 'target', (target) => withPostgres(url, 'bare', (bare) => measure(target, bare, POSTGRES_DOSSIERS)));
      console.log(`  PostgreSQL: ${Math.round(postgres.rate)} hồ sơ/giây qua đủ quy tắc, ${Math.round(postgres.bareRate)} hồ sơ/giây INSERT trần`);
      rows.push({
        figure: 'Sinh dữ liệu mẫu vào PostgreSQL',
        value: postgres.rate,
        unit: 'hồ sơ/giây',
        baseline: 'INSERT nhiều dòng trần, cùng các dòng (PostgreSQL)',
        baselineValue: postgres.bareRate,
        ratio: postgres.rate / postgres.bareRate,
        target: '≥ 500 hồ sơ/giây (1 triệu hồ sơ trong ≤ 35 phút)',
        met: postgres.rate >= 500,
      });
    }
    rows.push(...(await firstRunRows()));
    return rows;
  },
};
