/**
 * The configuration change log: every configuration change through the API leaves an entry
 * (who, when, what, before and after) written with the change; the log cannot be edited;
 * secrets never enter it; a unit's administrator sees only that unit's changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, OTHER_WARD, WARD, type Session, type TestApp } from '../support/api.ts';
import { writeCsv } from '../support/import-files.ts';
import { importFile } from '../../src/features/imports/import-file.ts';

interface Change {
  id: number;
  at: string;
  kind: string;
  kindName: string;
  unitCode: string | null;
  target: string;
  actor: { username: string; fullName: string } | null;
  before: unknown;
  after: unknown;
}
interface Page {
  items: Change[];
  nextBeforeId: number | null;
}

forEachDriver('configuration change log', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let leader: Session;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, leader, admin] = await Promise.all([t.login('counter'), t.login('leader'), t.login('admin')]);
  });
  afterAll(async () => {
    await t.close();
  });

  const changes = async (session: Session, query = ''): Promise<Change[]> => {
    const response = await session.get(`/api/admin/changes${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as Page).items;
  };

  it('keeps every value a calendar override had, and its removal, with the author', async () => {
    const first = await leader.post('/api/calendar/overrides', { unitCode: WARD, date: '2026-12-31', working: false, reason: 'Nghỉ tổng kết năm' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await leader.post('/api/calendar/overrides', { unitCode: WARD, date: '2026-12-31', working: true, reason: 'Làm việc bình thường' });
    expect(second.statusCode).toBe(200);
    expect(second.json<{ id: number }>().id).toBe(first.json<{ id: number }>().id);
    expect((await leader.delete(`/api/calendar/overrides/${first.json<{ id: number }>().id}`)).statusCode).toBe(204);

    const log = (await changes(leader)).filter((c) => c.target === '2026-12-31');
    // Newest first.
    expect(log.map((c) => [c.kind, c.before, c.after])).toEqual([
      ['calendar_override.removed', { working: true, reason: 'Làm việc bình thường' }, null],
      ['calendar_override.set', { working: false, reason: 'Nghỉ tổng kết năm' }, { working: true, reason: 'Làm việc bình thường' }],
      ['calendar_override.set', null, { working: false, reason: 'Nghỉ tổng kết năm' }],
    ]);
    expect(log.every((c) => c.unitCode === WARD && c.actor?.username === 'trungtam.lanhdao')).toBe(true);
    expect(log[0]!.kindName).toBe('Bỏ điều chỉnh lịch làm việc');
    expect(Number.isNaN(Date.parse(log[0]!.at))).toBe(false);
  });

  it('records settings, offered procedures, departments and users, never a password', async () => {
    const settings = { placeName: 'Gia Viễn', contactPhone: '0229 3868 123' };
    expect((await leader.put(`/api/units/${WARD}/settings`, settings)).statusCode).toBe(200);
    expect((await leader.put(`/api/units/${WARD}/settings`, { ...settings, contactPhone: '0229 3868 999' })).statusCode).toBe(200);
    expect((await leader.put(`/api/units/${WARD}/procedures`, { offered: ['1.004873', '1.001193'] })).statusCode).toBe(200);
    expect((await leader.put(`/api/units/${WARD}/procedures`, { offered: ['1.004873'] })).statusCode).toBe(200);
    expect((await leader.post(`/api/units/${WARD}/departments`, { code: 'van-hoa', name: 'Phòng Văn hóa - Xã hội', kind: 'department' })).statusCode).toBe(201);
    const password = 'mat-khau-rat-bi-mat';
    const created = await leader.post('/api/users', { username: 'motcua.moi', fullName: 'Trần Thị Mới', password, role: 'counter_officer', unitCode: WARD });
    expect(created.statusCode, created.body).toBe(201);

    const log = await changes(leader, '?limit=6');
    expect(log.map((c) => c.kind)).toEqual(['user.created', 'department.created', 'unit.procedures', 'unit.procedures', 'unit.settings', 'unit.settings']);
    const [user, department, procedures, firstProcedures, secondSettings] = log;
    expect(user).toMatchObject({ target: 'motcua.moi', after: { fullName: 'Trần Thị Mới', role: 'counter_officer', departmentCode: null } });
    expect(JSON.stringify(log)).not.toContain(password);
    expect(department).toMatchObject({ target: 'van-hoa', after: { name: 'Phòng Văn hóa - Xã hội', kind: 'department' } });
    // Before the first list: the whole catalog (null); then the previous list.
    expect(firstProcedures).toMatchObject({ before: null, after: { offered: ['1.001193', '1.004873'] } });
    expect(procedures).toMatchObject({ before: { offered: ['1.001193', '1.004873'] }, after: { offered: ['1.004873'] } });
    expect(secondSettings).toMatchObject({ before: settings, after: { ...settings, contactPhone: '0229 3868 999' } });
  });

  it('records import profiles and source keys without the key itself', async () => {
    const profile = await admin.put('/api/import-profiles/mot-cua-bo', { columns: { code: 'Số hồ sơ' }, statuses: {}, defaultUnitCode: WARD });
    expect(profile.statusCode, profile.body).toBe(200);
    expect((await admin.delete('/api/import-profiles/mot-cua-bo')).statusCode).toBe(204);
    const key = await admin.post('/api/source-keys', { source: 'mot-cua-bo', unitCode: WARD });
    expect(key.statusCode).toBe(201);
    const { id, key: secret, keyPrefix } = key.json<{ id: string; key: string; keyPrefix: string }>();
    expect((await admin.delete(`/api/source-keys/${id}`)).statusCode).toBe(204);

    const log = await changes(admin, '?limit=4');
    expect(log.map((c) => [c.kind, c.target, c.unitCode])).toEqual([
      ['source_key.revoked', 'mot-cua-bo', WARD],
      ['source_key.created', 'mot-cua-bo', WARD],
      ['import_profile.removed', 'mot-cua-bo', null],
      ['import_profile.set', 'mot-cua-bo', null],
    ]);
    expect(log[0]!.before).toEqual({ id, keyPrefix });
    expect(log[1]!.after).toEqual({ id, keyPrefix, name: 'mot-cua-bo', unitCodes: null });
    expect(log[2]!.before).toMatchObject({ defaultUnitCode: WARD });
    expect(JSON.stringify(log)).not.toContain(secret);
    expect(log.every((c) => c.actor?.username === 'quantri')).toBe(true);
  });

  it('records a unit created by an import (as the command line does), once', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-changes-')), 'xuat.csv');
    writeCsv(file, [{ code: 'HS-1', procedureCode: '1.004873', applicant: 'Lê Văn Nhập', channel: 'Trực tiếp', receivedAt: '02/11/2026 08:00', status: 'Đang xử lý' }]);
    for (let run = 0; run < 2; run++) {
      const result = await importFile(t.ctx, { filePath: file, source: 'he-thong-tinh', unitCode: 'XA-MOI-01', createUnit: { name: 'Xã Mới' }, scope: 'all', importedBy: { kind: 'console', account: 'kiem-thu' } });
      expect(result.rejected).toBe(0);
    }
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    const log = (await changes(admin, '?unitCode=XA-MOI-01')).filter((c) => c.kind === 'unit.created');
    expect(log).toEqual([expect.objectContaining({ target: 'XA-MOI-01', actor: null, after: { name: 'Xã Mới', kind: 'commune', importSource: 'he-thong-tinh' } })]);
  });

  it('shows a unit only its own changes and the national calendar; others are refused', async () => {
    expect((await admin.post('/api/calendar/overrides', { unitCode: null, date: '2027-01-02', working: false, reason: 'Nghỉ bù toàn quốc' })).statusCode).toBe(200);
    expect((await admin.post('/api/calendar/overrides', { unitCode: OTHER_WARD, date: '2027-01-04', working: false, reason: 'Phường khác nghỉ' })).statusCode).toBe(200);

    const seenByLeader = await changes(leader, '?limit=200');
    expect(seenByLeader.some((c) => c.target === '2027-01-02' && c.unitCode === null)).toBe(true);
    expect(seenByLeader.some((c) => c.unitCode === OTHER_WARD)).toBe(false);
    expect(seenByLeader.some((c) => c.kind.startsWith('import_profile.'))).toBe(false);
    const all = await changes(admin, '?limit=200');
    expect(all.some((c) => c.unitCode === OTHER_WARD)).toBe(true);
    expect((await changes(admin, `?unitCode=${OTHER_WARD}`)).every((c) => c.unitCode === OTHER_WARD || c.unitCode === null)).toBe(true);

    const otherUnit = await leader.get(`/api/admin/changes?unitCode=${OTHER_WARD}`);
    expect(otherUnit.statusCode).toBe(403);
    expect(otherUnit.json<{ message: string }>().message).toBe('Bạn không có quyền xem nhật ký cấu hình của đơn vị này.');
    expect((await counter.get('/api/admin/changes')).statusCode).toBe(403);
    const badLimit = await admin.get('/api/admin/changes?limit=0');
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.body).toContain('số dòng phải từ 1 đến 200');
  });

  it('pages back with nextBeforeId', async () => {
    const all = await changes(admin, '?limit=200');
    expect(all.length).toBeGreaterThan(4);
    const first = (await admin.get('/api/admin/changes?limit=3')).json() as Page;
    expect(first.items.map((c) => c.id)).toEqual(all.slice(0, 3).map((c) => c.id));
    const second = (await admin.get(`/api/admin/changes?limit=3&beforeId=${first.nextBeforeId}`)).json() as Page;
    expect(second.items.map((c) => c.id)).toEqual(all.slice(3, 6).map((c) => c.id));
  });

  it('cannot be edited or deleted, even with direct SQL', async () => {
    const { db } = getDb();
    const attempt = (statement: ReturnType<typeof sql>) =>
      db.execute(statement).then(
        () => 'accepted',
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );
    expect(await attempt(sql`UPDATE admin_changes SET target = 'sửa'`)).toMatch(/Nhật ký thay đổi cấu hình chỉ được ghi thêm/);
    expect(await attempt(sql`DELETE FROM admin_changes`)).toMatch(/chỉ được ghi thêm/);
    expect(await attempt(sql`TRUNCATE admin_changes`)).toMatch(/chỉ được ghi thêm/);
    expect((await changes(admin, '?limit=200')).length).toBeGreaterThan(10);
  });
});
