/**
 * Expensive requests run a few at a time (issue 12 item 4): report DOCX/XLSX, the dossier
 * export, the Mẫu 07 book, import uploads and previews. With a user's slot taken, each of them
 * answers a Vietnamese 429 with Retry-After saying to wait for the running one; another user is
 * served; with every slot of the server taken, everyone waits. Slots come back after the
 * response, streamed or not. Report documents are rendered in a worker thread.
 */
import type { LightMyRequestResponse } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS, createTestApp, WARD, type Session, type TestApp } from '../support/api.ts';
import { formData } from '../support/multipart.ts';

const PERIOD = `unit=${encodeURIComponent(WARD)}&from=2026-11-01&to=2026-11-30`;

forEachDriver('expensive requests', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let chairman: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    leader = await t.sessionFor(ACCOUNTS.leader.username);
    chairman = await t.sessionFor(ACCOUNTS.chairman.username);
  });
  afterAll(async () => {
    await t.close();
  });

  const csv = async (): Promise<{ payload: Buffer; headers: Record<string, string> }> => {
    const form = await formData({ source: 'thu-nghiem' }, { bytes: Buffer.from('\ufeffMã hồ sơ,Thủ tục\r\nX-1,1.004873\r\n'), name: 'ho-so.csv', type: 'text/csv' });
    return { payload: form.body, headers: { 'content-type': form.contentType } };
  };

  /** Each expensive route as the leader calls it. */
  const ROUTES: Array<{ kind: 'document' | 'import'; name: string; call: () => Promise<LightMyRequestResponse> }> = [
    { kind: 'document', name: 'GET /api/reports/docx', call: () => leader.get(`/api/reports/docx?${PERIOD}`) },
    { kind: 'document', name: 'POST /api/reports/docx', call: () => leader.post('/api/reports/docx', { unit: WARD, from: '2026-11-01', to: '2026-11-30' }) },
    { kind: 'document', name: 'GET /api/reports/xlsx', call: () => leader.get(`/api/reports/xlsx?${PERIOD}`) },
    { kind: 'document', name: 'GET /api/dossiers/export.xlsx', call: () => leader.get('/api/dossiers/export.xlsx') },
    { kind: 'document', name: 'GET /api/forms/mau-07', call: () => leader.get(`/api/forms/mau-07?${PERIOD}&format=xlsx`) },
    { kind: 'import', name: 'POST /api/imports/preview', call: async () => { const { payload, headers } = await csv(); return t.app.inject({ method: 'POST', url: '/api/imports/preview', payload, headers: { ...headers, cookie: leader.cookie, 'x-csrf-token': leader.csrf } }); } },
    { kind: 'import', name: 'POST /api/imports', call: async () => { const { payload, headers } = await csv(); return t.app.inject({ method: 'POST', url: '/api/imports', payload, headers: { ...headers, cookie: leader.cookie, 'x-csrf-token': leader.csrf } }); } },
  ];

  it('refuses every expensive route with a Vietnamese 429 and Retry-After while the user has one running', async () => {
    const leaderId = t.userId('leader');
    for (const route of ROUTES) {
      const limiter = t.app.expensiveLimiters[route.kind];
      expect(limiter.tryAcquire(leaderId), route.name).toBeUndefined();
      try {
        const refused = await route.call();
        expect(refused.statusCode, route.name).toBe(429);
        expect(refused.headers['retry-after'], route.name).toBe('2');
        expect(refused.json(), route.name).toMatchObject({ error: 'qua_nhieu_yeu_cau', message: expect.stringMatching(/chưa xong\. Hãy chờ yêu cầu đó hoàn tất/) });
      } finally {
        limiter.release(leaderId);
      }
      const served = await route.call();
      expect(served.statusCode, `${route.name}: ${served.body.slice(0, 200)}`).toBeLessThan(300);
      expect(limiter.inUse(), route.name).toBe(0);
    }
  });

  it('serves another user meanwhile, and nobody once every slot of the server is taken', async () => {
    const limiter = t.app.expensiveLimiters.document;
    expect(limiter.tryAcquire(t.userId('leader'))).toBeUndefined();
    try {
      const other = await chairman.get(`/api/reports/xlsx?${PERIOD}`);
      expect(other.statusCode).toBe(200);
      expect(limiter.tryAcquire('someone-else')).toBeUndefined();
      try {
        const busy = await chairman.get(`/api/reports/xlsx?${PERIOD}`);
        expect(busy.statusCode).toBe(429);
        expect(busy.json<{ message: string }>().message).toMatch(/Máy chủ đang tạo nhiều báo cáo/);
        // Imports are counted apart: a full document pool does not hold them up.
        expect(t.app.expensiveLimiters.import.inUse()).toBe(0);
      } finally {
        limiter.release('someone-else');
      }
    } finally {
      limiter.release(t.userId('leader'));
    }
    expect(limiter.inUse()).toBe(0);
  });

  it('renders the report DOCX off the event loop into a well-formed document', async () => {
    const response = await leader.get(`/api/reports/docx?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('BÁO CÁO');
  });
});
