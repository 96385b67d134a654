/**
 * Imports over HTTP on PGlite and PostgreSQL: API keys (created by an administrator, stored
 * hashed), the push API with its idempotency and merge rules, imported dossiers in the list
 * with their source, mapping profiles, and a file imported through the upload route with its
 * progress and error report.
 */
import { eq } from 'drizzle-orm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashApiKey } from '../../src/features/imports/imports.store.ts';
import { sourceApiKeys } from '../../src/platform/db/schema.ts';
import { createTestApp, WARD, type Session, type TestApp } from '../support/api.ts';
import { forEachDriver } from '../support/db.ts';
import { endedJob } from '../support/imports.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-import-api-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----motcua${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/csv\r\n\r\n`), file.content, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

forEachDriver('imports API', (getDb) => {
  let t: TestApp;
  let admin: Session;
  let key: string;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const push = (items: unknown[], apiKey = key) => t.app.inject({ method: 'POST', url: '/api/push/dossiers', headers: { 'x-api-key': apiKey }, payload: { items } });

  it('an administrator creates a source key; only its hash is stored; others may not', async () => {
    const counter = await t.login('counter');
    expect((await counter.post('/api/source-keys', { source: 'dvc-bo-tu-phap', unitCode: WARD })).statusCode).toBe(403);
    const created = await admin.post('/api/source-keys', { source: 'dvc-bo-tu-phap', unitCode: WARD });
    expect(created.statusCode).toBe(201);
    key = (created.json() as { key: string }).key;
    const [row] = await t.ctx.db.select().from(sourceApiKeys).where(eq(sourceApiKeys.source, 'dvc-bo-tu-phap'));
    expect(row!.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
  });

  it('pushes a batch: created once, pushed again unchanged, a newer state appends events; bad items refused with reasons', async () => {
    const items = [
      { eventId: 'ev-1', dossierCode: '260302-0001', procedureCode: '1.001193', applicant: { name: 'Nguyễn Văn Bảy' }, channel: 'Trực tuyến', receivedAt: '2026-03-02T08:30', status: 'Đang xử lý' },
      { eventId: 'ev-2', dossierCode: '260302-0002', procedureCode: '1.001193', applicant: { name: 'Lê Thị Tám' }, receivedAt: '30/02/2026', status: 'Đang xử lý' },
    ];
    const first = await push(items);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ rows: 2, created: 1, rejected: 1, rejectedItems: [{ index: 1, field: 'receivedAt', value: '30/02/2026' }] });
    expect((await push(items)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 1, rejected: 1 });
    const newer = await push([{ ...items[0], eventId: 'ev-3', status: 'Đã trả kết quả', resultAt: '2026-03-03T10:00', returnedAt: '2026-03-03T14:00' }]);
    expect(newer.json()).toMatchObject({ updated: 1 });

    const code = `${WARD}-260302-0001`;
    const leader = await t.login('leader');
    const detail = await leader.get(`/api/dossiers/${code}`);
    expect(detail.statusCode).toBe(200);
    const timeline = (detail.json() as { history: Array<{ type: string; source: string }> }).history;
    expect(timeline.map((e) => [e.type, e.source])).toEqual([
      ['received', 'dvc-bo-tu-phap'],
      ['forwarded', 'dvc-bo-tu-phap'],
      ['result_ready', 'dvc-bo-tu-phap'],
      ['result_returned', 'dvc-bo-tu-phap'],
    ]);
    const list = await leader.get(`/api/dossiers?q=260302-0001`);
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: Array<{ code: string; source: string; status: number }> }).items).toEqual([expect.objectContaining({ code, source: 'dvc-bo-tu-phap', status: 10 })]);
  });

  it('refuses pushes without a valid key, in Vietnamese', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/push/dossiers', payload: { items: [{ dossierCode: 'x' }] } });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ message: expect.stringContaining('Thiếu khóa API') });
    expect((await push([{ dossierCode: 'x' }], 'mc_sai')).statusCode).toBe(401);
    const listed = (await admin.get('/api/source-keys')).json() as { items: Array<{ id: string }> };
    expect((await admin.delete(`/api/source-keys/${listed.items[0]!.id}`)).statusCode).toBe(204);
    expect((await push([{ dossierCode: 'x' }])).statusCode).toBe(401);
  });

  it('saves a mapping profile and imports an uploaded file with it; progress and error report', async () => {
    const profile = await admin.put('/api/import-profiles/so-cu', { columns: { code: 'Số hồ sơ cũ', receivedAt: 'Thời điểm nhận' }, statuses: { 'Xong việc': 'returned' } });
    expect(profile.statusCode).toBe(200);
    const csv = path.join(tmp, 'so-cu.csv');
    fs.writeFileSync(csv, '\ufeffSố hồ sơ cũ,Tên thủ tục,Thời điểm nhận,Ngày trả kết quả,Trạng thái,Ghi chú riêng\r\nA-1,Thủ tục đăng ký khai sinh,02/03/2026 09:00,03/03/2026 10:00,Xong việc,giữ lại\r\nA-2,Thủ tục đăng ký khai sinh,hôm qua,,Đang xử lý,\r\n');
    const upload = multipart({ source: 'so-cu', unitCode: WARD }, { name: 'so-cu.csv', content: fs.readFileSync(csv) });
    const preview = await t.app.inject({ method: 'POST', url: '/api/imports/preview', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, ...upload.headers }, payload: upload.body });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ mapping: { columns: expect.arrayContaining([expect.objectContaining({ header: 'Số hồ sơ cũ', field: 'code' })]), extraColumns: ['Ghi chú riêng'] } });

    const started = await t.app.inject({ method: 'POST', url: '/api/imports', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, ...upload.headers }, payload: upload.body });
    expect(started.statusCode).toBe(202);
    const jobId = (started.json() as { id: string }).id;
    const job = await endedJob(admin, started.json<{ id: string; status: string; rows: number; created: number; rejected: number; percent: number; errorReportUrl: string | null }>());
    expect(job.id).toBe(jobId);
    expect(job).toMatchObject({ status: 'done', rows: 2, created: 1, rejected: 1, percent: 100 });
    const report = await admin.get(job.errorReportUrl!);
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('3,Thời điểm nhận,hôm qua,');
    const xlsx = await admin.get(`${job.errorReportUrl!}?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const dossier = await (await t.login('leader')).get(`/api/dossiers/${encodeURIComponent(`${WARD}-A-1`)}`);
    expect(dossier.json()).toMatchObject({ status: 10, source: 'so-cu' });
  });

  it('documents the push API in the OpenAPI', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, unknown>; components: { securitySchemes: Record<string, unknown> } };
    expect(doc.paths['/api/push/dossiers']).toBeDefined();
    expect(doc.paths['/api/imports/{id}']).toBeDefined();
    expect(doc.components.securitySchemes.sourceApiKey).toMatchObject({ in: 'header', name: 'X-Api-Key' });
  });
});
