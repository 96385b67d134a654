/**
 * The report API (src/http/routes/reports.ts) on PGlite and PostgreSQL: seed 000 written as
 * event histories into a ward of the test city; JSON, Biểu II.06a, QĐ 766, DOCX with edited
 * paragraphs and XLSX; who may read which report; Vietnamese errors for bad input.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appendNewDossiers } from '../../src/platform/events/event-store.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import { buildSeedHistories } from '../support/seed-histories.ts';
import { SEED_000_MONTH } from '../support/kpi-builders.ts';
import { CITY, createTestApp, OTHER_WARD, WARD, type Session, type TestApp } from '../support/api.ts';
import { forEachDriver } from '../support/db.ts';
import { storeInput } from '../support/report-histories.ts';

const exec = promisify(execFile);
const calendar = new WorkingCalendar({ schedule: yearSchedule });
const PERIOD = 'from=2026-02-15&to=2026-03-11&asOf=2026-03-12T00:00';

interface ReportBody {
  kind: string;
  total: { received: { total: number; online: number; carriedOver: number }; resolved: { early: number }; rates: { early: { basisPoints: number } } };
  byField: Record<string, unknown>;
  sections: Array<{ id: string; paragraphs: string[] }>;
  feedback: { text: string };
  serviceIndex: { groups: Array<{ subIndicators: Array<{ computable: boolean; reason?: string }> }> };
  ranking?: Array<{ unitCode: string; rank: number }>;
  overdue: Array<{ dossiers: Array<{ applicantName: string }> }>;
}

async function docxText(body: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-report-api-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.docx'), body);
    const { stdout } = await exec('unzip', ['-p', path.join(dir, 'r.docx'), 'word/document.xml'], { maxBuffer: 50 * 1024 * 1024 });
    return stdout.replace(/<[^>]+>/g, '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

forEachDriver('report API', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let supervisor: Session;
  let otherCounter: Session;
  let specialist: Session;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    const histories = buildSeedHistories(SEED_000_MONTH, calendar, WARD);
    await appendNewDossiers(getDb().db, storeInput(histories, calendar));
    [leader, supervisor, otherCounter, specialist] = await Promise.all([t.login('leader'), t.login('supervisor'), t.login('otherCounter'), t.login('specialist')]);
  }, 120_000);
  afterAll(async () => t?.close());

  it('GET /api/reports gives the unit report with the seed 000 figures, default sections and the PAKN sentence', async () => {
    const response = await leader.get(`/api/reports?unit=${WARD}&${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as ReportBody;
    expect(body.kind).toBe('unit');
    expect(body.total.received).toMatchObject({ total: 1913, online: 1739, carriedOver: 174 });
    expect(body.total.resolved.early).toBe(1756);
    expect(body.total.rates.early.basisPoints).toBe(9179);
    expect(body.feedback.text).toBe('Từ ngày 15/02/2026 đến ngày 11/3/2026, Trung tâm Phục vụ hành chính công phường Gia Viên không có phản ánh, kiến nghị.');
    expect(body.sections.find((section) => section.id === 'tiep-nhan')!.paragraphs[0]).toContain('1.913 hồ sơ');
    const notComputable = body.serviceIndex.groups.flatMap((group) => group.subIndicators).filter((item) => !item.computable);
    expect(notComputable.every((item) => (item.reason ?? '').length > 0)).toBe(true);
  });

  it('GET /api/reports/form-ii06a and /service-index answer with the form and the self-assessment', async () => {
    const form = await leader.get(`/api/reports/form-ii06a?unit=${WARD}&${PERIOD}`);
    expect(form.statusCode, form.body).toBe(200);
    expect((form.json() as { total: { received: number; carriedOver: number } }).total).toMatchObject({ received: 1913, carriedOver: 174 });
    const byUnit = await leader.get(`/api/reports/form-ii06a?unit=${WARD}&${PERIOD}&groupBy=unit`);
    expect(byUnit.statusCode).toBe(400);
    expect(byUnit.body).toContain('thành phố');
    const index = await leader.get(`/api/reports/service-index?unit=${WARD}&${PERIOD}`);
    expect(index.statusCode, index.body).toBe(200);
    expect((index.json() as { groups: unknown[] }).groups).toHaveLength(6);
  });

  it('a city supervisor gets the city report with a ranking, without applicant names', async () => {
    const response = await supervisor.get(`/api/reports?unit=${CITY}&${PERIOD}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as ReportBody;
    expect(body.kind).toBe('city');
    expect(body.ranking!.map((row) => row.unitCode).sort()).toEqual([WARD, OTHER_WARD].sort());
    expect(body.overdue.flatMap((field) => field.dossiers).every((dossier) => dossier.applicantName === '')).toBe(true);
    const ward = await supervisor.get(`/api/reports?unit=${WARD}&${PERIOD}`);
    expect(ward.statusCode).toBe(200);
  });

  it('refuses other units, other roles and bad input in Vietnamese', async () => {
    const other = await otherCounter.get(`/api/reports?unit=${WARD}&${PERIOD}`);
    expect(other.statusCode).toBe(403);
    expect(other.body).toContain('không có quyền xem báo cáo');
    expect((await specialist.get(`/api/reports?unit=${WARD}&${PERIOD}`)).statusCode).toBe(403);
    const badDate = await leader.get(`/api/reports?unit=${WARD}&from=15/02/2026&to=2026-03-11`);
    expect(badDate.statusCode).toBe(400);
    expect(badDate.body).toContain('YYYY-MM-DD');
    const reversed = await leader.get(`/api/reports?unit=${WARD}&from=2026-03-11&to=2026-02-15`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('Ngày đầu kỳ');
    const unknown = await supervisor.get(`/api/reports?unit=KHONG.CO&${PERIOD}`);
    expect(unknown.statusCode).toBe(404);
  });

  it('POST /api/reports/docx puts the edited paragraphs, number and signature into the DOCX', async () => {
    const response = await leader.post('/api/reports/docx', {
      unit: WARD,
      from: '2026-02-15',
      to: '2026-03-11',
      asOf: '2026-03-12T00:00',
      number: '15/BC-TTPVHCC',
      date: '2026-03-12',
      sections: { 'danh-gia': ['Trung tâm đã hoàn thành tốt nhiệm vụ trong kỳ.'] },
      signature: { titleLines: ['GIÁM ĐỐC'], name: 'Phạm Văn Long' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(response.rawPayload);
    for (const expected of ['Trung tâm đã hoàn thành tốt nhiệm vụ trong kỳ.', 'Số: 15/BC-TTPVHCC', 'Phạm Văn Long', 'Gia Viên, ngày 12 tháng 3 năm 2026', '91,79%', '1.913']) {
      expect(text, expected).toContain(expected);
    }
    const bad = await leader.post('/api/reports/docx', { unit: WARD, from: '2026-02-15', to: '2026-03-11', sections: { 'khong-co': ['x'] } });
    expect(bad.statusCode).toBe(400);
  });

  it('GET /api/reports/xlsx gives the tables, read back by exceljs', async () => {
    const response = await leader.get(`/api/reports/xlsx?unit=${WARD}&${PERIOD}`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Số liệu', 'Biểu II.06a theo lĩnh vực', 'Chỉ số 766', 'Hồ sơ quá hạn']));
    const sheet = workbook.getWorksheet('Số liệu')!;
    expect(sheet.getRow(4).getCell(2).value).toBe(1913);
    // Rates are numbers with a percent format (a spreadsheet can compute with them), not text.
    const rates: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('Tỷ lệ')) rates.push(row.getCell(2));
    });
    expect(rates.length).toBeGreaterThan(3);
    for (const cell of rates.filter((c) => c.value !== '-')) {
      expect(typeof cell.value, String(cell.address)).toBe('number');
      expect(cell.numFmt).toBe('0.00%');
    }
    // Named for people: the period and the place, ASCII, with the RFC 5987 name beside it.
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="bao-cao-tu-ngay-15-02-2026-den-ngay-11-3-2026-phuong-gia-vien.xlsx"; filename*=UTF-8''bao-cao-tu-ngay-15-02-2026-den-ngay-11-3-2026-phuong-gia-vien.xlsx`,
    );
  });

  it('documents the routes in the OpenAPI description', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys((response.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/reports', '/api/reports/form-ii06a', '/api/reports/service-index', '/api/reports/docx', '/api/reports/xlsx']));
  });
});
