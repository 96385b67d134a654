/**
 * The core commands of the `motcua` bin, run as a user runs them (a child process of
 * bin/motcua.js): the `--json` shapes of issue 2 are contracts, errors are Vietnamese
 * messages on stderr with exit code 2 and never a stack trace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motcua } from '../support/motcua-cli.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { calendarOverrides, units } from '../../src/platform/db/schema.ts';


interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}


function expectUserError(outcome: Outcome, message: RegExp): void {
  expect(outcome.code).toBe(2);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr).toMatch(/^Lỗi: /);
  expect(outcome.stderr).toMatch(message);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
}

describe('motcua lunar', () => {
  it('prints the lunar date of Tết Bính Ngọ in the issue’s shape', async () => {
    const outcome = await motcua('lunar', '2026-02-17', '--json');
    expect(JSON.parse(outcome.stdout)).toEqual({ solar: '2026-02-17', lunar: { day: 1, month: 1, year: 2026, leap: false } });
  });
  it('marks a day of the leap 6th month of 2025', async () => {
    const outcome = await motcua('lunar', '2025-07-25', '--json');
    expect(JSON.parse(outcome.stdout)).toEqual({ solar: '2025-07-25', lunar: { day: 1, month: 6, year: 2025, leap: true } });
  });
  it('refuses a malformed date in Vietnamese', async () => {
    expectUserError(await motcua('lunar', '17/02/2026', '--json'), /ngày/i);
  });
});

describe('motcua calendar', () => {
  it('lists 2026’s weekdays off and its make-up working day', async () => {
    const outcome = await motcua('calendar', '2026', '--json');
    const body = JSON.parse(outcome.stdout) as { year: number; daysOff: string[]; extraWorkingDays: string[] };
    expect(body.year).toBe(2026);
    // Tết Bính Ngọ (16–20/02), Giỗ Tổ (27/4 for 26/4 on a Sunday), 30/4–1/5, 2/9 with 31/8 and 1/9, and 24/11.
    expect(body.daysOff).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-16', '2026-02-20', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02', '2026-11-24']));
    expect(body.daysOff.every((day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()))).toBe(true);
    expect(body.extraWorkingDays.every((day) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()))).toBe(true);
  });
  it('refuses a year that is not a number', async () => {
    expectUserError(await motcua('calendar', 'năm-nay', '--json'), /năm/i);
  });
});

describe('motcua due', () => {
  it('gives the issue’s example: Friday 16:00 before Tết + 3 working days → 25/02 16:00', async () => {
    const outcome = await motcua('due', '--received', '2026-02-13T16:00', '--limit', '3 working-days', '--json');
    expect(JSON.parse(outcome.stdout)).toMatchObject({ due: '2026-02-25T16:00', received: '2026-02-13T16:00', pausedWorkingMinutes: 0 });
  });
  it('shifts by repeated pauses (one working day each)', async () => {
    const outcome = await motcua(
      'due', '--received', '2026-02-13T16:00', '--limit', '3 working-days',
      '--pause', '2026-02-23T08:00/2026-02-24T08:00', '--pause', '2026-02-25T08:00/2026-02-26T08:00', '--json',
    );
    expect(JSON.parse(outcome.stdout)).toMatchObject({ due: '2026-02-27T16:00', dueBeforePauses: '2026-02-25T16:00', pausedWorkingMinutes: 2 * 480 });
  });
  it('reads the other limit kinds of the grammar', async () => {
    const sameDay = await motcua('due', '--received', '2026-03-02T15:30', '--limit', 'same-day', '--json');
    const calendarDays = await motcua('due', '--received', '2026-03-06T09:00', '--limit', '2 days', '--json');
    expect(JSON.parse(sameDay.stdout).due).toBe('2026-03-03T17:00');
    // 06/03 + 2 calendar days = Sunday 08/03 → the next working day, Monday 09/03.
    expect(JSON.parse(calendarDays.stdout).due.slice(0, 10)).toBe('2026-03-09');
  });
  it('refuses a bad limit, a bad time and an inverted pause, naming what to fix', async () => {
    expectUserError(await motcua('due', '--received', '2026-02-13T16:00', '--limit', '3 tuần'), /thời hạn/i);
    expectUserError(await motcua('due', '--received', '13/02/2026', '--limit', '3 working-days'), /YYYY-MM-DDTHH:mm/);
    expectUserError(await motcua('due', '--received', '2026-02-13T16:00', '--limit', '1 working-days', '--pause', '2026-02-24T08:00/2026-02-23T08:00'), /kết thúc trước khi bắt đầu/);
    expectUserError(await motcua('due', '--limit', '1 working-days'), /--received/);
  });

  describe('--unit: the unit’s own calendar from the data folder', () => {
    let dataDir: string;
    const UNIT = '000.09.24.H24';
    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-due-'));
      const handle = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: dataDir }));
      try {
        await handle.db.insert(units).values({ code: UNIT, name: 'Trung tâm Phục vụ hành chính công phường Thử nghiệm', kind: 'ward' });
        // The unit closes on Wednesday 25/02/2026 (e.g. a local event): the due date moves a day.
        await handle.db.insert(calendarOverrides).values({ unitCode: UNIT, date: '2026-02-25', working: false, reason: 'Nghỉ theo quyết định của UBND phường' });
      } finally {
        await handle.close();
      }
    });
    afterAll(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('moves the due date past the unit’s own day off', async () => {
      const outcome = await motcua('due', '--received', '2026-02-13T16:00', '--limit', '3 working-days', '--unit', UNIT, '--data', dataDir, '--json');
      expect(JSON.parse(outcome.stdout)).toMatchObject({ due: '2026-02-26T16:00', unit: UNIT });
    });
    it('refuses a unit that is not in the database', async () => {
      expectUserError(await motcua('due', '--received', '2026-02-13T16:00', '--limit', '3 working-days', '--unit', '000.99.99.H99', '--data', dataDir), /Không tìm thấy đơn vị/);
    });
  });
});

// Each subcommand is loaded only when it runs (src/cli/main.ts): the help must still list all of them.
describe('help', () => {
  it('lists every command in Vietnamese, and a command answers its own help', async () => {
    const all = await motcua('--help');
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^Cách dùng: motcua/);
    const listed = [...all.stdout.matchAll(/^ {2}(\w+)\b/gm)].map((match) => match[1]);
    expect(listed).toEqual(['start', 'lunar', 'calendar', 'due', 'serve', 'audit', 'import', 'report', 'demo', 'alerts', 'user', 'help']);
    const one = await motcua('due', '--help');
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Cách dùng: motcua due/);
    const unknown = await motcua('khong-co');
    expectUserError(unknown, /Lệnh không tồn tại: khong-co/);
    expect((await motcua('--version')).stdout.trim()).toBe('0.1.0');
  });
});
