/**
 * Vietnamese wording of the KPI module (periods, Biểu II.06a, QĐ 766), in one place so that
 * a Vietnamese reader can review it in one sitting. Code and comments elsewhere stay English.
 */

export const PERIOD_WORDS = {
  month: 'Tháng',
  quarter: 'Quý',
  year: 'năm',
  yearCapitalized: 'Năm',
  firstHalf: '6 tháng đầu năm',
  secondHalf: '6 tháng cuối năm',
  from: 'từ ngày',
  fromCapitalized: 'Từ ngày',
  to: 'đến ngày',
} as const;

export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** Group key used when a dossier has no department or no receiving officer recorded. */
export const UNASSIGNED_GROUP = '(Chưa xác định)';

export const FORM_II06A_TEXT = {
  code: 'Biểu số II.06a/VPCP/KSTT',
  title: 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
  unitOfMeasure: 'Đơn vị tính: Số hồ sơ TTHC',
  totalRow: 'Tổng số',
  nameHeaderByField: 'Lĩnh vực, công việc giải quyết',
  nameHeaderByUnit: 'Đơn vị',
} as const;

/** Header of each of the 13 columns: [group, column]. */
export const FORM_II06A_HEADERS: readonly (readonly [string, string])[] = [
  ['', 'TT'],
  ['', 'Lĩnh vực, công việc giải quyết'],
  ['Số hồ sơ nhận giải quyết', 'Tổng số'],
  ['Số hồ sơ nhận giải quyết — Trong đó', 'Trực tuyến'],
  ['Số hồ sơ nhận giải quyết — Trong đó', 'Trực tiếp, dịch vụ bưu chính'],
  ['Số hồ sơ nhận giải quyết — Trong đó', 'Từ kỳ trước'],
  ['Số hồ sơ đã giải quyết', 'Tổng số'],
  ['Số hồ sơ đã giải quyết', 'Trước hạn'],
  ['Số hồ sơ đã giải quyết', 'Đúng hạn (bao gồm cả hồ sơ trả lại / xin rút)'],
  ['Số hồ sơ đã giải quyết', 'Quá hạn'],
  ['Số hồ sơ đang giải quyết', 'Tổng số'],
  ['Số hồ sơ đang giải quyết', 'Trong hạn (bao gồm cả hồ sơ chờ bổ sung)'],
  ['Số hồ sơ đang giải quyết', 'Quá hạn'],
];

export const SERVICE_INDEX_GROUP_NAMES: Record<1 | 2 | 3 | 4 | 5 | 6, string> = {
  1: 'Công khai, minh bạch',
  2: 'Tiến độ giải quyết',
  3: 'Dịch vụ công trực tuyến',
  4: 'Thanh toán trực tuyến',
  5: 'Số hóa hồ sơ',
  6: 'Mức độ hài lòng',
};

export const SUB_INDICATOR_NAMES = {
  '1.1': 'Tỷ lệ TTHC công bố đúng hạn',
  '1.2': 'Tỷ lệ TTHC cập nhật, công khai đúng hạn',
  '1.3': 'Tỷ lệ TTHC công khai đầy đủ nội dung',
  '1.4': 'Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia',
  '2.1': 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn',
  '2.2': 'Thời gian giải quyết trung bình theo TTHC',
  '3.1': 'Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến',
  '3.2': 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
  '3.3': 'Tỷ lệ hồ sơ trực tuyến',
  '3.5': 'Tỷ lệ TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến',
  'payment-transactions': 'Tỷ lệ TTHC có giao dịch thanh toán trực tuyến',
  '3.6': 'Tỷ lệ hồ sơ thanh toán trực tuyến',
  '4.1': 'Tỷ lệ hồ sơ có kết quả điện tử',
  '4.2': 'Tỷ lệ hồ sơ số hóa',
  'electronic-certified-copies': 'Chứng thực bản sao điện tử từ bản chính',
  '4.3': 'Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa',
  '4.4': 'Tỷ lệ hồ sơ số hóa kết nối, chia sẻ dữ liệu',
  '4.5a': 'Tỷ lệ TTHC ứng dụng dữ liệu dân cư',
  '4.5b': 'Tỷ lệ hồ sơ sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư',
  '5.1': 'Phản ánh, kiến nghị theo phân loại',
  '5.2': 'Tiến độ xử lý phản ánh, kiến nghị',
  '5.3': 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
  '5.4': 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
} as const;

export type SubIndicatorId = keyof typeof SUB_INDICATOR_NAMES;

/** Why a sub-indicator cannot be computed from dossier states (shown to the user). */
export const NOT_COMPUTABLE_REASONS: Partial<Record<SubIndicatorId, string>> = {
  '1.1': 'Cần ngày quyết định công bố TTHC và ngày hiệu lực của văn bản quy phạm pháp luật; dữ liệu hồ sơ không có các ngày này.',
  '1.2': 'Cần thời điểm công khai TTHC trên Cơ sở dữ liệu quốc gia về TTHC (chỉ tiêu áp dụng cho cấp tỉnh, cấp bộ).',
  '1.3': 'Cần nội dung công khai của từng TTHC trên Cơ sở dữ liệu quốc gia về TTHC; không tính được từ hồ sơ.',
  '1.4': 'Cần số hồ sơ đã đồng bộ lên Cổng Dịch vụ công quốc gia và số liệu của Hệ thống báo cáo quốc gia.',
  '2.2': 'Cần thời gian giải quyết theo đơn vị tính của từng TTHC (ngày làm việc, giờ) theo lịch làm việc; chỉ tiêu chỉ để theo dõi, không tính điểm.',
  '3.1': 'Chỉ tiêu theo danh mục TTHC: cần danh sách TTHC thuộc thẩm quyền và mức độ cung cấp dịch vụ công trực tuyến.',
  '3.2': 'Chỉ tiêu theo danh mục dịch vụ công trực tuyến của TTHC; không tính được từ hồ sơ.',
  '3.5': 'Cần danh mục TTHC có phí, lệ phí trên Cơ sở dữ liệu quốc gia về TTHC.',
  'payment-transactions': 'Cần danh mục TTHC có phí, lệ phí và giao dịch thanh toán trên Cổng Dịch vụ công quốc gia.',
  'electronic-certified-copies': 'Cần số liệu chứng thực bản sao điện tử từ bản chính trên hệ thống chứng thực điện tử.',
  '4.4': 'Hồ sơ chưa ghi nhận thành phần lấy từ kho dữ liệu của Cổng Dịch vụ công quốc gia hoặc kết quả đồng bộ lên kho.',
  '4.5a': 'Hồ sơ chưa ghi nhận việc xác thực tài khoản VNeID hoặc khai thác Cơ sở dữ liệu quốc gia về dân cư.',
  '4.5b': 'Hồ sơ chưa ghi nhận việc xác thực tài khoản VNeID hoặc khai thác Cơ sở dữ liệu quốc gia về dân cư.',
  '5.1': 'Cần dữ liệu phản ánh, kiến nghị (PAKN) và phân loại của từng PAKN.',
  '5.2': 'Cần dữ liệu phản ánh, kiến nghị (PAKN) và thời điểm xử lý từng bước.',
  '5.3': 'Cần dữ liệu phản ánh, kiến nghị (PAKN) và đánh giá của người dân.',
  '5.4': 'Cần tỷ lệ hồ sơ có phản ánh, kiến nghị hoặc đánh giá không hài lòng.',
};

/** Notes attached to computable sub-indicators where the points or the data are provisional. */
export const SUB_INDICATOR_NOTES = {
  onlinePoints:
    'Điểm tối đa 12 là điểm của cả nhóm Dịch vụ công trực tuyến; cách chia điểm giữa các chỉ tiêu 3.1, 3.3 chưa được xác nhận. Hệ số đồng bộ (chỉ tiêu 1.4) được coi là 100%.',
  noCases: 'Không phát sinh hồ sơ trong kỳ; chỉ tiêu không được chấm.',
} as const;
