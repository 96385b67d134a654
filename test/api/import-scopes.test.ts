/**
 * Issue 12 §1 on PGlite and PostgreSQL: a unit's data is written only by that unit's people and
 * keys. A center leader's import writes only into their unit (a row naming another unit, a code
 * of another unit's dossier — by its prefix or by the stored dossier's unit — is a rejected row);
 * a push key writes only into its unit or its explicit list; events name who imported; jobs,
 * error reports, cancels and mapping profiles are seen and changed only within the unit
 * (another unit's is "not found"); the push route checks its key before reading the body.
 */
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { createImportJob, finishImportJob } from '../../src/features/imports/imports.store.ts';
import { dossiers, units } from '../../src/platform/db/schema.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import { CITY, createTestApp, OTHER_WARD, PASSWORD, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';
import { forEachDriver } from '../support/db.ts';
import { endedJob, uploadImport } from '../support/imports.ts';

interface Job {
  id: string;
  status: string;
  statusName: string;
  cancelRequested: boolean;
  unitCode: string | null;
  rows: number;
  created: number;
  rejected: number;
  errorReportUrl: string | null;
}

const HEADER = 'Mã hồ sơ,Tên thủ tục,Ngày tiếp nhận,Ngày có kết quả,Trạng thái,Mã đơn vị';

forEachDriver('imports scoped by unit', (getDb) => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;
  let otherLeader: Session;
  /** A dossier received at the counter of OTHER_WARD (Kim Thành in the issue). */
  let theirs: { code: string; version: number; status: number };

  const upload = (session: Session, csv: string, fields: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
    uploadImport(t, session, { bytes: Buffer.from(csv, 'utf8'), name: 'xuat.csv' }, { source: 'mot-cua-cu', ...fields });
  /** Starts an import and waits for it to end (the route answers 202 at once). */
  const imported = async (session: Session, csv: string, fields: Record<string, string> = {}): Promise<Job> => {
    const started = await upload(session, csv, fields);
    expect(started.statusCode, started.body).toBe(202);
    return endedJob(session, started.json<Job>());
  };
  const report = async (session: Session, job: Job): Promise<string> => (await session.get(`/api/imports/${job.id}/errors`)).body;
  const stored = async (code: string) => (await t.ctx.db.select({ version: dossiers.version, status: dossiers.status, unitCode: dossiers.unitCode }).from(dossiers).where(eq(dossiers.code, code)))[0];

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [admin, leader] = await Promise.all([t.login('admin'), t.login('leader')]);
    await createUser(getDb().db, { username: 'phuongkhac.giamdoc', fullName: 'Lãnh đạo Trung tâm Hưng Đạo', password: PASSWORD, role: 'center_leader', unitCode: OTHER_WARD, departmentCode: null });
    otherLeader = await t.sessionFor('phuongkhac.giamdoc');
    const received = await (await t.login('otherCounter')).post('/api/dossiers', receptionBody());
    expect(received.statusCode, received.body).toBe(201);
    theirs = received.json();
  });
  afterAll(() => t.close());

  it('a center leader’s import writes only into their unit: another unit’s code or unit column is a rejected row', async () => {
    const csv = [
      HEADER,
      `${theirs.code},Thủ tục đăng ký khai sinh,23/11/2026 08:00,23/11/2026 09:00,Dừng xử lý,`,
      `KT-MOI-1,Thủ tục đăng ký khai sinh,23/11/2026 08:00,,Đang xử lý,${OTHER_WARD}`,
      'GV-1,Thủ tục đăng ký khai sinh,23/11/2026 08:00,,Đang xử lý,',
    ].join('\r\n');
    // Own unit chosen, as the report did (left out, a leader's own unit is taken: see below).
    const job = await imported(leader, csv, { unitCode: WARD });
    expect(job).toMatchObject({ status: 'done', unitCode: WARD, rows: 3, created: 1, rejected: 2 });
    const lines = await report(leader, job);
    expect(lines).toContain(`2,Mã hồ sơ,${theirs.code},"mã hồ sơ mang mã đơn vị ${OTHER_WARD}: hồ sơ thuộc đơn vị ${OTHER_WARD}; bạn chỉ được nhập hồ sơ của đơn vị ${WARD}"`);
    expect(lines).toContain(`3,Mã đơn vị,${OTHER_WARD},"hồ sơ thuộc đơn vị ${OTHER_WARD}; bạn chỉ được nhập hồ sơ của đơn vị ${WARD}"`);
    expect(await stored(theirs.code)).toMatchObject({ version: theirs.version, status: theirs.status });
    expect(await stored(`${OTHER_WARD}-KT-MOI-1`)).toBeUndefined();
    expect(await stored(`${WARD}-GV-1`)).toMatchObject({ unitCode: WARD });
    // And the unit chosen on the upload must be the leader's own.
    expect((await upload(leader, csv, { unitCode: OTHER_WARD })).statusCode).toBe(403);
  });

  it('the stored dossier’s unit decides, not the code’s prefix', async () => {
    // A unit whose code is a longer prefix of the other ward's dossier code: the code "belongs" to it by prefix.
    const prefix = theirs.code.slice(0, theirs.code.lastIndexOf('-'));
    await t.ctx.db.insert(units).values({ code: prefix, name: 'Trung tâm thử tiền tố', kind: 'ward', parentCode: CITY });
    await createUser(getDb().db, { username: 'tiento.giamdoc', fullName: 'Lãnh đạo thử tiền tố', password: PASSWORD, role: 'center_leader', unitCode: prefix, departmentCode: null });
    const prefixLeader = await t.sessionFor('tiento.giamdoc');
    const job = await imported(prefixLeader, [HEADER, `${theirs.code},Thủ tục đăng ký khai sinh,23/11/2026 08:00,23/11/2026 09:00,Dừng xử lý,`].join('\r\n'), { unitCode: prefix });
    expect(job).toMatchObject({ status: 'done', rows: 1, created: 0, updated: 0, rejected: 1 });
    expect(await report(prefixLeader, job)).toContain('mã hồ sơ này đã thuộc hồ sơ của một đơn vị khác');
    expect(await stored(theirs.code)).toMatchObject({ version: theirs.version, status: theirs.status });
  });

  it('a push key writes only into its unit, or the units an administrator listed', async () => {
    const key = (await admin.post('/api/source-keys', { source: 'dvc-tinh', unitCode: WARD, name: 'Cổng DVC tỉnh' })).json<{ id: string; key: string }>();
    const push = (apiKey: string, items: unknown[]) => t.app.inject({ method: 'POST', url: '/api/push/dossiers', headers: { 'x-api-key': apiKey }, payload: { items } });
    const base = { procedureCode: '1.001193', applicant: { name: 'Nguyễn Văn Đẩy' }, receivedAt: '2026-11-23T08:00' };
    const first = await push(key.key, [
      { ...base, dossierCode: theirs.code, status: 'Công dân rút hồ sơ', resultAt: '2026-11-23T09:00' },
      { ...base, dossierCode: 'DAY-1', unitCode: OTHER_WARD, status: 'Đang xử lý' },
      { ...base, dossierCode: 'DAY-2', status: 'Đang xử lý' },
    ]);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      created: 1,
      rejected: 2,
      rejectedItems: [
        { index: 0, field: 'dossierCode', reason: expect.stringContaining(`khóa API này không được gửi hồ sơ của đơn vị ${OTHER_WARD}`) },
        { index: 1, field: 'unitCode', reason: expect.stringContaining(`khóa API này không được gửi hồ sơ của đơn vị ${OTHER_WARD}`) },
      ],
    });
    expect(await stored(theirs.code)).toMatchObject({ version: theirs.version, status: theirs.status });
    expect(await stored(`${OTHER_WARD}-DAY-1`)).toBeUndefined();

    const listed = await admin.post('/api/source-keys', { source: 'dvc-tinh', unitCode: WARD, unitCodes: [WARD, OTHER_WARD] });
    expect(listed.statusCode, listed.body).toBe(201);
    expect(listed.json()).toMatchObject({ name: 'dvc-tinh', unitCodes: [WARD, OTHER_WARD] });
    const both = await push(listed.json<{ key: string }>().key, [{ ...base, dossierCode: 'DAY-1', unitCode: OTHER_WARD, status: 'Đang xử lý' }]);
    expect(both.json()).toMatchObject({ created: 1, rejected: 0 });
    expect(await stored(`${OTHER_WARD}-DAY-1`)).toMatchObject({ unitCode: OTHER_WARD });
    expect((await admin.post('/api/source-keys', { source: 'dvc-tinh', unitCode: WARD, unitCodes: [OTHER_WARD] })).statusCode).toBe(400);

    // Events name who wrote them: the key (id and name) here, the signed-in user for a file.
    const pushed = (await leader.get(`/api/dossiers/${WARD}-DAY-2`)).json<{ history: Array<{ source: string; payload: Record<string, unknown> }> }>();
    expect(pushed.history.length).toBeGreaterThan(0);
    for (const event of pushed.history) expect(event).toMatchObject({ source: 'dvc-tinh', payload: { importedBy: { kind: 'key', keyId: key.id, keyName: 'Cổng DVC tỉnh' } } });
    const fromFile = (await leader.get(`/api/dossiers/${WARD}-GV-1`)).json<{ history: Array<{ source: string; payload: Record<string, unknown> }> }>();
    for (const event of fromFile.history) expect(event).toMatchObject({ source: 'mot-cua-cu', payload: { importedBy: { kind: 'user', userId: t.userId('leader'), name: 'Cán bộ trungtam.lanhdao' } } });
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true });
  });

  it('checks the push key before reading the body', async () => {
    const broken = { method: 'POST' as const, url: '/api/push/dossiers', headers: { 'content-type': 'application/json' }, payload: '{"items": [' };
    const none = await t.app.inject(broken);
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ message: expect.stringContaining('Thiếu khóa API') });
    expect((await t.app.inject({ ...broken, headers: { ...broken.headers, 'x-api-key': 'mc_sai' } })).statusCode).toBe(401);
    const key = (await admin.post('/api/source-keys', { source: 'dvc-khac', unitCode: WARD })).json<{ key: string }>().key;
    // With a valid key the body is read, and found broken.
    expect((await t.app.inject({ ...broken, headers: { ...broken.headers, 'x-api-key': key } })).statusCode).toBe(400);
  });

  it('jobs and their error reports are seen only within the unit; another unit’s is not found', async () => {
    // Another unit's import of a file with the same name, still running: not this import's to close as interrupted.
    const theirsRunning = await createImportJob(t.ctx.db, { source: 'mot-cua-cu', kind: 'file', fileName: 'xuat.csv', unitCode: OTHER_WARD, bytesTotal: 100 });
    // No unit chosen: a center leader's import is into their unit.
    const job = await imported(leader, [HEADER, 'GV-2,Thủ tục đăng ký khai sinh,hôm qua,,Đang xử lý,', 'GV-3,Thủ tục đăng ký khai sinh,23/11/2026 08:00,,Đang xử lý,'].join('\r\n'));
    expect(job).toMatchObject({ unitCode: WARD, created: 1, rejected: 1, errorReportUrl: `/api/imports/${job.id}/errors` });
    const ids = async (session: Session) => (await session.get('/api/imports')).json<{ items: Job[] }>().items.map((j) => j.id);
    expect(await ids(leader)).toContain(job.id);
    expect(await ids(admin)).toContain(job.id);
    expect(await ids(otherLeader)).not.toContain(job.id);
    expect((await otherLeader.get(`/api/imports/${job.id}`)).statusCode).toBe(404);
    const stolen = await otherLeader.get(`/api/imports/${job.id}/errors`);
    expect(stolen.statusCode).toBe(404);
    expect(stolen.body).not.toContain('GV-2');
    expect((await otherLeader.post(`/api/imports/${job.id}/cancel`)).statusCode).toBe(404);
    expect((await leader.get(`/api/imports/${job.id}/errors`)).body).toContain('hôm qua');
    expect((await otherLeader.get(`/api/imports/${theirsRunning.id}`)).json()).toMatchObject({ status: 'running' });
    // Roles that do not import see nothing at all.
    expect((await (await t.login('counter')).get('/api/imports')).statusCode).toBe(403);
  });

  it('a running import is cancelled through the API, within its unit only', async () => {
    const running = await createImportJob(t.ctx.db, { source: 'mot-cua-cu', kind: 'file', fileName: 'dai.csv', unitCode: WARD, bytesTotal: 100 });
    expect((await otherLeader.post(`/api/imports/${running.id}/cancel`)).statusCode).toBe(404);
    const asked = await leader.post(`/api/imports/${running.id}/cancel`);
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'running', statusName: 'Đang hủy', cancelRequested: true });
    await finishImportJob(t.ctx.db, running.id, { status: 'cancelled', message: 'Đã hủy theo yêu cầu.' });
    expect((await leader.get(`/api/imports/${running.id}`)).json()).toMatchObject({ status: 'cancelled', statusName: 'Đã hủy' });
    const late = await leader.post(`/api/imports/${running.id}/cancel`);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ message: expect.stringContaining('đã kết thúc') });
  });

  describe('mapping profiles', () => {
    const profile = { columns: { code: 'Số hồ sơ cũ' }, statuses: { 'Xong việc': 'returned' } };

    it('a center leader keeps their unit’s profiles; another unit’s are not found and cannot be changed', async () => {
      const saved = await leader.put('/api/import-profiles/so-cu', profile);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ source: 'so-cu', unitCode: WARD });

      expect((await otherLeader.get('/api/import-profiles/so-cu')).statusCode).toBe(404);
      expect((await otherLeader.get(`/api/import-profiles/so-cu?unitCode=${WARD}`)).statusCode).toBe(404);
      expect((await otherLeader.delete(`/api/import-profiles/so-cu?unitCode=${WARD}`)).statusCode).toBe(404);
      expect((await otherLeader.put(`/api/import-profiles/so-cu?unitCode=${WARD}`, { columns: { code: 'Cột khác' } })).statusCode).toBe(403);
      // Their own profile of the same source is a different one.
      expect((await otherLeader.put('/api/import-profiles/so-cu', { columns: { code: 'Số hồ sơ Hưng Đạo' } })).json()).toMatchObject({ unitCode: OTHER_WARD });
      expect((await leader.get('/api/import-profiles/so-cu')).json()).toMatchObject({ unitCode: WARD, columns: { code: 'so ho so cu' } });
      expect((await admin.get(`/api/import-profiles/so-cu?unitCode=${OTHER_WARD}`)).json()).toMatchObject({ unitCode: OTHER_WARD, columns: { code: 'so ho so hung dao' } });

      const listed = async (session: Session) => (await session.get('/api/import-profiles')).json<{ items: Array<{ source: string; unitCode: string | null }> }>().items.filter((p) => p.source === 'so-cu');
      expect((await listed(leader)).map((p) => p.unitCode)).toEqual([WARD]);
      expect((await listed(otherLeader)).map((p) => p.unitCode)).toEqual([OTHER_WARD]);
      expect((await listed(admin)).map((p) => p.unitCode).sort()).toEqual([WARD, OTHER_WARD].sort());
      expect((await leader.put('/api/import-profiles/so-cu', { ...profile, defaultUnitCode: OTHER_WARD })).statusCode).toBe(400);
      expect((await otherLeader.delete('/api/import-profiles/so-cu')).statusCode).toBe(204);
      expect((await leader.get('/api/import-profiles/so-cu')).statusCode).toBe(200);
    });

    it('the administrators’ shared profile applies to a unit without its own', async () => {
      expect((await admin.put('/api/import-profiles/so-chung', { columns: { code: 'Số phiếu' } })).json()).toMatchObject({ unitCode: null });
      const job = await imported(otherLeader, ['Số phiếu,Tên thủ tục,Ngày tiếp nhận,Trạng thái', 'HD-1,Thủ tục đăng ký khai sinh,23/11/2026 08:00,Đang xử lý'].join('\r\n'), { source: 'so-chung' });
      expect(job).toMatchObject({ status: 'done', unitCode: OTHER_WARD, created: 1, rejected: 0 });
      const listedByLeader = (await otherLeader.get('/api/import-profiles')).json<{ items: Array<{ source: string; unitCode: string | null }> }>().items;
      expect(listedByLeader).toContainEqual(expect.objectContaining({ source: 'so-chung', unitCode: null }));
      // Only administrators change the shared one: a leader's PUT writes their unit's.
      expect((await otherLeader.put('/api/import-profiles/so-chung', { columns: { code: 'Số phiếu HĐ' } })).json()).toMatchObject({ unitCode: OTHER_WARD });
      expect((await admin.get('/api/import-profiles/so-chung')).json()).toMatchObject({ unitCode: null, columns: { code: 'so phieu' } });
    });
  });
});
