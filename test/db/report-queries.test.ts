/**
 * Report SQL = pure core. Varied histories and the three seed populations are written through
 * the event store (folded with the real fold on the official calendar); then for many periods,
 * snapshots and groupings the SQL counts of src/db/report-queries.ts must equal computeFigures /
 * buildFormII06a of src/domain/kpi over the very states stored in the read model.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { figuresFromCounts, formFromCounts } from '../../src/domain/report/from-counts.ts';
import { appendNewDossiers } from '../../src/platform/events/event-store.ts';
import { queryReportCounts, serviceIndexTalliesByGroup, type ReportScope } from '../../src/features/reports/reports.queries.ts';
import { classifyContext, classifyDossier } from '../../src/domain/kpi/classify.ts';
import { isOnTimeForServiceIndex, serviceIndexTallies } from '../../src/domain/kpi/service-index.ts';
import { queryRows } from '../../src/platform/db/sql.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { computeFigures, type GroupBy } from '../../src/domain/kpi/figures.ts';
import { buildFormII06a } from '../../src/domain/kpi/form-ii06a.ts';
import { clipPeriod, reportPeriod, type DayRange } from '../../src/domain/kpi/period.ts';
import { buildSeedHistories } from '../support/seed-histories.ts';
import { SEED_PRINTING, type SeedKey } from '../support/seed-printing.ts';
import { daysFrom, minuteAt, SEED_POPULATIONS } from '../support/kpi-builders.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit } from '../support/db-fixtures.ts';
import { generateHistories, storeInput } from '../support/report-histories.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });
const CITY = 'CITY.TEST';
const WARDS = ['W01.TEST', 'W02.TEST', 'W03.TEST'];
const SEED_UNITS: Record<SeedKey, string> = { '000': 'S000.TEST', '002': 'S002.TEST', '004': 'S004.TEST' } as Record<SeedKey, string>;

const GROUPINGS: (GroupBy | undefined)[] = [undefined, 'unit', 'procedure', 'department', 'officer'];

/** Periods that cut through the histories in every way: calendar and cut-off, clipped, one day. */
const PERIODS: { name: string; range: DayRange; asOf: number }[] = [
  { name: 'Q4/2025 calendar, after the end', range: reportPeriod({ kind: 'quarter', year: 2025, quarter: 4 }), asOf: minuteAt('2026-06-01T08:00') },
  { name: 'Q1/2026 cut-off (15/12–14/3)', range: reportPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, 'cutoff-15'), asOf: minuteAt('2026-06-01T08:00') },
  { name: 'January 2026, snapshot inside the month', range: reportPeriod({ kind: 'month', year: 2026, month: 1 }), asOf: minuteAt('2026-01-20T10:17') },
  { name: 'February 2026 cut-off, clipped to 13/02', range: clipPeriod(reportPeriod({ kind: 'month', year: 2026, month: 2 }, 'cutoff-15'), { to: daysFrom('2026-01-15', '2026-02-13').to }), asOf: minuteAt('2026-02-14T07:00') },
  { name: 'one day', range: daysFrom('2025-12-02', '2025-12-02'), asOf: minuteAt('2025-12-02T16:00') },
  { name: 'year 2025', range: reportPeriod({ kind: 'year', year: 2025 }), asOf: minuteAt('2026-01-10T09:00') },
];

forEachDriver('report SQL', (getDb) => {
  let states: DossierState[] = [];

  beforeAll(async () => {
    const { db } = getDb();
    await insertUnit(db, { code: CITY, kind: 'city' });
    for (const code of [...WARDS, ...Object.values(SEED_UNITS)]) await insertUnit(db, { code, parentCode: CITY });
    const generated = generateHistories(WARDS, 140, { from: '2025-09-01', to: '2026-02-20' }, calendar, 20261123);
    await appendNewDossiers(db, storeInput(generated, calendar));
    for (const key of Object.keys(SEED_POPULATIONS) as SeedKey[]) {
      const histories = buildSeedHistories(SEED_POPULATIONS[key], calendar, SEED_UNITS[key]);
      await appendNewDossiers(db, storeInput(histories, calendar));
    }
    await db.execute(sql`ANALYZE dossiers`);
    states = (await queryRows<{ state: DossierState }>(db, sql`SELECT state FROM dossiers ORDER BY code`)).map((row) => row.state);
  }, 240_000);

  it('stored a varied population (every path of the lifecycle)', () => {
    const statuses = new Set<number>(states.map((state) => state.status));
    for (const status of [3, 4, 5, 6, 7, 8, 9, 10]) expect(statuses.has(status), `status ${status}`).toBe(true);
    expect(states.some((state) => state.pauses.some((pause) => pause.kind === 'financial'))).toBe(true);
    expect(states.some((state) => state.supplementRequests.length > 1)).toBe(true);
    expect(states.length).toBeGreaterThan(1000);
  });

  const wardScope: ReportScope = { unitCodes: WARDS };
  describe.each(PERIODS)('$name', ({ range, asOf }) => {
    it.each(GROUPINGS)('narrative figures grouped by %s equal computeFigures', async (groupBy) => {
      const { db } = getDb();
      const counts = await queryReportCounts(db, wardScope, range, groupBy === undefined ? { asOf } : { asOf, groupBy });
      const fromSql = figuresFromCounts(counts, groupBy === undefined ? {} : { groupBy });
      const pure = computeFigures(states.filter((state) => WARDS.includes(state.unitCode)), range, groupBy === undefined ? { asOf } : { asOf, groupBy });
      expect(fromSql).toEqual(pure);
      expect(pure.total.received.total).toBeGreaterThan(0);
    });

    it('Biểu II.06a by field and by unit equals buildFormII06a', async () => {
      const { db } = getDb();
      const wardStates = states.filter((state) => WARDS.includes(state.unitCode));
      const byField = await queryReportCounts(db, wardScope, range, { asOf });
      expect(formFromCounts(byField, range, { groupBy: 'field' })).toEqual(buildFormII06a(wardStates, range, { asOf }));
      const byUnit = await queryReportCounts(db, wardScope, range, { asOf, groupBy: 'unit' });
      const names = { [WARDS[0]!]: 'Phường Một', [WARDS[1]!]: 'Phường Hai', [WARDS[2]!]: 'Xã Ba' };
      expect(formFromCounts(byUnit, range, { groupBy: 'unit', names, include: WARDS })).toEqual(
        buildFormII06a(wardStates, range, { asOf, groupBy: 'unit', names, include: WARDS }),
      );
    });
  });

  // Issue 16 §6: the city board ranks units on the SQL tallies of QĐ 766 instead of reading states.
  it.each(PERIODS)('QĐ 766 dossier sub-indicators by unit equal the pure tallies ($name)', async ({ range, asOf }) => {
    const { db } = getDb();
    const units = [...WARDS, ...Object.values(SEED_UNITS)];
    const counts = await queryReportCounts(db, { unitCodes: units }, range, { asOf, groupBy: 'unit' });
    const fromSql = serviceIndexTalliesByGroup(counts);
    for (const unitCode of units) {
      const pure = serviceIndexTallies(states, range, { asOf, unitCode });
      if (pure['2.1'].denominator === 0) expect(fromSql.has(unitCode), unitCode).toBe(false);
      else expect(fromSql.get(unitCode), unitCode).toEqual(pure);
    }
    expect(counts.total.serviceIndex).toEqual(serviceIndexTallies(states.filter((state) => units.includes(state.unitCode)), range, { asOf }));
  });

  it('judges open past-due dossiers at their supplement request or pause somewhere in these periods (the SQL branch that reads the state)', () => {
    // Without such dossiers the test above would not reach the state-reading branch of indexOnTime.
    const judgedEarlier = PERIODS.some(({ range, asOf }) => {
      const context = classifyContext(range, asOf);
      return states.some((state) => {
        const handled = classifyDossier(state, context);
        const moment = Math.min(context.window.end, asOf);
        return handled !== undefined && !handled.outcome.ended && state.legalDueAt !== undefined && state.legalDueAt < moment && isOnTimeForServiceIndex(handled, context);
      });
    });
    expect(judgedEarlier).toBe(true);
  });

  describe.each(Object.keys(SEED_POPULATIONS) as SeedKey[])('seed %s through the event store and SQL', (key) => {
    it('prints the figures of the seed report from the SQL counts', async () => {
      const { db } = getDb();
      const seed = SEED_POPULATIONS[key];
      const counts = await queryReportCounts(db, { unitCodes: [SEED_UNITS[key]] }, seed.spec.period, { asOf: seed.spec.asOf });
      const fromSql = figuresFromCounts(counts);
      const seedStates = states.filter((state) => state.unitCode === SEED_UNITS[key]);
      expect(fromSql).toEqual(computeFigures(seedStates, seed.spec.period, { asOf: seed.spec.asOf }));
      expect(SEED_PRINTING[key](seedStates, seed.spec)).toEqual(seed.printed);
      expect(fromSql.total.received.total).toBe(seedStates.length);
    });
  });
});
