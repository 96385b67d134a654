/**
 * The official forms through the HTTP API, on PGlite and PostgreSQL: dossiers walked by the
 * people who act on them, then every form printed as HTML and DOCX. The DOCX files of one
 * driver go through one LibreOffice run to PDF, and the PDF text must show the labels and the
 * values a citizen reads. Mẫu 07 is also read back from XLSX with exceljs.
 */
import ExcelJS from 'exceljs';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';
import { docxToPdfText, flatText } from '../support/libreoffice.ts';
import { QR_OPTIONS } from '../../src/documents/qr.ts';
import { TRACKING_BOOK_HEADER_ROW } from '../../src/documents/forms/tracking-book-xlsx.ts';
import { renderTrackingBook } from '../../src/features/forms/render-tracking-book.ts';
import { dayNumberFromYmd } from '../../src/domain/calendar/local-time.ts';
import { lookupUrl } from '../../src/domain/lookup/token.ts';
import { issueLookupToken } from '../../src/features/lookup/lookup.store.ts';
import { publicBaseOf } from '../../src/features/lookup/lookup-link.ts';

interface Detail {
  code: string;
  version: number;
}

const PUBLIC_BASE = 'https://motcua.giavien.haiphong.gov.vn';
const SETTINGS = {
  documentHeader: { governingBody: 'ỦY BAN NHÂN DÂN PHƯỜNG GIA VIÊN', issuingBody: 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG' },
  placeName: 'Gia Viên',
  signers: [{ title: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH', name: 'Trần Văn Ký', role: 'vice_chairman' }],
  documentSymbol: 'TTPVHCC',
  contactPhone: '0225 3842 999',
  publicBaseUrl: PUBLIC_BASE,
};

const APPLICANT = { kind: 'individual', name: 'Nguyễn Thị Bình', idNumber: '031190004567', phone: '0912345678', address: 'Số 5 Lê Lợi, phường Gia Viên' };
// Issue 14: the codes are the procedure's (a mandatory paper not listed would have to be named missing).
const COMPONENTS = [
  { code: 'to-khai', name: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', form: 'ban-chinh', quantity: 1 },
  { code: 'giay-to-tuy-than', name: 'Căn cước công dân', form: 'ban-chup', quantity: 1 },
];

/** What each form must show, in the PDF and in the HTML. */
function expectations(codes: { main: string; refused: string; stopped: string; mainLink: string }): Record<string, string[]> {
  const common = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  return {
    'mau-01': [
      ...common,
      'ỦY BAN NHÂN DÂN PHƯỜNG GIA VIÊN',
      'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Gia Viên, ngày 23 tháng 11 năm 2026',
      `Số: ${codes.main.slice(-4)}/GTN-TTPVHCC`,
      `Mã hồ sơ: ${codes.main}`,
      'Ông/Bà: Nguyễn Thị Bình',
      'Số định danh cá nhân (CCCD): 031190004567',
      'Địa chỉ: Số 5 Lê Lợi, phường Gia Viên',
      'Số điện thoại: 0912345678',
      'Nội dung yêu cầu giải quyết: Thủ tục cấp Giấy xác nhận tình trạng hôn nhân (mã thủ tục 1.004873)',
      'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
      'Bản chụp',
      '3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc',
      '4. Thời gian nhận hồ sơ: 08 giờ 00 phút, ngày 23 tháng 11 năm 2026',
      '5. Thời gian trả kết quả giải quyết hồ sơ: 08 giờ 00 phút, ngày 27 tháng 11 năm 2026',
      '7. Phí, lệ phí: 5.000 đồng',
      codes.mainLink,
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Cán bộ motcua.tiepnhan',
    ],
    'mau-02': [
      ...common,
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      `Mã hồ sơ: ${codes.main}`,
      'Ông/Bà: Nguyễn Thị Bình',
      'Thời điểm yêu cầu bổ sung: 10 giờ 00 phút, ngày 23 tháng 11 năm 2026',
      'Giấy xác nhận thông tin về cư trú',
      'Lý do: Thiếu giấy xác nhận cư trú',
      '0225 3842 999',
      'NGƯỜI HƯỚNG DẪN',
      'Cán bộ tuphap.chuyenvien',
    ],
    'mau-03': [
      ...common,
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${codes.refused}`,
      'Ông/Bà: Lê Văn Từ',
      'Lý do từ chối: Hồ sơ thuộc thẩm quyền giải quyết của cấp thành phố',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
    ],
    'mau-04': [
      ...common,
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      `Số: ${codes.main.slice(-4)}/PXL-UBND`,
      'Kính gửi: Ông/Bà Nguyễn Thị Bình',
      `Mã hồ sơ: ${codes.main}`,
      'Thời hạn trả kết quả ghi trên Giấy tiếp nhận: 08 giờ 00 phút, ngày 27 tháng 11 năm 2026',
      'Lý do chậm trả kết quả: Cần xác minh thông tin tại nơi cư trú trước đây',
      'Thời gian hẹn trả kết quả mới: 16 giờ 00 phút, ngày 02 tháng 12 năm 2026',
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Văn Ký',
      'Nơi nhận:',
      '- Lưu: VT, TTPVHCC.',
    ],
    'mau-05': [
      ...common,
      'THÔNG BÁO',
      'Dừng giải quyết hồ sơ',
      'Kính gửi: Ông/Bà Phạm Văn Dừng',
      `Mã hồ sơ: ${codes.stopped}`,
      'Lý do dừng giải quyết: Người yêu cầu đã có Giấy xác nhận còn hiệu lực',
      'Trần Văn Ký',
    ],
    'mau-06': [
      ...common,
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      `Mã hồ sơ: ${codes.main}`,
      'Kèm theo hồ sơ của: Nguyễn Thị Bình',
      'Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Văn hóa - Xã hội (Tư pháp, hộ tịch)',
      'Thời gian giao, nhận hồ sơ',
      'Thẩm định, xử lý chuyên môn',
      'Trước hạn',
      'Đúng hạn',
    ],
    'mau-07': [
      ...common,
      'SỔ THEO DÕI HỒ SƠ',
      'Từ ngày 23/11/2026 đến ngày 30/11/2026',
      'Số hồ sơ đã tiếp nhận trong kỳ: 2',
      'Ngày, tháng, năm',
      // Narrow landscape columns wrap inside words in the PDF; the full cells are checked in the
      // HTML and XLSX tests. The end of each code stays on one line.
      codes.main.slice(-11),
      codes.stopped.slice(-11),
    ],
  };
}

/** Table cells that the PDF text of the landscape book splits, checked in the HTML. */
const HTML_ONLY: Record<string, string[]> = {
  'mau-07': ['Tên thủ tục hành chính', 'Hẹn trả kết quả', 'Chuyển hồ sơ đến cơ quan giải quyết', 'Nguyễn Thị Bình', 'Phạm Văn Dừng', 'Số 5 Lê Lợi, phường Gia Viên; 0912345678'],
};

forEachDriver('official forms over HTTP', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let specialist: Session;
  let head: Session;
  let chairman: Session;
  let admin: Session;
  // Logins are rate-limited (10 a minute): every session is opened once.
  const others: Partial<Record<'otherCounter' | 'otherSupervisor' | 'otherSpecialist' | 'supervisor', Session>> = {};
  const codes = { main: '', refused: '', stopped: '', submitted: '', mainLink: '' };

  async function act(session: Session, code: string, action: string, body: Record<string, unknown> = {}): Promise<Detail> {
    const current = (await session.get(`/api/dossiers/${code}`)).json() as Detail;
    const response = await session.post(`/api/dossiers/${code}/${action}`, { expectedVersion: current.version, ...body });
    expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
    return response.json() as Detail;
  }

  async function receive(overrides: Record<string, unknown>): Promise<string> {
    const response = await counter.post('/api/dossiers', receptionBody({ components: COMPONENTS, ...overrides }));
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as Detail).code;
  }

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, specialist, head, chairman, admin] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('head'), t.login('chairman'), t.login('admin')]);
    for (const name of ['otherCounter', 'otherSupervisor', 'otherSpecialist', 'supervisor'] as const) others[name] = await t.login(name);
    const settings = await admin.put(`/api/units/${WARD}/settings`, SETTINGS);
    expect(settings.statusCode, settings.body).toBe(200);

    // The main dossier: received Monday 23/11/2026 08:00, due Friday 27/11 08:00 (24/11 is a holiday).
    codes.main = await receive({ applicant: APPLICANT });
    // The token printed on its forms (issued once: the forms read back this one).
    codes.mainLink = lookupUrl(PUBLIC_BASE, await issueLookupToken(t.ctx.db, codes.main));
    t.advance(60);
    await act(counter, codes.main, 'forward', { to: 'tu-phap', toKind: 'department', assigneeId: t.userId('specialist') });
    t.advance(60);
    await act(specialist, codes.main, 'request-supplement', { reason: 'Thiếu giấy xác nhận cư trú', items: ['Giấy xác nhận thông tin về cư trú'] });
    t.advance(2 * 24 * 60);
    await act(counter, codes.main, 'receive-supplement');
    t.advance(60);
    await act(head, codes.main, 'extend', { newDueAt: '2026-12-02T16:00', reason: 'Cần xác minh thông tin tại nơi cư trú trước đây' });
    await act(specialist, codes.main, 'complete-step', { stepCode: 'xu-ly' });
    t.advance(60);
    // Issue 14: the approval is the chairman's step (after the specialist's), with the result's reference.
    await act(chairman, codes.main, 'approve', { electronic: false, resultReference: '15/XN-UBND' });
    await act(counter, codes.main, 'pay-fee', { amount: 5000, online: false });
    // Issue 14: the desk records who collected the result.
    await act(counter, codes.main, 'return-result', { method: 'desk', collectedBy: { kind: 'applicant', name: 'Nguyễn Thị Bình', idNumber: '031190004567' } });

    codes.refused = await receive({ applicant: { kind: 'individual', name: 'Lê Văn Từ' }, mode: 'refuse', refusalReason: 'Hồ sơ thuộc thẩm quyền giải quyết của cấp thành phố' });
    codes.stopped = await receive({ applicant: { kind: 'individual', name: 'Phạm Văn Dừng', phone: '0987654321' } });
    await act(counter, codes.stopped, 'forward', { to: 'tu-phap' });
    await act(head, codes.stopped, 'stop', { reason: 'Người yêu cầu đã có Giấy xác nhận còn hiệu lực' });
    codes.submitted = await receive({ applicant: { kind: 'individual', name: 'Đỗ Thị Chờ' }, mode: 'submit', channel: 'online' });
  });
  afterAll(async () => {
    await t.close();
  });

  const formUrl = (code: string, form: string, format = 'html') => `/api/dossiers/${code}/forms/${form}?format=${format}`;
  const BOOK = `/api/forms/mau-07?unit=${encodeURIComponent(WARD)}&from=2026-11-23&to=2026-11-30`;

  function formRequests(format: 'html' | 'docx'): Array<[string, string]> {
    return [
      ['mau-01', formUrl(codes.main, 'mau-01', format)],
      ['mau-02', formUrl(codes.main, 'mau-02', format)],
      ['mau-03', formUrl(codes.refused, 'mau-03', format)],
      ['mau-04', formUrl(codes.main, 'mau-04', format)],
      ['mau-05', formUrl(codes.stopped, 'mau-05', format)],
      ['mau-06', formUrl(codes.main, 'mau-06', format)],
      ['mau-07', `${BOOK}&format=${format}`],
    ];
  }

  it('prints every form as DOCX that LibreOffice reads with the expected Vietnamese labels and values', async () => {
    const files: Record<string, Buffer> = {};
    for (const [form, url] of formRequests('docx')) {
      const response = await counter.get(url);
      expect(response.statusCode, `${form}: ${response.body.slice(0, 300)}`).toBe(200);
      expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(response.headers['content-disposition']).toMatch(new RegExp(`^attachment; filename="${form}-.+\\.docx"$`));
      files[form] = response.rawPayload;
    }
    const pdfs = await docxToPdfText(files);
    if (process.env.MOTCUA_PRINT_PDF_TEXT) for (const [form, pdf] of Object.entries(pdfs)) console.log(`── ${form} (${pdf.pages} trang)\n${pdf.text}`);
    const expected = expectations(codes);
    for (const [form, values] of Object.entries(expected)) {
      const text = flatText(pdfs[form]!.text);
      for (const value of values) expect(text, `${form} should show "${value}"`).toContain(value);
    }
    // The receipt is one sheet of paper.
    expect(pdfs['mau-01']!.pages).toBe(1);
    expect(flatText(pdfs['mau-07']!.text)).not.toContain('Lê Văn Từ');
    expect(flatText(pdfs['mau-07']!.text)).not.toContain('Đỗ Thị Chờ');
  });

  it('prints every form as self-contained HTML with a label for every field', async () => {
    const expected = expectations(codes);
    for (const [form, url] of formRequests('html')) {
      const response = await counter.get(url);
      expect(response.statusCode, `${form}: ${response.body.slice(0, 300)}`).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      const html = response.body;
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('@page { size: A4');
      expect(html, 'no external resource').not.toMatch(/<(link|script)[^>]+(href|src)=/);
      const text = flatText(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
      for (const value of [...expected[form]!, ...(HTML_ONLY[form] ?? [])]) expect(text, `${form} should show "${value}"`).toContain(value);
      const values = html.match(/<span class="value/g) ?? [];
      const labelled = html.match(/<span class="label">[^<]+:<\/span> <span class="value/g) ?? [];
      expect(values.length).toBeGreaterThan(0);
      expect(labelled.length).toBe(values.length);
      // Every table column has a header cell.
      for (const table of html.match(/<table class="grid">[\s\S]*?<\/table>/g) ?? []) {
        const cols = (table.match(/<col /g) ?? []).length;
        const firstRow = /<tbody>\s*<tr>([\s\S]*?)<\/tr>/.exec(table)![1]!;
        const cells = (firstRow.match(/<td/g) ?? []).length;
        expect(cells === cols || /colspan/.test(firstRow)).toBe(true);
        expect((table.match(/<th /g) ?? []).length).toBeGreaterThanOrEqual(cols);
      }
    }
  });

  it('encodes the public lookup address of the dossier in the QR code of Mẫu 01', async () => {
    const url = codes.mainLink;
    expect(url).toMatch(new RegExp(`^${PUBLIC_BASE}/tra-cuu/[A-Za-z0-9_-]{21}[AQgw]$`));
    expect(url).not.toContain(codes.main);
    const html = (await counter.get(formUrl(codes.main, 'mau-01'))).body;
    expect(html).toContain(`data-qr-payload="${url}"`);
    const printed = /<svg[\s\S]*?<\/svg>/.exec(html)![0].replace(/ role="img" aria-label="[^"]*"/, '');
    // The symbol on the page is exactly the one qrcode makes for that address, and for no other.
    expect(printed).toBe((await QRCode.toString(url, { ...QR_OPTIONS, type: 'svg' })).trim());
    expect(printed).not.toBe((await QRCode.toString(`${url}x`, { ...QR_OPTIONS, type: 'svg' })).trim());
  });

  it('reads the tracking book back from XLSX with one row per received dossier', async () => {
    const response = await counter.get(`${BOOK}&format=xlsx`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell(4, 1).value).toBe('SỔ THEO DÕI HỒ SƠ');
    expect(sheet.getCell(TRACKING_BOOK_HEADER_ROW, 8).value).toBe('Ngày, tháng, năm');
    expect(sheet.getCell(TRACKING_BOOK_HEADER_ROW + 1, 9).value).toBe('Hẹn trả kết quả');
    const rows: unknown[][] = [];
    for (let r = TRACKING_BOOK_HEADER_ROW + 2; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
    expect(rows.map((row) => row[1])).toEqual([codes.main, codes.stopped]);
    const main = rows[0]!;
    expect(main[0]).toBe(1);
    expect(main[2]).toBe('Thủ tục cấp Giấy xác nhận tình trạng hôn nhân');
    expect(main[4]).toBe('Nguyễn Thị Bình');
    expect(main[5]).toBe('Số 5 Lê Lợi, phường Gia Viên; 0912345678');
    expect(main[6]).toBe('Phòng Văn hóa - Xã hội (Tư pháp, hộ tịch)');
    // Dates are real dates holding the Vietnamese wall-clock time.
    expect((main[7] as Date).toISOString()).toBe('2026-11-23T08:00:00.000Z');
    // Hẹn trả: the legal due date, moved by the two working days waiting for the supplement.
    expect((main[8] as Date).toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(main[11]).toBeInstanceOf(Date);
    expect(String(main[12])).toContain('Đã trả kết quả');
    expect(String(main[12])).toContain('Hẹn lại ngày trả: 02/12/2026');
    expect(String(rows[1]![12])).toContain('Dừng xử lý');
  });

  it('answers 409 in Vietnamese when the history has nothing the form records', async () => {
    const cases: Array<[string, string, string]> = [
      [codes.main, 'mau-03', 'không bị từ chối tiếp nhận'],
      [codes.stopped, 'mau-03', 'Mẫu 05'],
      [codes.stopped, 'mau-04', 'chưa có lần hẹn lại'],
      [codes.main, 'mau-05', 'không bị dừng giải quyết'],
      [codes.stopped, 'mau-02', 'chưa có yêu cầu bổ sung'],
      [codes.refused, 'mau-01', 'từ chối tiếp nhận'],
      [codes.submitted, 'mau-01', 'chưa được tiếp nhận'],
      [codes.submitted, 'mau-06', 'chưa được tiếp nhận'],
    ];
    for (const [code, form, reason] of cases) {
      for (const format of ['html', 'docx']) {
        const response = await counter.get(formUrl(code, form, format));
        expect(response.statusCode, `${form} ${code}`).toBe(409);
        expect(response.json().message).toContain(reason);
      }
    }
  });

  it('lists which forms a dossier has now, with the reason for the others', async () => {
    const response = await counter.get(`/api/dossiers/${codes.stopped}/forms`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as Array<{ form: string; available: boolean; reason: string | null; htmlUrl: string; docxUrl: string }>;
    expect(items.filter((i) => i.available).map((i) => i.form)).toEqual(['mau-01', 'mau-05', 'mau-06']);
    expect(items.find((i) => i.form === 'mau-03')!.reason).toContain('Mẫu 05');
    const mau05 = items.find((i) => i.form === 'mau-05')!;
    expect(mau05.docxUrl).toBe(`/api/dossiers/${codes.stopped}/forms/mau-05?format=docx`);
    expect((await counter.get(mau05.htmlUrl)).statusCode).toBe(200);
    expect((await others.otherCounter!.get(`/api/dossiers/${codes.stopped}/forms`)).statusCode).toBe(404);
  });

  it('gives the forms to whoever may read the dossier, and to nobody else', async () => {
    const strangers = { admin, otherCounter: others.otherCounter!, otherSupervisor: others.otherSupervisor!, otherSpecialist: others.otherSpecialist! };
    for (const [account, session] of Object.entries(strangers)) {
      const response = await session.get(formUrl(codes.main, 'mau-01'));
      expect(response.statusCode, account).toBe(404);
      expect(response.json().message).toBe(`Không tìm thấy hồ sơ ${codes.main}.`);
    }
    const byHead = await head.get(formUrl(codes.main, 'mau-06'));
    expect(byHead.statusCode).toBe(200);
    // A city supervisor reads the dossier but not the citizen's personal data.
    const supervised = await others.supervisor!.get(formUrl(codes.main, 'mau-01'));
    expect(supervised.statusCode).toBe(200);
    expect(supervised.body).toContain('Nguyễn Thị Bình');
    expect(supervised.body).not.toContain('0912345678');
    expect(supervised.body).not.toContain('031190004567');
    const anonymous = await t.app.inject({ method: 'GET', url: formUrl(codes.main, 'mau-01') });
    expect(anonymous.statusCode).toBe(401);
  });

  it('guards the tracking book and its parameters', async () => {
    const forbidden = await others.otherCounter!.get(BOOK);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().message).toContain('không có quyền xem sổ theo dõi');
    const supervised = await others.supervisor!.get(BOOK);
    expect(supervised.statusCode).toBe(200);
    expect(supervised.body).not.toContain('0912345678');
    const specialistBook = await specialist.get(BOOK);
    expect(specialistBook.statusCode).toBe(200);
    expect(specialistBook.body).toContain(codes.main);

    const bad: Array<[string, string]> = [
      [`/api/forms/mau-07?unit=${WARD}&from=2026-11-30&to=2026-11-23`, 'to'],
      [`/api/forms/mau-07?unit=${WARD}&from=2026-13-01&to=2026-11-23`, 'from'],
      [`/api/forms/mau-07?unit=${WARD}&from=2025-01-01&to=2026-11-23`, 'to'],
      [`/api/forms/mau-07?unit=${WARD}&from=2026-11-01&to=2026-11-23&format=pdf`, 'format'],
      [`/api/forms/mau-07?from=2026-11-01&to=2026-11-23`, 'unit'],
    ];
    for (const [url, fieldName] of bad) {
      const response = await counter.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().field, url).toContain(fieldName);
      expect(response.json().message, url).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
    }
    const badUrl = await admin.put(`/api/units/${WARD}/settings`, { ...SETTINGS, publicBaseUrl: 'javascript:alert(1)' });
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().message).toContain('địa chỉ tra cứu công khai');
    // A misspelt key is refused, not dropped (which would have wiped the settings it replaced).
    const misspelt = await admin.put(`/api/units/${WARD}/settings`, { placename: 'Gia Viên' });
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().message).toContain('placename');
    const units = (await admin.get('/api/units')).json() as { items: Array<{ code: string; settings: Record<string, unknown> }> };
    expect(units.items.find((u) => u.code === WARD)?.settings.placeName).toBeDefined();
    // A DOCX book is limited in lines (the docx library is slow); XLSX and HTML are not.
    const user = { id: t.userId('counter'), username: 'motcua.tiepnhan', fullName: 'Cán bộ motcua.tiepnhan', role: 'counter_officer' as const, unitCode: WARD, departmentCode: null };
    const request = { unitCode: WARD, from: dayNumberFromYmd(2026, 11, 23), to: dayNumberFromYmd(2026, 11, 30), maxDocxLines: 1 };
    await expect(renderTrackingBook(t.ctx, user, { ...request, format: 'docx' })).rejects.toThrow('có 2 hồ sơ, quá nhiều cho một tệp DOCX (tối đa 1 hồ sơ)');
    expect((await renderTrackingBook(t.ctx, user, { ...request, format: 'xlsx' })).fileName).toMatch(/\.xlsx$/);
    const unknown = await counter.get('/api/forms/mau-07?unit=KHONG-CO&from=2026-11-01&to=2026-11-23');
    expect(unknown.statusCode).toBe(404);
    const badForm = await counter.get(formUrl(codes.main, 'mau-09'));
    expect(badForm.statusCode).toBe(400);
    expect(badForm.json().message).toContain('mau-01');
    const badFormat = await counter.get(formUrl(codes.main, 'mau-01', 'pdf'));
    expect(badFormat.statusCode).toBe(400);
  });
});

describe('public lookup address', () => {
  it('prefers the unit setting, then MOTCUA_PUBLIC_URL, then the server address', () => {
    const server = { host: '127.0.0.1', port: 3000 };
    expect(publicBaseOf({ server, publicBaseUrl: 'https://a.gov.vn' }, { publicBaseUrl: 'https://b.gov.vn/' })).toBe('https://b.gov.vn');
    expect(publicBaseOf({ server, publicBaseUrl: 'https://a.gov.vn' }, {})).toBe('https://a.gov.vn');
    expect(publicBaseOf({ server, publicBaseUrl: undefined }, {})).toBe('http://127.0.0.1:3000');
  });
});
