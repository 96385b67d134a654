/**
 * The leaders' overview (GET /api/overview), the counter's frequent procedures and the XLSX
 * export of the dossier list, on PGlite and PostgreSQL, read back with a real XLSX reader.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, START, WARD, type Session, type TestApp } from '../support/api.ts';
import { dayOf, MINUTES_PER_DAY, parseIsoLocalDateTime } from '../../src/domain/calendar/local-time.ts';

interface Overview {
  today: string;
  nextWorkingDay: string;
  receivedToday: number;
  inProgress: number;
  dueToday: number;
  dueNextWorkingDay: number;
  overdue: number;
  byDepartment: Array<{ code: string | null; name: string; inProgress: number; overdue: number }>;
  byOfficer: Array<{ id: string | null; name: string; inProgress: number; overdue: number }>;
}

async function readSheet(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

forEachDriver('overview and export', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let head: Session;
  let leader: Session;
  let due = 0;
  const codes: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, head, leader] = await Promise.all([t.login('counter'), t.login('head'), t.login('leader')]);
    for (const name of ['Nguyễn Thị Bình', 'Trần Văn An']) {
      const response = await counter.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', name, idNumber: '031190004567' } }));
      expect(response.statusCode, response.body).toBe(201);
      const detail = response.json() as { code: string; legalDueAt: string };
      codes.push(detail.code);
      due = parseIsoLocalDateTime(detail.legalDueAt.slice(0, 16))!;
    }
    const first = (await counter.get(`/api/dossiers/${codes[0]}`)).json() as { version: number };
    const forwarded = await counter.post(`/api/dossiers/${codes[0]}/forward`, { expectedVersion: first.version, to: 'tu-phap', assigneeId: t.userId('specialist') });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  async function overviewAt(now: number, session = leader): Promise<Overview> {
    t.setNow(now);
    const response = await session.get('/api/overview');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Overview;
  }

  it('counts what was received today and what is in progress, none late yet', async () => {
    const o = await overviewAt(START);
    expect(o).toMatchObject({ today: '2026-11-23', nextWorkingDay: '2026-11-25', receivedToday: 2, inProgress: 2, overdue: 0, dueToday: 0 });
    expect(o.byDepartment.map((d) => [d.code, d.inProgress])).toEqual(expect.arrayContaining([['tu-phap', 1], [null, 1]]));
    expect(o.byDepartment.find((d) => d.code === 'tu-phap')!.name).toBe('Phòng Văn hóa - Xã hội (Tư pháp, hộ tịch)');
  });

  it('moves the same dossiers through due on the next working day, due today and overdue', async () => {
    const { calendar } = await t.ctx.calendars.forUnit(WARD);
    let dayBefore = dayOf(due) - 1;
    while (!calendar.isWorkingDay(dayBefore)) dayBefore--;
    expect((await overviewAt(dayBefore * MINUTES_PER_DAY + 8 * 60)).dueNextWorkingDay).toBe(2);
    const dueDay = await overviewAt(dayOf(due) * MINUTES_PER_DAY + 7 * 60);
    expect([dueDay.dueToday, dueDay.overdue, dueDay.receivedToday]).toEqual([2, 0, 0]);
    const late = await overviewAt(due + 1);
    expect([late.overdue, late.dueToday]).toEqual([2, 0]);
    const officer = late.byOfficer.find((o) => o.id === t.userId('specialist'))!;
    expect(officer).toMatchObject({ name: 'Cán bộ tuphap.chuyenvien', inProgress: 1, overdue: 1 });
    expect(late.byOfficer.find((o) => o.id === null)).toMatchObject({ name: 'Chưa phân công', overdue: 1 });
  });

  it('lets a city supervisor see the ward, and nobody outside it', async () => {
    const supervisor = await t.login('supervisor');
    expect((await supervisor.get(`/api/overview?unitCode=${WARD}`)).statusCode).toBe(200);
    const other = await t.login('otherSupervisor');
    const refused = await other.get(`/api/overview?unitCode=${WARD}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ message: 'Bạn không có quyền xem tổng quan của đơn vị này.' });
  });

  it('ranks the procedures the unit receives most', async () => {
    t.setNow(START);
    const response = await counter.get('/api/catalog/frequent');
    expect(response.json()).toEqual({ items: [{ procedureCode: '1.004873', count: 2 }] });
  });

  it('exports the filtered list to XLSX with Vietnamese headers, the same rows as the list', async () => {
    t.setNow(START);
    const all = await counter.get('/api/dossiers/export.xlsx');
    expect(all.statusCode, all.body).toBe(200);
    expect(all.headers['content-type']).toContain('spreadsheetml');
    expect(all.headers['content-disposition']).toContain('danh-sach-ho-so.xlsx');
    const rows = await readSheet(all.rawPayload);
    expect(rows[0]!.slice(0, 3)).toEqual(['STT', 'Mã hồ sơ', 'Thủ tục']);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual([...codes].sort());
    expect(rows[1]![7]).toMatch(/^08:00 23\/11\/2026$/);

    const processing = await readSheet((await counter.get('/api/dossiers/export.xlsx?status=4')).rawPayload);
    expect(processing.slice(1).map((r) => [r[1], r[6]])).toEqual([[codes[0], 'Đang xử lý']]);
    const byName = await readSheet((await counter.get(`/api/dossiers/export.xlsx?q=${encodeURIComponent('tran van')}`)).rawPayload);
    expect(byName.slice(1).map((r) => r[4])).toEqual(['Trần Văn An']);
    // The department head sees only what reached the department.
    const headRows = await readSheet((await head.get('/api/dossiers/export.xlsx')).rawPayload);
    expect(headRows.slice(1).map((r) => r[1])).toEqual([codes[0]]);
    const bad = await counter.get('/api/dossiers/export.xlsx?status=abc');
    expect(bad.statusCode).toBe(400);
  });
});
