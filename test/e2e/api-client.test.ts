/**
 * The web application's API client (web/src/api.ts, openapi-fetch over the generated types) in
 * Chromium: the server's Vietnamese message on a failed sign-in, the CSRF token on a change with
 * the error shown on the field the server names, and back to the login page when the session ends.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { ACCOUNTS } from '../support/api.ts';

let e: E2E;

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

async function loginPage(): Promise<Page> {
  const context = await e.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  await page.goto(`${e.url}/dang-nhap`);
  return page;
}

describe('API client in the browser', () => {
  it('shows the server’s Vietnamese message when signing in fails', async () => {
    const page = await loginPage();
    await page.getByLabel('Tên đăng nhập').fill(ACCOUNTS.counter.username);
    await page.getByLabel('Mật khẩu').fill('khong-phai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').allInnerTexts()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await page.context().close();
  });

  it('sends the CSRF token with a change and shows the server’s error on the field it names', async () => {
    const page = await e.signIn('chairman');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mật khẩu hiện tại').fill('sai-mat-khau-hien-tai');
    await dialog.getByLabel('Mật khẩu mới', { exact: true }).fill('Một-Cửa-mới-2026!');
    await dialog.getByLabel('Nhập lại mật khẩu mới').fill('Một-Cửa-mới-2026!');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/auth/password'));
    await dialog.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const response = await answered;
    expect(response.request().headers()['x-csrf-token']).toMatch(/\S{16,}/);
    // Without the token this would be a 403 about the token, shown on the new password instead.
    expect(response.status()).toBe(400);
    await expect.poll(() => dialog.locator('.ant-form-item-has-error').allInnerTexts()).toEqual([expect.stringContaining('Mật khẩu hiện tại không đúng.')]);
    await page.context().close();
  });

  it('goes back to the login page when the session has ended', async () => {
    const page = await e.signIn('leader');
    // Let the dashboard's own requests finish first: one of them answered 401 after the cookies
    // are gone would already send the page to the login (a race seen on a loaded machine).
    await page.waitForLoadState('networkidle');
    await page.context().clearCookies();
    // A live request of the page (the stream's reconnect, a list following it) may meet the 401
    // first and take the page to the login on its own, detaching the link: either way is right.
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tra cứu hồ sơ' }).click({ timeout: 10_000 }).catch(() => undefined);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await page.context().close();
  });
});
