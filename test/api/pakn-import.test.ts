/**
 * Import of a national-portal PAKN export (issue 19 item 4) on PGlite and PostgreSQL: the rows
 * become PAKN with their history, a second import of the same file creates nothing, a later
 * export moves PAKN forward (never back), and bad rows are refused with Vietnamese reasons.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, OTHER_WARD, WARD, type TestApp } from '../support/api.ts';
import { portalPakn, writePaknExport, type PaknExportRow } from '../support/pakn-export.ts';
import { importPaknFile } from '../../src/features/pakn/import-pakn.ts';
import { findPaknByExternalCode } from '../../src/features/pakn/pakn.queries.ts';
import { loadPakn } from '../../src/features/pakn/load-pakn.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-pakn-import-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Five good PAKN, one of each status the portal writes, then five rows that must be refused. */
export const FIRST_EXPORT: PaknExportRow[] = [
  portalPakn('DVC-PAKN-0001', 'Đang xử lý'),
  portalPakn('DVC-PAKN-0002', 'Đã trả lời', { 'Ngày gửi': '05/11/2026 14:00', 'Ngày trả lời': '12/11/2026 10:30' }),
  portalPakn('DVC-PAKN-0003', 'Đã công khai', { 'Hài lòng': 3, 'Không hài lòng': 1, 'Phân loại': 'Về hành vi hành chính của cán bộ' }),
  portalPakn('DVC-PAKN-0004', 'Đã chuyển', { 'Ngày trả lời': '11/11/2026', 'Cơ quan có thẩm quyền': 'Sở Tư pháp thành phố' }),
  portalPakn('DVC-PAKN-0005', 'Mới tiếp nhận', { 'Ngày gửi': new Date(Date.UTC(2026, 10, 18, 16, 40)) }),
  portalPakn('DVC-PAKN-0006', 'Đã trả lời', { 'Ngày trả lời': '' }),
  portalPakn('DVC-PAKN-0007', 'Chờ phê duyệt'),
  portalPakn('', 'Đang xử lý'),
  portalPakn('DVC-PAKN-0009', 'Đang xử lý', { 'Ngày gửi': '31/11/2026' }),
  portalPakn('DVC-PAKN-0010', 'Đã công khai', { 'Nội dung trả lời': 'Trung tâm đã gọi lại cho người gửi qua số 0987 654 321 để hướng dẫn.' }),
];

forEachDriver('PAKN import', (getDb) => {
  let t: TestApp;
  const first = path.join(tmp, `dau-${Math.random().toString(36).slice(2)}.xlsx`);
  const later = path.join(tmp, `sau-${Math.random().toString(36).slice(2)}.xlsx`);

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await writePaknExport(first, FIRST_EXPORT);
    await writePaknExport(later, [
      portalPakn('DVC-PAKN-0001', 'Đã trả lời'),
      portalPakn('DVC-PAKN-0002', 'Đang xử lý'),
      portalPakn('DVC-PAKN-0003', 'Đã công khai', { 'Hài lòng': 5, 'Không hài lòng': 1 }),
      portalPakn('DVC-PAKN-0004', 'Đã trả lời'),
      portalPakn('DVC-PAKN-0005', 'Mới tiếp nhận', { 'Ngày gửi': new Date(Date.UTC(2026, 10, 18, 16, 40)) }),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  const state = async (externalCode: string) => {
    const found = await findPaknByExternalCode(t.ctx.db, 'dvc-quoc-gia', externalCode);
    return found && (await loadPakn(t.ctx, found.code));
  };

  it('creates the good rows with their history and refuses the bad ones with the reason', async () => {
    const result = await importPaknFile(t.ctx, { filePath: first, source: 'dvc-quoc-gia', unitCode: WARD, scope: 'all' });
    expect(result).toMatchObject({ rows: 10, created: 5, updated: 0, unchanged: 0, rejected: 5 });
    expect(result.rejections).toEqual([
      { row: 10, column: 'Ngày trả lời / kết thúc xử lý', value: '', reason: 'trạng thái "Đã xử lý, chờ công khai" cần ngày trả lời' },
      { row: 11, column: 'Trạng thái', value: 'Chờ phê duyệt', reason: expect.stringContaining('trạng thái "Chờ phê duyệt" không nhận ra') },
      { row: 12, column: 'Mã PAKN', value: '', reason: 'thiếu mã phản ánh, kiến nghị trên hệ thống nguồn' },
      { row: 13, column: 'Ngày gửi / tiếp nhận', value: '31/11/2026', reason: 'ngày 31/11/2026 không tồn tại' },
      { row: 14, column: '', value: '', reason: expect.stringMatching(/số điện thoại/i) },
    ]);

    const inHandling = await state('DVC-PAKN-0001');
    expect(inHandling?.state).toMatchObject({ status: 'in_handling', unitCode: WARD, channel: 'national_portal', source: 'dvc-quoc-gia', externalCode: 'DVC-PAKN-0001', class: 'rules_and_procedures' });
    expect(inHandling?.state.sender).toMatchObject({ name: 'Lê Văn Cường', phone: '0987 654 321' });
    expect(inHandling?.events.map((e) => [e.type, e.actor.role, e.source])).toEqual([
      ['registered', 'system', 'dvc-quoc-gia'],
      ['classified', 'system', 'dvc-quoc-gia'],
    ]);
    expect((await state('DVC-PAKN-0002'))?.state).toMatchObject({ status: 'awaiting_publication', endKind: 'resolved', answer: { documentNumber: '15/TTPVHCC-PAKN' } });
    const published = (await state('DVC-PAKN-0003'))?.state;
    expect(published).toMatchObject({ status: 'published', class: 'officer_conduct', likes: 3, dislikes: 1 });
    expect(published?.publication?.places).toEqual(['national_portal']);
    expect((await state('DVC-PAKN-0004'))?.state).toMatchObject({ status: 'forwarded', forwarding: { to: 'Sở Tư pháp thành phố' } });
    expect((await state('DVC-PAKN-0005'))?.state.status).toBe('registered');
    expect(await state('DVC-PAKN-0010')).toBeUndefined();
  });

  it('imports the same file again without creating or changing anything', async () => {
    const result = await importPaknFile(t.ctx, { filePath: first, source: 'dvc-quoc-gia', unitCode: WARD, scope: 'all' });
    expect(result).toMatchObject({ rows: 10, created: 0, updated: 0, unchanged: 5, rejected: 5 });
    expect((await state('DVC-PAKN-0003'))?.state.version).toBe(6);
  });

  it('moves PAKN forward from a later export, never back, and refuses a contradiction', async () => {
    const result = await importPaknFile(t.ctx, { filePath: later, source: 'dvc-quoc-gia', unitCode: WARD, scope: 'all' });
    expect(result).toMatchObject({ rows: 5, created: 0, updated: 2, unchanged: 2, rejected: 1 });
    expect(result.rejections).toEqual([{ row: 8, column: 'Trạng thái', value: 'Đã trả lời', reason: 'phản ánh, kiến nghị đang ở trạng thái "Đã chuyển cơ quan có thẩm quyền" trên Một Cửa, không thể chuyển sang "Đã xử lý, chờ công khai"' }]);
    const answered = await state('DVC-PAKN-0001');
    expect(answered?.state).toMatchObject({ status: 'awaiting_publication', answer: { result: 'explained' } });
    expect(answered?.events.at(-1)).toMatchObject({ type: 'resolved', source: 'dvc-quoc-gia' });
    expect((await state('DVC-PAKN-0002'))?.state.status).toBe('awaiting_publication');
    expect((await state('DVC-PAKN-0003'))?.state).toMatchObject({ likes: 5, dislikes: 1 });
    const again = await importPaknFile(t.ctx, { filePath: later, source: 'dvc-quoc-gia', unitCode: WARD, scope: 'all' });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: 1 });
  });

  it('refuses a unit the importer may not act for, before reading anything', async () => {
    await expect(importPaknFile(t.ctx, { filePath: first, source: 'khac', unitCode: WARD, scope: [OTHER_WARD] })).rejects.toMatchObject({ kind: 'forbidden' });
    await expect(importPaknFile(t.ctx, { filePath: first, source: 'khac', unitCode: '999.99.99.H99', scope: 'all' })).rejects.toMatchObject({ message: 'Đơn vị 999.99.99.H99 chưa có trong hệ thống.' });
    expect(await findPaknByExternalCode(t.ctx.db, 'khac', 'DVC-PAKN-0001')).toBeUndefined();
  });
});
