/**
 * Headers (issue 12 items 5 and 7): a strict Content-Security-Policy on every answer; behind a
 * reverse proxy named in MOTCUA_TRUST_PROXY, a request that came over HTTPS gets a Secure session
 * cookie and HSTS, and the per-address login limit counts the real client (X-Forwarded-For);
 * without it (the default) those headers are not believed. GET /api/about says whether the
 * database holds demo data. Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS, createTestApp, PASSWORD, type TestApp } from '../support/api.ts';
import { markDemoDatabase } from '../../src/platform/instance/instance-flags.store.ts';

const loginBody = { username: ACCOUNTS.counter.username, password: PASSWORD };

forEachDriver('security headers without a trusted proxy (default)', (getDb) => {
  {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(getDb());
    });
    afterAll(async () => {
      await t.close();
    });

    it('sends a strict CSP everywhere: scripts from this server only, no framing, no HTTP upgrade', async () => {
      for (const url of ['/', '/api/auth/me', '/api/docs', '/khong-co']) {
        const csp = String((await t.app.inject(url)).headers['content-security-policy']);
        expect(csp, url).toContain("default-src 'self'");
        // Scripts from this server, and one inline script by its hash (the forms' print button).
        expect(csp, url).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/);
        expect(csp, url).toContain("script-src-attr 'none'");
        expect(csp, url).toContain("frame-ancestors 'none'");
        expect(csp, url).toContain("object-src 'none'");
        expect(csp, url).toContain("img-src 'self' data:");
        expect(csp, url).not.toContain('upgrade-insecure-requests');
      }
    });

    it('does not believe X-Forwarded-Proto: no HSTS, no Secure cookie', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https' }, payload: loginBody });
      expect(response.statusCode).toBe(200);
      expect(response.headers['strict-transport-security']).toBeUndefined();
      expect(String(response.headers['set-cookie'])).not.toMatch(/Secure/);
    });

    it('says whether the database holds demo data (GET /api/about, no session needed)', async () => {
      expect((await t.app.inject('/api/about')).json()).toEqual({ demo: false });
      await markDemoDatabase(t.ctx.db);
      expect((await t.app.inject('/api/about')).json()).toEqual({ demo: true });
    });
  }

});

forEachDriver('security headers behind a trusted reverse proxy (MOTCUA_TRUST_PROXY=127.0.0.1)', (getDb) => {
  {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(getDb(), { env: { MOTCUA_TRUST_PROXY: '127.0.0.1' } });
    });
    afterAll(async () => {
      await t.close();
    });

    it('marks the cookie Secure and sends HSTS when the request came over HTTPS, and only then', async () => {
      const https = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' }, payload: loginBody });
      expect(https.statusCode).toBe(200);
      expect(String(https.headers['set-cookie'])).toMatch(/; Secure/);
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const http = await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-proto': 'http' } });
      expect(http.headers['strict-transport-security']).toBeUndefined();
      // A client that is not the proxy cannot claim HTTPS.
      const direct = await t.app.inject({ method: 'GET', url: '/healthz', remoteAddress: '192.168.1.9', headers: { 'x-forwarded-proto': 'https' } });
      expect(direct.headers['strict-transport-security']).toBeUndefined();
    });

    it('limits logins per real client behind the proxy, not per proxy', async () => {
      const from = (client: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': client }, payload: { username: 'khong.ai', password: 'sai-mat-khau' } });
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++) statuses.push((await from('198.51.100.1')).statusCode);
      expect(statuses.at(-1)).toBe(429);
      const other = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '198.51.100.2' }, payload: loginBody });
      expect(other.statusCode).toBe(200);
    });
  }
});
