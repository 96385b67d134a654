/**
 * A PAKN reply through the notices in Chromium (w3-reply: issue 19 item 3): the counter registers
 * a PAKN whose sender agrees to be told by e-mail, the leader signs the answer, the worker sends it
 * to a real SMTP server in this process (with the reply letter attached), and the PAKN page shows
 * the notice as "Đã gửi". Screenshot test-results/19/pakn-reply-sent.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOTS, pickOption, startE2E, type E2E } from './browser.ts';
import { WARD } from '../support/api.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { saveChannelConfig } from '../../src/features/notices/notices.store.ts';
import { sendDueNotices } from '../../src/features/notices/send-due-notices.ts';

const SHOTS = path.join(SCREENSHOTS, '..', '19');
const ANSWER = 'Từ ngày 05/12/2026, Trung tâm tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy.';
let e: E2E;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  e = await startE2E();
  mkdirSync(SHOTS, { recursive: true });
  const email = { host: '127.0.0.1', port: sink.port, security: 'none', from: { name: 'Trung tâm PVHCC Gia Viên', address: 'motcua@giavien.gov.vn' } };
  await saveChannelConfig(e.t.ctx.db, WARD, { email }, e.t.userId('leader'));
});
afterAll(async () => {
  await e?.close();
  await sink?.close();
});

async function pick(page: Page, scope: ReturnType<Page['getByRole']> | Page, label: string, option: string, force = false): Promise<void> {
  // A select showing a value ("Không nhận") covers its input: that one is clicked through.
  await pickOption(page, scope.getByLabel(label), option, force);
}

it('registers with consent, resolves, and shows the reply as sent', { timeout: 180_000 }, async () => {
  // The public form asks for the same consent (its labelled select), on a phone.
  const phone = await (await e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })).newPage();
  await phone.goto(`${e.url}/phan-anh-kien-nghi`);
  await phone.getByLabel('Nhận thông báo kết quả xử lý qua').selectOption('email');
  await phone.screenshot({ path: path.join(SHOTS, 'pakn-public-consent.png'), fullPage: true });
  await phone.context().close();

  const counter = await e.signIn('counter');
  await counter.goto(`${e.url}/pakn`);
  await counter.getByLabel('Họ tên, tên tổ chức').fill('Đỗ Thị Phản Hồi');
  await counter.getByLabel('Thư điện tử').fill('phan.hoi@example.vn');
  await pick(counter, counter, 'Người gửi đồng ý nhận thông báo kết quả qua', 'Thư điện tử', true);
  await counter.getByLabel('Nội dung phản ánh, kiến nghị').fill('Đề nghị tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy.');
  await counter.screenshot({ path: path.join(SHOTS, 'pakn-register-consent.png'), fullPage: true });
  await counter.getByRole('button', { name: 'Vào sổ' }).click();
  const heading = counter.getByRole('heading', { level: 4 });
  await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toMatch(/PAKN-/);
  const code = /(PAKN-\S+)/u.exec((await heading.textContent())!)![1]!;
  await counter.getByRole('button', { name: 'Phân loại', exact: true }).click();
  await pick(counter, counter.getByRole('dialog'), 'Phân loại', 'Về quy định, chính sách, thủ tục hành chính');
  await pick(counter, counter.getByRole('dialog'), 'Thẩm quyền', 'Thuộc thẩm quyền xử lý');
  await counter.getByRole('dialog').getByRole('button', { name: 'Ghi nhận' }).click();
  await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toContain('Đang xử lý');

  const leader = await e.signIn('leader');
  await leader.goto(`${e.url}/pakn/${encodeURIComponent(code)}`);
  await leader.getByRole('button', { name: 'Ban hành văn bản trả lời', exact: true }).click();
  const dialog = leader.getByRole('dialog');
  await dialog.getByLabel('Nội dung trả lời').fill(ANSWER);
  await pick(leader, dialog, 'Kết quả xử lý', 'Giải thích, hướng dẫn');
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  const card = leader.locator('.ant-card', { hasText: 'Thông báo cho người gửi phản ánh, kiến nghị' });
  await card.getByText('Chờ gửi').waitFor();

  expect((await sendDueNotices(e.t.ctx, { jitter: () => 0 })).sent).toBe(1);
  const mail = sink.messages.find((m) => m.subject.includes(code))!;
  expect(mail.text).toContain(ANSWER);
  expect(mail.attachments.map((a) => a.filename)).toEqual([`tra-loi-${code}.docx`]);

  await leader.reload();
  await card.getByText('Đã gửi').waitFor();
  await expect.poll(() => card.textContent()).toContain('Trả lời phản ánh, kiến nghị · Thư điện tử');
  await card.getByRole('button', { name: 'Gửi lại' }).waitFor();
  await card.scrollIntoViewIfNeeded();
  await leader.screenshot({ path: path.join(SHOTS, 'pakn-reply-sent.png'), fullPage: true });

  // The link the notice carries opens the public page following this PAKN, without a session.
  const link = /(http\S+phan-anh-kien-nghi\?ma=\S+)/u.exec(mail.text)![1]!;
  const citizen = await (await e.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })).newPage();
  await citizen.goto(`${e.url}${new URL(link).pathname}${new URL(link).search}`);
  await expect.poll(() => citizen.getByRole('status').last().textContent(), { timeout: 15_000 }).toContain(code);
  await citizen.context().close();
});
