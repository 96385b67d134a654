/**
 * The center leader's preview before saving a template: the notice as a citizen would get it,
 * with sample values (or a real dossier's), every problem and missing value listed, and for SMS
 * the number of billed parts with and without diacritics.
 */
import { NOTICE_KIND_INFO, type NoticeKind } from './kinds.ts';
import { PLACEHOLDER_NAMES, type NoticeValues, type PlaceholderName } from './placeholders.ts';
import { smsLength, stripDiacritics, SMS_PARTS_BUDGET, type SmsLength } from './sms.ts';
import { noticeTemplateSchema, renderNotice, type RenderedNotice } from './template.ts';

/** Values of a made-up dossier, for previews. */
export const SAMPLE_VALUES: Required<NoticeValues> = {
  maHoSo: '000.01.24.H24-261203-0047',
  tenThuTuc: 'Cấp Giấy xác nhận tình trạng hôn nhân',
  tenDonVi: 'UBND phường Gia Viên',
  duongDanTraCuu: 'https://motcua.giavien.haiphong.gov.vn/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA',
  maTraCuu: 'AQIDBAUGBwgJCgsMDQ4PEA',
  lienHe: 'Bộ phận Một cửa, điện thoại 0225 3842 111',
  ngayTiepNhan: '09:15 ngày 03/12/2026',
  ngayHenTra: '16:00 ngày 08/12/2026',
  ngayHenTraCu: '16:00 ngày 05/12/2026',
  phiLePhi: '17.000 đồng',
  lyDo: 'Cần xác minh thông tin cư trú với Công an phường',
  danhSachBoSung: '1. Giấy xác nhận thông tin về cư trú\n2. Bản sao Giấy khai sinh',
  noiNhanKetQua: 'Mời Ông/Bà đến nhận kết quả tại Bộ phận Một cửa (Trung tâm Phục vụ hành chính công) trong giờ làm việc, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
  hoTen: 'Nguyễn Văn An',
  maPhanAnh: 'PAKN-000.01.24.H24-261203-002',
  tomTatNoiDung: 'Đề nghị Trung tâm bố trí thêm giờ tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy.',
  ngayTiepNhanPhanAnh: '09:15 ngày 03/12/2026',
  noiDungTraLoi: 'Trung tâm đã bố trí thêm một quầy tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy.',
  coQuanTiepNhan: 'Sở Tư pháp thành phố Hải Phòng',
  duongDanTheoDoi: 'https://motcua.giavien.haiphong.gov.vn/phan-anh-kien-nghi?ma=PAKN-000.01.24.H24-261203-002',
};

export interface TemplatePreview {
  /** False when the template may not be saved. */
  valid: boolean;
  /** Vietnamese problems that prevent saving. */
  problems: string[];
  /** Placeholders of the template without a value among those given. */
  missing: PlaceholderName[];
  /** Advice that does not prevent saving. */
  warnings: string[];
  /** The notice, missing values shown as «tên biến». */
  rendered?: RenderedNotice;
  sms?: { withDiacritics: SmsLength; withoutDiacritics: SmsLength };
}

const marked = (values: NoticeValues): NoticeValues =>
  Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, values[name] ?? `«${name}»`])) as NoticeValues;

/** Checks and renders a template as the leader edits it (`input` is the unvalidated form body). */
export function previewTemplate(input: unknown, values: NoticeValues = SAMPLE_VALUES): TemplatePreview {
  const parsed = noticeTemplateSchema.safeParse(input);
  if (!parsed.success) return { valid: false, problems: [...new Set(parsed.error.issues.map((i) => i.message))], missing: [], warnings: [] };
  const template = parsed.data;
  const real = renderNotice(template, values);
  const missing = real.ok ? [] : real.missing;
  const problems = real.ok ? [] : real.problems;
  const shown = real.ok ? real : renderNotice(template, marked(values));
  const preview: TemplatePreview = { valid: problems.length === 0, problems, missing, warnings: [] };
  if (shown.ok) preview.rendered = shown.message;
  if (shown.ok && shown.message.channel === 'sms') {
    const sms = { withDiacritics: shown.message.length, withoutDiacritics: smsLength(stripDiacritics(shown.message.text)) };
    preview.sms = sms;
    if (sms.withDiacritics.parts > SMS_PARTS_BUDGET) {
      preview.warnings.push(
        `Với dữ liệu mẫu, tin nhắn dài ${sms.withDiacritics.units} ký tự có dấu, gửi thành ${sms.withDiacritics.parts} tin (mỗi tin 67 ký tự có dấu): nên rút gọn, phần chi tiết để ở trang tra cứu.`,
      );
    }
  }
  if (template.channel === 'zalo' && template.templateId === '') {
    preview.warnings.push(`Chưa có mã mẫu ZNS: "${NOTICE_KIND_INFO[template.kind as NoticeKind].name}" sẽ không được gửi qua Zalo cho đến khi nhập mã mẫu Zalo đã duyệt.`);
  }
  return preview;
}
