/**
 * The first-run demo as `motcua start` loads it (three units of Hải Phòng, 600 dossiers, the
 * clock at 23/11/2026 10:00), served on a free port with a Chromium, and the city supervisor
 * `haiphong.giamsat` signed in at 1366×768 — for the browser tests of the city board.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuilt } from './browser.ts';
import { createPgliteTestDatabase } from '../support/db.ts';
import { dayOf, dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { buildApp } from '../../src/platform/http/app.ts';
import { FEATURE_ROUTES } from '../../src/features/routes.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { CalendarService } from '../../src/platform/calendar/calendar-service.ts';
import { fileStoreOf } from '../../src/platform/files/file-store.ts';
import { DEFAULT_DEMO_PASSWORD, generateDemo } from '../../src/features/demo/index.ts';
import { START_DEMO } from '../../src/cli/commands/start.ts';

export interface DemoCity {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemoCity(): Promise<DemoCity> {
  ensureWebBuilt();
  const handle = await createPgliteTestDatabase();
  await bootstrap(handle.db, { adminPassword: 'mat-khau-quan-tri-demo' });
  const now = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 10 * 60;
  const config = configFromEnvironment({ MOTCUA_DATA_DIR: '.tmp/test-data' });
  // The attachments' files where the app below reads them (its config's files folder).
  await generateDemo(handle.db, { seed: 1, units: START_DEMO.units, from: dayOf(now) - START_DEMO.spanDays + 1, to: dayOf(now), now, dossiers: 600 }, { fileStore: fileStoreOf({ config }) });
  const app = await buildApp({ ctx: { db: handle.db, driver: handle.driver, config, calendars: new CalendarService(handle.db), now: () => now }, routes: FEATURE_ROUTES, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://localhost:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await handle.close();
    },
  };
}

/** A page of a fresh 1366×768 context, signed in as `haiphong.giamsat`, on the city board. */
export async function signInAsCitySupervisor(city: DemoCity): Promise<Page> {
  const context = await city.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  await page.goto(`${city.url}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill('haiphong.giamsat');
  await page.getByLabel('Mật khẩu').fill(DEFAULT_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /Hải Phòng: tổng quan ngày 23\/11\/2026/ }).waitFor();
  return page;
}
