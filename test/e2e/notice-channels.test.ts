/**
 * The center leader sets up the unit's e-mail channel in Chromium at 1366×768 (issue 17): an
 * unsafe setting refused with the API's Vietnamese message under its field, then SMTP against a
 * real SMTP server in this process, saved; after a reload the password is only said to be stored
 * (never shown) and is kept when the form is saved again; "Gửi thử" sends a message that the test
 * reads from the server.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { WARD } from '../support/api.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { channelConfigOf } from '../../src/features/notices/notices.queries.ts';

let e: E2E;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink({ login: { user: 'motcua', pass: 'mat-khau-smtp' } });
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
  await sink?.close();
});

it('configures SMTP, keeps the password hidden and unchanged, and sends a test e-mail', async () => {
  const page = await e.as('leader');
  await page.goto(`${e.url}/quan-tri/don-vi`);
  const card = page.getByTestId('notice-channels');
  await card.waitFor();
  await card.getByLabel('Dùng thư điện tử').click();
  await card.getByLabel('Máy chủ SMTP').fill('smtp.example.vn');
  await card.getByLabel('Cổng', { exact: true }).fill(String(sink.port));
  await card.getByLabel('Bảo mật').click({ force: true });
  await page.locator('.ant-select-item-option', { hasText: 'Không mã hóa' }).click();
  await card.getByLabel('Tên đăng nhập SMTP').fill('motcua');
  await card.getByLabel('Mật khẩu SMTP').fill('mat-khau-smtp');
  await card.getByLabel('Tên người gửi').fill('Trung tâm PVHCC phường Gia Viên');
  await card.getByLabel('Địa chỉ thư người gửi').fill('motcua@giavien.gov.vn');
  await card.getByRole('button', { name: 'Lưu cấu hình kênh' }).click();
  // The API refuses plain SMTP to another machine; its message stands under "Bảo mật".
  await card.locator('.ant-form-item-explain-error', { hasText: 'Gửi thư không mã hóa chỉ được dùng với máy chủ thư trên chính máy này' }).waitFor();
  expect(await channelConfigOf(e.t.ctx.db, WARD)).toBeUndefined();

  await card.getByLabel('Máy chủ SMTP').fill('127.0.0.1');
  await card.getByRole('button', { name: 'Lưu cấu hình kênh' }).click();
  await page.getByText('Đã lưu cấu hình kênh gửi thông báo.').waitFor();
  expect(await channelConfigOf(e.t.ctx.db, WARD)).toMatchObject({ email: { host: '127.0.0.1', port: sink.port, user: 'motcua', password: 'mat-khau-smtp', security: 'none' } });

  // Reloaded: the password is not in the page, only said to be stored; saving again keeps it.
  await page.reload();
  await card.waitFor();
  const password = card.getByLabel('Mật khẩu SMTP');
  expect(await password.inputValue()).toBe('');
  expect(await password.getAttribute('placeholder')).toBe('Đã lưu — để trống nếu không đổi');
  expect(await page.content()).not.toContain('mat-khau-smtp');
  await card.getByLabel('Tên người gửi').fill('Trung tâm Phục vụ hành chính công phường Gia Viên');
  await card.getByRole('button', { name: 'Lưu cấu hình kênh' }).click();
  await page.getByText('Đã lưu cấu hình kênh gửi thông báo.').last().waitFor();
  await expect.poll(async () => channelConfigOf(e.t.ctx.db, WARD)).toMatchObject({ email: { password: 'mat-khau-smtp', from: { name: 'Trung tâm Phục vụ hành chính công phường Gia Viên' } } });

  await card.getByLabel('Gửi thử tới địa chỉ thư').fill('lanh.dao@giavien.gov.vn');
  await card.getByRole('button', { name: 'Gửi thử' }).first().click();
  await card.getByTestId('test-result-email').getByText('Đã gửi thử tới lanh.dao@giavien.gov.vn.').waitFor();
  expect(sink.messages).toHaveLength(1);
  expect(sink.messages[0]).toMatchObject({ envelopeTo: ['lanh.dao@giavien.gov.vn'], user: 'motcua', subject: expect.stringContaining('Thư thử') });
  expect(sink.messages[0]!.from).toContain('Trung tâm Phục vụ hành chính công phường Gia Viên');

  const dir = path.join(process.cwd(), 'test-results', '17');
  await mkdir(dir, { recursive: true });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(dir, 'kenh-gui-thong-bao.png') });
  await card.getByRole('tab', { name: 'Zalo ZNS' }).click();
  await card.screenshot({ path: path.join(dir, 'kenh-gui-zalo.png') });
  // No sideways scroll at 1366×768.
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

  // The change log names the changed fields; the password only as changed.
  await page.goto(`${e.url}/quan-tri/nhat-ky`);
  const first = page.locator('.ant-table-row', { hasText: 'Đổi cấu hình kênh gửi thông báo' }).last();
  await first.getByText('Thư điện tử: mật khẩu', { exact: false }).waitFor();
  await first.locator('.ant-table-row-expand-icon').click();
  await page.locator('.ant-table-expanded-row', { hasText: 'đã thay đổi' }).first().waitFor();
  expect(await page.content()).not.toContain('mat-khau-smtp');
  await page.screenshot({ path: path.join(dir, 'nhat-ky-kenh-gui.png') });
});
