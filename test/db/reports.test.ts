/**
 * The periodic report end to end on PGlite and PostgreSQL: seeds 000, 002 and 004 rebuilt as
 * event histories written through the event store, the report built by buildReport (SQL counts),
 * printed by the seeds' own printing code → exactly the seeds' figures; a city report with its
 * ranking; the DOCX opened by LibreOffice (PDF text holds the figures); the XLSX read back by
 * exceljs; the QĐ 766 self-assessment and overdue list equal to the pure core's.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/features/reports/build-report.ts';
import type { Report } from '../../src/domain/report/report.ts';
import { reportJson } from '../../src/domain/report/report-json.ts';
import { appendNewDossiers } from '../../src/platform/events/event-store.ts';
import { units } from '../../src/platform/db/schema.ts';
import type { UnitSettings } from '../../src/domain/unit/settings.ts';
import { queryRows } from '../../src/platform/db/sql.ts';
import { reportDocx } from '../../src/documents/reports/report-docx.ts';
import { reportXlsx } from '../../src/documents/reports/report-xlsx.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { classifyContext, classifyDossier } from '../../src/domain/kpi/classify.ts';
import { computeServiceIndex } from '../../src/domain/kpi/service-index.ts';
import { computePaknServiceItems } from '../../src/domain/pakn/service-index.ts';
import { withPaknServiceItems } from '../../src/domain/report/pakn-section.ts';
import { buildSeedHistories } from '../support/seed-histories.ts';
import { SEED_PRINTING_FROM_FIGURES, type SeedKey } from '../support/seed-printing.ts';
import { dayAt, SEED_POPULATIONS } from '../support/kpi-builders.ts';
import { forEachDriver } from '../support/db.ts';
import { generateHistories, storeInput } from '../support/report-histories.ts';

const exec = promisify(execFile);
const calendar = new WorkingCalendar({ schedule: yearSchedule });
const CITY = '000.00.00.H24';
const SEED_UNITS: Record<SeedKey, { code: string; name: string }> = {
  '000': { code: '000.01.24.H24', name: 'Phường Gia Viên' },
  '002': { code: '000.02.24.H24', name: 'Xã Kim Thành' },
  '004': { code: '000.04.24.H24', name: 'Phường Hưng Đạo' },
};
const OTHER_WARD = { code: '000.05.24.H24', name: 'Phường Thử Nghiệm' };
const SETTINGS_002: UnitSettings = {
  documentHeader: { governingBody: 'ỦY BAN NHÂN DÂN XÃ KIM THÀNH', issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG' },
  placeName: 'Kim Thành',
  signers: [{ role: 'center_leader', title: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC', name: 'Nguyễn Thị Hoa' }],
};

function rangeOf(key: SeedKey): { from: number; to: number; asOf: number } {
  const { period, asOf } = SEED_POPULATIONS[key].spec;
  return { from: period.from, to: period.to, asOf };
}

async function pdfText(docx: Uint8Array): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-report-'));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lo-'));
  try {
    fs.writeFileSync(path.join(dir, 'bao-cao.docx'), docx);
    await exec('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'bao-cao.docx')], { timeout: 120_000 });
    const { stdout } = await exec('pdftotext', [path.join(dir, 'bao-cao.pdf'), '-']);
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

forEachDriver('periodic report', (getDb) => {
  const reports = new Map<SeedKey, Report>();
  let states: DossierState[] = [];

  beforeAll(async () => {
    const { db } = getDb();
    await db.insert(units).values({ code: CITY, name: 'Thành phố Hải Phòng', kind: 'city' });
    for (const key of Object.keys(SEED_UNITS) as SeedKey[]) {
      await db.insert(units).values({ ...SEED_UNITS[key], kind: key === '002' ? 'commune' : 'ward', parentCode: CITY, settings: key === '002' ? SETTINGS_002 : {} });
      await appendNewDossiers(db, storeInput(buildSeedHistories(SEED_POPULATIONS[key], calendar, SEED_UNITS[key].code), calendar));
    }
    await db.insert(units).values({ ...OTHER_WARD, kind: 'ward', parentCode: CITY });
    await appendNewDossiers(db, storeInput(generateHistories([OTHER_WARD.code], 200, { from: '2025-06-01', to: '2025-09-19' }, calendar, 7), calendar));
    await db.execute(sql`ANALYZE dossiers`);
    states = (await queryRows<{ state: DossierState }>(db, sql`SELECT state FROM dossiers`)).map((row) => row.state);
    for (const key of Object.keys(SEED_UNITS) as SeedKey[]) {
      const { from, to, asOf } = rangeOf(key);
      reports.set(key, await buildReport(db, { unitCode: SEED_UNITS[key].code, from, to, asOf }));
    }
  }, 240_000);

  describe.each(Object.keys(SEED_POPULATIONS) as SeedKey[])('seed %s', (key) => {
    it('prints the seed report figures from the report (SQL) path', async () => {
      const { db } = getDb();
      const report = reports.get(key)!;
      const { from, to, asOf } = rangeOf(key);
      const rounded = await buildReport(db, { unitCode: SEED_UNITS[key].code, from, to, asOf, percentMode: 'round' });
      const printed = SEED_PRINTING_FROM_FIGURES[key]({ total: report.total, roundedTotal: rounded.total, formTotal: report.formII06a.byField.total });
      expect(printed).toEqual(SEED_POPULATIONS[key].printed);
    });

    it('computes the QĐ 766 self-assessment and the overdue list as the pure core does', () => {
      const report = reports.get(key)!;
      const { from, to, asOf } = rangeOf(key);
      const unitStates = states.filter((state) => state.unitCode === SEED_UNITS[key].code);
      // Group 6 (QĐ 766 5.1–5.4) comes from the PAKN register (issue 19); these seeds have no PAKN.
      expect(report.serviceIndex).toEqual(withPaknServiceItems(computeServiceIndex(unitStates, { from, to }, { asOf }), computePaknServiceItems([], unitStates, { from, to }, { asOf })));
      const context = classifyContext({ from, to }, asOf);
      const late = unitStates.filter((state) => {
        const handled = classifyDossier(state, context);
        if (handled === undefined) return false;
        return handled.outcome.ended ? handled.outcome.endKind !== 'withdrawn' && handled.outcome.timing === 'overdue' : handled.outcome.overdue;
      });
      expect(report.overdue.flatMap((field) => field.dossiers.map((dossier) => dossier.code)).sort()).toEqual(late.map((state) => state.code).sort());
      expect(report.formII06a.byField.total.resolvedOverdue + report.formII06a.byField.total.inProgressOverdue).toBe(late.length);
      for (const field of report.overdue) for (const dossier of field.dossiers) expect(dossier.cause.length).toBeGreaterThan(10);
      const notComputable = report.serviceIndex.groups.flatMap((group) => group.subIndicators).filter((item) => !item.computable);
      expect(notComputable.length).toBeGreaterThan(0);
      for (const item of notComputable) expect(item.computable === false && item.reason.length > 20).toBe(true);
    });

    it('keeps the CLI contract in its JSON: total and byField with received/resolved/inProgress/refused/withdrawn/supplementRequested', () => {
      const json = JSON.parse(JSON.stringify(reportJson(reports.get(key)!))) as Record<string, unknown>;
      const total = json.total as Record<string, Record<string, number> | number>;
      expect(Object.keys(total.received as object)).toEqual(expect.arrayContaining(['total', 'online', 'inPerson', 'post', 'carriedOver']));
      expect(Object.keys(total.resolved as object)).toEqual(expect.arrayContaining(['total', 'early', 'onTime', 'overdue']));
      expect(Object.keys(total.inProgress as object)).toEqual(expect.arrayContaining(['total', 'withinDeadline', 'overdue']));
      for (const member of ['refused', 'withdrawn', 'supplementRequested']) expect(typeof total[member]).toBe('number');
      const byField = json.byField as Record<string, { received: { total: number } }>;
      const sum = Object.values(byField).reduce((acc, figures) => acc + figures.received.total, 0);
      expect(sum).toBe((total.received as Record<string, number>).total);
      expect((json.feedback as { text: string }).text).toMatch(/ không có phản ánh, kiến nghị\.$/);
      expect(json.pakn).toEqual({ received: { total: 0, carriedOver: 0 }, resolved: { total: 0, onTime: 0, overdue: 0 }, inProgress: { total: 0, overdue: 0 }, published: 0 });
      expect((json.sections as unknown[]).length).toBe(10);
    });
  });

  it('writes a DOCX that LibreOffice opens, whose PDF text holds the seed 002 figures, the header and the signature', async () => {
    const report = reports.get('002')!;
    const docx = await reportDocx(report, { date: dayAt('2025-09-22'), number: '45/BC-TTPVHCC', sections: { 'kien-nghi': ['Đề nghị UBND xã bổ sung 02 máy quét tài liệu cho Bộ phận một cửa.'] } });
    const text = (await pdfText(docx)).replace(/\s+/g, ' ');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'ỦY BAN NHÂN DÂN XÃ KIM THÀNH',
      'Số: 45/BC-TTPVHCC',
      'Kim Thành, ngày 22 tháng 9 năm 2025',
      'BÁO CÁO',
      '4.466',
      '2.483/4.466 đạt 55,59%',
      '4.399',
      '38,54%',
      '53.366.000 đồng',
      '99,93%',
      'Tình hình tiếp nhận, xử lý phản ánh, kiến nghị',
      'Đề nghị UBND xã bổ sung 02 máy quét tài liệu',
      'KT. GIÁM ĐỐC',
      'Nguyễn Thị Hoa',
      'Nơi nhận:',
      'Biểu số II.06a/VPCP/KSTT',
    ]) {
      expect(text, expected).toContain(expected);
    }
  }, 180_000);

  it('writes an XLSX whose sheets read back with the figures (counts as numbers)', async () => {
    const report = reports.get('002')!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportXlsx(report)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const figures = workbook.getWorksheet('Số liệu')!;
    const values = new Map<string, unknown>();
    figures.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get('Tổng số hồ sơ tiếp nhận, giải quyết')).toBe(4466);
    expect(values.get('Tiếp nhận trực tuyến')).toBe(2483);
    expect(values.get('Tỷ lệ hồ sơ trực tuyến')).toBe(0.5559);
    expect(values.get('Tỷ lệ thanh toán trực tuyến')).toBe(0.3854);
    const form = workbook.getWorksheet('Biểu II.06a theo lĩnh vực')!;
    const last = form.getRow(form.rowCount);
    expect(last.getCell(2).value).toBe('Tổng số');
    expect(last.getCell(3).value).toBe(4466);
    expect(form.getRow(3).getCell(3).value).toBe('Số hồ sơ nhận giải quyết');
  });

  it('builds the city report over every ward and commune, with Biểu II.06a by unit and a ranking', async () => {
    const { db } = getDb();
    const { from, to, asOf } = rangeOf('002');
    const city = await buildReport(db, { unitCode: CITY, from, to, asOf });
    expect(city.kind).toBe('city');
    expect(city.units.map((unit) => unit.code).sort()).toEqual([...Object.values(SEED_UNITS).map((unit) => unit.code), OTHER_WARD.code].sort());
    const byUnit = city.formII06a.byUnit!;
    expect(byUnit.rows).toHaveLength(4);
    expect(byUnit.rows.reduce((sum, row) => sum + row.counts.received, 0)).toBe(city.total.received.total);
    const seed002 = byUnit.rows.find((row) => row.key === SEED_UNITS['002'].code)!;
    expect(seed002.name).toBe('Xã Kim Thành');
    expect(seed002.counts).toEqual(reports.get('002')!.formII06a.byField.total);
    expect(city.ranking!.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
    const keys = city.ranking!.map((row) => row.serviceBasisPoints ?? -1);
    expect([...keys].sort((a, b) => b - a)).toEqual(keys);
    const docx = await reportDocx(city, { date: dayAt('2025-09-22') });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers an unknown unit with a Vietnamese not-found error', async () => {
    const { db } = getDb();
    await expect(buildReport(db, { unitCode: 'KHONG.CO', from: dayAt('2026-01-01'), to: dayAt('2026-01-31'), asOf: 0 })).rejects.toThrow(/Không tìm thấy đơn vị có mã KHONG\.CO/);
  });
});
