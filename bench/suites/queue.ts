/**
 * Call-next latency (issue 18): 20 counters open at once, each calling, starting and finishing 20
 * tickets one after another (400 calls, the call-next transaction of features/queue/call-next.ts with
 * FOR UPDATE SKIP LOCKED), on PostgreSQL and PGlite. Figure: p99 of the call-next use case under
 * that contention. Baseline, same run, same database: p99 of call-next when one counter calls 100
 * tickets alone. Target ≤ 500 ms (our choice: the officer presses the button and the board must
 * answer within the second of the chime; the issue sets no number).
 */
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { benchPostgresUrl, freshPostgresDatabase, type BenchRow, type BenchSuite } from '../harness.ts';
import { createPgPool, databaseFromPglite, databaseFromPool, PGLITE_POSTGRESQL_CONF, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { migratePglite, migratePostgres } from '../../src/platform/db/migrate.ts';
import { units } from '../../src/platform/db/schema.ts';
import { bootstrap, ROOT_UNIT } from '../../src/platform/bootstrap/bootstrap.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import type { AppContext, CurrentUser } from '../../src/platform/context.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import { DEFAULT_QUEUE_CONFIG } from '../../src/domain/queue/queue-config.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { issueTicket } from '../../src/features/queue/issue-ticket.ts';
import { closeCounter, openCounter } from '../../src/features/queue/open-counter.ts';
import { callNext } from '../../src/features/queue/call-next.ts';
import { actOnTicket } from '../../src/features/queue/act-on-ticket.ts';

const COUNTERS = 20;
const PER_COUNTER = 20;
const ALONE = 100;
const TARGET_P99_MS = 500;
const UNIT = '000.09.24.H24';
const GROUPS = DEFAULT_QUEUE_CONFIG.serviceGroups.filter((g) => !g.exclusive).map((g) => g.code);

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.99 * sorted.length) - 1] ?? 0;
}

async function setup(handle: DatabaseHandle, day: number): Promise<{ ctx: AppContext; officers: CurrentUser[] }> {
  await bootstrap(handle.db, {});
  const counters = Array.from({ length: COUNTERS }, (_, i) => ({ number: i + 1, name: `Quầy ${i + 1}`, groups: [GROUPS[i % GROUPS.length]!], takesOtherGroups: true }));
  await handle.db.insert(units).values({ code: UNIT, name: 'Trung tâm đo tải hàng đợi', kind: 'ward', parentCode: ROOT_UNIT.code, settings: { queue: { ...DEFAULT_QUEUE_CONFIG, counters } } as never });
  const now = dayNumberFromYmd(2026, 12, day) * MINUTES_PER_DAY + 8 * 60;
  const ctx: AppContext = { db: handle.db, driver: handle.driver, config: configFromEnvironment({ MOTCUA_DATA_DIR: '.tmp/bench-queue' }), calendars: new CalendarService(handle.db), now: () => now };
  const officers: CurrentUser[] = [];
  for (let i = 1; i <= COUNTERS; i++) {
    const user = await createUser(handle.db, { username: `dotai.quay${i}`, fullName: `Công chức quầy ${i}`, password: 'mat-khau-do-tai-hang-doi', role: 'counter_officer', unitCode: UNIT, departmentCode: null });
    officers.push({ id: user.id, username: user.username, fullName: user.fullName, role: 'counter_officer', unitCode: UNIT, departmentCode: null });
  }
  return { ctx, officers };
}

/** Call-next latencies (ms) of one counter calling and serving until it has called `count` tickets (or none is left). */
async function work(ctx: AppContext, officer: CurrentUser, count: number): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const ticket = await callNext(ctx, officer);
    latencies.push(performance.now() - start);
    if (!ticket) break;
    await actOnTicket(ctx, officer, ticket.id, { action: 'start' });
    await actOnTicket(ctx, officer, ticket.id, { action: 'serve', outcome: { kind: 'guidance' } });
  }
  return latencies;
}

async function measure(handle: DatabaseHandle, label: string): Promise<BenchRow[]> {
  const { ctx, officers } = await setup(handle, 7);
  for (let i = 0; i < COUNTERS * PER_COUNTER + ALONE; i++) await issueTicket(ctx, { unitCode: UNIT, serviceGroup: GROUPS[i % GROUPS.length]! }, { id: 'kiosk', role: 'citizen' });
  await openCounter(ctx, officers[0]!, { counter: 1 });
  const alone = await work(ctx, officers[0]!, ALONE);
  await closeCounter(ctx, officers[0]!);
  for (const [i, officer] of officers.entries()) await openCounter(ctx, officer, { counter: i + 1 });
  const together = (await Promise.all(officers.map((officer) => work(ctx, officer, PER_COUNTER)))).flat();
  const value = p99(together);
  const baseline = p99(alone);
  return [
    {
      figure: `Gọi số tiếp theo p99, ${COUNTERS} quầy cùng lúc, ${together.length} lượt (${label})`,
      value,
      unit: 'ms',
      baseline: `p99 khi một quầy gọi một mình ${alone.length} lượt (ms)`,
      baselineValue: baseline,
      ratio: baseline / Math.max(value, 0.001),
      target: `≤ ${TARGET_P99_MS} ms`,
      met: value <= TARGET_P99_MS,
    },
  ];
}

async function onPostgres(): Promise<BenchRow[]> {
  const baseUrl = await benchPostgresUrl();
  if (baseUrl === undefined) throw new Error('Không khởi động được PostgreSQL để đo (scripts/pg-start.sh); đặt MOTCUA_BENCH_PG_URL.');
  const database = await freshPostgresDatabase(baseUrl, 'queue');
  const pool = createPgPool(database.url, { max: COUNTERS + 2 });
  const handle = databaseFromPool(pool);
  try {
    await migratePostgres(pool);
    return await measure(handle, 'PostgreSQL 15');
  } finally {
    await handle.close();
    await database.drop();
  }
}

async function onPglite(): Promise<BenchRow[]> {
  const client = await PGlite.create({ postgresqlconf: PGLITE_POSTGRESQL_CONF });
  const handle = databaseFromPglite(client);
  try {
    await migratePglite(client);
    return await measure(handle, 'PGlite');
  } finally {
    await handle.close();
  }
}

export const queueSuite: BenchSuite = {
  name: 'queue',
  description: `Gọi số tiếp theo: ${COUNTERS} quầy mở cùng lúc, mỗi quầy gọi, phục vụ, hoàn thành ${PER_COUNTER} số nối tiếp (${COUNTERS * PER_COUNTER} lượt gọi, FOR UPDATE SKIP LOCKED), PostgreSQL và PGlite; mốc: p99 khi một quầy gọi một mình ${ALONE} lượt trên cùng cơ sở dữ liệu, trong cùng lần chạy`,
  async run(): Promise<BenchRow[]> {
    return [...(await onPostgres()), ...(await onPglite())];
  },
};
