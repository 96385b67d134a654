/**
 * A PAKN walked in Chromium (issue 19): a citizen sends it through the public form on a phone and
 * gets its code; the counter finds it in the register and classifies it; the center leader signs
 * the answer; the counter publishes it; the answer appears on the public list, without the
 * sender's name. Screenshots in test-results/19/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOTS, pickOption, startE2E, unlabelledFields, type E2E } from './browser.ts';

const SHOTS = path.join(SCREENSHOTS, '..', '19');
let e: E2E;

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await e?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Clicks a step's button on the PAKN page, fills its dialog, confirms, and waits for the new status. */
async function step(page: Page, button: string, status: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 4 }).textContent(), { timeout: 15_000 }).toContain(status);
}

async function pick(page: Page, label: string, option: string): Promise<void> {
  await pickOption(page, page.getByRole('dialog').getByLabel(label), option);
}

it('goes from the public form to the published answer', { timeout: 180_000 }, async () => {
  const phone = await (await e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })).newPage();
  await phone.goto(`${e.url}/phan-anh-kien-nghi`);
  await phone.getByRole('heading', { name: 'Gửi phản ánh, kiến nghị' }).waitFor();
  expect(await unlabelledFields(phone)).toEqual([]);
  await phone.getByLabel('Nơi nhận').selectOption({ label: 'Trung tâm Phục vụ hành chính công phường Gia Viên' });
  await phone.getByLabel('Họ và tên').fill('Vũ Thị Công Khai');
  await phone.getByLabel('Số điện thoại').fill('0977000111');
  await phone.getByLabel('Nội dung phản ánh, kiến nghị').fill('Quầy tiếp nhận yêu cầu nộp bản sao có chứng thực giấy khai sinh dù đã có dữ liệu dân cư.');
  await phone.getByRole('button', { name: 'Gửi phản ánh, kiến nghị' }).click();
  const status = phone.getByRole('status');
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/Mã số để theo dõi: PAKN-/);
  const code = /Mã số để theo dõi: (PAKN-\S+)\. /.exec((await status.textContent())!)![1]!;
  await shot(phone, 'public-form-sent');

  const counter = await e.signIn('counter');
  await counter.getByRole('link', { name: 'Phản ánh, kiến nghị' }).click();
  await shot(counter, 'staff-register');
  await counter.getByRole('link', { name: code, exact: true }).click();
  await counter.getByRole('heading', { name: new RegExp(code) }).waitFor();
  await step(counter, 'Phân loại', 'Đang xử lý', async () => {
    await pick(counter, 'Phân loại', 'Về quy định, chính sách, thủ tục hành chính');
    await pick(counter, 'Thẩm quyền', 'Thuộc thẩm quyền xử lý');
  });
  await shot(counter, 'staff-classified');

  const leader = await e.signIn('leader');
  await leader.goto(`${e.url}/pakn/${encodeURIComponent(code)}`);
  await leader.getByRole('heading', { name: new RegExp(code) }).waitFor();
  await step(leader, 'Ban hành văn bản trả lời', 'Đã xử lý, chờ công khai', async (dialog) => {
    await dialog.getByLabel('Nội dung trả lời').fill('Trung tâm đã khai thác dữ liệu dân cư, không yêu cầu bản sao giấy khai sinh.');
    await pick(leader, 'Kết quả xử lý', 'Giải thích, hướng dẫn');
    await dialog.getByLabel('Số văn bản').fill('21/TTPVHCC-PAKN');
  });
  await leader.getByRole('link', { name: 'Văn bản trả lời (DOCX)' }).waitFor();

  await counter.reload();
  await step(counter, 'Công khai kết quả', 'Đã công khai kết quả xử lý', async (dialog) => {
    await dialog.getByLabel('Tóm tắt nội dung (không ghi thông tin cá nhân)').fill('Công dân phản ánh việc bị yêu cầu nộp bản sao giấy khai sinh.');
    await dialog.getByLabel('Nội dung trả lời công khai').fill('Trung tâm khai thác dữ liệu dân cư, không yêu cầu bản sao giấy khai sinh.');
  });
  await shot(counter, 'staff-published');

  await phone.goto(`${e.url}/phan-anh-kien-nghi`);
  const published = phone.locator('article', { hasText: code });
  await expect.poll(() => published.textContent(), { timeout: 15_000 }).toContain('không yêu cầu bản sao giấy khai sinh');
  expect(await phone.locator('main').textContent()).not.toContain('Vũ Thị Công Khai');
  await shot(phone, 'public-list');
});
