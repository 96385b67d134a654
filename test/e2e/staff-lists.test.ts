/**
 * Issue 15, lists and the report page in Chromium at 1366×768: the report preview's total row
 * and the note of a card that differs from its column, the period shortcuts, empty states that
 * say why, the online submissions' arrival time, and the users page's search.
 * Screenshots go to test-results/15/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { layoutProblems, settle } from './layout-checks.ts';
import { ACCOUNTS, prepareDossier, receptionBody, WARD } from '../support/api.ts';
import { dayOf, instantFromLocalMinute, isoDate } from '../../src/domain/calendar/local-time.ts';
import { searchKey } from '../../src/domain/format/search-key.ts';
import { periodShortcuts } from '../../src/domain/kpi/period-shortcuts.ts';
import { WEB_DIST } from '../../src/platform/http/web-app.ts';

const SHOTS = path.resolve(WEB_DIST, '../..', 'test-results', '15');
let e: E2E;
let submittedCode = '';

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS, { recursive: true });
  const counter = await e.t.sessionFor(ACCOUNTS.counter.username);
  const specialist = await e.t.sessionFor(ACCOUNTS.specialist.username);
  const chairman = await e.t.sessionFor(ACCOUNTS.chairman.username);
  submittedCode = (await prepareDossier({ counter, specialist, chairman }, 'submitted')).code;
  await prepareDossier({ counter, specialist, chairman }, 'processed');
  // Received and withdrawn today: an end that Biểu II.06a counts as "đã giải quyết" and the card does not.
  const received = (await counter.post('/api/dossiers', receptionBody())).json() as { code: string; version: number };
  const withdrawn = await counter.post(`/api/dossiers/${received.code}/withdraw`, { expectedVersion: received.version });
  expect(withdrawn.statusCode, withdrawn.body).toBe(200);
}, 180_000);
afterAll(async () => {
  await e?.close();
});

/** dd/mm/yyyy of an ISO day. */
const dmy = (iso: string) => iso.split('-').reverse().join('/');
/** "1.232" → 1232 */
const num = (text: string) => Number(text.replace(/\./g, '').trim());

async function rangeInputs(page: Page): Promise<string[]> {
  return [await page.getByLabel('Kỳ báo cáo').first().inputValue(), await page.getByLabel('Kỳ báo cáo').nth(1).inputValue()];
}

describe('report page', () => {
  it('sets the period from a shortcut, totals the table and says why a card differs from its column', async () => {
    const page = await e.as('leader');
    // The browser's today is the server's (the test server's clock is fixed), so "Tháng này" holds today's dossiers.
    await page.clock.setFixedTime(new Date(instantFromLocalMinute(e.t.now())));
    await page.goto(`${e.url}/bao-cao`);
    await page.getByRole('heading', { name: 'Báo cáo định kỳ' }).waitFor();
    const today = dayOf(e.t.now());
    const expected = Object.fromEntries(periodShortcuts(today).map((s) => [s.label, [dmy(isoDate(s.period.from)), dmy(isoDate(s.period.to))]]));
    const shortcuts = page.getByRole('group', { name: 'Chọn nhanh kỳ báo cáo' });
    expect(await shortcuts.getByRole('button').allInnerTexts()).toEqual(['Tháng này', 'Tháng trước', 'Quý này', 'Quý trước', '6 tháng', 'Năm nay']);
    for (const label of ['Tháng trước', 'Quý trước', '6 tháng', 'Năm nay', 'Quý này', 'Tháng này']) {
      await shortcuts.getByRole('button', { name: label }).click();
      expect(await rangeInputs(page), label).toEqual(expected[label]);
    }
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Biểu số II.06a — theo lĩnh vực').waitFor();
    await settle(page);
    await page.screenshot({ path: path.join(SHOTS, 'leader-bao-cao-tong-so.png'), fullPage: true });

    // The total row equals the sum of the rows, column by column.
    const table = page.locator('.ant-table', { hasText: 'Biểu số II.06a' });
    const rows = await table.locator('tbody tr.ant-table-row').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const total = await table.getByTestId('form-total').locator('td').allInnerTexts();
    expect(total[0]).toBe('Tổng số');
    expect(rows.length).toBeGreaterThan(0);
    for (let column = 1; column < total.length; column++) expect(num(total[column]!), `column ${column}`).toBe(rows.reduce((sum, row) => sum + num(row[column]!), 0));
    // The card counts processed and returned dossiers; the column also counts the withdrawal: the card says so.
    const card = page.locator('.ant-card', { has: page.locator('.ant-statistic-title', { hasText: /^Đã giải quyết$/ }) });
    const cardValue = num(await card.locator('.ant-statistic-content-value').innerText());
    const headers = await table.locator('thead th').allInnerTexts();
    const resolvedColumn = num(total[headers.indexOf('Đã giải quyết')]!);
    expect(resolvedColumn - cardValue).toBeGreaterThanOrEqual(1);
    expect(await card.getByTestId('card-note').innerText()).toMatch(/^Chỉ tính hồ sơ đã có kết quả hoặc trả lại\. Cột “Đã giải quyết” của Biểu II\.06a \([\d.]+\) tính cả .*\d+ hồ sơ công dân xin rút\.$/);
    // A card equal to its column has no note.
    const received = page.locator('.ant-card', { has: page.locator('.ant-statistic-title', { hasText: /^Hồ sơ tiếp nhận$/ }) });
    expect(await received.getByTestId('card-note').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'leader-bao-cao-tong-so.png'), fullPage: true });
    expect(await layoutProblems(page)).toEqual({ overflow: [], wrapped: [], raw: [] });
  }, 90_000);
});

describe('lists', () => {
  it('show when an online submission arrived', async () => {
    const counter = await e.t.sessionFor(ACCOUNTS.counter.username);
    const list = (await counter.get('/api/dossiers?queue=cho-tiep-nhan')).json() as { items: Array<{ code: string; submittedAt: string | null; receivedAt: string | null }> };
    const item = list.items.find((i) => i.code === submittedCode)!;
    expect(item.receivedAt).toBeNull();
    expect(item.submittedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    const page = await e.as('counter');
    await page.goto(`${e.url}/viec-cua-toi`);
    await page.getByTestId('tab-cho-tiep-nhan').click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('link', { name: submittedCode }).waitFor();
    expect(await panel.locator('thead th').allInnerTexts()).toContain('Nộp lúc');
    const [date, time] = item.submittedAt!.split('T');
    const row = panel.getByRole('row', { name: new RegExp(submittedCode.replace(/\./g, '\\.')) });
    expect(await row.innerText()).toContain(`${time!.slice(0, 5)} ${dmy(date!)}`);
    await page.screenshot({ path: path.join(SHOTS, 'counter-cho-tiep-nhan-thoi-gian-nop.png'), fullPage: true });
  }, 60_000);

  it('say why they are empty and what to do', async () => {
    const page = await e.as('otherSpecialist');
    await page.goto(`${e.url}/viec-cua-toi`);
    await settle(page);
    await page.getByText('Chưa có hồ sơ nào chờ bạn xử lý. Hồ sơ được chuyển đến bạn sẽ hiện ở đây.').first().waitFor();
    await page.goto(`${e.url}/ho-so`);
    await page.getByLabel('Mã hồ sơ, tên, CCCD hoặc số điện thoại').fill('khong co ai ten nay');
    await page.keyboard.press('Enter');
    await page.getByText('Không có hồ sơ nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc hoặc chọn khoảng thời gian khác.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'tra-cuu-trong.png'), fullPage: true });
    // Nowhere Ant Design's bare "Trống" / "Không có dữ liệu".
    expect(await page.getByText(/^(Trống|Không có dữ liệu)$/).count()).toBe(0);
    const pakn = await e.as('counter');
    await pakn.goto(`${e.url}/pakn`);
    await pakn.getByRole('heading', { name: 'Sổ tiếp nhận phản ánh, kiến nghị' }).waitFor();
    await pakn.getByPlaceholder('Mã, người gửi, tiêu đề').fill('khong co phan anh nay');
    await pakn.keyboard.press('Enter');
    await pakn.getByText('Không có phản ánh, kiến nghị nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.').waitFor();
    expect(await pakn.getByText(/^(Trống|Không có dữ liệu)$/).count()).toBe(0);
  }, 60_000);
});

describe('users page', () => {
  it('searches by name and username without regard to diacritics, and keeps names on at most two lines', async () => {
    const admin = await e.t.sessionFor(ACCOUNTS.admin.username);
    for (const [username, fullName] of [['nguyen.tim', 'Nguyễn Văn Tìm'], ['tran.thao', 'Trần Thị Phương Thảo Nguyên Hồng']]) {
      const created = await admin.post('/api/users', { username, fullName, password: 'mat-khau-tim-kiem-1', role: 'specialist', unitCode: WARD, departmentCode: 'tu-phap' });
      expect(created.statusCode, created.body).toBe(201);
    }
    const page = await e.as('admin');
    await page.goto(`${e.url}/quan-tri/nguoi-dung`);
    await page.getByLabel('Đơn vị').locator('xpath=ancestor::div[contains(@class, "ant-select-selector")]').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: WARD }).first().click();
    await page.getByRole('cell', { name: 'nguyen.tim', exact: true }).waitFor();
    // Long names: at 1366×768 no name takes three lines (a second line adds about 22 px to its row).
    const height = async (name: string) => (await page.getByRole('cell', { name, exact: true }).boundingBox())!.height;
    expect(await height('Trần Thị Phương Thảo Nguyên Hồng')).toBeLessThan((await height('Nguyễn Văn Tìm')) + 30);
    await page.screenshot({ path: path.join(SHOTS, 'admin-nguoi-dung.png'), fullPage: true });
    const search = page.getByLabel('Tìm người dùng', { exact: true });
    const names = () => page.locator('tbody tr.ant-table-row td:nth-child(2)').allInnerTexts();
    await search.fill('nguyen van tim');
    await expect.poll(names).toEqual(['Nguyễn Văn Tìm']);
    await search.fill('TRAN.THAO');
    await expect.poll(names).toEqual(['Trần Thị Phương Thảo Nguyên Hồng']);
    await search.fill('nguyen');
    await expect.poll(async () => (await names()).sort()).toEqual(expect.arrayContaining(['Nguyễn Văn Tìm', 'Trần Thị Phương Thảo Nguyên Hồng']));
    expect((await names()).every((n) => searchKey(n).includes('nguyen'))).toBe(true);
    await search.fill('khong ai co ten nay');
    await page.getByText('Không có người dùng nào có họ tên hoặc tên đăng nhập khớp “khong ai co ten nay”. Hãy gõ từ khác hoặc xóa ô tìm.').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'admin-nguoi-dung-tim-trong.png'), fullPage: true });
  }, 60_000);
});
