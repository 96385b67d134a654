/**
 * Quarterly Biểu II.06a over 1.000.000 dossiers (a city of 100 wards, two years of history),
 * for one unit and for the whole city, with the report SQL of src/db/report-queries.ts, on
 * PostgreSQL and on PGlite. Baseline measured in the same run on the same table: a bare
 * full-scan `SELECT count(*) FROM dossiers`. Targets (issue 5, PostgreSQL): one unit ≤ 100 ms,
 * the whole city ≤ 1 s.
 *
 * The table is filled with one INSERT … SELECT over generate_series: realistic read-model rows
 * (channels, fields, due dates, ends early / on time / late, stops, withdrawals, open
 * dossiers, pauses and supplement requests), not histories (writing 1M histories through the
 * event store would measure the store, not the report). Rows are inserted in reception order,
 * as a live system writes them, so a period's dossiers sit in neighbouring pages.
 *
 * PostgreSQL: MOTCUA_BENCH_PG_URL, else the test server of scripts/pg-start.sh (bench/harness.ts);
 * the suite creates and drops its own database.
 */
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { benchPostgresUrl, freshPostgresDatabase, type BenchRow, type BenchSuite } from '../harness.ts';
import { createPgPool, databaseFromPglite, databaseFromPool, PGLITE_POSTGRESQL_CONF, type Database, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { migratePglite, migratePostgres } from '../../src/platform/db/migrate.ts';
import { queryHandledCounts } from '../../src/features/reports/reports.queries.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';

const ROWS = 1_000_000;
const UNITS = 100;
const CITY = 'BENCH.CITY';
const UNIT_CODES = Array.from({ length: UNITS }, (_, i) => `BENCH.W${String(i + 1).padStart(3, '0')}`);
const QUARTER = { from: dayNumberFromYmd(2026, 1, 1), to: dayNumberFromYmd(2026, 3, 31) };
const AS_OF = dayNumberFromYmd(2026, 6, 30) * MINUTES_PER_DAY + 17 * 60;

/** One INSERT … SELECT of `rows` read-model rows; `r` is a per-row pseudo-random 0–999. */
export const FILL = (rows: number): string[] => `
  INSERT INTO units (code, name, kind) VALUES ('${CITY}', 'Thành phố Thử nghiệm', 'city');
  INSERT INTO units (code, name, kind, parent_code)
    SELECT 'BENCH.W' || lpad(u::text, 3, '0'), 'Phường Thử nghiệm ' || u, 'ward', '${CITY}' FROM generate_series(1, ${UNITS}) u;
  INSERT INTO dossiers (code, unit_code, procedure_code, procedure_name, field, status, channel, applicant_name,
      received_at, legal_due_at, appointment_due_at, ended_at, end_kind, closed_at, department_code, received_by,
      source, version, state, search_text, paused, pause_ranges, supplement_ranges, fee_amount, paid_online,
      has_component_file, has_reused_component, has_result_file, result_required)
  SELECT code, unit, '1.00' || (r % 40), 'Thủ tục ' || (r % 40), field, status, channel, 'Nguyễn Văn ' || i,
      rec, due, due, closed, end_kind, closed, 'phong-' || (r % 4), 'can-bo-' || (r % 6),
      'motcua', 5, '{}'::jsonb, lower(code), status IN (5, 6),
      CASE WHEN status IN (5, 6) THEN tstzmultirange(tstzrange(rec + interval '1 day', NULL, '(]')) ELSE '{}' END,
      CASE WHEN r % 20 = 3 THEN tstzmultirange(tstzrange(rec + interval '1 day', rec + interval '1 day', '[]')) ELSE '{}' END,
      CASE WHEN r % 2 = 0 THEN 20000 ELSE 0 END, r % 4 = 0, r % 10 <> 0, r % 3 = 0, r % 10 <> 1, true
  FROM (
    SELECT i, code, unit, rec, r, field, due,
      CASE WHEN open THEN NULL ELSE rec + ((r * 13) % 15) * interval '1 day' + interval '2 hours' END AS closed,
      CASE WHEN open THEN NULL WHEN r % 50 = 0 THEN 'stopped' WHEN r % 50 = 1 THEN 'withdrawn' WHEN r % 2 = 0 THEN 'returned' ELSE 'processed' END AS end_kind,
      CASE WHEN open THEN (CASE WHEN r % 20 = 3 THEN 5 WHEN r % 20 = 4 THEN 6 ELSE 4 END)
           WHEN r % 50 = 0 THEN 8 WHEN r % 50 = 1 THEN 7 WHEN r % 2 = 0 THEN 10 ELSE 9 END::smallint AS status,
      (ARRAY['in_person', 'online', 'online', 'post'])[1 + r % 4] AS channel
    FROM (
      SELECT i, 'BENCH-' || i AS code, 'BENCH.W' || lpad((1 + i % ${UNITS})::text, 3, '0') AS unit, rec, r,
        (ARRAY['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Hộ kinh doanh', 'Bảo trợ xã hội', 'Văn hóa', 'Tư pháp'])[1 + (r / 7) % 8] AS field,
        rec + (1 + r % 10) * interval '1 day' AS due,
        -- Still open at the end of the data: the last ten days, and 1% of the last four months (long cases).
        (rec > timestamptz '2026-06-20 00:00+07' OR (r >= 990 AND rec > timestamptz '2026-03-01 00:00+07')) AS open
      FROM (
        SELECT i, timestamptz '2024-07-01 07:30+07' + ((i * 7919) % 730) * interval '1 day' + ((i * 31) % 540) * interval '1 minute' AS rec,
          (i * 2654435761) % 1000 AS r
        FROM generate_series(1::bigint, ${rows}::bigint) i
      ) a
    ) b
  ) c
  ORDER BY rec;
  VACUUM ANALYZE units; VACUUM ANALYZE dossiers;
`.split(';').map((statement) => statement.trim()).filter((statement) => statement.length > 0);

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

async function fill(db: Database, label: string): Promise<void> {
  const start = performance.now();
  process.stdout.write(`  ${label}: nạp ${ROWS.toLocaleString('vi-VN')} hồ sơ…`);
  for (const statement of FILL(ROWS)) await db.execute(sql.raw(statement));
  process.stdout.write(` ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}

async function measure(handle: DatabaseHandle, label: string, target: { unitMs: number | null; cityMs: number | null }): Promise<BenchRow[]> {
  const { db } = handle;
  await fill(db, label);
  const countAll = () => db.execute(sql`SELECT count(*)::int AS n FROM dossiers`);
  const scanMs = await timed(3, countAll);
  const unitMs = await timed(5, () => queryHandledCounts(db, { unitCodes: [UNIT_CODES[7]!] }, QUARTER, { asOf: AS_OF }));
  const cityMs = await timed(3, () => queryHandledCounts(db, { unitCodes: UNIT_CODES }, QUARTER, { asOf: AS_OF, groupBy: 'unit' }));
  const city = await queryHandledCounts(db, { unitCodes: UNIT_CODES }, QUARTER, { asOf: AS_OF, groupBy: 'unit' });
  process.stdout.write(`  ${label}: quý I/2026 cả thành phố: ${city.total.form.received.toLocaleString('vi-VN')} hồ sơ nhận giải quyết, ${city.byGroup?.size ?? 0} đơn vị\n`);
  const baseline = `count(*) toàn bảng ${ROWS.toLocaleString('vi-VN')} dòng (${label})`;
  return [
    {
      figure: `Biểu II.06a quý, một đơn vị (${label})`,
      value: unitMs,
      unit: 'ms',
      baseline,
      baselineValue: scanMs,
      ratio: scanMs / unitMs,
      target: target.unitMs === null ? 'không đặt (ghi nhận)' : `≤ ${target.unitMs} ms`,
      met: target.unitMs === null ? true : unitMs <= target.unitMs,
    },
    {
      figure: `Biểu II.06a quý, cả thành phố ${UNITS} đơn vị (${label})`,
      value: cityMs,
      unit: 'ms',
      baseline,
      baselineValue: scanMs,
      ratio: scanMs / cityMs,
      target: target.cityMs === null ? 'không đặt (ghi nhận)' : `≤ ${target.cityMs} ms`,
      met: target.cityMs === null ? true : cityMs <= target.cityMs,
    },
  ];
}

async function onPostgres(): Promise<BenchRow[]> {
  const baseUrl = await benchPostgresUrl();
  if (baseUrl === undefined) throw new Error('Không khởi động được PostgreSQL để đo (scripts/pg-start.sh); đặt MOTCUA_BENCH_PG_URL.');
  const database = await freshPostgresDatabase(baseUrl, 'reports');
  const pool = createPgPool(database.url);
  const handle = databaseFromPool(pool);
  try {
    await migratePostgres(pool);
    return await measure(handle, 'PostgreSQL 15', { unitMs: 100, cityMs: 1000 });
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
    return await measure(handle, 'PGlite', { unitMs: null, cityMs: null });
  } finally {
    await handle.close();
  }
}

export const reportsSuite: BenchSuite = {
  name: 'reports',
  description: `Biểu II.06a quý I/2026 trên ${ROWS.toLocaleString('vi-VN')} hồ sơ (${UNITS} phường, 2 năm), một đơn vị và cả thành phố, PostgreSQL và PGlite; mốc: count(*) quét toàn bảng trong cùng lần chạy`,
  async run(): Promise<BenchRow[]> {
    return [...(await onPostgres()), ...(await onPglite())];
  },
};
