/**
 * The other pages in Chromium: labels on every field, a reception done with the keyboard only,
 * navigation by role, search with the XLSX export, the leaders' overview, and administration.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, unlabelledFields, type E2E } from './browser.ts';
import { ACCOUNTS, PASSWORD, receptionBody, WARD } from '../support/api.ts';
import { login } from '../../src/platform/sessions/sessions.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import { createImportJob } from '../../src/features/imports/imports.store.ts';

let e: E2E;
let counterCode = '';

beforeAll(async () => {
  e = await startE2E();
});
afterAll(async () => {
  await e?.close();
});

/** Opens an Ant Design select by its label and picks the option containing `text`. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label).locator('xpath=ancestor::div[contains(@class, "ant-select-selector")]').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

async function menu(page: Page): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('menuitem').allInnerTexts();
}

describe('web pages', () => {
  it('finds an unlabelled field when there is one (the check itself)', async () => {
    const page = await e.browser.newPage();
    await page.setContent('<form><input id="a"><label for="b">Họ tên</label><input id="b"><input aria-label="Số điện thoại"></form>');
    expect(await unlabelledFields(page)).toEqual(['input#a[name=][type=]']);
    await page.close();
  });

  /** Presses Tab until the focused element is the one wanted (at most 40 times). */
  async function tabTo(page: Page, wanted: (el: { label: string; text: string }) => boolean): Promise<void> {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate<{ label: string; text: string }>(`({ label: document.activeElement?.getAttribute('aria-label') ?? '', text: document.activeElement?.textContent?.trim() ?? '' })`);
      if (wanted(focused)) return;
    }
    throw new Error('tabTo: not reached with Tab');
  }

  it('receives a dossier with the keyboard only', async () => {
    const context = await e.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${e.url}/`);
    await page.getByLabel('Tên đăng nhập').waitFor();
    // From here on, only the keyboard.
    await page.keyboard.type(ACCOUNTS.counter.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.keyboard.type('xac nhan tinh trang hon nhan');
    await page.locator('.ant-select-item-option', { hasText: '1.004873' }).waitFor();
    expect(await page.locator('.ant-select-item-option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('due-date').waitFor();
    await page.keyboard.press('Tab'); // Người nộp là: Cá nhân
    await page.keyboard.press('Tab'); // Kênh nộp: Trực tiếp
    await page.keyboard.press('Tab'); // Số CCCD
    await page.keyboard.type('031190007777');
    await page.keyboard.press('Tab'); // Họ và tên
    await page.keyboard.type('Đỗ Văn Giang');
    // Issue 14: the papers are not pre-ticked: the officer ticks each one checked, with the keyboard.
    for (const paper of ['Tờ khai cấp Giấy xác nhận tình trạng hôn nhân (theo mẫu)', 'Giấy tờ tùy thân của người yêu cầu (Thẻ căn cước/CCCD, hộ chiếu)']) {
      await tabTo(page, (el) => el.label === `Đã nộp: ${paper}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, (el) => el.text === 'Tiếp nhận hồ sơ');
    await page.keyboard.press('Enter');
    const title = page.locator('.ant-result-title');
    await title.waitFor();
    const text = (await title.textContent())!;
    expect(text).toMatch(/^Đã tiếp nhận hồ sơ /);
    counterCode = /hồ sơ (\S+)/.exec(text)![1]!;
    await e.shot(page, '10-tiep-nhan-ban-phim');
    const session = await e.t.sessionFor(ACCOUNTS.counter.username);
    const detail = (await session.get(`/api/dossiers/${encodeURIComponent(counterCode)}`)).json() as { applicant: { name: string; idNumber: string }; procedureCode: string };
    expect(detail).toMatchObject({ procedureCode: '1.004873', applicant: { name: 'Đỗ Văn Giang', idNumber: '031190007777' } });
    await context.close();
  }, 90_000);

  it('shows each role its own menu', async () => {
    const specialist = await e.as('specialist');
    expect(await menu(specialist)).toEqual(['Việc của tôi', 'Tra cứu hồ sơ', 'Tổng quan', 'Phản ánh, kiến nghị']);
    const admin = await e.as('admin');
    expect(await menu(admin)).toEqual(['Thủ tục của đơn vị', 'Lịch làm việc', 'Người dùng và vai trò', 'Cấu hình đơn vị', 'Nhập dữ liệu', 'Nhật ký cấu hình']);
    const leader = await e.as('leader');
    expect(await menu(leader)).toContain('Tổng quan');
    expect(await menu(leader)).not.toContain('Tiếp nhận hồ sơ');
  }, 60_000);

  it('searches, then exports the same list to XLSX', async () => {
    const page = await e.as('counter');
    await page.goto(`${e.url}/ho-so`);
    await page.getByLabel('Mã hồ sơ, tên, CCCD hoặc số điện thoại').fill('do van giang');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: counterCode }).waitFor();
    expect(await page.getByText('Tìm thấy 1 hồ sơ').count()).toBe(1);
    // Ant Design speaks Vietnamese (ConfigProvider vi_VN).
    expect(await page.getByLabel('Hạn trước ngày').getAttribute('placeholder')).toBe('Chọn thời điểm');
    expect(await unlabelledFields(page)).toEqual([]);
    await e.shot(page, '11-tra-cuu');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Xuất Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('danh-sach-ho-so.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.map((r) => r[2])).toEqual(['Mã hồ sơ', counterCode]);
    expect(rows[1]![5]).toBe('Đỗ Văn Giang');
  }, 60_000);

  it("shows the leaders' overview with charts", async () => {
    const counter = await e.t.sessionFor(ACCOUNTS.counter.username);
    expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    const page = await e.as('leader');
    await page.goto(`${e.url}/tong-quan`);
    await page.getByText('Tiếp nhận hôm nay').waitFor();
    const received = page.locator('.ant-statistic', { hasText: 'Tiếp nhận hôm nay' }).locator('.ant-statistic-content-value');
    expect(Number(await received.textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.locator('figure[aria-label="Theo phòng, cơ quan xử lý"] .recharts-wrapper').count()).toBe(1);
    expect(await page.locator('figure[aria-label="Theo cán bộ xử lý"] .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await e.shot(page, '12-tong-quan');
  }, 60_000);

  it('administers procedures, the calendar, users and unit settings', async () => {
    const page = await e.as('admin');
    await page.goto(`${e.url}/quan-tri/thu-tuc`);
    await page.getByText('Thủ tục cấp Giấy xác nhận tình trạng hôn nhân').first().waitFor();
    expect(await unlabelledFields(page)).toEqual([]);
    await e.shot(page, '13-thu-tuc');
    // Which procedures the unit offers: switched off and on again, saved through the API.
    await page.getByText('Đơn vị chưa đặt danh sách riêng').waitFor();
    const offeredSwitch = page.getByRole('switch', { name: 'Đơn vị cung cấp thủ tục 1.004873' });
    expect(await offeredSwitch.isChecked()).toBe(true);
    await offeredSwitch.click();
    await page.getByText('Đơn vị ngừng tiếp nhận thủ tục 1.004873.').waitFor();
    expect(await offeredSwitch.isChecked()).toBe(false);
    await offeredSwitch.click();
    await page.getByText('Đơn vị đã cung cấp thủ tục 1.004873.').waitFor();
    expect(await offeredSwitch.isChecked()).toBe(true);

    // Calendar: 2026 in a month view, with an override saved for the ward.
    await page.goto(`${e.url}/quan-tri/lich`);
    await choose(page, 'Đơn vị', WARD);
    await page.getByText('Nguồn:').waitFor();
    expect(await page.locator('.ant-picker-content th').allInnerTexts()).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    await page.getByLabel('Lý do điều chỉnh').fill('Nghỉ bù ngày hội phường (thử nghiệm)');
    await page.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
    await page.getByText('Nghỉ bù ngày hội phường (thử nghiệm)').first().waitFor();
    expect(await unlabelledFields(page)).toEqual([]);
    await e.shot(page, '14-lich');

    // Users: the ward's accounts and a new one.
    await page.goto(`${e.url}/quan-tri/nguoi-dung`);
    await choose(page, 'Đơn vị', WARD);
    await page.getByRole('cell', { name: 'motcua.tiepnhan', exact: true }).waitFor();
    await page.getByLabel('Tên đăng nhập').fill('motcua.tiepnhan2');
    await page.getByLabel('Họ và tên').fill('Vũ Thị Hoa');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-moi-123');
    await choose(page, 'Vai trò', 'Công chức tiếp nhận (một cửa)');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByRole('cell', { name: 'Vũ Thị Hoa', exact: true }).waitFor();
    expect(await unlabelledFields(page)).toEqual([]);
    // Edit the new account's name, then lock and unlock it, then set a new password for it (a forgotten one).
    await page.getByRole('button', { name: 'Sửa tài khoản motcua.tiepnhan2' }).click();
    await page.getByRole('dialog').getByLabel('Họ và tên').fill('Vũ Thị Hồng Hoa');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu thông tin tài khoản motcua.tiepnhan2.').waitFor();
    await page.getByRole('cell', { name: 'Vũ Thị Hồng Hoa', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Khóa tài khoản motcua.tiepnhan2' }).click();
    await page.getByRole('button', { name: 'Khóa', exact: true }).click();
    await page.getByText('Đã khóa tài khoản motcua.tiepnhan2').waitFor();
    await page.getByRole('button', { name: 'Mở khóa tài khoản motcua.tiepnhan2' }).click();
    await page.getByText('Đã mở khóa tài khoản motcua.tiepnhan2.').waitFor();
    await page.getByRole('button', { name: 'Đặt lại mật khẩu cho motcua.tiepnhan2' }).click();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('dat-lai-mat-khau-1');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('dat-lai-mat-khau-2');
    await page.getByRole('button', { name: 'Đặt lại mật khẩu', exact: true }).click();
    await page.getByText('Hai lần nhập mật khẩu mới không khớp.').waitFor();
    await page.getByLabel('Nhập lại mật khẩu mới').fill('dat-lai-mat-khau-1');
    await page.getByRole('button', { name: 'Đặt lại mật khẩu', exact: true }).click();
    await page.getByText('Đã đặt lại mật khẩu cho motcua.tiepnhan2').waitFor();
    await login(e.t.ctx.db, 'motcua.tiepnhan2', 'dat-lai-mat-khau-1', new Date());

    // Unit settings: the names on document headers.
    await page.goto(`${e.url}/quan-tri/don-vi`);
    await choose(page, 'Đơn vị', WARD);
    await page.getByLabel('Cơ quan chủ quản (dòng trên)').fill('ỦY BAN NHÂN DÂN PHƯỜNG GIA VIÊN');
    await page.getByLabel('Cơ quan ban hành (dòng dưới)').fill('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG');
    await page.getByLabel('Địa danh (ghi ở dòng ngày tháng)').fill('Gia Viên');
    await page.getByRole('button', { name: 'Thêm người ký' }).click();
    await page.getByLabel('Chức danh người ký 1').fill('CHỦ TỊCH');
    await page.getByLabel('Họ tên người ký 1').fill('Nguyễn Văn Minh');
    expect(await unlabelledFields(page)).toEqual([]);
    await e.shot(page, '15-cau-hinh-don-vi');
    await page.getByRole('button', { name: 'Lưu cấu hình', exact: true }).click();
    await page.getByText('Đã lưu cấu hình đơn vị.').waitFor();
    const session = await e.t.sessionFor(ACCOUNTS.admin.username);
    const units = (await session.get('/api/units')).json() as { items: Array<{ code: string; settings: Record<string, unknown> }> };
    expect(units.items.find((u) => u.code === WARD)!.settings).toMatchObject({
      documentHeader: { governingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG GIA VIÊN', issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG' },
      placeName: 'Gia Viên',
      signers: [{ title: 'CHỦ TỊCH', name: 'Nguyễn Văn Minh', role: 'chairman' }],
      workingHours: { morning: { start: '07:30', end: '11:30' } },
    });

    // Every change above is in the change log, newest first, in words; a row opens to its values.
    await page.goto(`${e.url}/quan-tri/nhat-ky`);
    await page.getByText('Tất cả đơn vị và thay đổi toàn hệ thống').waitFor();
    const rows = page.locator('.ant-table-row');
    await rows.filter({ hasText: 'Đổi cấu hình đơn vị' }).first().waitFor();
    const texts = await rows.allInnerTexts();
    const kinds = ['Đổi cấu hình đơn vị', 'Đặt lại mật khẩu người dùng', 'Mở khóa tài khoản', 'Khóa tài khoản', 'Sửa thông tin, vai trò người dùng', 'Tạo người dùng', 'Điều chỉnh lịch làm việc', 'Đặt danh sách thủ tục của đơn vị'];
    expect(kinds.map((kind) => texts.findIndex((text) => text.includes(kind)))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(texts[0]).toMatch(/Đổi .*người ký/);
    expect(texts[0]).toContain('tên cơ quan trên văn bản');
    expect(texts[4]).toContain('Họ tên: Vũ Thị Hoa → Vũ Thị Hồng Hoa');
    expect(texts[5]).toContain('Vũ Thị Hoa — Công chức tiếp nhận (một cửa)');
    expect(texts[7]).toContain('thêm 1.004873');
    expect(texts.every((text) => !text.includes('mat-khau-moi-123') && !text.includes('dat-lai-mat-khau-1'))).toBe(true);
    expect(await unlabelledFields(page)).toEqual([]);
    // The table fades in after loading: shoot it once it is opaque.
    // Polled with evaluate: waitForFunction evaluates its text with eval in the page, which the CSP forbids.
    await expect.poll(() => page.evaluate<boolean>("[...document.querySelectorAll('.ant-spin-container')].every((el) => getComputedStyle(el).opacity === '1')")).toBe(true);
    await e.shot(page, '16-nhat-ky-cau-hinh');
  }, 120_000);

  it('lets a user change their own password from the header', async () => {
    await createUser(e.t.ctx.db, { username: 'tudoi.matkhau', fullName: 'Lý Thị Đổi', password: PASSWORD, role: 'counter_officer', unitCode: WARD });
    const context = await e.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${e.url}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('tudoi.matkhau');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByLabel('Mật khẩu hiện tại').fill('sai-mat-khau');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-rieng-2026');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-rieng-2026');
    await page.getByRole('dialog').getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    expect(await unlabelledFields(page)).toEqual([]);
    await e.shot(page, '17-doi-mat-khau');
    await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
    await page.getByRole('dialog').getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Đã đổi mật khẩu.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByLabel('Tên đăng nhập').waitFor();
    // Checked with the login function itself: the login route allows 10 attempts a minute from
    // one address, and this file's other tests sign in through it too.
    await expect(login(e.t.ctx.db, 'tudoi.matkhau', PASSWORD, new Date())).rejects.toThrow('Tên đăng nhập hoặc mật khẩu không đúng.');
    await login(e.t.ctx.db, 'tudoi.matkhau', 'mat-khau-rieng-2026', new Date());
    await context.close();
  }, 60_000);
});

// The report page on the routes of docs/reports.md.

describe('periodic report page', () => {
  it('previews the report of the ward for a period and links the DOCX and XLSX', async () => {
    const counter = await e.t.sessionFor(ACCOUNTS.counter.username);
    expect((await counter.post('/api/dossiers', receptionBody())).statusCode).toBe(201);
    const page = await e.as('leader');
    await page.goto(`${e.url}/bao-cao`);
    await page.getByRole('heading', { name: 'Báo cáo định kỳ' }).waitFor();
    await page.getByLabel('Kỳ báo cáo').first().fill('01/11/2026');
    await page.getByLabel('Kỳ báo cáo').nth(1).fill('30/11/2026');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Biểu số II.06a — theo lĩnh vực').waitFor();
    const received = page.locator('.ant-statistic', { hasText: 'Hồ sơ tiếp nhận' }).locator('.ant-statistic-content-value');
    expect(Number(await received.textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('link', { name: 'Tải báo cáo (DOCX)' }).getAttribute('href')).toBe(`/api/reports/docx?unit=${encodeURIComponent(WARD)}&from=2026-11-01&to=2026-11-30`);
    expect(await unlabelledFields(page)).toEqual([]);
    await e.shot(page, '16-bao-cao');
  }, 60_000);
});

// The import page on the routes of docs/import.md.

describe('import page', () => {
  it('previews a CSV export of another system, imports it and lists the job', async () => {
    const page = await e.as('leader');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Nhập dữ liệu' }).click();
    await page.getByRole('heading', { name: 'Nhập dữ liệu từ hệ thống khác' }).waitFor();
    await page.getByLabel('Tên hệ thống nguồn (ví dụ: cong-dvc, mot-cua-cu)').fill('mot-cua-cu');
    const csv = [
      'Mã hồ sơ,Tên thủ tục,Lĩnh vực,Chủ hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Trạng thái',
      'CU-2026-0001,Thủ tục cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,Trần Thị Lan,02/11/2026 08:30,05/11/2026 16:00,Đang xử lý',
    ].join('\n');
    await page.getByLabel('Tệp xuất từ hệ thống khác (.xlsx hoặc .csv)').setInputFiles({ name: 'xuat-mot-cua-cu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    await page.getByText('Cột nhận ra').waitFor();
    expect(await page.getByRole('cell', { name: 'Trần Thị Lan' }).count()).toBe(1);
    expect(await unlabelledFields(page)).toEqual([]);
    await e.shot(page, '17-nhap-du-lieu');
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 30_000 }).toBe('Đã xong');
    await page.getByRole('cell', { name: 'xuat-mot-cua-cu.csv' }).waitFor();

    // A long import still running (another tab, the command line): "Hủy" asks it to stop at its next batch.
    await createImportJob(e.t.ctx.db, { source: 'so-theo-doi', kind: 'file', fileName: 'so-theo-doi-ca-nam.xlsx', unitCode: WARD, bytesTotal: 1000 });
    await page.reload();
    const row = page.getByRole('row', { name: /so-theo-doi-ca-nam\.xlsx/ });
    await row.getByRole('cell', { name: 'Đang nhập' }).waitFor();
    await page.getByRole('button', { name: 'Hủy lần nhập so-theo-doi-ca-nam.xlsx' }).click();
    await row.getByRole('cell', { name: 'Đang hủy' }).waitFor();
    expect(await page.getByRole('button', { name: 'Hủy lần nhập so-theo-doi-ca-nam.xlsx' }).count()).toBe(0);
  }, 90_000);
});
