/**
 * File imports on PGlite and PostgreSQL: the tracking-book and portal layouts, malformed rows,
 * re-import idempotency, a newer export, two sources merged, and the error report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { importFile } from '../../src/features/imports/import-file.ts';
import { readErrorReportRows } from '../../src/features/imports/error-report.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { loadDossierEvents } from '../../src/platform/events/event-store.ts';
import { dossierEvents, dossiers } from '../../src/platform/db/schema.ts';
import { dayNumberFromYmd, isoLocalDateTime, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit } from '../support/db-fixtures.ts';
import { excelDate, excelSerial, writeCsv, writeXlsx, type GeneratedRow } from '../support/import-files.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-import-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string) => path.join(tmp, name);
const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 9 * 60;

/** As `motcua import` runs it: every unit in scope, the console's account recorded. */
const CONSOLE = { scope: 'all', importedBy: { kind: 'console', account: 'kiem-thu' } } as const;

const BIRTH = { procedureCode: '1.001193', procedureName: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch' };

forEachDriver('import of files', (getDb) => {
  let ctx: AppContext;
  let unit: string;
  beforeAll(async () => {
    const { db, driver } = getDb();
    ctx = { db, driver, config: configFromEnvironment({ MOTCUA_DATA_DIR: path.join(tmp, 'data') }), calendars: new CalendarService(db), now: () => NOW };
    unit = await insertUnit(db, { code: '000.01.24.H24', name: 'Phường Gia Viên' });
  });

  const stateOf = async (code: string): Promise<DossierState> => {
    const [row] = await ctx.db.select({ state: dossiers.state, source: dossiers.source }).from(dossiers).where(eq(dossiers.code, code));
    if (!row) throw new Error(`no dossier ${code}`);
    return row.state as DossierState;
  };

  it('imports the tracking-book layout (title lines, merged two-level header, column numbers, blank rows)', async () => {
    const rows: GeneratedRow[] = [
      { code: '260301-0001', ...BIRTH, applicant: 'Nguyễn Văn An', receivedAt: '02/03/2026 08:30', dueAt: '02/03/2026', status: 'Đang xử lý', department: 'Phòng Văn hóa - Xã hội', note: 'ưu tiên' },
      { code: '260301-0002', ...BIRTH, applicant: 'Trần Thị Bình', receivedAt: excelDate(2026, 3, 2, 9, 0), resultAt: excelDate(2026, 3, 2, 14, 0), returnedAt: excelSerial(2026, 3, 3, 8, 15), status: 'Đã trả kết quả' },
      { code: '260301-0003', procedureName: 'Chứng thực bản sao từ bản chính', applicant: 'Lê Văn Cường', receivedAt: '31/02/2026', status: 'Đang xử lý' },
    ];
    await writeXlsx(file('book.xlsx'), 'tracking-book', rows, { blankEvery: 2 });
    const result = await importFile(ctx, { ...CONSOLE, filePath: file('book.xlsx'), source: 'so-theo-doi', unitCode: unit, batchRows: 2 });
    expect(result).toMatchObject({ rows: 3, created: 2, updated: 0, unchanged: 0, rejected: 1 });
    expect(result.mapping.columns.filter((c) => c.field).map((c) => c.field)).toEqual(
      expect.arrayContaining(['code', 'procedureName', 'applicantName', 'applicantAddress', 'department', 'receivedAt', 'dueAt', 'resultAt', 'returnedAt', 'status']),
    );
    expect(result.mapping.extraColumns).toEqual(expect.arrayContaining(['Ghi chú', 'Số lượng hồ sơ (bộ)']));

    const first = await stateOf(`${unit}-260301-0001`);
    expect(first).toMatchObject({ status: 4, source: 'so-theo-doi', procedureCode: '1.001193', departmentCode: 'Phòng Văn hóa - Xã hội' });
    expect(isoLocalDateTime(first.receivedAt!)).toBe('2026-03-02T08:30');
    const second = await stateOf(`${unit}-260301-0002`);
    expect(second).toMatchObject({ status: 10, endKind: 'processed' });
    expect(isoLocalDateTime(second.returnedAt!)).toBe('2026-03-03T08:15');
    expect(isoLocalDateTime(second.resultReadyAt!)).toBe('2026-03-02T14:00');

    const events = await loadDossierEvents(ctx.db, `${unit}-260301-0001`);
    expect(events.every((e) => e.source === 'so-theo-doi')).toBe(true);
    // motcua import names the console account that ran it (issue 12).
    expect(events.map((e) => (e.payload as { importedBy?: unknown }).importedBy)).toEqual(events.map(() => CONSOLE.importedBy));
    expect((events[0]!.payload as { imported: { extra: Record<string, string> } }).imported.extra).toMatchObject({ 'Ghi chú': 'ưu tiên' });

    const report = await readErrorReportRows(ctx.db, result.jobId);
    expect(report).toEqual([expect.objectContaining({ column: 'Nhận hồ sơ', value: '31/02/2026', reason: expect.stringContaining('không tồn tại') })]);
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
  });

  it('imports a portal CSV export, and the same file again changes nothing', async () => {
    const rows: GeneratedRow[] = [
      { code: `${'000.01.24.H24'}-260305-0001`, ...BIRTH, applicant: 'Phạm Văn Dũng', channel: 'Trực tuyến', receivedAt: '05/03/2026 10:00', status: 'Yêu cầu bổ sung', fee: '8.000', paidOnline: 'Có' },
      { code: '260305-0002', procedureCode: '1.001193.000.00.00.H24', applicant: 'Hoàng Thị Em', channel: 'Bưu chính', receivedAt: '2026-03-05T10:30', dueAt: '10/03/2026 16:00', status: 'Đang xử lý', fee: '1.500.000 đ' },
      { code: '260305-0002', procedureCode: '1.001193', applicant: 'Hoàng Thị Em', channel: 'Bưu chính', receivedAt: '2026-03-05T10:30', status: 'Đang xử lý' },
      { code: '260305-0003', procedureCode: '9.999999', procedureName: 'Thủ tục của hệ thống bộ ngành', field: 'Đất đai', applicant: 'Vũ Văn Giang', receivedAt: '05/03/2026', dueAt: '20/03/2026', status: 'Dừng xử lý', resultAt: '06/03/2026 09:00' },
      { code: '260305-0004', ...BIRTH, applicant: 'Đỗ Văn Hải', receivedAt: '05/03/2026 11:00', fee: '12,5', status: 'Đang xử lý' },
      { code: '260305-0005', ...BIRTH, applicant: 'Ngô Thị Lan', receivedAt: '05/03/2026 11:00', status: 'Đã trả kết quả' },
    ];
    writeCsv(file('portal.csv'), rows, { delimiter: ';' });
    const first = await importFile(ctx, { ...CONSOLE, filePath: file('portal.csv'), source: 'dvc-quocgia', unitCode: unit });
    expect(first).toMatchObject({ rows: 6, created: 3, unchanged: 1, rejected: 2 });
    const reasons = await readErrorReportRows(ctx.db, first.jobId);
    expect(reasons.map((r) => [r.row, r.column])).toEqual([
      [6, 'Phí, lệ phí (đồng)'],
      [7, 'Ngày có kết quả / kết thúc xử lý'],
    ]);

    const supplement = await stateOf(`${unit}-260305-0001`);
    expect(supplement).toMatchObject({ status: 5, channel: 'online', feeAmount: 8000, paidOnline: true });
    const post = await stateOf(`${unit}-260305-0002`);
    expect(post).toMatchObject({ channel: 'post', feeAmount: 1_500_000, status: 4 });
    expect(isoLocalDateTime(post.legalDueAt!)).toBe('2026-03-10T16:00');
    const foreign = await stateOf(`${unit}-260305-0003`);
    expect(foreign).toMatchObject({ status: 8, procedureCode: '9.999999', field: 'Đất đai', endKind: 'stopped' });
    expect(isoLocalDateTime(foreign.legalDueAt!)).toBe('2026-03-20T17:00');

    const eventsBefore = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(dossierEvents);
    const again = await importFile(ctx, { ...CONSOLE, filePath: file('portal.csv'), source: 'dvc-quocgia', unitCode: unit });
    expect(again).toMatchObject({ rows: 6, created: 0, updated: 0, unchanged: 4, rejected: 2 });
    const eventsAfter = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(dossierEvents);
    expect(eventsAfter[0]!.n).toBe(eventsBefore[0]!.n);
  });

  it('a newer export moves dossiers forward with events; an older one changes nothing', async () => {
    const newer: GeneratedRow[] = [
      { code: '260305-0001', ...BIRTH, applicant: 'Phạm Văn Dũng', receivedAt: '05/03/2026 10:00', resultAt: '09/03/2026 15:00', status: 'Đã có kết quả' },
      { code: '260305-0002', procedureCode: '1.001193', applicant: 'Hoàng Thị Em', receivedAt: '05/03/2026 10:30', dueAt: '12/03/2026 16:00', status: 'Đang xử lý' },
    ];
    writeCsv(file('portal-newer.csv'), newer);
    const result = await importFile(ctx, { ...CONSOLE, filePath: file('portal-newer.csv'), source: 'dvc-quocgia', unitCode: unit });
    expect(result).toMatchObject({ rows: 2, created: 0, updated: 2, unchanged: 0, rejected: 0 });
    const processed = await stateOf(`${unit}-260305-0001`);
    expect(processed).toMatchObject({ status: 9, endKind: 'processed' });
    const types = (await loadDossierEvents(ctx.db, `${unit}-260305-0001`)).map((e) => e.type);
    expect(types).toEqual(['received', 'fee_paid', 'supplement_requested', 'supplement_received', 'result_ready']);
    const extended = await stateOf(`${unit}-260305-0002`);
    expect(isoLocalDateTime(extended.appointmentDueAt!)).toBe('2026-03-12T16:00');
    expect(isoLocalDateTime(extended.legalDueAt!)).toBe('2026-03-10T16:00');

    const older = await importFile(ctx, { ...CONSOLE, filePath: file('portal.csv'), source: 'dvc-quocgia', unitCode: unit });
    expect(older).toMatchObject({ created: 0, updated: 0, rejected: 2 });
    expect((await stateOf(`${unit}-260305-0001`)).status).toBe(9);
  });

  it('merges the same dossier from two sources (with and without the unit prefix), counted once', async () => {
    writeCsv(file('a.csv'), [{ code: '260310-0007', ...BIRTH, applicant: 'Mai Văn Khánh', receivedAt: '10/03/2026 08:00', status: 'Đang xử lý' }]);
    writeCsv(file('b.csv'), [{ code: `${unit}-260310-0007`, ...BIRTH, applicant: 'Mai Văn Khánh', receivedAt: '10/03/2026 08:00', returnedAt: '12/03/2026 10:00', status: 'Đã trả kết quả' }]);
    const a = await importFile(ctx, { ...CONSOLE, filePath: file('a.csv'), source: 'he-thong-a', unitCode: unit });
    const b = await importFile(ctx, { ...CONSOLE, filePath: file('b.csv'), source: 'he-thong-b', unitCode: unit });
    expect(a).toMatchObject({ created: 1 });
    expect(b).toMatchObject({ created: 0, updated: 1 });
    const rows = await ctx.db.select({ code: dossiers.code, source: dossiers.source, status: dossiers.status }).from(dossiers).where(sql`${dossiers.code} LIKE ${'%260310-0007'}`);
    expect(rows).toEqual([{ code: `${unit}-260310-0007`, source: 'he-thong-a', status: 10 }]);
    const events = await loadDossierEvents(ctx.db, `${unit}-260310-0007`);
    expect(events.map((e) => [e.type, e.source])).toEqual([
      ['received', 'he-thong-a'],
      ['forwarded', 'he-thong-a'],
      ['result_ready', 'he-thong-b'],
      ['result_returned', 'he-thong-b'],
    ]);
    // Source A again (older information): nothing changes.
    expect(await importFile(ctx, { ...CONSOLE, filePath: file('a.csv'), source: 'he-thong-a', unitCode: unit })).toMatchObject({ unchanged: 1, updated: 0 });
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
  });

  it('refuses a file without a recognizable header, in Vietnamese', async () => {
    fs.writeFileSync(file('garbage.csv'), 'a,b,c\n1,2,3\n');
    await expect(importFile(ctx, { ...CONSOLE, filePath: file('garbage.csv'), source: 'rac', unitCode: unit })).rejects.toThrow(/Không tìm thấy dòng tiêu đề/);
  });
});
