/**
 * Imports keep the step dates they carry (issue 14, item 9), on PGlite and PostgreSQL: an export
 * saying "Yêu cầu bổ sung" with a dated "Ngày yêu cầu bổ sung" column is counted in the quarter it
 * was asked (not when it was imported); a returned dossier keeps its dated forwarding (and to
 * whom), its supplement round and its new appointment; undated status changes are dated at the
 * import's `asOf` (`motcua import --as-of`), so an old export reports its own period.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, WARD, type Session, type TestApp } from '../support/api.ts';
import { importFile } from '../../src/features/imports/import-file.ts';
import { atMinute, dayNumberFromYmd } from '../../src/domain/calendar/local-time.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-step-dates-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HEADER = ['STT', 'Mã hồ sơ', 'Mã thủ tục', 'Họ tên chủ hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Trạng thái', 'Ngày chuyển xử lý', 'Chuyển đến', 'Ngày yêu cầu bổ sung', 'Ngày nhận hồ sơ bổ sung', 'Ngày gia hạn', 'Ngày có kết quả', 'Ngày trả kết quả'];

function csv(name: string, rows: string[][]): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, `\ufeff${[HEADER, ...rows].map((row) => row.map((cell) => `"${cell}"`).join(',')).join('\r\n')}\r\n`);
  return file;
}

const Q3 = 'from=2026-07-01&to=2026-09-30&asOf=2026-10-01T00:00';
const iso = (y: number, m: number, d: number, h: number, min = 0) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}:00+07:00`;

interface Detail {
  status: number;
  appointmentDueAt: string | null;
  departmentCode: string | null;
  history: Array<{ type: string; at: string; payload: Record<string, unknown> }>;
}

forEachDriver('imported step dates', (getDb) => {
  let t: TestApp;
  let leader: Session;
  const importAs = (file: string, asOf?: number) =>
    importFile(t.ctx, { filePath: file, source: 'dvc-cu', unitCode: WARD, scope: 'all', importedBy: { kind: 'console', account: 'kiem-thu' }, ...(asOf !== undefined ? { asOf } : {}) });
  const supplementsInQ3 = async (): Promise<number> => {
    const response = await leader.get(`/api/reports?unit=${WARD}&${Q3}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { total: { supplementRequested: number } }).total.supplementRequested;
  };
  const detail = async (code: string): Promise<Detail> => {
    const response = await leader.get(`/api/dossiers/${encodeURIComponent(`${WARD}-${code}`)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Detail;
  };

  beforeAll(async () => {
    t = await createTestApp(getDb());
    leader = await t.login('leader');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts a dated "Yêu cầu bổ sung" in the quarter it was asked, and keeps the dated steps of a returned dossier', async () => {
    expect(await supplementsInQ3()).toBe(0);
    const file = csv('quy-3.csv', [
      ['1', '260710-0001', '1.004873', 'Nguyễn Văn Bổ', '10/07/2026 08:00', '', 'Yêu cầu bổ sung', '', '', '15/07/2026 09:00', '', '', '', ''],
      ['2', '260712-0002', '1.004873', 'Trần Thị Sung', '12/07/2026 08:00', '24/07/2026 17:00', 'Đã trả kết quả', '12/07/2026 10:00', 'tu-phap', '14/07/2026 09:00', '16/07/2026 09:30', '15/07/2026 14:00', '20/07/2026 15:00', '21/07/2026 09:00'],
    ]);
    const result = await importAs(file);
    expect({ rows: result.rows, created: result.created, updated: result.updated, unchanged: result.unchanged, rejected: result.rejected }).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0, rejected: 0 });
    // Both asked in July (the import runs in November): counted in the third quarter.
    expect(await supplementsInQ3()).toBe(2);

    const asked = await detail('260710-0001');
    expect(asked.status).toBe(5);
    expect(asked.history.find((h) => h.type === 'supplement_requested')!.at).toBe(iso(2026, 7, 15, 9));

    const returned = await detail('260712-0002');
    expect(returned.status).toBe(10);
    expect(returned.history.map((h) => h.type)).toEqual(['received', 'forwarded', 'supplement_requested', 'supplement_received', 'result_ready', 'result_returned']);
    const at = (type: string) => returned.history.find((h) => h.type === type)!;
    expect(at('forwarded').at).toBe(iso(2026, 7, 12, 10));
    expect(at('forwarded').payload).toMatchObject({ to: 'tu-phap', toKind: 'department' });
    expect(at('supplement_requested').at).toBe(iso(2026, 7, 14, 9));
    expect(at('supplement_received').at).toBe(iso(2026, 7, 16, 9, 30));
    expect(returned.departmentCode).toBe('tu-phap');

    // The same file again changes nothing: no second supplement round.
    const again = await importAs(file);
    expect({ created: again.created, updated: again.updated, unchanged: again.unchanged }).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await supplementsInQ3()).toBe(2);
  });

  it('dates an undated status change at --as-of, so an old export reports its own period', async () => {
    const row = (code: string) => ['1', code, '1.004873', 'Lê Văn Cũ', '20/09/2026 08:00', '', 'Yêu cầu bổ sung', '', '', '', '', '', '', ''];
    const before = await supplementsInQ3();
    // Exported on 30/09 17:00 and imported in November: as of the export, counted in Q3.
    await importAs(csv('xuat-30-9.csv', [row('260920-0003')]), atMinute(dayNumberFromYmd(2026, 9, 30), 17 * 60));
    expect(await supplementsInQ3()).toBe(before + 1);
    expect((await detail('260920-0003')).history.find((h) => h.type === 'supplement_requested')!.at).toBe(iso(2026, 9, 30, 17));
    // Without --as-of the change is dated now (November): not in Q3.
    await importAs(csv('xuat-hom-nay.csv', [row('260920-0004')]));
    expect(await supplementsInQ3()).toBe(before + 1);
  });

  it('moves the appointment at the date the export gives for it', async () => {
    const file = (due: string, extendedAt: string) => csv(`hen-lai-${due.slice(0, 2)}.csv`, [['1', '260901-0005', '1.004873', 'Phạm Thị Hẹn', '01/09/2026 08:00', due, 'Đang xử lý', '01/09/2026 09:00', 'tu-phap', '', '', extendedAt, '', '']]);
    await importAs(file('04/09/2026 17:00', ''));
    const updated = await importAs(file('10/09/2026 17:00', '03/09/2026 10:00'));
    expect(updated.updated).toBe(1);
    const moved = await detail('260901-0005');
    expect(moved.appointmentDueAt).toBe(iso(2026, 9, 10, 17));
    expect(moved.history.find((h) => h.type === 'extended')!.at).toBe(iso(2026, 9, 3, 10));
  });
});
