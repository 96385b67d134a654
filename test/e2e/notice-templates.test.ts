/**
 * The center leader edits a notice template in Chromium (issue 17 item 2): the live preview with
 * sample values, an unknown field refused before saving, then saved as the unit's own template.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { WARD } from '../support/api.ts';
import { templatesOf } from '../../src/features/notices/notices.queries.ts';

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

it('edits, previews and saves a notice template', async () => {
  const page = await e.as('leader');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${e.url}/quan-tri/don-vi`);
  const card = page.getByTestId('notice-templates');
  await card.waitFor();
  const subject = card.getByLabel('Tiêu đề thư');
  await subject.fill('Hồ sơ {maHoSoo} đã được tiếp nhận');
  await card.getByText('{maHoSoo}', { exact: false }).last().waitFor();
  await card.locator('.ant-alert-error').first().waitFor();
  expect(await card.getByRole('button', { name: 'Lưu mẫu' }).isDisabled()).toBe(true);

  await subject.fill('Phường Gia Viên đã nhận hồ sơ {maHoSo}');
  await card.getByTestId('notice-preview').getByText('Phường Gia Viên đã nhận hồ sơ 000.01.24.H24-261203-0047').waitFor();
  expect(await card.locator('.ant-alert-error').count()).toBe(0);
  await card.getByRole('button', { name: 'Lưu mẫu' }).click();
  await page.getByText('Đã lưu mẫu thông báo.').waitFor();
  await card.getByText('Mẫu riêng của đơn vị').waitFor();

  const dir = path.join(process.cwd(), 'test-results', '17');
  await mkdir(dir, { recursive: true });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(dir, 'mau-thong-bao.png'), fullPage: true });

  const saved = (await templatesOf(e.t.ctx.db, WARD)) as Array<{ subject: string }>;
  expect(saved.map((r) => r.subject)).toEqual(['Phường Gia Viên đã nhận hồ sơ {maHoSo}']);
});
