/**
 * Reception in Chromium at 1366×768 (issue 15 item 5, issue 17 item 3): a typed CCCD offers the
 * citizen's details from their last dossier and fills only what the officer left empty; a
 * person submitting for the applicant; the consent to notices and its channel, shown on the
 * dossier page and changed there. Screenshots in test-results/15/.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, unlabelledFields, type E2E } from './browser.ts';
import { receptionBody } from '../support/api.ts';

const SHOTS = path.resolve('test-results', '15');
let e: E2E;
let counter: Page;

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS, { recursive: true });
  counter = await e.signIn('counter');
});
afterAll(async () => {
  await e?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
const ID = '031088004411';

describe('reception: prefill, submitter and consent', () => {
  it('fills from the last dossier without overwriting, records the submitter and the consent, and changes the channel on the dossier page', async () => {
    // An earlier dossier of the same citizen in the unit.
    const api = await e.t.login('counter');
    const earlier = await api.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', name: 'Nguyễn Văn A', idNumber: ID, phone: '0911223344', address: 'Số 7 Lạch Tray, phường Gia Viên', email: 'nguyenvana@example.vn' } }));
    expect(earlier.statusCode, earlier.body).toBe(201);

    await counter.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tiếp nhận hồ sơ' }).click();
    await counter.getByRole('heading', { name: 'Tiếp nhận hồ sơ', exact: true }).waitFor();
    const procedure = counter.getByLabel('Thủ tục hành chính (tìm theo tên hoặc mã)');
    await procedure.click();
    await procedure.fill('tình trạng hôn nhân');
    await counter.locator('.ant-select-item-option', { hasText: '1.004873' }).first().click();
    // The officer types an address first; then the ID number.
    await counter.getByLabel('Địa chỉ', { exact: true }).fill('Địa chỉ do cán bộ gõ');
    expect(await counter.getByTestId('prefill-offer').count()).toBe(0);
    await counter.getByLabel('Số CCCD / định danh cá nhân').fill(ID);
    const offer = counter.getByTestId('prefill-offer');
    await expect.poll(() => offer.textContent(), { timeout: 10_000 }).toContain('Đã có hồ sơ trước: Nguyễn Văn A');
    await shot(counter, '01-goi-y-dien-thong-tin');
    await offer.getByRole('button', { name: 'Điền thông tin' }).click();
    expect(await counter.getByLabel('Họ và tên người nộp').inputValue()).toBe('Nguyễn Văn A');
    expect(await counter.getByLabel('Số điện thoại', { exact: true }).inputValue()).toBe('0911223344');
    expect(await counter.getByLabel('Thư điện tử (email)').inputValue()).toBe('nguyenvana@example.vn');
    expect(await counter.getByLabel('Địa chỉ', { exact: true }).inputValue()).toBe('Địa chỉ do cán bộ gõ');
    expect(await offer.count()).toBe(0);

    // Consent: the channel defaults to e-mail (an e-mail is given); the officer picks SMS.
    await counter.getByLabel('Đồng ý nhận thông báo').check();
    const channel = counter.getByTestId('notice-choice').locator('.ant-select');
    await expect.poll(() => channel.textContent()).toBe('Thư điện tử');
    await channel.click();
    await counter.locator('.ant-select-item-option', { hasText: 'SMS' }).click();

    // The person who brings the dossier.
    expect(await counter.getByTestId('submitter-section').getByRole('textbox').count()).toBe(0);
    await counter.getByRole('switch', { name: 'Người nộp thay' }).click();
    await counter.getByLabel('Họ tên người được ủy quyền').fill('Trần Thị Thay');
    await counter.getByLabel('Số CCCD', { exact: true }).fill('031092007788');
    await counter.getByLabel('Quan hệ với người có hồ sơ').fill('Con gái');
    for (const paper of ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)', 'Giấy tờ tùy thân của người yêu cầu (Thẻ căn cước/CCCD, hộ chiếu)']) await counter.getByLabel(`Đã nộp: ${paper}`).check();
    expect(await unlabelledFields(counter)).toEqual([]);
    // The main action stays in view with every section open.
    const main = counter.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true });
    await counter.evaluate('window.scrollTo(0, 0)');
    const box = await main.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    await shot(counter, '02-tiep-nhan-nguoi-nop-thay');
    await main.click();
    const heading = counter.locator('.ant-result-title');
    await expect.poll(() => heading.textContent(), { timeout: 15_000 }).toMatch(/^Đã tiếp nhận hồ sơ /);
    const code = /hồ sơ (\S+)/.exec((await heading.textContent())!)![1]!;

    await counter.goto(`${e.url}/ho-so/${encodeURIComponent(code)}`);
    const submitter = counter.getByTestId('dossier-submitter');
    await expect.poll(() => submitter.textContent(), { timeout: 15_000 }).toContain('Trần Thị Thay');
    expect(await submitter.textContent()).toContain('031092007788');
    expect(await submitter.textContent()).toContain('Con gái');
    const card = counter.getByTestId('notice-preferences');
    await expect.poll(() => card.textContent()).toContain('Đồng ý nhận qua SMS: 0911223344 (kênh ưu tiên)');
    await card.scrollIntoViewIfNeeded();
    await shot(counter, '03-ho-so-nguoi-nop-thay-thong-bao');

    // Changed on the dossier page: e-mail becomes the preferred channel.
    await card.getByRole('button', { name: 'Thay đổi' }).click();
    await card.locator('.ant-select').click();
    await counter.locator('.ant-select-item-option', { hasText: 'Thư điện tử' }).click();
    expect(await card.getByLabel('Địa chỉ nhận thông báo').inputValue()).toBe('nguyenvana@example.vn');
    await card.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => card.textContent()).toContain('Đồng ý nhận qua Thư điện tử: nguyenvana@example.vn (kênh ưu tiên)');
    expect(await card.textContent()).toContain('Đồng ý nhận qua SMS: 0911223344');
    await counter.reload();
    await expect.poll(() => counter.getByTestId('notice-preferences').textContent(), { timeout: 15_000 }).toContain('Thư điện tử: nguyenvana@example.vn (kênh ưu tiên)');
    await shot(counter, '04-doi-kenh-thong-bao');
  });
});
