/**
 * What the session check of a write costs (issue 16 §1, branch w3-follow): a request that changes
 * something reads its session from the database instead of the process's cache, so that a
 * logout or a locked account committed on another process refuses it at once (src/platform/
 * sessions/sessions.ts). Measured in process on PGlite and on PostgreSQL (the bench's durable
 * server): the mean time of that read (`sessionUser` with `fresh`), and of a cached check, over
 * SESSION_CHECKS checks, and of a bare `select 1` (one round trip); baseline in the same run: the mean time of a reception (POST
 * /api/dossiers through `inject`, RECEPTIONS of them), the write that pays the read.
 * Target (our own): the read costs at most 5 % of a reception.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { benchPostgresUrl, type BenchRow, type BenchSuite } from '../harness.ts';
import { createPgliteTestDatabase, createPostgresTestDatabase } from '../../test/support/db.ts';
import { createTestApp, receptionBody } from '../../test/support/api.ts';
import { SESSION_COOKIE, sessionUser } from '../../src/platform/sessions/sessions.ts';
import { changeFeedOf } from '../../src/platform/changes/change-feed.ts';
import type { DatabaseHandle } from '../../src/platform/db/client.ts';

const SESSION_CHECKS = 2000;
const RECEPTIONS = 200;
const TARGET_SHARE = 0.05;

async function meanMs(times: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(20, times); i++) await fn();
  const start = performance.now();
  for (let i = 0; i < times; i++) await fn();
  return (performance.now() - start) / times;
}

async function measure(handle: DatabaseHandle, driver: string): Promise<BenchRow[]> {
  const t = await createTestApp(handle);
  try {
    await changeFeedOf(t.ctx.db).start();
    const counter = await t.login('counter');
    const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(counter.cookie)![1]!;
    const reception = await meanMs(RECEPTIONS, async () => {
      const response = await counter.post('/api/dossiers', receptionBody());
      if (response.statusCode !== 201) throw new Error(`tiếp nhận: ${response.statusCode} ${response.body}`);
    });
    const fresh = await meanMs(SESSION_CHECKS, () => sessionUser(t.ctx.db, token, new Date(), { fresh: true }));
    const cached = await meanMs(SESSION_CHECKS, () => sessionUser(t.ctx.db, token, new Date()));
    const roundTrip = await meanMs(SESSION_CHECKS, () => t.ctx.db.execute(sql`select 1`));
    const baseline = `một lượt tiếp nhận hồ sơ (inject, ${driver})`;
    return [
      { figure: `Kiểm tra phiên từ CSDL mỗi yêu cầu ghi (${driver})`, value: fresh, unit: 'ms', baseline, baselineValue: reception, ratio: reception / fresh, target: `≤ ${TARGET_SHARE * 100}% một lượt tiếp nhận`, met: fresh <= TARGET_SHARE * reception },
      { figure: `Một truy vấn "select 1" (${driver})`, value: roundTrip, unit: 'ms', baseline, baselineValue: reception, ratio: reception / roundTrip, target: '(để so sánh: một lượt đi về CSDL)', met: true },
      { figure: `Kiểm tra phiên từ bộ nhớ đệm (yêu cầu đọc, ${driver})`, value: cached, unit: 'ms', baseline, baselineValue: reception, ratio: reception / cached, target: '(để so sánh)', met: true },
    ];
  } finally {
    await t.close();
  }
}

export const sessionSuite: BenchSuite = {
  name: 'session',
  description: `Giá của việc kiểm tra phiên từ cơ sở dữ liệu cho mỗi yêu cầu ghi (đóng khe hở giữa hai tiến trình): trung bình ${SESSION_CHECKS} lần kiểm tra (từ CSDL và từ bộ nhớ đệm), so với trung bình ${RECEPTIONS} lượt tiếp nhận hồ sơ qua inject trong cùng lần chạy, trên PGlite và PostgreSQL (máy chủ đo, ghi bền)`,
  async run(): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const lite = await createPgliteTestDatabase();
    try {
      rows.push(...(await measure(lite, 'PGlite')));
    } finally {
      await lite.close();
    }
    const baseUrl = await benchPostgresUrl();
    if (baseUrl === undefined) throw new Error('Không khởi động được PostgreSQL để đo (scripts/pg-start.sh); đặt MOTCUA_BENCH_PG_URL.');
    const pg = await createPostgresTestDatabase(baseUrl);
    try {
      rows.push(...(await measure(pg, 'PostgreSQL')));
    } finally {
      await pg.close();
    }
    return rows;
  },
};
