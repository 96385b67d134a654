/**
 * Issue 16 in Chromium: the leaders' overview updates itself, without reloading, when a dossier
 * is received through the API in the background (GET /api/stream); the city supervisor of the
 * first-run demo (`haiphong.giamsat`, three units, as `motcua start` loads it) sees the three
 * units ranked with their figures. Screenshots in test-results/16/.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuilt, startE2E, type E2E } from './browser.ts';
import { receptionBody } from '../support/api.ts';
import { createPgliteTestDatabase } from '../support/db.ts';
import { dayOf, dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { FEATURE_ROUTES } from '../../src/features/routes.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import { DEFAULT_DEMO_PASSWORD, generateDemo } from '../../src/features/demo/index.ts';
import { START_DEMO } from '../../src/cli/commands/start.ts';

const SHOTS = path.resolve('test-results/16');
mkdirSync(SHOTS, { recursive: true });

const cardValue = async (page: Page, title: string): Promise<string> => (await page.getByTestId(`card-${title}`).locator('.ant-statistic-content-value').innerText()).trim();

describe('the overview updates itself', () => {
  let e: E2E;
  beforeAll(async () => {
    e = await startE2E();
  }, 120_000);
  afterAll(async () => {
    await e?.close();
  });

  it('shows a dossier received through the API in the background without a reload', async () => {
    const page = await e.signIn('leader');
    await page.goto(`${e.url}/tong-quan`);
    await page.getByTestId('live-state').filter({ hasText: 'Cập nhật trực tuyến' }).waitFor();
    const before = Number(await cardValue(page, 'Tiếp nhận hôm nay'));
    // A mark in the page: a reload would lose it.
    await page.evaluate('window.__notReloaded = true');
    const counter = await e.t.login('counter');
    for (let i = 0; i < 2; i++) expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    await page.getByTestId('card-Tiếp nhận hôm nay').locator('.ant-statistic-content-value').filter({ hasText: new RegExp(`^${before + 2}$`) }).waitFor();
    expect(await page.evaluate('window.__notReloaded === true')).toBe(true);
    expect(Number(await cardValue(page, 'Đang xử lý'))).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: path.join(SHOTS, 'overview-live.png'), fullPage: true });
  }, 120_000);
});

describe('the city supervisor on the first-run demo', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let url: string;
  beforeAll(async () => {
    ensureWebBuilt();
    const handle = await createPgliteTestDatabase();
    await bootstrap(handle.db, { adminPassword: 'mat-khau-quan-tri-demo' });
    const now = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 10 * 60;
    await generateDemo(handle.db, { seed: 1, units: START_DEMO.units, from: dayOf(now) - START_DEMO.spanDays + 1, to: dayOf(now), now, dossiers: 600 });
    const config = configFromEnvironment({ MOTCUA_DATA_DIR: '.tmp/test-data' });
    const app = await buildApp({ ctx: { db: handle.db, driver: handle.driver, config, calendars: new CalendarService(handle.db), now: () => now }, routes: FEATURE_ROUTES, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://localhost:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    close = async () => {
      await browser.close();
      await app.close();
      await handle.close();
    };
  }, 300_000);
  afterAll(async () => {
    await close?.();
  });

  it('sees the city total and the three units ranked with their figures, and opens a unit', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await page.goto(`${url}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('haiphong.giamsat');
    await page.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: /Hải Phòng: tổng quan ngày 23\/11\/2026/ }).waitFor();
    const rows = page.locator('table[aria-label="Xếp hạng đơn vị"] tbody tr.ant-table-row, [aria-label="Xếp hạng đơn vị"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    const texts = await rows.allInnerTexts();
    expect(texts.map((text) => text.split('\t')[0])).toEqual(['1', '2', '3']);
    for (const text of texts) expect(text).toMatch(/(phường|xã) /i);
    // Figures: the city has dossiers in progress and a month's receptions.
    expect(Number((await cardValue(page, 'Đang xử lý')).replace(/\./g, ''))).toBeGreaterThan(0);
    expect(Number((await cardValue(page, 'Tiếp nhận trong tháng')).replace(/\./g, ''))).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'city-board-demo.png'), fullPage: true });
    // A unit opens to its departments and officers.
    await rows.first().getByRole('link').click();
    await page.getByRole('button', { name: '← Toàn thành phố' }).waitFor();
    await page.getByText('Theo phòng, cơ quan xử lý').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'city-board-unit.png'), fullPage: true });
    await context.close();
  }, 120_000);
});
