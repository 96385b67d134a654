import { describe, expect, it } from 'vitest';
import { previewTemplate } from './preview.ts';

describe('previewTemplate', () => {
  it('shows an SMS as the citizen gets it, with its parts with and without diacritics', () => {
    const preview = previewTemplate({ channel: 'sms', kind: 'receipt', body: '{tenDonVi} đã tiếp nhận hồ sơ {maHoSo}, hẹn trả {ngayHenTra}.' });
    expect(preview).toEqual({
      valid: true,
      problems: [],
      missing: [],
      warnings: [],
      rendered: {
        channel: 'sms',
        text: 'UBND phường Gia Viên đã tiếp nhận hồ sơ 000.01.24.H24-261203-0047, hẹn trả 16:00 ngày 08/12/2026.',
        length: { encoding: 'ucs2', units: 97, parts: 2 },
      },
      sms: { withDiacritics: { encoding: 'ucs2', units: 97, parts: 2 }, withoutDiacritics: { encoding: 'gsm7', units: 97, parts: 1 } },
    });
  });

  it('warns about a long SMS without refusing it', () => {
    const preview = previewTemplate({ channel: 'sms', kind: 'result_ready', body: 'Hồ sơ {maHoSo}: {noiNhanKetQua} Phí: {phiLePhi}. {duongDanTraCuu}' });
    expect(preview.valid).toBe(true);
    expect(preview.warnings).toEqual([expect.stringMatching(/^Với dữ liệu mẫu, tin nhắn dài \d+ ký tự có dấu, gửi thành 5 tin/u)]);
  });

  it('lists the missing values of a real dossier and marks them in the text', () => {
    const preview = previewTemplate({ channel: 'email', kind: 'receipt', subject: 'Hồ sơ {maHoSo}', body: 'Tra cứu: {duongDanTraCuu}' }, { maHoSo: 'GV-1' });
    expect(preview).toMatchObject({ valid: true, missing: ['duongDanTraCuu'], rendered: { channel: 'email', subject: 'Hồ sơ GV-1', text: 'Tra cứu: «duongDanTraCuu»' } });
  });

  it('refuses what may not be saved, saying why in Vietnamese', () => {
    expect(previewTemplate({ channel: 'sms', kind: 'receipt', body: 'Hồ sơ {maHoSo} của {hoTen}, CCCD {soCCCD}' })).toEqual({
      valid: false,
      problems: [
        'Biến {soCCCD} không có trong danh sách biến được phép dùng.',
        'Không được dùng {hoTen} (Họ tên người nộp hồ sơ (chỉ dùng trong thư điện tử)) trong kênh này: thông báo không mang thêm dữ liệu cá nhân ngoài địa chỉ người dân đã đăng ký cho kênh đó.',
      ],
      missing: [],
      warnings: [],
    });
  });

  it('says a ZNS template without its Zalo id will not be sent', () => {
    const preview = previewTemplate({ channel: 'zalo', kind: 'receipt', templateId: '', params: [{ key: 'ma_ho_so', value: '{maHoSo}', maxLength: 30 }], sample: 'Hồ sơ <ma_ho_so> đã được tiếp nhận.' });
    expect(preview.valid).toBe(true);
    expect(preview.rendered).toEqual({ channel: 'zalo', templateId: '', data: { ma_ho_so: '000.01.24.H24-261203-0047' } });
    expect(preview.warnings).toEqual(['Chưa có mã mẫu ZNS: "Thông báo tiếp nhận hồ sơ và hẹn trả kết quả" sẽ không được gửi qua Zalo cho đến khi nhập mã mẫu Zalo đã duyệt.']);
  });
});
