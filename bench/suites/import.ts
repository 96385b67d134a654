/**
 * Import (issue 6): rows per second of a 100.000-row XLSX export imported into PostgreSQL and
 * into PGlite (the whole path: streaming read, header matching, row parsing, merge planning,
 * fold, hash chain, multi-row inserts in batches of 1.000), beside exceljs's bare streaming
 * read of the very same file, measured in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import '../../src/features/imports/exceljs-utf8.ts';
import ExcelJS from 'exceljs';
import type { BenchRow, BenchSuite } from '../harness.ts';
import { benchPostgresUrl, freshPostgresDatabase } from '../harness.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { importFile } from '../../src/features/imports/import-file.ts';
import { readErrorReportRows } from '../../src/features/imports/error-report.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { writeXlsx, type GeneratedRow } from '../../test/support/import-files.ts';

const ROWS = Number(process.env.MOTCUA_BENCH_IMPORT_ROWS ?? 100_000);
const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 10 * 60;
const UNIT = '000.77.24.H24';
const STATUSES = ['Đang xử lý', 'Đã trả kết quả', 'Đã trả kết quả', 'Yêu cầu bổ sung', 'Đã trả kết quả', 'Dừng xử lý'];

function* generatedRows(count: number): Generator<GeneratedRow> {
  for (let i = 0; i < count; i++) {
    const day = 1 + (i % 28);
    const month = 1 + ((i >> 5) % 9);
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2026`;
    const status = STATUSES[i % STATUSES.length]!;
    const ended = status === 'Đã trả kết quả' || status === 'Dừng xử lý';
    yield {
      code: `2026${String(month).padStart(2, '0')}-${String(i).padStart(7, '0')}`,
      procedureCode: i % 4 === 0 ? '1.001193' : '1.004873',
      applicant: `Nguyễn Văn ${i}`,
      channel: i % 3 === 0 ? 'Trực tuyến' : 'Trực tiếp',
      receivedAt: `${date} 08:${String(i % 60).padStart(2, '0')}`,
      status,
      ...(ended ? { resultAt: `${date} 15:00`, returnedAt: status === 'Dừng xử lý' ? undefined : `${date} 16:30` } : {}),
      fee: i % 4 === 0 ? '8.000' : '0',
      note: `BC${i}`,
    };
  }
}

/** exceljs's bare streaming read: every row of the first sheet, nothing else. */
async function bareRead(file: string): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) if (row.values) rows++;
    break;
  }
  return rows;
}

async function importInto(handle: DatabaseHandle, file: string): Promise<{ rate: number; created: number }> {
  const ctx: AppContext = { db: handle.db, driver: handle.driver, config: configFromEnvironment({ MOTCUA_DATA_DIR: os.tmpdir() }), calendars: new CalendarService(handle.db), now: () => NOW };
  const started = performance.now();
  const result = await importFile(ctx, { filePath: file, source: 'bench', unitCode: UNIT, createUnit: { name: 'Xã đo hiệu năng' }, scope: 'all', importedBy: { kind: 'console', account: 'bench' } });
  const seconds = (performance.now() - started) / 1000;
  if (result.rejected > 0 || result.created !== ROWS) throw new Error(`bench import: ${JSON.stringify(await readErrorReportRows(handle.db, result.jobId))}`);
  return { rate: result.rows / seconds, created: result.created };
}

/**
 * PostgreSQL's own floor for the rows an import writes: the dossiers and events the import just
 * wrote, inserted again by `INSERT … SELECT` into empty tables with the same columns, checks,
 * indexes and keys. No client, no parsing, no Node, no hashing: the least the database spends on
 * them. Measured as written (every event of every dossier) and with one event per dossier, the
 * least history a dossier can have. Rows per second of the source file.
 */
async function postgresFloor(url: string, rows: number): Promise<{ asWritten: number; oneEvent: number; copyIn?: number }> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const timed = async (text: string): Promise<number> => {
    const started = performance.now();
    await client.query(text);
    return (performance.now() - started) / 1000;
  };
  const files: string[] = [];
  try {
    await client.query(`
      CREATE TABLE floor_dossiers (LIKE dossiers INCLUDING ALL);
      ALTER TABLE floor_dossiers ADD FOREIGN KEY (unit_code) REFERENCES units (code);
      CREATE TABLE floor_events (LIKE dossier_events INCLUDING ALL);
      ALTER TABLE floor_events ADD FOREIGN KEY (dossier_code) REFERENCES floor_dossiers (code);
      ALTER TABLE floor_events ADD FOREIGN KEY (unit_code) REFERENCES units (code);
      SELECT count(*) FROM dossiers; SELECT count(*) FROM dossier_events; CHECKPOINT;`);
    const run = async (dossiersFrom: string, eventsFrom: string): Promise<number> => {
      const seconds = (await timed(dossiersFrom)) + (await timed(eventsFrom));
      await client.query('TRUNCATE floor_events, floor_dossiers; CHECKPOINT');
      return rows / seconds;
    };
    const asWritten = await run('INSERT INTO floor_dossiers SELECT * FROM dossiers', 'INSERT INTO floor_events SELECT * FROM dossier_events');
    const oneEvent = await run('INSERT INTO floor_dossiers SELECT * FROM dossiers', 'INSERT INTO floor_events SELECT * FROM dossier_events WHERE seq = 1');
    // Rows coming from outside the database must be parsed from some input format: COPY from a
    // file on the server is the cheapest way in (no client, no network). Text and binary; the
    // faster counts. Needs a local superuser server (the bench's own); otherwise not measured.
    let copyIn: number | undefined;
    try {
      for (const format of ['text', 'binary']) {
        const [dossierFile, eventFile] = ['d', 'e'].map((name) => path.join(os.tmpdir(), `motcua-floor-${process.pid}-${name}.${format}`));
        files.push(dossierFile!, eventFile!);
        await client.query(`COPY (SELECT * FROM dossiers) TO '${dossierFile}' WITH (FORMAT ${format})`);
        await client.query(`COPY (SELECT * FROM dossier_events WHERE seq = 1) TO '${eventFile}' WITH (FORMAT ${format})`);
        const rate = await run(`COPY floor_dossiers FROM '${dossierFile}' WITH (FORMAT ${format})`, `COPY floor_events FROM '${eventFile}' WITH (FORMAT ${format})`);
        copyIn = Math.max(copyIn ?? 0, rate);
      }
    } catch {
      copyIn = undefined;
    }
    return { asWritten, oneEvent, ...(copyIn !== undefined ? { copyIn } : {}) };
  } finally {
    await client.query('DROP TABLE IF EXISTS floor_events, floor_dossiers').catch(() => undefined);
    await client.end();
    for (const file of files) fs.rmSync(file, { force: true });
  }
}

export const importSuite: BenchSuite = {
  name: 'import',
  description: `nhập tệp XLSX ${ROWS.toLocaleString('vi-VN')} dòng (bố cục cổng dịch vụ công) vào PostgreSQL và PGlite, so với đọc tuần tự trơn của exceljs trên cùng tệp`,
  async run(): Promise<BenchRow[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-bench-import-'));
    const file = path.join(dir, 'xuat-hs.xlsx');
    try {
      await writeXlsx(file, 'portal', generatedRows(ROWS));
      let started = performance.now();
      const read = await bareRead(file);
      const bareRate = read / ((performance.now() - started) / 1000);
      const rows: BenchRow[] = [];
      const url = await benchPostgresUrl();
      if (url) {
        const database = await freshPostgresDatabase(url, 'import');
        const handle = await openDatabase({ database: { driver: 'postgres', url: database.url } });
        try {
          const { rate } = await importInto(handle, file);
          rows.push({ figure: 'Nhập XLSX vào PostgreSQL', value: rate, unit: 'dòng/giây', baseline: 'exceljs đọc trơn cùng tệp', baselineValue: bareRate, ratio: rate / bareRate, target: '≥ 20.000 dòng/giây và ≥ 0,5 × đọc trơn', met: rate >= 20_000 && rate / bareRate >= 0.5 });
          const floor = await postgresFloor(database.url, ROWS);
          const reference = 'tham chiếu (không có mục tiêu riêng)';
          rows.push({ figure: 'Sàn PostgreSQL: INSERT … SELECT lại đúng các dòng vừa nhập (không phân tích, không Node)', value: floor.asWritten, unit: 'dòng/giây', baseline: 'exceljs đọc trơn cùng tệp', baselineValue: bareRate, ratio: floor.asWritten / bareRate, target: reference, met: true });
          rows.push({ figure: 'Sàn PostgreSQL, chỉ một sự kiện mỗi hồ sơ', value: floor.oneEvent, unit: 'dòng/giây', baseline: 'exceljs đọc trơn cùng tệp', baselineValue: bareRate, ratio: floor.oneEvent / bareRate, target: reference, met: true });
          if (floor.copyIn !== undefined) {
            rows.push({ figure: 'Sàn nạp vào PostgreSQL: COPY từ tệp ngay trên máy chủ, một sự kiện mỗi hồ sơ (không client, không Node)', value: floor.copyIn, unit: 'dòng/giây', baseline: 'exceljs đọc trơn cùng tệp', baselineValue: bareRate, ratio: floor.copyIn / bareRate, target: reference, met: true });
            // Every core doing nothing but that COPY: an upper bound for any import of these rows
            // on this machine, before reading a single cell of the file.
            const cores = os.availableParallelism();
            const ceiling = cores * floor.copyIn;
            rows.push({ figure: `Trần tuyệt đối: ${cores} lõi chỉ chạy COPY trên (không đọc tệp, không xử lý)`, value: ceiling, unit: 'dòng/giây', baseline: 'exceljs đọc trơn cùng tệp', baselineValue: bareRate, ratio: ceiling / bareRate, target: 'mục tiêu 20.000 dòng/giây chỉ có thể đạt trên máy này khi trần ≥ 20.000', met: ceiling >= 20_000 });
          }
        } finally {
          await handle.close();
          await database.drop();
        }
      }
      started = performance.now();
      const pgliteDir = path.join(dir, 'pglite');
      const pglite = await openDatabase({ database: { driver: 'pglite', dataDir: pgliteDir } });
      try {
        const { rate } = await importInto(pglite, file);
        rows.push({ figure: 'Nhập XLSX vào PGlite', value: rate, unit: 'dòng/giây', baseline: 'exceljs đọc trơn cùng tệp', baselineValue: bareRate, ratio: rate / bareRate, target: 'đo để so sánh (không có mục tiêu riêng)', met: true });
      } finally {
        await pglite.close();
      }
      return rows;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
