/**
 * Issue 16 in Chromium: the leaders' overview updates itself, without reloading, when a dossier
 * is received through the API in the background (GET /api/stream); the city supervisor of the
 * first-run demo (`haiphong.giamsat`, three units, as `motcua start` loads it) sees the three
 * units ranked with their figures; w3-city (issue 16 §4, issue 15 §4): the "Quá hạn" and "Đang xử
 * lý" cards open dossier lists whose counts are the cards' figures, and a unit opens to its
 * departments, a department to its officers, an officer to their dossiers (as many as the
 * officer's "Đang xử lý"); the trend chart is drawn; w3-links: the received-today, due-today and
 * "Chờ trả kết quả" cards and a unit's bar open lists of their figure; w4-links: the city's
 * "Tiếp nhận trong tháng" and "Chưa xin lỗi, hẹn lại" cards and a bar of the trend too.
 * Screenshots in test-results/16/.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './browser.ts';
import { signInAsCitySupervisor, startDemoCity, type DemoCity } from './demo-city.ts';
import { receptionBody } from '../support/api.ts';

const SHOTS = path.resolve('test-results/16');
mkdirSync(SHOTS, { recursive: true });

const cardValue = async (page: Page, title: string): Promise<string> => (await page.getByTestId(`card-${title}`).locator('.ant-statistic-content-value').innerText()).trim();

const number = (text: string) => Number(text.replace(/[^\d]/g, ''));
const cardNumber = async (page: Page, title: string) => number(await cardValue(page, title));
/** The count of the dossier list ("Tìm thấy 1.234 hồ sơ"), once loaded. */
async function listCount(page: Page): Promise<number> {
  const caption = page.getByText(/^Tìm thấy [\d.]+ hồ sơ$/);
  await caption.waitFor();
  return number(await caption.innerText());
}

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
  let city: DemoCity;
  beforeAll(async () => {
    city = await startDemoCity();
  }, 300_000);
  afterAll(async () => {
    await city?.close();
  });

  it('sees the city total and the three units ranked with their figures, and opens a unit', async () => {
    const page = await signInAsCitySupervisor(city);
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
    await rows.first().getByRole('link').first().click();
    await page.getByRole('button', { name: '← Toàn thành phố' }).waitFor();
    await page.getByText('Theo phòng, cơ quan xử lý').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'city-board-unit.png'), fullPage: true });
    await page.context().close();
  }, 120_000);

  it('opens the overdue card as its list, and a unit down to an officer’s dossiers', async () => {
    const page = await signInAsCitySupervisor(city);
    const rows = page.locator('[aria-label="Xếp hạng đơn vị"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    await page.getByTestId('trend-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'city-drill-board.png'), fullPage: true });

    // Issue 15 §4: each card opens the list it counts (the demo has nothing overdue at this
    // moment, so "Đang xử lý" gives the figure that is not zero).
    for (const title of ['Quá hạn', 'Đang xử lý']) {
      const figure = await cardNumber(page, title);
      await page.getByRole('link', { name: `${title}: mở danh sách hồ sơ` }).click();
      await page.getByText(`Danh sách: ${title}`).waitFor();
      expect(await listCount(page), title).toBe(figure);
      if (title === 'Đang xử lý') expect(figure).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(SHOTS, `city-drill-list-${title === 'Quá hạn' ? 'overdue' : 'in-progress'}.png`), fullPage: true });
      await page.goBack();
      await rows.first().waitFor();
    }

    // A unit → its departments → a department's officers → an officer's dossiers.
    await rows.first().getByRole('link').first().click();
    const departments = page.getByTestId('drill-departments');
    await departments.locator('tbody tr.ant-table-row').first().waitFor();
    const department = departments.locator('tbody tr.ant-table-row button').first();
    const departmentName = (await department.innerText()).trim();
    await department.click();
    const officers = page.getByTestId('drill-officers');
    await officers.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByText(`${departmentName}: theo cán bộ`).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'city-drill-officers.png'), fullPage: true });
    const officer = officers.locator('tbody tr.ant-table-row').filter({ has: page.locator('button') }).first();
    const officerName = (await officer.locator('button').innerText()).trim();
    // The officer's "Đang xử lý" (third column: name, received, in progress).
    const inProgress = number(await officer.locator('td').nth(2).innerText());
    await officer.locator('button').click();
    await page.getByText(`Danh sách: Đang xử lý — ${officerName}`).waitFor();
    expect(await listCount(page)).toBe(inProgress);
    await page.screenshot({ path: path.join(SHOTS, 'city-drill-officer-dossiers.png'), fullPage: true });
    await page.context().close();
  }, 180_000);

  it('opens the city’s received-today and due-today cards, a unit’s bar, and a unit’s "Chờ trả kết quả", as their lists (w3-links)', async () => {
    const page = await signInAsCitySupervisor(city);
    const rows = page.locator('[aria-label="Xếp hạng đơn vị"] tbody tr.ant-table-row');
    await rows.first().waitFor();
    const opened = async (title: string) => {
      const figure = await cardNumber(page, title);
      await page.getByRole('link', { name: `${title}: mở danh sách hồ sơ` }).click();
      await page.getByText(`Danh sách: ${title}`).waitFor();
      expect(await listCount(page), title).toBe(figure);
      return figure;
    };
    // w4-links: "Tiếp nhận trong tháng" (the month's receptions, 431 on the demo, no longer the
    // report's total with carried-over dossiers) and "Chưa xin lỗi, hẹn lại" open their lists too.
    for (const title of ['Tiếp nhận hôm nay', 'Đến hạn hôm nay', 'Tiếp nhận trong tháng', 'Chưa xin lỗi, hẹn lại']) {
      const figure = await opened(title);
      if (title === 'Tiếp nhận trong tháng') {
        expect(figure).toBeGreaterThan(0);
        await page.screenshot({ path: path.join(SHOTS, 'w4-links-received-in-month.png'), fullPage: true });
      }
      await page.goBack();
      await rows.first().waitFor();
    }
    // w4-links: a bar of the trend (this month's receptions, the last bar of the first series) opens its list.
    const trend = (await (await page.request.get(new URL('/api/overview/trend', page.url()).toString())).json()) as { months: Array<{ received: number }> };
    const thisMonth = trend.months.at(-1)!.received;
    expect(thisMonth).toBeGreaterThan(0);
    await page.getByTestId('trend-chart').locator('.recharts-bar-rectangles').first().locator('.recharts-bar-rectangle').last().click();
    await page.getByText(/^Danh sách: Tiếp nhận tháng /).waitFor();
    expect(await listCount(page)).toBe(thisMonth);
    await page.screenshot({ path: path.join(SHOTS, 'w4-links-trend-bar.png'), fullPage: true });
    await page.goBack();
    await rows.first().waitFor();
    // A unit's bar on "Theo đơn vị" (the first: "Đang xử lý" of the first row) opens that unit's list.
    const firstName = (await rows.first().locator('td').nth(1).innerText()).trim();
    const firstInProgress = number(await rows.first().locator('td').nth(6).innerText());
    await page.locator('figure[aria-label="Theo đơn vị"] .recharts-bar-rectangle').first().click();
    await page.getByText(`Danh sách: Đang xử lý — ${firstName}`).waitFor();
    expect(await listCount(page)).toBe(firstInProgress);
    await page.goBack();
    await rows.first().waitFor();
    await rows.first().getByRole('link').first().click();
    await page.getByRole('button', { name: '← Toàn thành phố' }).waitFor();
    // The demo has results waiting (not a comparison of zeros).
    expect(await opened('Chờ trả kết quả')).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'w3-links-awaiting-return.png'), fullPage: true });
    await page.context().close();
  }, 180_000);

  it('lists on a demo dossier\'s page the file of every "Đính kèm tệp" of its history (issue 15)', async () => {
    const page = await signInAsCitySupervisor(city);
    const api = async <T,>(url: string): Promise<T> => (await page.request.get(`${city.url}${url}`)).json() as Promise<T>;
    // A dossier with a scan, a reused document and an electronic result.
    const { items } = await api<{ items: Array<{ code: string }> }>('/api/dossiers?limit=60');
    let found: { code: string; names: string[]; attached: number } | undefined;
    for (const { code } of items) {
      const files = (await api<{ items: Array<{ originalName: string }> }>(`/api/dossiers/${encodeURIComponent(code)}/files`)).items;
      if (files.length < 3) continue;
      const detail = await api<{ history: Array<{ type: string }> }>(`/api/dossiers/${encodeURIComponent(code)}`);
      found = { code, names: files.map((f) => f.originalName), attached: detail.history.filter((h) => h.type === 'file_attached').length };
      break;
    }
    expect(found).toBeDefined();
    expect(found!.attached).toBe(found!.names.length);
    await page.goto(`${city.url}/ho-so/${encodeURIComponent(found!.code)}`);
    const card = page.locator('.ant-card').filter({ has: page.getByText('Tệp đính kèm', { exact: true }) });
    await card.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await card.locator('tbody tr.ant-table-row').count()).toBe(found!.attached);
    // The city supervisor sees every file listed, but no link: only the unit holding the dossier downloads scans.
    for (const name of found!.names) await card.getByText(name, { exact: true }).waitFor();
    expect(await card.getByRole('link').count()).toBe(0);
    expect(await card.getByText('Chỉ đơn vị giữ hồ sơ').count()).toBe(found!.attached);
    expect(await page.getByText(/Chưa có tệp/).count()).toBe(0);
    mkdirSync(path.resolve('test-results/15'), { recursive: true });
    await page.screenshot({ path: path.resolve('test-results/15/demo-dossier-files.png'), fullPage: true });
    await page.context().close();
  }, 120_000);
});
