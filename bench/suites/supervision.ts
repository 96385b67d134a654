/**
 * Issue 16 §6 on PostgreSQL: the city board (GET /api/overview/city: live counts of every unit in
 * one statement, the month's report counts by unit and the QĐ 766 ranking) and a unit's overview
 * over 1.000.000 dossiers of 100 units; and 500 open streams (GET /api/stream) on one process
 * receiving one change. Baselines of the same run: a bare `count(*)` of the table for the
 * boards; one open stream for the 500. Targets: city ≤ 300 ms, unit ≤ 50 ms, 500 streams ≤ 1 s.
 *
 * The dossiers are the reports suite's read-model rows generated in SQL (generate_series,
 * bench/suites/reports.ts FILL), not histories written through the event store: generating a
 * million histories on this 2-core machine takes far longer than the measurement itself. Their
 * `state` is empty, so the service index has nothing to score (every unit is ranked on its
 * on-time rate); the states the ranking reads are still read and folded.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { benchPostgresUrl, freshPostgresDatabase, type BenchRow, type BenchSuite } from '../harness.ts';
import { FILL } from './reports.ts';
import { createPgPool, databaseFromPool } from '../../src/platform/db/client.ts';
import { migratePostgres } from '../../src/platform/db/migrate.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import type { AppContext, CurrentUser } from '../../src/platform/context.ts';
import { showCityOverview } from '../../src/features/overview/show-city-overview.ts';
import { showOverview } from '../../src/features/overview/show-overview.ts';
import { liveCountsByUnit } from '../../src/features/overview/overview.queries.ts';
import { unitRanking } from '../../src/features/reports/unit-ranking.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { FEATURE_ROUTES } from '../../src/features/routes.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import { login, SESSION_COOKIE } from '../../src/platform/sessions/sessions.ts';
import { notifyChanges } from '../../src/platform/changes/changes.store.ts';

const ROWS = 1_000_000;
const CITY = 'BENCH.CITY';
const UNIT = 'BENCH.W008';
const STREAMS = 500;
/** The end of the generated data, a working day (Tuesday 30/6/2026, 10:00). */
const NOW = dayNumberFromYmd(2026, 6, 30) * MINUTES_PER_DAY + 10 * 60;

async function timed(rounds: number, action: () => Promise<unknown>): Promise<number> {
  await action();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds; i += 1) {
    const start = performance.now();
    await action();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const person = (role: CurrentUser['role'], unitCode: string): CurrentUser => ({ id: `bench-${role}`, username: `bench.${role}`, fullName: 'Người đo', role, unitCode, departmentCode: null });

/** Opens `count` streams, sends one change, and returns the ms until every stream has it. */
async function fanOut(base: string, cookie: string, count: number, send: () => Promise<void>): Promise<number> {
  const controllers: AbortController[] = [];
  const ready: Array<Promise<void>> = [];
  const received: Array<Promise<number>> = [];
  for (let i = 0; i < count; i += 1) {
    const controller = new AbortController();
    controllers.push(controller);
    let markReady!: () => void;
    ready.push(new Promise<void>((resolve) => (markReady = resolve)));
    received.push(
      new Promise<number>((resolve, reject) => {
        // node:http rather than fetch: 500 web-stream readers in this process cost more than the server's work.
        const request = http.get(`${base}/api/stream`, { headers: { cookie }, signal: controller.signal, agent: false }, (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('event: ready')) markReady();
            if (text.includes('event: change')) resolve(performance.now());
          });
          response.on('end', () => reject(new Error('stream ended')));
        });
        request.on('error', (error) => {
          if (!controller.signal.aborted) reject(error);
        });
      }),
    );
  }
  await Promise.all(ready);
  const start = performance.now();
  await send();
  const times = await Promise.all(received);
  for (const controller of controllers) controller.abort();
  return Math.max(...times) - start;
}

async function run(): Promise<BenchRow[]> {
  const baseUrl = await benchPostgresUrl();
  if (baseUrl === undefined) throw new Error('Không khởi động được PostgreSQL để đo (scripts/pg-start.sh); đặt MOTCUA_BENCH_PG_URL.');
  const database = await freshPostgresDatabase(baseUrl, 'supervision');
  const pool = createPgPool(database.url);
  const handle = databaseFromPool(pool);
  const { db } = handle;
  try {
    await migratePostgres(pool);
    const started = performance.now();
    process.stdout.write(`  nạp ${ROWS.toLocaleString('vi-VN')} hồ sơ (generate_series)…`);
    for (const statement of FILL(ROWS)) await db.execute(sql.raw(statement));
    process.stdout.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    const ctx: AppContext = { db, driver: 'postgres', config: configFromEnvironment({ MOTCUA_DATA_DIR: '.tmp/bench-data' }), calendars: new CalendarService(db), now: () => NOW };
    const scanMs = await timed(3, () => db.execute(sql`SELECT count(*)::int AS n FROM dossiers`));
    const city = await showCityOverview(ctx, person('city_supervisor', CITY), CITY);
    process.stdout.write(`  thành phố: ${city.units.length} đơn vị, ${city.total.inProgress.toLocaleString('vi-VN')} hồ sơ đang xử lý, ${city.total.overdue.toLocaleString('vi-VN')} quá hạn\n`);
    const cityMs = await timed(3, () => showCityOverview(ctx, person('city_supervisor', CITY), CITY));
    const unitMs = await timed(5, () => showOverview(ctx, person('center_leader', UNIT), UNIT));
    // The city board's two halves apart: the live counts (one statement) and the month's ranking (the report's code).
    const bounds = city.units.map((unit) => ({ unitCode: unit.unitCode, now: NOW, today: dayNumberFromYmd(2026, 6, 30) * MINUTES_PER_DAY, nextWorkingDay: dayNumberFromYmd(2026, 7, 1) * MINUTES_PER_DAY, afterNextWorkingDay: dayNumberFromYmd(2026, 7, 2) * MINUTES_PER_DAY, apologyRisk: NOW + 2 * MINUTES_PER_DAY }));
    const liveMs = await timed(3, () => liveCountsByUnit(db, bounds));
    const rankingMs = await timed(3, () => unitRanking(db, CITY, { from: dayNumberFromYmd(2026, 6, 1), to: dayNumberFromYmd(2026, 6, 30) }, NOW));

    // 500 streams on one process.
    await createUser(db, { username: 'bench.lanhdao', fullName: 'Lãnh đạo đo', password: 'mat-khau-do-hieu-nang', role: 'center_leader', unitCode: UNIT, departmentCode: null });
    const signedIn = await login(db, 'bench.lanhdao', 'mat-khau-do-hieu-nang', new Date());
    const cookie = `${SESSION_COOKIE}=${signedIn.token}`;
    const app = await buildApp({ ctx, routes: FEATURE_ROUTES, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    let n = 0;
    const change = async () => notifyChanges(db, [{ kind: 'dossiers', unitCode: UNIT, dossiers: [{ code: `BENCH-${++n}`, events: ['received'], departmentCodes: [], assigneeIds: [] }] }]);
    let oneMs: number;
    let manyMs: number;
    try {
      oneMs = await fanOut(base, cookie, 1, change);
      manyMs = await fanOut(base, cookie, STREAMS, change);
    } finally {
      await app.close();
    }
    const boardBaseline = `count(*) toàn bảng ${ROWS.toLocaleString('vi-VN')} dòng`;
    return [
      { figure: 'Tổng quan thành phố 100 đơn vị (PostgreSQL 15)', value: cityMs, unit: 'ms', baseline: boardBaseline, baselineValue: scanMs, ratio: scanMs / cityMs, target: '≤ 300 ms', met: cityMs <= 300 },
      { figure: '— trong đó: số đếm trực tiếp 100 đơn vị (một câu SQL)', value: liveMs, unit: 'ms', baseline: boardBaseline, baselineValue: scanMs, ratio: scanMs / liveMs, target: 'không đặt (ghi nhận)', met: true },
      { figure: '— trong đó: xếp hạng tháng theo QĐ 766 (mã của báo cáo)', value: rankingMs, unit: 'ms', baseline: boardBaseline, baselineValue: scanMs, ratio: scanMs / rankingMs, target: 'không đặt (ghi nhận)', met: true },
      { figure: 'Tổng quan một đơn vị (PostgreSQL 15)', value: unitMs, unit: 'ms', baseline: boardBaseline, baselineValue: scanMs, ratio: scanMs / unitMs, target: '≤ 50 ms', met: unitMs <= 50 },
      { figure: `${STREAMS} luồng trực tuyến nhận một thay đổi (một tiến trình)`, value: manyMs, unit: 'ms', baseline: 'một luồng nhận một thay đổi', baselineValue: oneMs, ratio: oneMs / manyMs, target: '≤ 1000 ms', met: manyMs <= 1000 },
    ];
  } finally {
    await handle.close();
    await database.drop();
  }
}

export const supervisionSuite: BenchSuite = {
  name: 'supervision',
  description: `Tổng quan thành phố (100 đơn vị) và một đơn vị trên ${ROWS.toLocaleString('vi-VN')} hồ sơ (dòng sinh bằng generate_series), PostgreSQL; ${STREAMS} luồng /api/stream nhận một thay đổi trên một tiến trình; mốc: count(*) toàn bảng, một luồng`,
  run,
};
