import { describe, expect, it } from 'vitest';
import { placeOfUnitName, reportFileName, slug } from './slug.ts';

describe('file names for people', () => {
  it('names a report by its period and its place', () => {
    expect(reportFileName('Quý IV năm 2026', 'Trung tâm Phục vụ hành chính công phường Gia Viên', 'docx')).toBe('bao-cao-quy-iv-2026-phuong-gia-vien.docx');
    expect(reportFileName('Tháng 11 năm 2026', 'Ủy ban nhân dân thành phố Hải Phòng', 'xlsx')).toBe('bao-cao-thang-11-2026-thanh-pho-hai-phong.xlsx');
    expect(reportFileName('6 tháng đầu năm 2026', 'Trung tâm Phục vụ hành chính công xã Đồng Đăng', 'docx')).toBe('bao-cao-6-thang-dau-2026-xa-dong-dang.docx');
    expect(reportFileName('Từ ngày 01/11/2026 đến ngày 30/11/2026', 'Đặc khu Bạch Long Vĩ', 'docx')).toBe('bao-cao-tu-ngay-01-11-2026-den-ngay-30-11-2026-dac-khu-bach-long-vi.docx');
  });

  it('keeps only ASCII letters, digits and single hyphens', () => {
    expect(slug('  Đường Lạch Tray — số 12/34 ')).toBe('duong-lach-tray-so-12-34');
    expect(slug('ỨNG HÒA, Hà Nội')).toBe('ung-hoa-ha-noi');
    expect(placeOfUnitName('Bộ phận một cửa')).toBe('Bộ phận một cửa');
  });
});
