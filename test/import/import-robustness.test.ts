/**
 * Issue 12 §2, §4 (cancel) and §7 on PGlite and PostgreSQL: one bad cell refuses its row only
 * (a NUL byte, an amount beyond what a number holds, a value the database refuses); a failure of
 * the database leaves a short Vietnamese job message and a log line without any row's data;
 * dossier codes with slashes, "..", control or invisible characters are rejected rows; an import
 * asked to stop ends at a batch boundary, keeping what was committed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { readErrorReportRows } from '../../src/features/imports/error-report.ts';
import { ImportFailedError, importFile } from '../../src/features/imports/import-file.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { getImportJob, requestJobCancel } from '../../src/features/imports/imports.store.ts';
import { dossiers } from '../../src/platform/db/schema.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { createTestApp, WARD } from '../support/api.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit } from '../support/db-fixtures.ts';
import { endedJob, uploadImport } from '../support/imports.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-import-robust-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 9 * 60;
const CONSOLE = { scope: 'all', importedBy: { kind: 'console', account: 'kiem-thu' } } as const;

const HEADER = 'Mã hồ sơ,Tên thủ tục,Chủ hồ sơ,Số CCCD,Số điện thoại,Ngày tiếp nhận,Trạng thái,"Phí, lệ phí"';
/** Six citizens with their CCCD and phone: none may appear in a job message or a log line. */
const PEOPLE = Array.from({ length: 6 }, (_, i) => ({ name: `Công Dân Số ${i + 1}`, idNumber: `03119000${4500 + i}`, phone: `091234${5670 + i}` }));

function csv(prefix: string, change: (cells: string[], index: number) => void = () => undefined): string {
  const lines = PEOPLE.map((person, i) => {
    const cells = [`${prefix}-${i + 1}`, 'Thủ tục đăng ký khai sinh', person.name, person.idNumber, person.phone, '23/11/2026 08:00', 'Đang xử lý', '"8.000"'];
    change(cells, i);
    return cells.join(',');
  });
  return `\ufeff${[HEADER, ...lines].join('\r\n')}\r\n`;
}

forEachDriver('import robustness', (getDb) => {
  let ctx: AppContext;
  let unit: string;
  const write = (name: string, content: string): string => {
    const filePath = path.join(tmp, `${getDb().driver}-${name}`);
    fs.writeFileSync(filePath, content);
    return filePath;
  };
  const codesOf = async (prefix: string): Promise<string[]> =>
    (await ctx.db.select({ code: dossiers.code }).from(dossiers).where(sql`${dossiers.code} LIKE ${`${unit}-${prefix}-%`}`).orderBy(dossiers.code)).map((r) => r.code);

  beforeAll(async () => {
    const { db, driver } = getDb();
    ctx = { db, driver, config: configFromEnvironment({ MOTCUA_DATA_DIR: path.join(tmp, 'data') }), calendars: new CalendarService(db), now: () => NOW };
    unit = await insertUnit(db, { code: '000.77.24.H24', name: 'Phường Thử Lỗi' });
  });

  it('a NUL byte in a cell refuses its row only, naming the column', async () => {
    const result = await importFile(ctx, { ...CONSOLE, filePath: write('nul.csv', csv('NUL', (cells, i) => i === 3 && (cells[2] = 'Công Dân\u0000 Số 4'))), source: 'so-cu', unitCode: unit });
    expect(result).toMatchObject({ rows: 6, created: 5, rejected: 1 });
    expect(await readErrorReportRows(ctx.db, result.jobId)).toEqual([
      { row: 5, column: 'Chủ hồ sơ', value: 'Công Dân\ufffd Số 4', reason: 'ô có ký tự NUL (mã 0) hoặc ký tự Unicode hỏng, không lưu được; hãy xóa ký tự đó trong tệp' },
    ]);
    expect(await codesOf('NUL')).toEqual([1, 2, 3, 5, 6].map((n) => `${unit}-NUL-${n}`));
    expect(await getImportJob(ctx.db, result.jobId)).toMatchObject({ status: 'done', message: null });
  });

  it('an amount beyond what a number holds refuses its row only', async () => {
    const result = await importFile(ctx, { ...CONSOLE, filePath: write('fee.csv', csv('FEE', (cells, i) => i === 0 && (cells[7] = '99999999999999999999'))), source: 'so-cu', unitCode: unit });
    expect(result).toMatchObject({ rows: 6, created: 5, rejected: 1 });
    expect(await readErrorReportRows(ctx.db, result.jobId)).toEqual([expect.objectContaining({ row: 2, column: 'Phí, lệ phí', reason: 'số tiền quá lớn' })]);
  });

  describe('when the database refuses', () => {
    afterEach(async () => {
      await ctx.db.execute(sql.raw('DROP TRIGGER IF EXISTS motcua_test_refuse ON dossiers'));
      await ctx.db.execute(sql.raw('DROP FUNCTION IF EXISTS motcua_test_refuse()'));
    });
    /** A trigger refusing new dossiers whose code contains `marker`, with the given SQLSTATE. */
    const refuse = async (marker: string, state: string): Promise<void> => {
      await ctx.db.execute(
        sql.raw(`CREATE FUNCTION motcua_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'từ chối để kiểm thử' USING ERRCODE = '${state}'; END $$`),
      );
      await ctx.db.execute(sql.raw(`CREATE TRIGGER motcua_test_refuse BEFORE INSERT ON dossiers FOR EACH ROW WHEN (NEW.code LIKE '%${marker}%') EXECUTE FUNCTION motcua_test_refuse()`));
    };

    it('a row whose data the database refuses (SQLSTATE 22…) is rejected alone; the others are kept', async () => {
      await refuse('BAD-4', '22023');
      const result = await importFile(ctx, { ...CONSOLE, filePath: write('data.csv', csv('BAD')), source: 'so-cu', unitCode: unit });
      expect(result).toMatchObject({ rows: 6, created: 5, rejected: 1 });
      expect(await readErrorReportRows(ctx.db, result.jobId)).toEqual([
        { row: 5, column: '', value: '', reason: 'dữ liệu của dòng này không lưu được vào cơ sở dữ liệu (mã lỗi 22023); hãy kiểm tra các ô của dòng' },
      ]);
      expect(await codesOf('BAD')).toHaveLength(5);
      expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
    });

    it('a failed import keeps a short Vietnamese message, without any row’s CCCD or phone', async () => {
      await refuse('FAIL-', 'P0001');
      const failure = await importFile(ctx, { ...CONSOLE, filePath: write('fail.csv', csv('FAIL')), source: 'so-cu', unitCode: unit }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ImportFailedError);
      const error = failure as ImportFailedError;
      expect(error).toMatchObject({ code: 'P0001', errorClass: expect.any(String) });
      const job = await getImportJob(ctx.db, error.jobId);
      expect(job).toMatchObject({ status: 'failed', message: 'Lỗi khi ghi vào cơ sở dữ liệu (mã lỗi P0001).' });
      for (const text of [error.message, job!.message!]) {
        for (const person of PEOPLE) {
          expect(text).not.toContain(person.idNumber);
          expect(text).not.toContain(person.phone);
        }
        expect(text).not.toMatch(/insert|select|params/i);
      }
    });

    it('over HTTP, the job message and the server log hold no row’s data', async () => {
      let log = '';
      const logStream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          log += chunk.toString('utf8');
          done();
        },
      });
      const t = await createTestApp(getDb(), { logStream });
      try {
        await refuse('HTTP-', 'P0001');
        const admin = await t.login('admin');
        const started = await uploadImport(t, admin, { bytes: Buffer.from(csv('HTTP')), name: 'xuat.csv' }, { source: 'so-cu', unitCode: WARD });
        expect(started.statusCode, started.body).toBe(202);
        const job = await endedJob(admin, started.json<{ id: string; status: string; message: string | null }>());
        const id = job.id;
        expect(job).toMatchObject({ status: 'failed', message: 'Lỗi khi ghi vào cơ sở dữ liệu (mã lỗi P0001).' });
        await expect.poll(() => log.includes('"msg":"import failed"')).toBe(true);
        const line = log.split('\n').find((l) => l.includes('"msg":"import failed"'))!;
        expect(JSON.parse(line)).toMatchObject({ jobId: id, code: 'P0001' });
        for (const person of PEOPLE) {
          expect(log).not.toContain(person.idNumber);
          expect(log).not.toContain(person.phone);
        }
      } finally {
        await t.close();
      }
    });
  });

  it('dossier codes with slashes, "..", control or invisible characters are rejected rows', async () => {
    const bad = ['CODE/1', 'CODE\\2', 'CODE..3', 'CODE\u00074', 'CODE\u202e5', 'CODE\u200b6'];
    const content = `${HEADER}\r\n${[...bad, 'CODE-7'].map((code) => `"${code}",Thủ tục đăng ký khai sinh,Công Dân,,,23/11/2026 08:00,Đang xử lý,`).join('\r\n')}\r\n`;
    const result = await importFile(ctx, { ...CONSOLE, filePath: write('codes.csv', content), source: 'so-cu', unitCode: unit });
    expect(result).toMatchObject({ rows: 7, created: 1, rejected: 6 });
    const reasons = (await readErrorReportRows(ctx.db, result.jobId)).map((r) => [r.row, r.column, r.reason]);
    expect(reasons).toEqual([
      [2, 'Mã hồ sơ', 'mã hồ sơ không được chứa dấu gạch chéo (/ hoặc \\)'],
      [3, 'Mã hồ sơ', 'mã hồ sơ không được chứa dấu gạch chéo (/ hoặc \\)'],
      [4, 'Mã hồ sơ', 'mã hồ sơ không được chứa hai dấu chấm liền nhau (..)'],
      [5, 'Mã hồ sơ', 'mã hồ sơ chứa ký tự điều khiển (không in được, ví dụ ký tự tab hoặc xuống dòng)'],
      [6, 'Mã hồ sơ', 'mã hồ sơ chứa ký tự vô hình hoặc ký tự đổi chiều văn bản (có thể làm mã hiển thị thành mã khác)'],
      [7, 'Mã hồ sơ', 'mã hồ sơ chứa ký tự vô hình hoặc ký tự đổi chiều văn bản (có thể làm mã hiển thị thành mã khác)'],
    ]);
    expect(await codesOf('CODE')).toEqual([`${unit}-CODE-7`]);
  });

  it('an import asked to stop ends at a batch boundary, keeping the committed batches', async () => {
    let jobId = '';
    const rows = Array.from({ length: 10 }, (_, i) => `STOP-${i + 1},Thủ tục đăng ký khai sinh,Công Dân,,,23/11/2026 08:00,Đang xử lý,`);
    const result = await importFile(ctx, {
      ...CONSOLE,
      filePath: write('stop.csv', `${HEADER}\r\n${rows.join('\r\n')}\r\n`),
      source: 'so-cu',
      unitCode: unit,
      batchRows: 2,
      onJob: (id) => {
        jobId = id;
      },
      // Once the first batch is committed, as POST /api/imports/{id}/cancel would. Batch 2 is
      // already planned by then and is committed; batch 3 sees the request and stops.
      onProgress: async (progress) => {
        if (progress.rows === 2) await requestJobCancel(ctx.db, jobId);
      },
    });
    expect(result).toMatchObject({ cancelled: true, rows: 4, created: 4, rejected: 0 });
    expect(await codesOf('STOP')).toEqual([1, 2, 3, 4].map((n) => `${unit}-STOP-${n}`));
    expect(await getImportJob(ctx.db, jobId)).toMatchObject({ status: 'cancelled', rows: 4, message: 'Đã hủy theo yêu cầu; các lô đã ghi trước khi hủy được giữ nguyên.' });
    expect(await verifyAuditChain(ctx.db)).toMatchObject({ ok: true });
  });
});
