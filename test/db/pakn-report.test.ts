/**
 * The PAKN table of the periodic report from the database (issue 19), on PGlite and PostgreSQL:
 * a small population of November 2026 written through the PAKN store, counted by hand below,
 * checked in the report JSON (`pakn`, exactly the shape), the narrative, the XLSX table
 * and QĐ 766 group 6 with the PAKN it lists.
 */
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { dayNumberFromYmd, dayOf } from '../../src/domain/calendar/local-time.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import { formatPaknCode } from '../../src/domain/pakn/code.ts';
import { reportJson } from '../../src/domain/report/report-json.ts';
import { reportXlsx } from '../../src/documents/reports/report-xlsx.ts';
import { insertNewPakn } from '../../src/features/pakn/pakn.store.ts';
import { buildReport } from '../../src/features/reports/build-report.ts';
import { seedCity, OTHER_WARD, WARD } from '../support/api.ts';
import { forEachDriver } from '../support/db.ts';
import { ACTORS, admit, at, PaknHistoryBuilder } from '../support/pakn-builders.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });
const b = (): PaknHistoryBuilder => new PaknHistoryBuilder();

// November 2026, judged at its end; 24/11 is off. Due dates counted by hand (docs/pakn.md §3).
const POPULATION = {
  // Carried over (received in October, open on 01/11); resolve due Thu 12/11 09:00, resolved 02/11: on time; published 04/11.
  A: b().register(at('2026-10-22T09:00')).classify(at('2026-10-22T10:00')).resolve(at('2026-11-02T10:00')).publish(at('2026-11-04T10:00')),
  // Carried over, about an officer; due Mon 09/11 08:00, never resolved: in progress, overdue.
  B: b().register(at('2026-10-19T08:00'), { channel: 'letter' }).classify(at('2026-10-19T09:00'), 'officer_conduct'),
  // Resolved in October (not handled in November) but published 02/11: one of November's publications.
  C: b().register(at('2026-10-05T08:00')).classify(at('2026-10-05T09:00')).resolve(at('2026-10-20T10:00')).publish(at('2026-11-02T09:00')),
  // New; due Mon 23/11 08:00, resolved Wed 25/11: late; published 26/11.
  D: b().register(at('2026-11-02T08:00'), { channel: 'national_portal' }).classify(at('2026-11-02T09:00')).resolve(at('2026-11-25T10:00')).publish(at('2026-11-26T10:00')),
  // New, about another body's officer, forwarded on time.
  E: b().register(at('2026-11-03T09:00'), { channel: 'email' }).classify(at('2026-11-03T10:00'), 'officer_conduct', 'outside_competence').forward(at('2026-11-09T09:00')),
  // New; a two-working-day wait moves the due date to Thu 10/12: in progress within the deadline.
  F: b().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).requestInformation(at('2026-11-18T10:00')).informationReceived(at('2026-11-20T10:00')),
  // New, outside competence; forwarding due Thu 26/11 14:00, not forwarded: in progress, overdue.
  G: b().register(at('2026-11-18T14:00'), { channel: 'phone' }).classify(at('2026-11-19T09:00'), 'rules_and_procedures', 'outside_competence'),
  // New, from the portal on the last working day, not classified yet: in progress within.
  H: b().register(at('2026-11-30T16:00'), { channel: 'national_portal', actor: ACTORS.system }),
  // Received after the period: nowhere.
  I: b().register(at('2026-12-01T08:00')),
  // Another ward's: not in WARD's report.
  J: b().register(at('2026-11-05T08:00'), { unitCode: OTHER_WARD }).classify(at('2026-11-05T09:00')),
};

forEachDriver('PAKN in the periodic report', (getDb) => {
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    const { db } = getDb();
    await seedCity(db);
    for (const [name, builder] of Object.entries(POPULATION)) {
      const events = builder.build();
      const first = events[0]!;
      if (first.type !== 'registered') throw new Error('a history starts with its registration');
      const state = await insertNewPakn(db, first.unitCode, dayOf(first.receivedAt), (code) => ({ events, state: admit(code, events, calendar) }));
      codes[name] = state.code;
    }
  });

  it('counts the PAKN table as counted by hand, in the JSON, the narrative and the XLSX', async () => {
    expect(codes.A).toBe(formatPaknCode(WARD, dayNumberFromYmd(2026, 10, 22), 1));
    const report = await buildReport(getDb().db, { unitCode: WARD, from: dayNumberFromYmd(2026, 11, 1), to: dayNumberFromYmd(2026, 11, 30), asOf: at('2026-12-01T00:00') });
    const json = reportJson(report);
    // Handled: A B (carried over) D E F G H; resolved A (on time) D (late); in progress B G (overdue) F H;
    // publications dated in November: A C D.
    expect(json.pakn).toEqual({ received: { total: 7, carriedOver: 2 }, resolved: { total: 2, onTime: 1, overdue: 1 }, inProgress: { total: 4, overdue: 2 }, published: 3 });
    expect(report.pakn).toMatchObject({ byClass: { rulesAndProcedures: 4, officerConduct: 2, unclassified: 1 }, forwarded: { total: 1, onTime: 1, overdue: 0 }, inProgress: { withinDeadline: 2 } });
    expect(report.feedback.available).toBe(true);
    expect(report.feedback.text).toContain('tiếp nhận, xử lý 7 phản ánh, kiến nghị (kỳ trước chuyển sang 2)');
    const section = json.sections.find((s) => s.id === 'pakn')!;
    expect(section.paragraphs.join(' ')).toContain('về hành vi của cán bộ, công chức 2');
    expect(section.paragraphs.join(' ')).not.toContain('Chưa có dữ liệu');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(report)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Phản ánh, kiến nghị');
    expect(sheet).toBeDefined();
    const values = new Map<string, unknown>();
    sheet!.eachRow((row) => values.set(String(row.getCell(1).value ?? '').trim(), row.getCell(2).value));
    expect(values.get('Tổng số phản ánh, kiến nghị tiếp nhận, xử lý trong kỳ')).toBe(7);
    expect(values.get('Kỳ trước chuyển sang')).toBe(2);
    expect(values.get('Công khai kết quả trong kỳ')).toBe(3);
  });

  it('computes QĐ 766 group 6 with the PAKN behind each item', async () => {
    const report = await buildReport(getDb().db, { unitCode: WARD, from: dayNumberFromYmd(2026, 11, 1), to: dayNumberFromYmd(2026, 11, 30), asOf: at('2026-12-01T00:00') });
    const group = report.serviceIndex.groups.find((g) => g.id === 6)!;
    const item = (id: string) => group.subIndicators.find((s) => s.id === id)!;
    expect(group.subIndicators.every((s) => s.computable)).toBe(true);
    // 5.1 lists the new PAKN; 5.2 fails B (overdue at J), D (resolved late) and G (forwarding overdue): 4 of 7 on time.
    expect(item('5.1')).toMatchObject({ pakn: [codes.D, codes.E, codes.F, codes.G, codes.H].sort() });
    expect(item('5.2')).toMatchObject({ pakn: [codes.B, codes.D, codes.G].sort(), rate: { numerator: 4, denominator: 7 } });
    expect(group.pointsHundredths).toBeGreaterThan(0);
  });
});
