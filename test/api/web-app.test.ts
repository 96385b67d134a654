/**
 * The web application served by the API server: the login page at `/`, index.html for page
 * addresses (SPA fallback), JSON 404 for unknown API paths, a Vietnamese page when not built.
 */
import Fastify from 'fastify';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteTestDatabase } from '../support/db.ts';
import { createTestApp, type TestApp } from '../support/api.ts';
import { registerWebApp, WEB_DIST } from '../../src/platform/http/web-app.ts';
import type { DatabaseHandle } from '../../src/platform/db/client.ts';
import { ensureWebBuilt } from '../e2e/browser.ts';

describe('web application serving', () => {
  let handle: DatabaseHandle;
  let t: TestApp;
  beforeAll(async () => {
    ensureWebBuilt();
    handle = await createPgliteTestDatabase();
    t = await createTestApp(handle);
  });
  afterAll(async () => {
    await t.close();
    await handle.close();
  });

  it('serves the login page at / and index.html at every page address', async () => {
    for (const url of ['/', '/dang-nhap', '/ho-so/000.01.24.H24-261123-0001', '/quan-tri/lich']) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<title>Đăng nhập — Một Cửa</title>');
      expect(response.body).toContain('lang="vi"');
    }
  });

  it('serves the built bundle, and JSON errors under /api', async () => {
    const asset = readdirSync(path.join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
    const js = await t.app.inject({ method: 'GET', url: `/assets/${asset}` });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toContain('javascript');
    // Unknown API paths: 401 before signing in (the session hook), then a JSON 404, never index.html.
    expect((await t.app.inject({ method: 'GET', url: '/api/khong-co' })).statusCode).toBe(401);
    const session = await t.login('counter');
    const missing = await session.get('/api/khong-co');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'khong_tim_thay', message: 'Không tìm thấy địa chỉ được yêu cầu.' });
    const unauthenticated = await t.app.inject({ method: 'GET', url: '/api/dossiers' });
    expect(unauthenticated.statusCode).toBe(401);
  });

  it('says in Vietnamese how to build when web/dist is missing', async () => {
    const app = Fastify();
    await registerWebApp(app, path.join(WEB_DIST, 'khong-co-thu-muc'));
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Đăng nhập — Một Cửa');
    expect(response.body).toContain('npm run build:web');
    await app.close();
  });
});
