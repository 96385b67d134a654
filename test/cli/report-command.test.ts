/**
 * `motcua report` as a user runs it (a child process of bin/motcua.js) on a PGlite data folder
 * holding seed 004 written as event histories: the --json contract (`total`, `byField`), the
 * DOCX and XLSX files, progress on stderr, Vietnamese errors.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { appendNewDossiers } from '../../src/platform/events/event-store.ts';
import { units } from '../../src/platform/db/schema.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import { buildSeedHistories } from '../support/seed-histories.ts';
import { SEED_004_MONTH } from '../support/kpi-builders.ts';
import { storeInput } from '../support/report-histories.ts';

const BIN = fileURLToPath(new URL('../../bin/motcua.js', import.meta.url));
const run = promisify(execFile);
const UNIT = '000.04.24.H24';

async function motcua(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('motcua report', () => {
  let dataDir = '';
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-report-cli-'));
    const handle = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: dataDir }));
    try {
      await handle.db.insert(units).values({ code: UNIT, name: 'Trung tâm Phục vụ hành chính công phường Hưng Đạo', kind: 'ward' });
      const calendar = new WorkingCalendar({ schedule: yearSchedule });
      await appendNewDossiers(handle.db, storeInput(buildSeedHistories(SEED_004_MONTH, calendar, UNIT), calendar));
    } finally {
      await handle.close();
    }
  }, 120_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('prints one JSON object with the contract members and writes the DOCX and XLSX', async () => {
    const docx = path.join(dataDir, 'bao-cao.docx');
    const xlsx = path.join(dataDir, 'bao-cao.xlsx');
    const outcome = await motcua('report', '--unit', UNIT, '--from', '2026-01-17', '--to', '2026-02-13', '--as-of', '2026-02-14T00:00', '--data', dataDir, '--json', '--docx', docx, '--xlsx', xlsx);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).toContain('[6/6]');
    const lines = outcome.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const json = JSON.parse(lines[0]!) as {
      total: { received: Record<string, number>; resolved: Record<string, number>; inProgress: Record<string, number>; refused: number; withdrawn: number; supplementRequested: number };
      byField: Record<string, { received: { total: number } }>;
    };
    expect(json.total.received).toMatchObject({ total: 1024, carriedOver: 111, online: 913, inPerson: 0, post: 0 });
    expect(json.total.resolved).toMatchObject({ total: 945, early: 939, overdue: 6 });
    expect(json.total.inProgress).toMatchObject({ total: 72, withinDeadline: 72, overdue: 0 });
    expect({ refused: json.total.refused, withdrawn: json.total.withdrawn, supplementRequested: json.total.supplementRequested }).toEqual({ refused: 4, withdrawn: 3, supplementRequested: 0 });
    expect(Object.values(json.byField).reduce((sum, figures) => sum + figures.received.total, 0)).toBe(1024);
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const form = workbook.getWorksheet('Biểu II.06a theo lĩnh vực')!;
    expect(form.getRow(form.rowCount).getCell(3).value).toBe(1024);
    expect(form.getRow(form.rowCount).getCell(7).value).toBe(952);
  }, 120_000);

  it('answers bad input and unknown units in Vietnamese without a stack trace', async () => {
    const bad = await motcua('report', '--unit', UNIT, '--from', '17/01/2026', '--to', '2026-02-13', '--data', dataDir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
    expect(bad.stderr).not.toContain('    at ');
    const unknown = await motcua('report', '--unit', 'KHONG.CO', '--from', '2026-01-17', '--to', '2026-02-13', '--data', dataDir, '--json');
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('Không tìm thấy đơn vị có mã KHONG.CO');
    expect(unknown.stdout).toBe('');
  }, 120_000);
});
