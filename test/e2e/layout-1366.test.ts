/**
 * Issue 15, done-when: every page of every role at 1366×768 (the usual counter PC). For each
 * page: no sideways overflow (document and each table's container), codes, ID numbers and phone
 * numbers on one line, no raw code or JSON. Screenshots go to test-results/15/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { layoutProblems, settle } from './layout-checks.ts';
import { ACCOUNTS, prepareDossier, receptionBody, WARD, type AccountName } from '../support/api.ts';
import { PAKN_SENDER } from '../support/pakn-builders.ts';
import { WEB_DIST } from '../../src/platform/http/web-app.ts';

const SHOTS = path.resolve(WEB_DIST, '../..', 'test-results', '15');
let e: E2E;
let dossierCode = '';

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS, { recursive: true });
  const counter = await e.t.sessionFor(ACCOUNTS.counter.username);
  const specialist = await e.t.sessionFor(ACCOUNTS.specialist.username);
  const chairman = await e.t.sessionFor(ACCOUNTS.chairman.username);
  // Dossiers in the states each queue shows, with long names (an organisation) beside short ones.
  const organisation = { kind: 'organization', name: 'Công ty Trách nhiệm hữu hạn Thương mại và Dịch vụ Vận tải Biển Hải Phòng', idNumber: '0201234567', phone: '02253812345', address: 'Số 18 đường Điện Biên Phủ, phường Gia Viên' };
  for (const state of ['submitted', 'processing', 'supplement', 'obligation', 'processed'] as const) await prepareDossier({ counter, specialist, chairman }, state);
  dossierCode = (await prepareDossier({ counter, specialist, chairman }, 'processing', organisation)).code;
  const r = await counter.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', name: 'Nguyễn Thị Phương Thảo Nguyên', idNumber: '031190009999', phone: '0987654321', address: 'Số 12 ngõ 34 phố Lạch Tray, phường Gia Viên' } }));
  expect(r.statusCode).toBe(201);
  // A PAKN in the register (its code must stay on one line too).
  const pakn = await counter.post('/api/pakn', { channel: 'in_person', kind: 'reflection', sender: PAKN_SENDER, content: 'Đề nghị bố trí thêm ghế chờ tại Bộ phận Một cửa vào buổi sáng thứ Hai.' });
  expect(pakn.statusCode, pakn.body).toBe(201);
}, 180_000);
afterAll(async () => {
  await e?.close();
});

const ROLES: AccountName[] = ['counter', 'specialist', 'head', 'leader', 'chairman', 'admin', 'supervisor'];

async function menuLinks(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

function slug(address: string): string {
  return address.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'trang-chu';
}

describe('every page at 1366×768', () => {
  for (const role of ROLES) {
    it(`fits the pages of ${role}`, async () => {
      const page = await e.as(role);
      const addresses = await menuLinks(page);
      if (role !== 'admin') addresses.push(`/ho-so/${dossierCode}`);
      const problems: Record<string, unknown> = {};
      for (const address of addresses) {
        await page.goto(`${e.url}${address}`);
        await settle(page);
        await page.screenshot({ path: path.join(SHOTS, `${role}-${slug(address)}.png`), fullPage: true });
        const found = await layoutProblems(page);
        if (found.overflow.length || found.wrapped.length || found.raw.length) problems[address] = found;
      }
      expect(problems).toEqual({});
    }, 180_000);
  }

  it('shows a change of the change log as labelled fields, not JSON', async () => {
    const admin = await e.t.sessionFor(ACCOUNTS.admin.username);
    const created = await admin.post('/api/users', { username: 'nhatky.thu', fullName: 'Trần Văn Nhật', password: 'mat-khau-nhat-ky-1', role: 'specialist', unitCode: WARD, departmentCode: 'tu-phap' });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json() as { id: string };
    expect((await admin.put(`/api/users/${id}`, { fullName: 'Trần Văn Nhật Minh', role: 'department_head', departmentCode: 'tu-phap' })).statusCode).toBe(200);
    const page = await e.as('admin');
    await page.goto(`${e.url}/quan-tri/nhat-ky`);
    await settle(page);
    await page.getByRole('row', { name: /Trần Văn Nhật Minh/ }).getByRole('button').first().click();
    const detail = page.locator('.ant-table-expanded-row').first();
    await detail.getByText('Trần Văn Nhật Minh').waitFor();
    expect(await detail.innerText()).toMatch(/Họ tên\s+Trần Văn Nhật\s+Trần Văn Nhật Minh/);
    expect(await detail.innerText()).toMatch(/Vai trò\s+Chuyên viên phòng chuyên môn\s+Lãnh đạo phòng chuyên môn/);
    await page.screenshot({ path: path.join(SHOTS, 'admin-nhat-ky-chi-tiet.png'), fullPage: true });
    expect((await layoutProblems(page)).raw).toEqual([]);
  }, 60_000);

  it('shows the reception page’s main action without scrolling', async () => {
    const page = await e.as('counter');
    await page.goto(`${e.url}/tiep-nhan`);
    await settle(page);
    await page.getByLabel('Thủ tục hành chính (tìm theo tên hoặc mã)').fill('xac nhan tinh trang hon nhan');
    await page.keyboard.press('Enter');
    await page.getByTestId('due-date').waitFor();
    const button = page.getByRole('button', { name: 'Tiếp nhận hồ sơ', exact: true });
    // At the top of the form, and after scrolling down to its last field (the card stays in view).
    for (const scroll of ['window.scrollTo(0, 0)', 'window.scrollTo(0, document.body.scrollHeight)']) {
      await page.evaluate(scroll);
      const box = (await button.boundingBox())!;
      expect(box.y, scroll).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, scroll).toBeLessThanOrEqual(768);
    }
    await page.screenshot({ path: path.join(SHOTS, 'counter-tiep-nhan-da-chon-thu-tuc.png') });
    expect(await layoutProblems(page)).toEqual({ overflow: [], wrapped: [], raw: [] });
    // Red means overdue only: the appointment date is in the text colour.
    const colour = await page.getByTestId('due-date').evaluate('(el) => getComputedStyle(el).color');
    expect(colour).not.toBe('rgb(183, 28, 28)');
  }, 60_000);
});
