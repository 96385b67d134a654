import { describe, expect, it } from 'vitest';
import { noticeTemplateSchema, renderNotice, templateFor, templateUsable, znsLongestLength, type NoticeTemplate, type ZaloTemplate } from './template.ts';
import { DEFAULT_TEMPLATES } from './defaults.ts';
import { SAMPLE_VALUES } from './preview.ts';

const messages = (input: unknown): string[] => {
  const result = noticeTemplateSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

const zalo = (overrides: Partial<ZaloTemplate> = {}): ZaloTemplate => ({
  channel: 'zalo',
  kind: 'receipt',
  templateId: '227941',
  params: [
    { key: 'ma_ho_so', value: '{maHoSo}', maxLength: 30 },
    { key: 'ten_thu_tuc', value: '{tenThuTuc}', maxLength: 20 },
  ],
  sample: 'Hồ sơ <ma_ho_so> (<ten_thu_tuc>) đã được tiếp nhận.',
  ...overrides,
});

describe('a leader’s edited template', () => {
  it('accepts a correct template of each channel', () => {
    expect(messages({ channel: 'email', kind: 'receipt', subject: 'Đã tiếp nhận hồ sơ {maHoSo}', body: 'Kính gửi Ông/Bà {hoTen}, hồ sơ {maHoSo} hẹn trả {ngayHenTra}.' })).toEqual([]);
    expect(messages({ channel: 'sms', kind: 'supplement_request', body: 'Hồ sơ {maHoSo} cần bổ sung: {danhSachBoSung}' })).toEqual([]);
    expect(messages(zalo())).toEqual([]);
  });

  it('refuses unknown placeholders, those the kind has no value for, and personal data in SMS or Zalo', () => {
    expect(messages({ channel: 'sms', kind: 'receipt', body: 'Hồ sơ {maHoSo} của {soCCCD}' })).toEqual(['Biến {soCCCD} không có trong danh sách biến được phép dùng.']);
    expect(messages({ channel: 'sms', kind: 'receipt', body: 'Hồ sơ {maHoSo}: {lyDo}' })).toEqual(['Thông báo loại này không có giá trị cho {lyDo} (Lý do).']);
    expect(messages({ channel: 'sms', kind: 'receipt', body: 'Kính gửi {hoTen}' })[0]).toMatch(/^Không được dùng \{hoTen\} .* trong kênh này: thông báo không mang thêm dữ liệu cá nhân/u);
    expect(messages(zalo({ params: [{ key: 'ten', value: '{hoTen}', maxLength: 30 }], sample: 'Chào <ten>' }))[0]).toMatch(/^Không được dùng \{hoTen\}/u);
  });

  it('explains shape errors in Vietnamese', () => {
    expect(messages({ channel: 'email', kind: 'receipt', subject: ' ', body: 'x' })).toEqual(['Tiêu đề thư không được để trống.']);
    expect(messages({ channel: 'email', kind: 'receipt', subject: 'a\nb', body: 'x' })).toEqual(['Tiêu đề thư chỉ được viết trên một dòng.']);
    expect(messages({ channel: 'sms', kind: 'thu-moi', body: 'x' })).toEqual(['Loại thông báo không hợp lệ.']);
    expect(messages({ channel: 'fax', kind: 'receipt', body: 'x' })).toEqual(['Kênh gửi thông báo không hợp lệ (thư điện tử, SMS hoặc Zalo).']);
    expect(messages({ channel: 'sms', kind: 'receipt', body: 'x'.repeat(641) })).toEqual(['Nội dung tin nhắn tối đa 640 ký tự.']);
    expect(messages(zalo({ templateId: 'abc' }))).toEqual(['Mã mẫu ZNS là dãy số Zalo cấp khi duyệt mẫu (để trống nếu chưa có).']);
    expect(messages(zalo({ params: [{ key: 'Mã Hồ Sơ', value: '{maHoSo}', maxLength: 30 }], sample: 'x' }))[0]).toMatch(/^Tên tham số Zalo chỉ gồm chữ thường/u);
  });

  it('checks a ZNS template against its sample and Zalo’s 400-character limit', () => {
    expect(messages(zalo({ sample: 'Hồ sơ <ma_ho_so> (<ten_thu_tuc>) <ngay>' }))).toEqual(['Nội dung mẫu có tham số <ngay> nhưng chưa khai báo giá trị cho nó.']);
    expect(messages(zalo({ sample: 'Hồ sơ <ma_ho_so>' }))).toEqual(['Tham số "ten_thu_tuc" không có trong nội dung mẫu đã đăng ký (<ten_thu_tuc>).']);
    const long = zalo({ params: [{ key: 'ma_ho_so', value: '{maHoSo}', maxLength: 30 }, { key: 'ten_thu_tuc', value: '{tenThuTuc}', maxLength: 380 }] });
    expect(znsLongestLength(long)).toBe(long.sample.length - '<ma_ho_so><ten_thu_tuc>'.length + 410);
    expect(messages(long)).toEqual([
      `Khi các tham số dài tối đa, tin ZNS dài ${znsLongestLength(long)} ký tự, vượt giới hạn 400 ký tự của Zalo: hãy giảm độ dài tối đa của tham số hoặc rút gọn nội dung mẫu.`,
    ]);
    const twice = zalo();
    twice.params.push({ key: 'ma_ho_so', value: '{maHoSo}', maxLength: 30 });
    expect(messages(twice)).toEqual(['Tham số "ma_ho_so" bị lặp lại.']);
  });
});

describe('renderNotice', () => {
  it('renders an e-mail and an SMS, counting the SMS parts', () => {
    const email = renderNotice({ channel: 'email', kind: 'receipt', subject: 'Hồ sơ {maHoSo}\n', body: 'Hẹn trả {ngayHenTra}.' }, SAMPLE_VALUES);
    expect(email).toEqual({ ok: true, message: { channel: 'email', subject: 'Hồ sơ 000.01.24.H24-261203-0047', text: 'Hẹn trả 16:00 ngày 08/12/2026.' } });
    const sms = renderNotice({ channel: 'sms', kind: 'receipt', body: 'Hồ sơ {maHoSo}' }, SAMPLE_VALUES);
    expect(sms).toEqual({ ok: true, message: { channel: 'sms', text: 'Hồ sơ 000.01.24.H24-261203-0047', length: { encoding: 'ucs2', units: 31, parts: 1 } } });
  });

  it('fits Zalo parameters: free texts are shortened with "…", codes and dates are refused when too long', () => {
    const rendered = renderNotice(zalo(), SAMPLE_VALUES);
    expect(rendered).toEqual({ ok: true, message: { channel: 'zalo', templateId: '227941', data: { ma_ho_so: '000.01.24.H24-261203-0047', ten_thu_tuc: 'Cấp Giấy xác nhận t…' } } });
    const tooLong = renderNotice(zalo(), { ...SAMPLE_VALUES, maHoSo: 'X'.repeat(31) });
    expect(tooLong).toEqual({ ok: false, problems: ['Giá trị của tham số Zalo "ma_ho_so" dài 31 ký tự, vượt độ dài tối đa 30.'], missing: [] });
  });

  it('refuses to render a notice with a missing value or a placeholder not allowed in its channel', () => {
    expect(renderNotice({ channel: 'sms', kind: 'receipt', body: '{maHoSo} {duongDanTraCuu}' }, { maHoSo: 'GV-1' })).toEqual({ ok: false, problems: [], missing: ['duongDanTraCuu'] });
    const personal = renderNotice({ channel: 'sms', kind: 'receipt', body: 'Chào {hoTen}' }, SAMPLE_VALUES);
    expect(personal.ok).toBe(false);
    expect(JSON.stringify(personal)).not.toContain('Nguyễn Văn An');
  });

  it('takes the unit’s template over the default, and sends Zalo only with an approved template id', () => {
    const unitSms: NoticeTemplate = { channel: 'sms', kind: 'receipt', body: 'Phường Gia Viên: hồ sơ {maHoSo}' };
    expect(templateFor('receipt', 'sms', [unitSms], DEFAULT_TEMPLATES)).toBe(unitSms);
    expect(templateFor('refusal', 'sms', [unitSms], DEFAULT_TEMPLATES)).toBe(DEFAULT_TEMPLATES.find((t) => t.kind === 'refusal' && t.channel === 'sms'));
    expect(templateUsable(templateFor('receipt', 'zalo', [], DEFAULT_TEMPLATES))).toBe(false);
    expect(templateUsable(zalo())).toBe(true);
    expect(templateUsable(undefined)).toBe(false);
  });
});
