/**
 * The citizen's lookup page in Chromium at 390×844 (issue 17): the link is read from the text
 * of Mẫu 01 as printed for a received dossier, then opened in a browser context without any
 * session; the page shows where the dossier stands and nothing about the person.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, unlabelledFields, type E2E } from './browser.ts';
import { receptionBody, WARD, type Session } from '../support/api.ts';

const SHOTS = path.resolve('test-results', '17');
const APPLICANT = { kind: 'individual', name: 'Vũ Thị Lan Anh', idNumber: '031195001234', phone: '0903 111 222', address: 'Số 9 Điện Biên Phủ, phường Gia Viên' };
const PERSONAL = [APPLICANT.name, 'Lan Anh', APPLICANT.idNumber, '0903111222', '0903 111 222', '903111222', 'Điện Biên Phủ'];

let e: E2E;
let counter: Session;
let specialist: Session;
let head: Session;
let chairman: Session;
let code = '';
let link = '';

async function act(session: Session, action: string, body: Record<string, unknown> = {}): Promise<void> {
  const current = (await session.get(`/api/dossiers/${code}`)).json() as { version: number };
  const response = await session.post(`/api/dossiers/${code}/${action}`, { expectedVersion: current.version, ...body });
  expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
}

/** A phone-sized context with no cookie at all: what a citizen scanning the QR code has. */
async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', isMobile: true, hasTouch: true });
  context.setDefaultTimeout(20_000);
  return context.newPage();
}

async function expectNothingPersonal(page: Page): Promise<void> {
  const text = (await page.content()).toLowerCase();
  for (const value of PERSONAL) expect(text, value).not.toContain(value.toLowerCase());
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  e = await startE2E();
  const admin = await e.t.login('admin');
  const settings = await admin.put(`/api/units/${WARD}/settings`, { placeName: 'Gia Viên', contactPhone: '0225 3842 555', publicBaseUrl: e.url });
  expect(settings.statusCode, settings.body).toBe(200);
  [counter, specialist, head, chairman] = await Promise.all([e.t.login('counter'), e.t.login('specialist'), e.t.login('head'), e.t.login('chairman')]);
  const received = await counter.post('/api/dossiers', receptionBody({ applicant: APPLICANT }));
  expect(received.statusCode, received.body).toBe(201);
  code = (received.json() as { code: string }).code;
  // The link as Mẫu 01 prints it, from the form's text (not from the QR symbol).
  const mau01 = await counter.get(`/api/dossiers/${code}/forms/mau-01?format=html`);
  const text = mau01.body.replace(/<[^>]+>/g, ' ');
  link = new RegExp(`${e.url.replace(/[.:/]/g, '\\$&')}/tra-cuu/[A-Za-z0-9_-]+`).exec(text)![0];
});
afterAll(async () => {
  await e?.close();
});

describe('public lookup page (390×844, no session)', () => {
  it('opens the link printed on Mẫu 01: procedure, received, due date, current step, supplement list', async () => {
    expect(link).not.toContain(code);
    await act(counter, 'forward', { to: 'tu-phap', assigneeId: e.t.userId('specialist') });
    e.t.advance(30);
    await act(specialist, 'request-supplement', { reason: 'Thiếu giấy tờ', items: ['Giấy xác nhận thông tin về cư trú', 'Bản sao Giấy khai sinh'] });
    const page = await phone(e.browser);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Cần bổ sung giấy tờ' }).waitFor();
    const body = await page.locator('body').innerText();
    expect(body).toContain(`Mã hồ sơ: ${code}`);
    expect(body).toContain('Thủ tục cấp Giấy xác nhận tình trạng hôn nhân');
    expect(body).toContain('Tiếp nhận lúc');
    expect(body).toContain('Hẹn trả kết quả');
    expect(body).toMatch(/Bước \d\/\d: /);
    expect(body).toContain('Cần bổ sung hồ sơ');
    expect(body).toContain('Giấy xác nhận thông tin về cư trú');
    expect(body).toContain('Bản sao Giấy khai sinh');
    expect(body).toContain('Đường dây nóng: 0225 3842 555');
    await expectNothingPersonal(page);
    expect(await page.context().cookies()).toEqual([]);
    await e.shot(page, '../17/01-bo-sung');
    await page.context().close();
  });

  it('shows an extension with its reason and new date, then the result ready and where to collect it', async () => {
    await act(counter, 'receive-supplement');
    e.t.advance(30);
    await act(head, 'extend', { newDueAt: '2026-12-04T16:00', reason: 'Cần xác minh thông tin tại nơi cư trú trước đây' });
    const page = await phone(e.browser);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Gia hạn giải quyết' }).waitFor();
    let body = await page.locator('body').innerText();
    expect(body).toContain('Hẹn lại ngày trả kết quả: 16:00 ngày 04/12/2026');
    expect(body).toContain('Lý do: Cần xác minh thông tin tại nơi cư trú trước đây');
    expect(body).toContain('Đã gửi văn bản xin lỗi và hẹn lại ngày trả kết quả.');
    expect(body).not.toContain('Cần bổ sung hồ sơ');
    await e.shot(page, '../17/02-gia-han');

    await act(specialist, 'complete-step', { stepCode: 'xu-ly' });
    // Issue 14: the signing step is the chairman's, and a paper result needs its reference.
    await act(chairman, 'approve', { electronic: false, resultReference: '15/XN-UBND' });
    await page.reload();
    await page.getByRole('heading', { name: 'Kết quả giải quyết' }).waitFor();
    body = await page.locator('body').innerText();
    expect(body).toMatch(/Mời Ông\/Bà đến nhận kết quả tại .+ trong giờ làm việc/);
    await expectNothingPersonal(page);
    await e.shot(page, '../17/03-co-ket-qua');
    await page.context().close();
  });

  it('looks a dossier up by its code and 4 digits, with one message for a wrong answer', async () => {
    const page = await phone(e.browser);
    await page.goto(`${e.url}/tra-cuu`);
    expect(await unlabelledFields(page)).toEqual([]);
    await page.getByLabel('Mã hồ sơ').fill(code);
    await page.getByLabel('4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân').fill('9999');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Không tìm thấy hồ sơ phù hợp');
    await e.shot(page, '../17/04-sai-ma');
    await page.getByLabel('4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân').fill('1222');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.getByText(`Mã hồ sơ: ${code}`).waitFor();
    await expectNothingPersonal(page);
    await e.shot(page, '../17/05-tra-cuu-bang-ma');
    await page.context().close();
  });

  it('serves the page at /tra-cuu/<code> of old receipts with the code filled in, and no Ant Design', async () => {
    const page = await phone(e.browser);
    const scripts: string[] = [];
    page.on('response', (r) => scripts.push(r.url()));
    await page.goto(`${e.url}/tra-cuu/${encodeURIComponent(code)}`);
    await expect.poll(() => page.getByLabel('Mã hồ sơ').inputValue()).toBe(code);
    expect(await page.locator('[class*="ant-"]').count()).toBe(0);
    expect(scripts.some((u) => /\/assets\/main-/.test(u))).toBe(false);
    await page.context().close();
  });

  it('warns on the unit settings page while the printed address is the server itself', async () => {
    const admin = await e.signIn('admin');
    await admin.getByRole('menuitem', { name: 'Cấu hình đơn vị' }).click();
    // The administrator's own unit has no address of its own: the forms print the server's.
    await admin.getByText(/Văn bản đang in: http:\/\/(127\.0\.0\.1|localhost):\d+\/tra-cuu\/…/).waitFor();
    await admin.getByText(/người dân quét mã QR trên điện thoại sẽ không mở được trang tra cứu/).first().waitFor();
    await admin.getByLabel('Địa chỉ công khai (in trên mã QR của Giấy tiếp nhận)').fill('https://motcua.giavien.haiphong.gov.vn');
    await expect.poll(() => admin.getByText(/không mở được trang tra cứu/).count()).toBe(0);
    await e.shot(admin, '../17/06-cau-hinh-dia-chi');
  });
});
