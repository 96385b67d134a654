/**
 * `motcua import FILE --kind pakn` as a user runs it (a child process of bin/motcua.js, PGlite
 * data folder): the exact --json summary, the rejected rows with their reasons, a re-import
 * that creates nothing, and a unit that does not exist refused in Vietnamese.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motcua } from '../support/motcua-cli.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { ensureUnit } from '../../src/features/imports/imports.store.ts';
import { portalPakn, writePaknExport } from '../support/pakn-export.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pakn-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const UNIT = '000.44.24.H24';
const data = path.join(tmp, 'data');
const file = path.join(tmp, 'pakn-cong-dvc.xlsx');


describe('motcua import --kind pakn [pglite]', () => {
  beforeAll(async () => {
    const handle = await openDatabase({ database: { driver: 'pglite', dataDir: data } });
    try {
      await ensureUnit(handle.db, UNIT, 'Phường Thử Nghiệm');
    } finally {
      await handle.close();
    }
    await writePaknExport(file, [portalPakn('CLI-1', 'Đang xử lý'), portalPakn('CLI-2', 'Đã công khai', { 'Hài lòng': 2 }), portalPakn('CLI-3', 'Không rõ')]);
  });

  it('prints exactly {rows, created, updated, unchanged, rejected, rejectedRows}, then nothing new on a re-import', async () => {
    const outcome = await motcua(...['import', file, '--kind', 'pakn', '--unit', UNIT, '--data', data, '--json']);
    expect(outcome.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(outcome.code).toBe(0);
    const rejectedRows = [{ row: 7, column: 'Trạng thái', value: 'Không rõ', reason: expect.stringContaining('trạng thái "Không rõ" không nhận ra') }];
    expect(JSON.parse(outcome.stdout)).toEqual({ rows: 3, created: 2, updated: 0, unchanged: 0, rejected: 1, rejectedRows });
    const again = await motcua(...['import', file, '--kind', 'pakn', '--unit', UNIT, '--data', data, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 2, rejected: 1, rejectedRows });
  });

  it('prints the five counts alone when no row is rejected, and a sentence without --json', async () => {
    const clean = path.join(tmp, 'sach.xlsx');
    await writePaknExport(clean, [portalPakn('CLI-1', 'Đã trả lời')]);
    const outcome = await motcua(...['import', clean, '--kind', 'pakn', '--unit', UNIT, '--data', data, '--json']);
    expect(JSON.parse(outcome.stdout)).toEqual({ rows: 1, created: 0, updated: 1, unchanged: 0, rejected: 0 });
    const text = await motcua(...['import', clean, '--kind', 'pakn', '--unit', UNIT, '--data', data]);
    expect(text.stdout).toContain('Đã đọc 1 dòng: 0 phản ánh, kiến nghị mới, 0 cập nhật, 1 không đổi, 0 dòng bị từ chối.');
  });

  it('refuses an unknown unit and an unknown kind in Vietnamese', async () => {
    const unknown = await motcua(...['import', file, '--kind', 'pakn', '--unit', '999.99.99.H99', '--data', data, '--json']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Đơn vị 999.99.99.H99 chưa có trong hệ thống.');
    const kind = await motcua(...['import', file, '--kind', 'gop-y', '--data', data]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Loại dữ liệu "gop-y" không có');
  });
});
