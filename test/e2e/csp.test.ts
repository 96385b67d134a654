/**
 * The Content-Security-Policy in Chromium (issue 12 item 7): the web app's pages, the printable
 * HTML forms, the Mẫu 07 book and the API documentation (swagger-ui) load and work with no CSP
 * violation — every `securitypolicyviolation` event and every "Refused to …" console message is
 * collected. On a demo database the web app shows its banner, the login page included.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { ACCOUNTS, PASSWORD, receptionBody, WARD } from '../support/api.ts';
import { markDemoDatabase } from '../../src/platform/instance/instance-flags.store.ts';

let e: E2E;

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Violations seen so far, as "directive blocked-uri (page)". */
  violations: string[];
}

/** A fresh browser context that records every CSP violation of every page it opens. */
async function watched(): Promise<Watched> {
  const context = await e.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(20_000);
  const violations: string[] = [];
  await context.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => window.__cspViolation(event.violatedDirective + ' ' + event.blockedURI + ' (' + location.pathname + ')'));`);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return { context, page, violations };
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${e.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Opens a page of the web app and waits for its heading. */
async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(`${e.url}${path}`);
  await page.getByRole('heading', { name: heading }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

describe('Content-Security-Policy in Chromium', () => {
  it('the counter\'s pages, a dossier and its printable forms load without a violation', async () => {
    const { context, page, violations } = await watched();
    await page.goto(`${e.url}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    await signIn(page, ACCOUNTS.counter.username);
    await visit(page, '/tiep-nhan', 'Tiếp nhận hồ sơ');
    const counter = await e.t.sessionFor(ACCOUNTS.counter.username);
    const created = await counter.post('/api/dossiers', receptionBody());
    expect(created.statusCode).toBe(201);
    const code = created.json<{ code: string }>().code;
    await page.goto(`${e.url}/ho-so/${encodeURIComponent(code)}`);
    await page.getByText(code).first().waitFor();
    await page.waitForLoadState('networkidle');
    // Mẫu 01 (with its inline QR code and its own <style>) and the Mẫu 07 book, as printed.
    await page.goto(`${e.url}/api/dossiers/${encodeURIComponent(code)}/forms/mau-01?format=html`);
    await page.locator('.qr svg').first().waitFor();
    // The form's own stylesheet applied (a blocked <style> would leave the QR code at its natural size).
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('.qr')).display")).toBe('flex');
    // The print button works through the served script (window.print replaced to observe it).
    await page.evaluate("window.print = () => { document.body.dataset.printed = 'yes'; }");
    await page.getByRole('button', { name: 'In văn bản' }).click();
    expect(await page.evaluate<string>('document.body.dataset.printed')).toBe('yes');
    await page.goto(`${e.url}/api/forms/mau-07?unit=${encodeURIComponent(WARD)}&from=2026-11-01&to=2026-11-30&format=html`);
    await page.getByText('SỔ THEO DÕI HỒ SƠ').first().waitFor();
    await e.shot(page, 'csp-mau-07');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the leader\'s overview (charts), reports and administration pages load without a violation', async () => {
    const { context, page, violations } = await watched();
    await signIn(page, ACCOUNTS.leader.username);
    await visit(page, '/tong-quan', 'Tổng quan');
    await visit(page, '/bao-cao', 'Báo cáo định kỳ');
    await visit(page, '/pakn', 'Sổ tiếp nhận phản ánh, kiến nghị'); // issue 19
    await visit(page, '/quan-tri/nguoi-dung', 'Người dùng và vai trò');
    await visit(page, '/quan-tri/lich', 'Lịch làm việc');
    await e.shot(page, 'csp-lich');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the API documentation (swagger-ui) works without a violation', async () => {
    const { context, page, violations } = await watched();
    await page.goto(`${e.url}/api/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor();
    await page.getByText('/api/auth/login').first().click();
    await page.getByRole('button', { name: 'Try it out' }).first().waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('shows the demo banner on every page of a demo database, the login page included', async () => {
    await markDemoDatabase(e.t.ctx.db);
    const { context, page, violations } = await watched();
    await page.goto(`${e.url}/dang-nhap`);
    const banner = page.getByRole('alert').filter({ hasText: 'BẢN DÙNG THỬ VỚI DỮ LIỆU MẪU' });
    await banner.waitFor();
    await signIn(page, ACCOUNTS.chairman.username);
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/mật khẩu công khai/);
    await e.shot(page, 'demo-banner');
    expect(violations).toEqual([]);
    await context.close();
  });
});
