/**
 * Sessions. The session cookie over plain HTTP on a LAN address: not marked Secure (a browser would
 * drop it and the officer could never stay signed in), but HttpOnly and SameSite=Strict.
 * (Over HTTPS, `request.protocol === 'https'` marks it Secure: src/http/routes/auth.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteTestDatabase } from '../support/db.ts';
import { ACCOUNTS, createTestApp, PASSWORD, type TestApp } from '../support/api.ts';
import type { DatabaseHandle } from '../../src/platform/db/client.ts';

describe('session cookie', () => {
  let handle: DatabaseHandle;
  let t: TestApp;
  beforeAll(async () => {
    handle = await createPgliteTestDatabase();
    t = await createTestApp(handle);
  });
  afterAll(async () => {
    await t.close();
    await handle.close();
  });

  it('is HttpOnly and SameSite=Strict but not Secure over plain HTTP', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.168.1.20',
      payload: { username: ACCOUNTS.counter.username, password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('stops working at once after logout, although sessions are cached in memory', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: ACCOUNTS.counter.username, password: PASSWORD } });
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const { csrfToken } = login.json<{ csrfToken: string }>();
    const me = () => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect((await me()).statusCode).toBe(200);
    expect((await me()).statusCode).toBe(200); // served from the cache
    const logout = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(logout.statusCode).toBe(204);
    const after = await me();
    expect(after.statusCode).toBe(401);
    expect(after.json<{ message: string }>().message).toMatch(/chưa đăng nhập|hết hạn/);
  });
});
