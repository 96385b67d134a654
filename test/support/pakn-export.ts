/**
 * A PAKN export as the national portal's list gives it (issue 19 item 4): title lines, the
 * period, a blank line, then one header row in Vietnamese and one row per PAKN. Written with
 * exceljs, dates as date cells or day-first texts as the portal mixes them.
 */
import ExcelJS from 'exceljs';

export const PAKN_EXPORT_HEADER = [
  'STT',
  'Mã PAKN',
  'Tiêu đề',
  'Nội dung',
  'Người gửi',
  'Số điện thoại',
  'Địa chỉ',
  'Ngày gửi',
  'Phân loại',
  'Trạng thái',
  'Ngày trả lời',
  'Nội dung trả lời',
  'Số văn bản trả lời',
  'Cơ quan có thẩm quyền',
  'Hài lòng',
  'Không hài lòng',
] as const;

export type PaknExportRow = Partial<Record<(typeof PAKN_EXPORT_HEADER)[number], string | number | Date>>;

const ANSWER = 'Trung tâm đã hướng dẫn thực hiện thủ tục theo quy định hiện hành và chấn chỉnh việc yêu cầu thêm giấy tờ.';

/** Row builders: a PAKN of the portal, with what its status needs. */
export function portalPakn(code: string, status: string, extra: PaknExportRow = {}): PaknExportRow {
  return {
    'Mã PAKN': code,
    'Tiêu đề': 'Yêu cầu nộp thêm giấy tờ khi đăng ký khai sinh',
    'Nội dung': 'Bộ phận một cửa yêu cầu nộp bản sao giấy tờ không có trong thành phần hồ sơ của thủ tục đăng ký khai sinh.',
    'Người gửi': 'Lê Văn Cường',
    'Số điện thoại': '0987 654 321',
    'Địa chỉ': 'Tổ 5, phường Thử Nghiệm',
    'Ngày gửi': '10/11/2026 09:15',
    'Phân loại': 'Về quy định hành chính',
    'Trạng thái': status,
    ...(status === 'Đã trả lời' || status === 'Đã công khai' ? { 'Ngày trả lời': '13/11/2026', 'Nội dung trả lời': ANSWER, 'Số văn bản trả lời': '15/TTPVHCC-PAKN' } : {}),
    ...extra,
  };
}

export async function writePaknExport(filePath: string, rows: readonly PaknExportRow[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('PAKN');
  sheet.addRow(['DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ']);
  sheet.addRow(['Cổng Dịch vụ công quốc gia — từ ngày 01/11/2026 đến ngày 20/11/2026']);
  sheet.addRow([]);
  sheet.addRow([...PAKN_EXPORT_HEADER]);
  rows.forEach((row, index) => sheet.addRow(PAKN_EXPORT_HEADER.map((header) => (header === 'STT' ? index + 1 : (row[header] ?? null)))));
  await workbook.xlsx.writeFile(filePath);
}
