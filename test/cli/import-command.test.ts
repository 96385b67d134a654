/**
 * `motcua import` as a user runs it (a child process of bin/motcua.js): the --json summary
 * contract, the created unit, the error report file, and recovery from a SIGKILL in the
 * middle of an import — on PGlite (data folder) and on PostgreSQL (DATABASE_URL).
 */
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { describeOnPostgres, createEmptyPostgresDatabase } from '../support/db.ts';
import { writeCsv, type GeneratedRow } from '../support/import-files.ts';
import { writeHugeCellXlsx } from '../support/xlsx-bombs.ts';

const BIN = fileURLToPath(new URL('../../bin/motcua.js', import.meta.url));
const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-import-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const UNIT = '000.42.24.H24';
const ROWS = 5000;

function rows(count: number): GeneratedRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const returned = i % 3 === 0;
    return {
      code: `2603${day}-${String(i).padStart(5, '0')}`,
      procedureCode: '1.001193',
      applicant: `Nguyễn Thị ${i}`,
      receivedAt: `${day}/03/2026 08:${String(i % 60).padStart(2, '0')}`,
      status: returned ? 'Đã trả kết quả' : 'Đang xử lý',
      ...(returned ? { resultAt: `${day}/03/2026 15:00`, returnedAt: `${day}/03/2026 16:00` } : {}),
      fee: '8.000',
    };
  });
}

const bigFile = path.join(tmp, 'xuat-5000.csv');
writeCsv(bigFile, rows(ROWS));

/** A 400 KB XLSX holding one 400 MB shared string (issue 12 §4), written once. */
let bomb: Promise<string> | undefined;
const bombFile = (): Promise<string> => (bomb ??= writeHugeCellXlsx(path.join(tmp, 'bom.xlsx'), 400 * 2 ** 20, 'shared').then(() => path.join(tmp, 'bom.xlsx')));

/** `motcua import` of the bomb: refused in Vietnamese, exit 1, nothing imported. */
async function refusesBomb(dataDir: string, databaseUrl?: string): Promise<void> {
  const outcome = await motcua(['import', await bombFile(), '--source', 'bom', '--unit', UNIT, '--data', dataDir, '--json'], databaseUrl);
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toContain('Tệp XLSX có bảng chuỗi dùng chung (xl/sharedStrings.xml) khi giải nén là 401 MB, vượt giới hạn 100 MB.');
  expect(outcome.stderr).not.toMatch(/at .*\.ts:\d+/);
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function environment(databaseUrl?: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

async function motcua(args: string[], databaseUrl?: string): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: environment(databaseUrl), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Starts an import and SIGKILLs it once it has committed its first batch (a progress line). */
function importKilledMidway(args: string[], databaseUrl?: string): Promise<{ killedAfter: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: environment(databaseUrl), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const line = /Đã ghi [\d.]+ dòng[^\n]*\n/.exec(stderr);
      if (line && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve({ killedAfter: stderr });
      else reject(new Error(`the import ended before it could be killed (code ${code}): ${stderr}`));
    });
  });
}

async function counts(handle: DatabaseHandle): Promise<{ dossiers: number; events: number; distinctCodes: number }> {
  const result = (await handle.db.execute(
    sql`select (select count(*)::int from dossiers) as dossiers, (select count(*)::int from dossier_events) as events, (select count(distinct dossier_code)::int from dossier_events) as "distinctCodes"`,
  )) as unknown as { rows: Array<{ dossiers: number; events: number; distinctCodes: number }> };
  return result.rows[0]!;
}

/** Rows → events of a clean import: received (+ result_ready + result_returned) (+ forwarded). */
const EXPECTED_EVENTS = rows(ROWS).reduce((sum, row) => sum + (row.status === 'Đã trả kết quả' ? 3 : 2), 0);

describe('motcua import [pglite]', () => {
  const data = path.join(tmp, 'data');

  it('prints the --json summary, creates the missing unit and writes the error report', async () => {
    const small = path.join(tmp, 'nho.csv');
    writeCsv(small, [...rows(3), { code: '260301-99999', procedureCode: '1.001193', applicant: 'Lỗi Ngày', receivedAt: '32/03/2026', status: 'Đang xử lý' }]);
    const outcome = await motcua(['import', small, '--source', 'he-thong-cu', '--unit', '000.43.24.H24', '--unit-name', 'Xã Thử Nghiệm', '--data', path.join(tmp, 'data-small'), '--json']);
    expect(outcome.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(outcome.code).toBe(0);
    const summary = JSON.parse(outcome.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ rows: 4, created: 3, updated: 0, unchanged: 0, rejected: 1, unitCreated: '000.43.24.H24' });
    const report = fs.readFileSync(summary.errorReport as string, 'utf8');
    expect(report).toContain('Dòng,Cột,Giá trị,Lý do');
    expect(report).toContain('5,Ngày tiếp nhận,32/03/2026,ngày 32/3/2026 không tồn tại');

    const again = await motcua(['import', small, '--source', 'he-thong-cu', '--unit', '000.43.24.H24', '--data', path.join(tmp, 'data-small'), '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ rows: 4, created: 0, updated: 0, unchanged: 3, rejected: 1 });
  });

  it('refuses a file that would expand beyond the limits, in Vietnamese', async () => {
    await refusesBomb(path.join(tmp, 'data-bom'));
  });

  it('--as-of dates the undated status changes of an old export; the --json summary keeps its shape (issue 14)', async () => {
    const file = path.join(tmp, 'bo-sung.csv');
    writeCsv(file, [{ code: '260920-00001', procedureCode: '1.001193', applicant: 'Lê Văn Cũ', receivedAt: '20/09/2026 08:00', status: 'Yêu cầu bổ sung' }]);
    const dataDir = path.join(tmp, 'data-as-of');
    const args = ['import', file, '--source', 'dvc-cu', '--unit', UNIT, '--data', dataDir, '--json'];
    const wrong = await motcua([...args, '--as-of', '31/02/2026']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--as-of "31/02/2026": ngày 31/2/2026 không tồn tại');
    const future = await motcua([...args, '--as-of', '01/01/2099']);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('thời điểm trong tương lai');
    const outcome = await motcua([...args, '--as-of', '30/09/2026 17:00']);
    expect(outcome.code, outcome.stderr).toBe(0);
    const summary = JSON.parse(outcome.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ rows: 1, created: 1, updated: 0, unchanged: 0, rejected: 0 });
    expect(Object.keys(summary).sort()).toEqual(['created', 'jobId', 'rejected', 'rows', 'unchanged', 'unitCreated', 'updated']);
    const handle = await openDatabase({ database: { driver: 'pglite', dataDir } });
    try {
      const answer = (await handle.db.execute(sql`select at from dossier_events where type = 'supplement_requested'`)) as unknown as { rows: Array<{ at: Date | string }> };
      expect(answer.rows.map((r) => new Date(r.at).toISOString())).toEqual(['2026-09-30T10:00:00.000Z']);
    } finally {
      await handle.close();
    }
  }, 240_000);

  it('refuses a missing --source in Vietnamese', async () => {
    const outcome = await motcua(['import', bigFile, '--data', data]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('Thiếu tùy chọn bắt buộc');
  });

  it('killed with SIGKILL mid-import, a rerun loses nothing and duplicates nothing', async () => {
    const args = ['import', bigFile, '--source', 'dvc', '--unit', UNIT, '--data', data];
    const killed = await importKilledMidway(args);
    expect(killed.killedAfter).toMatch(/Đã ghi [\d.]+ dòng/);
    const rerun = await motcua([...args, '--json']);
    expect(rerun.code).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { rows: number; created: number; unchanged: number; updated: number; rejected: number };
    expect(summary.rows).toBe(ROWS);
    expect(summary.rejected).toBe(0);
    expect(summary.unchanged).toBeGreaterThanOrEqual(1000);
    expect(summary.created + summary.unchanged).toBe(ROWS);

    const handle = await openDatabase({ database: { driver: 'pglite', dataDir: data } });
    try {
      expect(await counts(handle)).toEqual({ dossiers: ROWS, events: EXPECTED_EVENTS, distinctCodes: ROWS });
      expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, checked: EXPECTED_EVENTS });
    } finally {
      await handle.close();
    }
  });
});

describeOnPostgres('motcua import', (baseUrl) => {
  describe('motcua import [postgres]', () => {
    it('refuses a file that would expand beyond the limits, in Vietnamese', async () => {
      const database = await createEmptyPostgresDatabase(baseUrl);
      try {
        await refusesBomb(path.join(tmp, 'data-pg-bom'), database.url);
      } finally {
        await database.drop();
      }
    });

    it('killed with SIGKILL mid-import, a rerun loses nothing and duplicates nothing', async () => {
      const database = await createEmptyPostgresDatabase(baseUrl);
      try {
        const args = ['import', bigFile, '--source', 'dvc', '--unit', UNIT, '--data', path.join(tmp, 'data-pg')];
        await importKilledMidway(args, database.url);
        const rerun = await motcua([...args, '--json'], database.url);
        expect(rerun.code).toBe(0);
        const summary = JSON.parse(rerun.stdout) as { rows: number; created: number; unchanged: number; rejected: number };
        expect(summary).toMatchObject({ rows: ROWS, rejected: 0 });
        expect(summary.unchanged).toBeGreaterThanOrEqual(1000);
        expect(summary.created + summary.unchanged).toBe(ROWS);
        const handle = await openDatabase({ database: { driver: 'postgres', url: database.url } });
        try {
          expect(await counts(handle)).toEqual({ dossiers: ROWS, events: EXPECTED_EVENTS, distinctCodes: ROWS });
          expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true, checked: EXPECTED_EVENTS });
        } finally {
          await handle.close();
        }
      } finally {
        await database.drop();
      }
    });
  });
});
