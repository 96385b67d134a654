/**
 * Issue 16 §6: the city board's live counts (overview.queries.ts liveCountsByUnit: one lateral
 * index range per unit, JIT off) equal a straightforward count of each unit's rows with plain
 * WHERE clauses, on a small generated population (open, paused, ended, awaiting return, received
 * today, due today / next working day / at risk, with and without an extension). Both drivers.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { liveCountsByUnit, type UnitLiveCounts } from '../../src/features/overview/overview.queries.ts';
import type { LiveBounds } from '../../src/domain/overview/live-bounds.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { dateFromLocalMinute } from '../../src/platform/db/time.ts';
import type { Database } from '../../src/platform/db/client.ts';

const UNITS = ['LIVE.W1', 'LIVE.W2', 'LIVE.W3'];
const TODAY = dayNumberFromYmd(2026, 6, 30) * MINUTES_PER_DAY;
const NOW = TODAY + 10 * 60;
/** Each unit its own bounds (another calendar could give another next working day and risk). */
const BOUNDS: LiveBounds[] = UNITS.map((unitCode, i) => ({
  unitCode,
  now: NOW,
  today: TODAY,
  nextWorkingDay: TODAY + (1 + i) * MINUTES_PER_DAY,
  afterNextWorkingDay: TODAY + (2 + i) * MINUTES_PER_DAY,
  apologyRisk: NOW + (2 + i) * MINUTES_PER_DAY,
}));

async function fill(db: Database): Promise<void> {
  await db.execute(sql`INSERT INTO units (code, name, kind) VALUES ('LIVE.CITY', 'Thành phố', 'city')`);
  for (const code of UNITS) await db.execute(sql`INSERT INTO units (code, name, kind, parent_code) VALUES (${code}, ${code}, 'ward', 'LIVE.CITY')`);
  // 600 rows: received from 20 days ago to today, due -5…+5 days around now, statuses 2–10.
  await db.execute(sql`
    INSERT INTO dossiers (code, unit_code, procedure_code, field, status, channel, applicant_name, received_at, legal_due_at,
      ended_at, source, version, state, search_text, paused)
    SELECT 'LIVE-' || i, (ARRAY['LIVE.W1', 'LIVE.W2', 'LIVE.W3'])[1 + i % 3], 'p', 'f', s, 'in_person', 'A',
      ${dateFromLocalMinute(TODAY).toISOString()}::timestamptz - (i % 21) * interval '1 day' + (i % 7) * interval '1 hour',
      ${dateFromLocalMinute(NOW).toISOString()}::timestamptz + ((i * 37) % 11 - 5) * interval '1 day' + ((i * 13) % 24 - 12) * interval '1 hour',
      CASE WHEN s IN (7, 8, 9, 10) AND i % 4 <> 0 THEN ${dateFromLocalMinute(NOW).toISOString()}::timestamptz - interval '1 hour' END,
      'motcua', 1,
      CASE WHEN i % 5 = 0 THEN '{"extensions": [{"at": 1}]}'::jsonb ELSE '{}'::jsonb END, 'x', i % 9 = 0
    FROM (SELECT i, (2 + (i * 7) % 9)::smallint AS s FROM generate_series(1, 600) i) g`);
}

/** The same counts, one plain query per figure and unit. */
async function straightforward(db: Database, b: LiveBounds): Promise<UnitLiveCounts> {
  const at = (minute: number) => dateFromLocalMinute(minute).toISOString();
  const count = async (where: ReturnType<typeof sql>) => {
    const result = (await db.execute(sql`SELECT count(*)::int AS n FROM dossiers d WHERE d.unit_code = ${b.unitCode} AND ${where}`)) as unknown as { rows: Array<{ n: number }> };
    return Number(result.rows[0]!.n);
  };
  const running = sql`d.ended_at IS NULL AND d.status IN (2, 4, 5, 6) AND NOT d.paused`;
  return {
    unitCode: b.unitCode,
    receivedToday: await count(sql`d.received_at >= ${at(b.today)}::timestamptz`),
    // Every processed dossier waiting to be handed back, whenever received (as the unit board counts it).
    awaitingReturn: await count(sql`d.status = 9`),
    inProgress: await count(sql`d.ended_at IS NULL AND d.status IN (2, 4, 5, 6)`),
    dueToday: await count(sql`${running} AND d.legal_due_at >= ${at(b.now)}::timestamptz AND d.legal_due_at < ${at(b.today + MINUTES_PER_DAY)}::timestamptz`),
    dueNextWorkingDay: await count(sql`${running} AND d.legal_due_at >= ${at(b.nextWorkingDay)}::timestamptz AND d.legal_due_at < ${at(b.afterNextWorkingDay)}::timestamptz`),
    overdue: await count(sql`${running} AND d.legal_due_at < ${at(b.now)}::timestamptz`),
    apologiesOwed: await count(
      sql`${running} AND d.legal_due_at >= ${at(b.now)}::timestamptz AND d.legal_due_at <= ${at(b.apologyRisk)}::timestamptz AND NOT (d.state ? 'extensions')`,
    ),
  };
}

forEachDriver('live counts by unit', (getDb) => {
  beforeAll(async () => {
    await fill(getDb().db);
  });

  it('equals a straightforward count of each unit, figure by figure', async () => {
    const { db } = getDb();
    const fast = await liveCountsByUnit(db, BOUNDS);
    const expected = await Promise.all(BOUNDS.map((b) => straightforward(db, b)));
    const byUnit = new Map(fast.map((row) => [row.unitCode, row]));
    for (const row of expected) expect(byUnit.get(row.unitCode), row.unitCode).toEqual(row);
    // The population reaches every figure, so that an equality of zeros proves nothing false.
    for (const key of ['receivedToday', 'awaitingReturn', 'inProgress', 'dueToday', 'dueNextWorkingDay', 'overdue', 'apologiesOwed'] as const) {
      expect(fast.reduce((sum, row) => sum + row[key], 0), key).toBeGreaterThan(0);
    }
  });

  it('gives a unit without dossiers zeros, and nothing for no unit', async () => {
    const { db } = getDb();
    await db.execute(sql`INSERT INTO units (code, name, kind, parent_code) VALUES ('LIVE.EMPTY', 'Trống', 'ward', 'LIVE.CITY') ON CONFLICT DO NOTHING`);
    const [row] = await liveCountsByUnit(db, [{ ...BOUNDS[0]!, unitCode: 'LIVE.EMPTY' }]);
    expect(row).toEqual({ unitCode: 'LIVE.EMPTY', receivedToday: 0, awaitingReturn: 0, inProgress: 0, dueToday: 0, dueNextWorkingDay: 0, overdue: 0, apologiesOwed: 0 });
    expect(await liveCountsByUnit(db, [])).toEqual([]);
  });
});
