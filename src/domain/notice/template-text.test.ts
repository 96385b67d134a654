import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplateText } from './template-text.ts';

describe('template text', () => {
  it('fills named placeholders and keeps doubled braces as literal braces', () => {
    expect(renderTemplateText('Hồ sơ {maHoSo} hẹn trả {ngayHenTra}.', { maHoSo: 'GV-1', ngayHenTra: '16:00 ngày 08/12/2026' })).toEqual({
      ok: true,
      text: 'Hồ sơ GV-1 hẹn trả 16:00 ngày 08/12/2026.',
    });
    expect(renderTemplateText('{{maHoSo}} = {maHoSo}, }}', { maHoSo: 'GV-1' })).toEqual({ ok: true, text: '{maHoSo} = GV-1, }' });
    expect(renderTemplateText('Không có biến', {})).toEqual({ ok: true, text: 'Không có biến' });
    expect(renderTemplateText('{ maHoSo }', { maHoSo: 'GV-1' })).toEqual({ ok: true, text: 'GV-1' });
  });

  it('refuses unknown placeholders, naming each, and keeps them visible in the preview', () => {
    const result = renderTemplateText('Hồ sơ {maHoSo} của {hoVaTen} số {cccd}', { maHoSo: 'GV-1' });
    expect(result).toEqual({
      ok: false,
      errors: ['Biến {hoVaTen} không có trong danh sách biến được phép dùng.', 'Biến {cccd} không có trong danh sách biến được phép dùng.'],
      missing: [],
      preview: 'Hồ sơ GV-1 của {hoVaTen} số {cccd}',
    });
  });

  it('reports every missing value at once, shown as «name» in the preview', () => {
    expect(renderTemplateText('{maHoSo}: {lyDo} ({lyDo}) {tenDonVi}', { tenDonVi: 'UBND phường Gia Viên' })).toEqual({
      ok: false,
      errors: [],
      missing: ['maHoSo', 'lyDo'],
      preview: '«maHoSo»: «lyDo» («lyDo») UBND phường Gia Viên',
    });
  });

  it('explains syntax mistakes in Vietnamese with their position', () => {
    expect(parseTemplate('Hồ sơ {maHoSo').errors).toEqual(['Dấu "{" ở vị trí 7 chưa được đóng bằng "}" (viết "{{" nếu muốn in dấu "{").']);
    expect(parseTemplate('a } b').errors).toEqual(['Dấu "}" ở vị trí 3 không có dấu "{" mở tương ứng (viết "}}" nếu muốn in dấu "}").']);
    expect(parseTemplate('{mã hồ sơ}').errors).toEqual(['Tên biến "{mã hồ sơ}" không hợp lệ: chỉ gồm chữ cái không dấu và chữ số, ví dụ {maHoSo}.']);
    expect(parseTemplate('{}').errors).toHaveLength(1);
    expect(parseTemplate('{a {maHoSo}').errors).toEqual(['Dấu "{" ở vị trí 1 chưa được đóng bằng "}" (viết "{{" nếu muốn in dấu "{").']);
    expect(parseTemplate('{a {maHoSo}').placeholders).toEqual(['maHoSo']);
  });
});
