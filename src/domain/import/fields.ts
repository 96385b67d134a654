/**
 * The fields an import understands, their Vietnamese names, and the header texts that
 * name them in the tracking book (Sổ theo dõi hồ sơ, TT 01/2018 Mẫu 06 / TT 03/2025 Mẫu 07)
 * and in typical portal exports. Synonyms are written folded (no diacritics, lower case,
 * punctuation as spaces): see `headerKey`.
 */
import { searchKey } from '../format/search-key.ts';

export const IMPORT_FIELDS = [
  'code',
  'procedureCode',
  'procedureName',
  'field',
  'applicantName',
  'applicantAddress',
  'applicantPhone',
  'applicantIdNumber',
  'channel',
  'receivedAt',
  'dueAt',
  'resultAt',
  'returnedAt',
  'status',
  'fee',
  'paidOnline',
  'department',
  'unit',
  // Issue 14: the dates of the steps an export carries.
  'forwardedAt',
  'forwardedTo',
  'supplementRequestedAt',
  'supplementReceivedAt',
  'extendedAt',
  'step',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Vietnamese names, for the preview, the error report and the profile editor. */
export const FIELD_LABELS: Record<ImportField, string> = {
  code: 'Mã hồ sơ',
  procedureCode: 'Mã thủ tục',
  procedureName: 'Tên thủ tục',
  field: 'Lĩnh vực',
  applicantName: 'Người nộp / chủ hồ sơ',
  applicantAddress: 'Địa chỉ',
  applicantPhone: 'Số điện thoại',
  applicantIdNumber: 'Số định danh / CCCD',
  channel: 'Kênh nộp',
  receivedAt: 'Ngày tiếp nhận',
  dueAt: 'Ngày hẹn trả',
  resultAt: 'Ngày có kết quả / kết thúc xử lý',
  returnedAt: 'Ngày trả kết quả',
  status: 'Trạng thái',
  fee: 'Phí, lệ phí',
  paidOnline: 'Thanh toán trực tuyến',
  department: 'Cơ quan, phòng xử lý',
  unit: 'Đơn vị tiếp nhận',
  forwardedAt: 'Ngày chuyển xử lý',
  forwardedTo: 'Chuyển đến',
  supplementRequestedAt: 'Ngày yêu cầu bổ sung',
  supplementReceivedAt: 'Ngày nhận hồ sơ bổ sung',
  extendedAt: 'Ngày hẹn lại (gia hạn)',
  step: 'Bước xử lý hiện tại',
};

/** Header texts (folded) per field. Longer, more specific texts win over shorter ones. */
export const FIELD_SYNONYMS: Record<ImportField, readonly string[]> = {
  code: ['ma ho so', 'so ho so', 'ma hs', 'ma so ho so', 'so bien nhan', 'ma bien nhan', 'ma ho so dvc'],
  procedureCode: ['ma thu tuc', 'ma tthc', 'ma thu tuc hanh chinh', 'ma dich vu cong', 'ma dvc'],
  procedureName: [
    'ten thu tuc',
    'ten tthc',
    'ten thu tuc hanh chinh',
    'thu tuc hanh chinh',
    'thu tuc',
    'tthc',
    'noi dung ho so',
    'noi dung ho so ten tthc',
    'noi dung yeu cau giai quyet',
    'ten dich vu cong',
    'ten dich vu',
  ],
  field: ['linh vuc', 'ten linh vuc', 'linh vuc tthc'],
  applicantName: [
    'nguoi nop',
    'nguoi nop ho so',
    'chu ho so',
    'ho ten chu ho so',
    'ho va ten chu ho so',
    'ten chu ho so',
    'ho ten nguoi nop',
    'ho va ten nguoi nop',
    'ho ten',
    'ho va ten',
    'ten ca nhan to chuc',
    'ca nhan to chuc',
    'to chuc ca nhan',
    'cong dan',
    'nguoi dung ten',
  ],
  applicantAddress: ['dia chi', 'dia chi chu ho so', 'dia chi nguoi nop', 'dia chi so dien thoai'],
  applicantPhone: ['so dien thoai', 'dien thoai', 'sdt', 'so dt'],
  applicantIdNumber: ['so cccd', 'cccd', 'so dinh danh', 'so dinh danh ca nhan', 'so giay to tuy than', 'cmnd', 'so cmnd', 'cmnd cccd', 'ma so thue'],
  channel: ['kenh nop', 'kenh nop ho so', 'hinh thuc nop', 'hinh thuc nop ho so', 'kenh tiep nhan', 'hinh thuc tiep nhan', 'kenh thuc hien', 'nguon ho so'],
  receivedAt: [
    'ngay tiep nhan',
    'ngay nhan ho so',
    'nhan ho so',
    'ngay nop',
    'ngay nop ho so',
    'thoi gian tiep nhan',
    'thoi diem tiep nhan',
    'ngay gio tiep nhan',
    'ngay nhan',
  ],
  dueAt: ['ngay hen tra', 'ngay hen tra ket qua', 'hen tra ket qua', 'hen tra', 'han xu ly', 'han giai quyet', 'ngay het han', 'thoi han giai quyet'],
  resultAt: [
    'ngay co ket qua',
    'ngay ket thuc xu ly',
    'ngay ket thuc',
    'ngay hoan thanh',
    'ngay xu ly xong',
    'ngay nhan ket qua',
    'nhan ket qua tu co quan giai quyet',
    'ngay ky ket qua',
  ],
  returnedAt: ['ngay tra ket qua', 'ngay tra', 'tra ket qua cho ca nhan to chuc', 'ngay tra kq', 'thoi gian tra ket qua'],
  status: ['trang thai', 'trang thai ho so', 'tinh trang', 'tinh trang ho so', 'tinh trang xu ly', 'ket qua xu ly'],
  fee: ['phi le phi', 'phi', 'le phi', 'so tien', 'phi le phi dong', 'so tien phi le phi', 'tien phi'],
  paidOnline: ['thanh toan truc tuyen', 'da thanh toan truc tuyen', 'thanh toan online', 'tt truc tuyen'],
  department: ['co quan phong xu ly', 'co quan xu ly', 'phong xu ly', 'don vi xu ly', 'co quan chu tri giai quyet', 'bo phan xu ly', 'phong ban xu ly', 'co quan giai quyet'],
  unit: ['ma don vi', 'don vi tiep nhan', 'ma co quan', 'ma co quan tiep nhan', 'ma don vi tiep nhan'],
  // The tracking book (TT 01/2018 Mẫu 06): "Ngày, tháng, năm | Chuyển hồ sơ đến cơ quan giải quyết".
  forwardedAt: ['chuyen ho so den co quan giai quyet', 'ngay chuyen', 'ngay chuyen xu ly', 'ngay chuyen ho so', 'thoi gian chuyen xu ly', 'ngay chuyen phong chuyen mon', 'ngay luan chuyen'],
  forwardedTo: ['chuyen den', 'noi chuyen den', 'chuyen den co quan', 'co quan nhan ho so chuyen', 'don vi nhan ho so chuyen'],
  supplementRequestedAt: ['ngay yeu cau bo sung', 'thoi gian yeu cau bo sung', 'ngay ra phieu bo sung', 'ngay ra phieu yeu cau bo sung'],
  supplementReceivedAt: ['ngay nhan bo sung', 'ngay nhan ho so bo sung', 'ngay nop bo sung', 'ngay cong dan bo sung', 'ngay bo sung', 'thoi gian nop bo sung', 'ngay hoan thanh bo sung'],
  extendedAt: ['ngay gia han', 'thoi gian gia han', 'ngay xin loi hen lai', 'ngay lap phieu xin loi', 'ngay dieu chinh hen tra'],
  step: ['buoc hien tai', 'buoc xu ly', 'ten buoc', 'buoc xu ly hien tai', 'giai doan xu ly', 'buoc'],
};

/** Columns that are layout, not data (row numbers): never kept as unknown columns. */
export const LAYOUT_HEADERS: readonly string[] = ['stt', 'tt', 'so thu tu', 'so tt'];

/**
 * Folds a header or a value for matching: no diacritics, lower case, every run of
 * punctuation or spaces as one space ("Phí, lệ phí (đồng)" → "phi le phi dong").
 */
export function headerKey(text: string): string {
  // Statuses, channels, fees and headers repeat from row to row: fold each distinct short text once.
  const known = knownHeaderKeys.get(text);
  if (known !== undefined) return known;
  const folded = searchKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (text.length <= 64) {
    if (knownHeaderKeys.size >= 4096) knownHeaderKeys.clear();
    knownHeaderKeys.set(text, folded);
  }
  return folded;
}

const knownHeaderKeys = new Map<string, string>();

const SYNONYM_INDEX: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => FIELD_SYNONYMS[field].map((synonym) => [synonym, field] as const)),
);

/** The field a folded header names exactly, if any. */
export function fieldOfHeader(folded: string): ImportField | undefined {
  return SYNONYM_INDEX.get(folded);
}
