/**
 * Issue 14, item 8 in Chromium: the search page opens with the newest dossier first, finds a
 * returning citizen by phone typed with +84 and spaces, and sorts by a column header click
 * (the list route's `sort` parameter, on the server).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, SCREENSHOTS, type E2E } from './browser.ts';
import { ACCOUNTS, receptionBody, START } from '../support/api.ts';

let e: E2E;
const codes: string[] = [];
const SHOTS = path.join(SCREENSHOTS, '..', '14');

beforeAll(async () => {
  e = await startE2E();
  mkdirSync(SHOTS, { recursive: true });
  const counter = await e.t.sessionFor(ACCOUNTS.counter.username);
  const people = [
    { name: 'Phan Văn Sớm', idNumber: '001090000111', phone: '0912345678' },
    { name: 'Vũ Thị Giữa', idNumber: '001090000222', phone: '0987000111' },
    { name: 'Phan Văn Sớm', idNumber: '001090000111', phone: '0912 345 678' },
  ];
  e.t.setNow(START);
  for (const person of people) {
    const response = await counter.post('/api/dossiers', receptionBody({ applicant: { kind: 'individual', ...person } }));
    expect(response.statusCode, response.body).toBe(201);
    codes.push((response.json() as { code: string }).code);
    e.t.advance(60);
  }
});
afterAll(async () => {
  await e?.close();
});

/** The dossier codes of the table, top to bottom. */
async function rowCodes(page: Page): Promise<string[]> {
  return page.locator('.ant-table-tbody tr.ant-table-row td:first-child').allInnerTexts();
}

describe('search page', () => {
  it('opens newest first, finds a citizen by phone, sorts by a column', async () => {
    const page = await e.as('counter');
    await page.goto(`${e.url}/ho-so`);
    await page.getByText('Tìm thấy 3 hồ sơ').waitFor();
    expect(await rowCodes(page)).toEqual([codes[2], codes[1], codes[0]]);

    await page.getByLabel('Mã hồ sơ, tên, CCCD hoặc số điện thoại').fill('+84 912 345 678');
    await page.keyboard.press('Enter');
    await page.getByText('Tìm thấy 2 hồ sơ').waitFor();
    expect(await rowCodes(page)).toEqual([codes[2], codes[0]]);
    // The counter of the unit sees the number it found.
    expect(await page.locator('.ant-table-tbody').innerText()).toContain('CCCD 001090000111');
    await e.shot(page, '../14/tra-cuu-so-dien-thoai');

    await page.getByLabel('Mã hồ sơ, tên, CCCD hoặc số điện thoại').fill('');
    await page.keyboard.press('Enter');
    await page.getByText('Tìm thấy 3 hồ sơ').waitFor();
    const answered = page.waitForResponse((r) => r.url().includes('/api/dossiers?') && r.url().includes('sort=receivedAt'));
    await page.getByRole('columnheader', { name: 'Tiếp nhận' }).click();
    await answered;
    await expect.poll(() => rowCodes(page)).toEqual([codes[0], codes[1], codes[2]]);
    expect(await page.getByRole('columnheader', { name: 'Tiếp nhận' }).getAttribute('aria-sort')).toBe('ascending');
    await e.shot(page, '../14/tra-cuu-sap-xep');
  }, 90_000);
});
