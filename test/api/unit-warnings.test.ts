/**
 * GET /api/overview/warnings (issue 16 §2): the unit board's lists "sắp đến hạn", "đến hạn hôm
 * nay", "quá hạn" and "chưa gửi thư xin lỗi" are the pure supervision core's answer
 * (domain/supervision dossierWarning, apologiesOwed) on the unit's open dossiers, at several
 * moments of a seeded population (received on different days, one paused for a supplement, one
 * apologised for, one returned); only the unit's own staff and the city's supervisor see them;
 * no citizen's data. Both drivers.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, OTHER_WARD, prepareDossier, receptionBody, START, WARD, type Session, type TestApp } from '../support/api.ts';
import { isoLocalDateTime, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { apologiesOwed, dossierWarning, supervisionConfigOfUnit, type LiveContext } from '../../src/domain/supervision/index.ts';
import { findUnit } from '../../src/platform/units/units.queries.ts';
import { openDossierStates } from '../../src/features/overview/overview.queries.ts';

interface Item {
  dossierCode: string;
  dueAt: string;
  procedureName: string;
  departmentName: string | null;
}
interface Apology {
  dossierCode: string;
  status: string;
  legalDueAt: string;
  lastMoment: string;
}
interface Warnings {
  unitCode: string;
  dueSoon: Item[];
  dueToday: Item[];
  overdue: Item[];
  apologiesOwed: Apology[];
  truncated: boolean;
}

const DAY = MINUTES_PER_DAY;

forEachDriver('unit warnings', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let supervisor: Session;
  const codes: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(getDb());
    const [counter, specialist, chairman] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('chairman')]);
    [leader, supervisor] = await Promise.all([t.login('leader'), t.login('supervisor')]);
    const receive = async (name: string, at: number) => {
      t.setNow(at);
      const r = await counter.post('/api/dossiers', receptionBody());
      expect(r.statusCode, r.body).toBe(201);
      codes[name] = (r.json() as { code: string }).code;
      return r.json() as { code: string; version: number };
    };
    // A population spread over two weeks before START (Monday 23/11/2026 08:00).
    await receive('old', START - 14 * DAY);
    await receive('lastWeek', START - 7 * DAY);
    const apologised = await receive('apologised', START - 6 * DAY);
    await receive('friday', START - 3 * DAY);
    await receive('monday', START);
    await receive('mondayLater', START + 2 * 60);
    t.setNow(START - 6 * DAY + 60);
    const extended = await leader.post(`/api/dossiers/${apologised.code}/extend`, {
      expectedVersion: apologised.version,
      newDueAt: isoLocalDateTime(START + 3 * DAY + 9 * 60),
      reason: 'Cần xác minh thêm tại cơ quan khác',
    });
    expect(extended.statusCode, extended.body).toBe(200);
    t.setNow(START - 2 * DAY);
    codes.paused = (await prepareDossier({ counter, specialist, chairman }, 'supplement')).code;
    codes.forwarded = (await prepareDossier({ counter, specialist, chairman }, 'processing')).code;
    codes.processed = (await prepareDossier({ counter, specialist, chairman }, 'processed')).code;
  });
  afterAll(async () => {
    await t.close();
  });

  const warnings = async (session: Session = leader, query = ''): Promise<Warnings> => {
    const response = await session.get(`/api/overview/warnings${query}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).not.toContain('Nguyễn Thị Bình');
    expect(response.body).not.toContain('031190004567');
    return response.json() as Warnings;
  };

  /** The core's answer on the unit's open dossiers as stored, now. */
  const coreAnswer = async () => {
    const unit = await findUnit(t.ctx.db, WARD);
    const { calendar } = await t.ctx.calendars.forUnit(WARD);
    const context: LiveContext = { calendar, config: supervisionConfigOfUnit(unit?.settings), now: t.now() };
    const { states } = await openDossierStates<DossierState>(t.ctx.db, WARD);
    const byLevel = (level: string) =>
      states
        .map((state) => dossierWarning(state, context))
        .filter((w) => w?.level === level)
        .sort((a, b) => a!.dueAt - b!.dueAt || a!.dossierCode.localeCompare(b!.dossierCode))
        .map((w) => ({ dossierCode: w!.dossierCode, dueAt: isoLocalDateTime(w!.dueAt) }));
    return {
      dueSoon: byLevel('due-soon'),
      dueToday: byLevel('due-today'),
      overdue: byLevel('overdue'),
      apologiesOwed: apologiesOwed(states, () => context).map((a) => ({
        dossierCode: a.dossierCode,
        status: a.status,
        legalDueAt: isoLocalDateTime(a.legalDueAt),
        lastMoment: isoLocalDateTime(a.lastMoment),
      })),
    };
  };

  const pick = <T extends object>(rows: T[], keys: Array<keyof T>) => rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])));

  it('lists due soon, due today, overdue and the apologies owed exactly as the supervision core, at several moments', async () => {
    const seen = { dueSoon: 0, dueToday: 0, overdue: 0, apologiesOwed: 0 };
    for (const at of [START + 3 * 60, START + DAY + 9 * 60, START + 2 * DAY + 15 * 60, START + 3 * DAY + 8 * 60, START + 8 * DAY]) {
      t.setNow(at);
      const answer = await warnings();
      const expected = await coreAnswer();
      expect(answer.unitCode).toBe(WARD);
      expect(answer.truncated).toBe(false);
      for (const key of ['dueSoon', 'dueToday', 'overdue'] as const) {
        expect(pick(answer[key], ['dossierCode', 'dueAt']), `${key} at ${isoLocalDateTime(at)}`).toEqual(expected[key]);
        seen[key] += answer[key].length;
      }
      expect(pick(answer.apologiesOwed, ['dossierCode', 'status', 'legalDueAt', 'lastMoment']), `apologies at ${isoLocalDateTime(at)}`).toEqual(expected.apologiesOwed);
      seen.apologiesOwed += answer.apologiesOwed.length;
      // Lists never hold a dossier that is not open, nor one twice.
      const listed = [...answer.dueSoon, ...answer.dueToday, ...answer.overdue].map((i) => i.dossierCode);
      expect(new Set(listed).size).toBe(listed.length);
      expect(listed).not.toContain(codes.processed);
      expect(listed).not.toContain(codes.paused);
    }
    // The population is built so that every list has entries at some moment.
    for (const [key, count] of Object.entries(seen)) expect(count, key).toBeGreaterThan(0);
  });

  it('keeps a dossier apologised for on its legal date (overdue, no apology owed), and names the procedure and the department holding it', async () => {
    t.setNow(START + 3 * 60);
    const answer = await warnings();
    expect(answer.overdue.map((i) => i.dossierCode)).toEqual(expect.arrayContaining([codes.old, codes.lastWeek, codes.apologised]));
    expect(answer.apologiesOwed.map((a) => a.dossierCode)).not.toContain(codes.apologised);
    const all = [...answer.dueSoon, ...answer.dueToday, ...answer.overdue];
    expect(all.every((i) => i.procedureName.length > 0)).toBe(true);
    const forwarded = all.find((i) => i.dossierCode === codes.forwarded);
    if (forwarded !== undefined) expect(forwarded.departmentName).toMatch(/Tư pháp/i);
  });

  it('is the unit’s own and the city supervisor’s; another unit is refused in Vietnamese', async () => {
    t.setNow(START + 3 * 60);
    const mine = await warnings();
    const asSupervisor = await warnings(supervisor, `?unitCode=${WARD}`);
    expect(asSupervisor.overdue).toEqual(mine.overdue);
    const refused = await leader.get(`/api/overview/warnings?unitCode=${OTHER_WARD}`);
    expect(refused.statusCode).toBe(403);
    expect((refused.json() as { message: string }).message).toMatch(/cảnh báo/);
    const other = await (await t.login('otherChairman')).get(`/api/overview/warnings?unitCode=${WARD}`);
    expect(other.statusCode).toBe(403);
  });
});
