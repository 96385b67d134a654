/**
 * Issue 18 in Chromium: kiosk → board → the counter calls → serves → the dossier received is linked
 * → the citizen rates on the counter tablet; the board and the counter panel open side by side,
 * and the ticket's QR page on a phone. Screenshots in test-results/18/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { receptionBody, WARD } from '../support/api.ts';

const SHOTS = path.join(import.meta.dirname, '..', '..', 'test-results', '18');
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await e?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

async function publicPage(width: number, height: number, address: string): Promise<Page> {
  const context = await e.browser.newContext({ viewport: { width, height }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  await page.goto(`${e.url}${address}`);
  return page;
}

it('kiosk → board → counter calls and serves → dossier linked → rating on the tablet', async () => {
  // The kiosk: a priority citizen takes a number for civil status.
  const kiosk = await publicPage(1366, 768, `/kiosk/${WARD}`);
  await kiosk.getByRole('button', { name: /Người cao tuổi/ }).click();
  await shot(kiosk, '01-kiosk');
  await kiosk.getByRole('button', { name: 'Tư pháp - Hộ tịch' }).click();
  const receipt = kiosk.getByLabel('Phiếu số thứ tự');
  await receipt.waitFor();
  expect(await receipt.locator('.number').textContent()).toBe('2001');
  await expect.poll(() => receipt.locator('.qr svg').count()).toBe(1);
  await shot(kiosk, '02-kiosk-phieu');
  await kiosk.emulateMedia({ media: 'print' });
  await kiosk.setViewportSize({ width: 302, height: 700 }); // 80 mm at 96 dpi
  await shot(kiosk, '03-phieu-in-80mm');
  expect(await kiosk.locator('header.bar').isVisible()).toBe(false);

  // The board and the counter, side by side.
  const board = await publicPage(1366, 768, `/bang-goi/${WARD}`);
  await board.getByText('Quầy 2 - Tư pháp - Hộ tịch').waitFor();
  const counter = await e.as('counter');
  await counter.goto(`${e.url}/quay`);
  await counter.getByLabel('Quầy', { exact: true }).locator('xpath=ancestor::div[contains(@class, "ant-select-selector")]').click();
  await counter.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Quầy 2 - Tư pháp - Hộ tịch' }).click();
  await counter.getByRole('button', { name: 'Mở quầy' }).click();
  await counter.getByRole('button', { name: 'Gọi số tiếp theo' }).click();
  await counter.getByLabel('Số đang phục vụ').getByText('2001').waitFor();
  await board.getByText('Mời công dân có số 2001 đến quầy số 2').waitFor();
  await shot(board, '04-bang-goi');
  await shot(counter, '05-quay-goi-so');

  await counter.getByRole('button', { name: 'Công dân đã đến: bắt đầu phục vụ' }).click();
  await counter.getByLabel('Mã hồ sơ đã tiếp nhận').waitFor();
  // The dossier is received at the same desk (the reception walk is test/e2e/pages.test.ts).
  const session = await e.t.sessionFor('motcua.tiepnhan');
  const received = await session.post('/api/dossiers', receptionBody());
  expect(received.statusCode, received.body).toBe(201);
  const code = (received.json() as { code: string }).code;
  await counter.getByLabel('Mã hồ sơ đã tiếp nhận').fill(code);
  await counter.getByRole('button', { name: 'Hoàn thành: đã tiếp nhận hồ sơ' }).click();
  await counter.getByRole('button', { name: 'Gọi số tiếp theo' }).waitFor();
  await shot(counter, '06-quay-hoan-thanh');

  // The counter tablet offers the rating of the visit just served.
  const tablet = await publicPage(800, 1100, `/danh-gia/${WARD}/2`);
  const form = tablet.getByLabel('Phiếu đánh giá');
  await form.waitFor();
  for (const fieldset of await form.locator('fieldset').all()) await fieldset.getByRole('button', { name: 'Hài lòng', exact: true }).click();
  await shot(tablet, '07-may-tinh-bang-danh-gia');
  await tablet.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await tablet.getByText('Cảm ơn ông/bà đã đánh giá').waitFor();

  // The ticket's QR page on a phone: served, already rated, nothing personal on it.
  const ticketId = (await (await e.t.app.inject({ method: 'GET', url: `/api/ratings/counters/${WARD}/2` })).json()) as { ticketId: string | null };
  expect(ticketId.ticketId).toBeNull();
  const report = await session.get(`/api/queue/counter`);
  expect(report.statusCode).toBe(200);
  const leader = await e.t.sessionFor('trungtam.lanhdao');
  const json = (await leader.get(`/api/reports?unit=${WARD}&from=2026-11-01&to=2026-11-30`)).json() as { satisfaction: { ratings: number; satisfied: number }; queue: { tickets: number; served: number } };
  expect(json.satisfaction).toMatchObject({ ratings: 1, satisfied: 1 });
  expect(json.queue).toMatchObject({ tickets: 1, served: 1 });
}, 240_000);

it('the ticket QR page on a phone follows a waiting ticket', async () => {
  const issued = await e.t.app.inject({ method: 'POST', url: `/api/queue/kiosk/${WARD}/tickets`, payload: { serviceGroup: 'chung-thuc' } });
  expect(issued.statusCode).toBe(201);
  const phone = await publicPage(390, 844, `/so/${(issued.json() as { id: string }).id}`);
  await phone.getByText('Đang chờ').waitFor();
  expect(await phone.getByLabel('Số thứ tự').textContent()).toContain('1001');
  await shot(phone, '08-dien-thoai-theo-doi-so');
}, 60_000);
