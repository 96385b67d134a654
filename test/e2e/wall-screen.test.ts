/**
 * Issue 16 §5 in Chromium at 1920×1080: the wall screen (/man-hinh) of a unit shows today's
 * figures and the warning lists' sizes in large type without the menus, cycles to the waiting
 * list (the queue board: numbers per counter and per group, following the stream) and to the
 * list of dossiers overdue and due today and back, and survives a server restart (a new server on the
 * same port and database): it reconnects through /api/stream by itself and shows a dossier
 * received after the restart. Screenshots in test-results/16/.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuilt } from './browser.ts';
import { ACCOUNTS, createTestApp, PASSWORD, receptionBody, START, WARD, type TestApp } from '../support/api.ts';
import { createPgliteTestDatabase } from '../support/db.ts';
import { MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';

const SHOTS = path.resolve('test-results/16');
mkdirSync(SHOTS, { recursive: true });

let handle: Awaited<ReturnType<typeof createPgliteTestDatabase>>;
let t: TestApp;
let browser: Browser;
let port: number;
const codes: string[] = [];

beforeAll(async () => {
  ensureWebBuilt();
  handle = await createPgliteTestDatabase();
  t = await createTestApp(handle);
  const counter = await t.login('counter');
  // Two dossiers received a week ago (overdue now), one received today.
  for (const at of [START - 7 * MINUTES_PER_DAY, START - 7 * MINUTES_PER_DAY + 30, START]) {
    t.setNow(at);
    const response = await counter.post('/api/dossiers', receptionBody());
    expect(response.statusCode, response.body).toBe(201);
    codes.push((response.json() as { code: string }).code);
  }
  t.setNow(START + 60);
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  port = (t.app.server.address() as AddressInfo).port;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await t?.close();
  await handle?.close();
});

const kiosk = async (): Promise<void> => {
  const issued = await t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${WARD}/tickets`, payload: { serviceGroup: 'chung-thuc' } });
  expect(issued.statusCode, issued.body).toBe(201);
};

const figure = async (page: Page, label: string): Promise<number> => Number((await page.getByTestId(`wall-${label}`).locator('div').nth(1).innerText()).replace(/\./g, ''));

it('shows the figures in large type, cycles to the waiting list and the overdue list and back, and survives a server restart', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const url = `http://localhost:${port}`;
  await page.goto(`${url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(ACCOUNTS.leader.username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  await page.goto(`${url}/man-hinh?giay=5`);
  await page.getByTestId('wall-screen-board').waitFor();
  await page.getByTestId('wall-live').filter({ hasText: 'Trực tuyến' }).waitFor();
  // The clock is Vietnam's, whatever the TV's own time zone (this browser runs in the machine's, UTC here).
  const vietnam = (offsetMinutes: number) => new Date(Date.now() + (7 * 60 - offsetMinutes) * 60_000).toISOString().slice(11, 16);
  const header = (await page.locator('header').first().innerText()).replace(/\s+/g, ' ');
  expect([vietnam(0), vietnam(1)].some((hhmm) => header.includes(`· ${hhmm}`)), header).toBe(true);
  // No menus, no header buttons: the TV shows the board only.
  expect(await page.getByRole('navigation').count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Đăng xuất' }).count()).toBe(0);
  expect(await figure(page, 'Tiếp nhận hôm nay')).toBe(1);
  expect(await figure(page, 'Đang xử lý')).toBe(3);
  expect(await figure(page, 'Quá hạn')).toBe(2);
  // Large type: the figures are at least 100 px high.
  const fontSize = await page.evaluate(`parseFloat(getComputedStyle(document.querySelector('[data-testid="wall-Quá hạn"] div:nth-child(2)')).fontSize)`);
  expect(fontSize).toBeGreaterThanOrEqual(100);
  await page.screenshot({ path: path.join(SHOTS, 'wall-board.png') });

  // The waiting list (the queue board): nothing waits yet; a ticket from the kiosk appears live.
  await page.getByTestId('wall-screen-queue').waitFor();
  expect(await page.getByTestId('wall-waiting-total').innerText()).toBe('0');
  expect(await page.getByTestId('wall-counter-1').innerText()).toMatch(/Đóng$/);
  await kiosk();
  await page.getByTestId('wall-waiting-chung-thuc').filter({ hasText: /1$/ }).waitFor();
  const queueSize = await page.evaluate(`parseFloat(getComputedStyle(document.querySelector('[data-testid="wall-waiting-chung-thuc"] td:nth-child(2)')).fontSize)`);
  expect(queueSize).toBeGreaterThanOrEqual(64);
  await page.screenshot({ path: path.join(SHOTS, 'wall-queue.png') });

  await page.getByTestId('wall-screen-list').waitFor();
  for (const code of codes.slice(0, 2)) await page.getByRole('cell', { name: code }).waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'wall-list.png') });
  await page.getByTestId('wall-screen-board').waitFor();

  // The server restarts: the same port and database, a new process state (sessions are in the database).
  await page.evaluate('window.__notReloaded = true');
  await t.close();
  await page.getByTestId('wall-live').filter({ hasText: 'Đang kết nối lại' }).waitFor();
  t = await createTestApp(handle, { seed: false, start: START + 90 });
  await t.app.listen({ host: '127.0.0.1', port });
  await page.getByTestId('wall-live').filter({ hasText: 'Trực tuyến' }).waitFor({ timeout: 60_000 });
  const counter = await t.login('counter');
  expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
  await page.getByTestId('wall-Tiếp nhận hôm nay').locator('div').nth(1).filter({ hasText: /^2$/ }).waitFor();
  expect(await page.evaluate('window.__notReloaded === true')).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, 'wall-after-restart.png') });
  // The queue screen follows the new server too.
  await kiosk();
  await page.getByTestId('wall-waiting-chung-thuc').filter({ hasText: /2$/ }).waitFor();
  expect(await page.evaluate('window.__notReloaded === true')).toBe(true);
  // A smaller TV (1366×768): every screen fits without scrolling.
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const which of ['board', 'queue', 'list']) {
    await page.getByTestId(`wall-screen-${which}`).waitFor();
    await page.screenshot({ path: path.join(SHOTS, `wall-${which}-1366.png`) });
    const size = await page.evaluate('(({ scrollWidth, scrollHeight }) => ({ scrollWidth, scrollHeight }))(document.querySelector("[data-testid^=wall-screen-]"))');
    expect({ which, size }).toEqual({ which, size: { scrollWidth: 1366, scrollHeight: 768 } });
  }
  await context.close();
}, 240_000);
