/**
 * The HTML forms printed by Debian's Chromium (playwright-core, no downloaded browser) as a
 * person would from the print dialog: A4 from the page's own @page rule, Mẫu 01 on one sheet,
 * Mẫu 07 in landscape, the Vietnamese text intact in the PDF.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flatText, pdfText } from '../support/libreoffice.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../../src/domain/calendar/working-calendar.ts';
import { dayNumberFromYmd, parseIsoLocalDateTime } from '../../src/domain/calendar/local-time.ts';
import { foldDossier } from '../../src/domain/dossier/fold.ts';
import { HistoryBuilder } from '../support/dossier-builders.ts';
import { buildDossierForm, buildTrackingBook, trackingBookDocument, type DossierFormInput, type FormUnit } from '../../src/documents/forms/index.ts';
import { renderHtml } from '../../src/documents/render-html.ts';

const at = (text: string): number => parseIsoLocalDateTime(text)!;
const CODE = '000.01.24.H24-260105-0007';
const UNIT: FormUnit = { code: '000.01.24.H24', name: 'Trung tâm Phục vụ hành chính công phường Hồng Bàng', settings: { signers: [{ title: 'Chủ tịch', name: 'Ngô Văn An', role: 'chairman' }] } };

function formInput(): DossierFormInput {
  const events = new HistoryBuilder()
    .receive(at('2026-01-05T08:30'), { feeAmount: 17_000 })
    .forward(at('2026-01-05T10:00'))
    .extend(at('2026-01-07T09:00'), at('2026-01-12T16:00'))
    .build();
  return {
    state: foldDossier(CODE, events, { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) }),
    events,
    unit: UNIT,
    names: { people: { 'can-bo-mot-cua': 'Lê Thị Quầy' }, departments: {} },
    lookupUrl: `https://motcua.hongbang.haiphong.gov.vn/tra-cuu/${CODE}`,
    now: at('2026-01-07T10:00'),
    personalDataVisible: true,
  };
}

describe('HTML forms printed from Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-print-'));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });
  afterAll(async () => {
    await browser?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function print(name: string, html: string) {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const file = path.join(dir, `${name}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: false });
    await page.close();
    return pdfText(file);
  }

  it('prints Mẫu 01, 04 and 07 on A4 with their Vietnamese text', async () => {
    const input = formInput();
    const receipt = await print('mau-01', await renderHtml(buildDossierForm('mau-01', input)));
    expect(receipt.pages).toBe(1);
    expect(receipt.pageSize).toMatch(/^59[45]\.\d+ x 841\.\d+$/);
    const text = flatText(receipt.text);
    for (const value of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hồng Bàng, ngày 05 tháng 01 năm 2026', 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', `Mã hồ sơ: ${CODE}`, '4. Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 05 tháng 01 năm 2026', '7. Phí, lệ phí: 17.000 đồng', 'NGƯỜI TIẾP NHẬN HỒ SƠ']) {
      expect(text).toContain(value);
    }
    expect(text, 'the print button is not printed').not.toContain('In văn bản');

    const apology = flatText((await print('mau-04', await renderHtml(buildDossierForm('mau-04', input)))).text);
    for (const value of ['PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ', 'Thời gian hẹn trả kết quả mới: 16 giờ 00 phút, ngày 12 tháng 01 năm 2026', 'TM. ỦY BAN NHÂN DÂN', 'Ngô Văn An', 'Nơi nhận:']) {
      expect(apology).toContain(value);
    }

    const book = buildTrackingBook({ unit: UNIT, from: dayNumberFromYmd(2026, 1, 1), to: dayNumberFromYmd(2026, 1, 31), dossiers: [{ state: input.state, personalDataVisible: true }], departments: {}, now: input.now });
    const printedBook = await print('mau-07', await renderHtml(trackingBookDocument(book, UNIT.code)));
    expect(printedBook.pageSize).toMatch(/^841\.\d+ x 59[45]\.\d+$/);
    expect(flatText(printedBook.text)).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(flatText(printedBook.text)).toContain('Từ ngày 01/01/2026 đến ngày 31/01/2026');
  });
});
