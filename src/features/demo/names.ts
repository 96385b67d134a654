/**
 * Vietnamese wording of the demo data: people's names, streets, and the reasons officers write
 * when they refuse, ask for a supplement, stop, extend or record a withdrawal. All in one place
 * so that a Vietnamese reader can review it in one sitting.
 */
import type { Random } from './random.ts';

const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Phạm', 'Hoàng', 'Vũ', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Hồ', 'Đinh', 'Lương', 'Mạc', 'Đào', 'Tô', 'Phan'];
const MALE_MIDDLE = ['Văn', 'Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Công', 'Xuân', 'Trung', 'Ngọc'];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Kim'];
const MALE_GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Duy', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Long', 'Mạnh', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Thành', 'Trung', 'Tuấn', 'Việt', 'Vinh'];
const FEMALE_GIVEN = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến'];

export interface PersonName {
  fullName: string;
  female: boolean;
}

export function personName(random: Random): PersonName {
  const female = random.chance(0.5);
  const family = random.pick(FAMILY);
  const middle = random.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = random.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  return { fullName: `${family} ${middle} ${given}`, female };
}

/** A 12-digit CCCD of someone born in Hải Phòng (province code 031). */
export function citizenIdNumber(random: Random, female: boolean): string {
  const born = random.int(1950, 2007);
  const centuryGender = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `031${centuryGender}${String(born % 100).padStart(2, '0')}${random.digits(6)}`;
}

export function phoneNumber(random: Random): string {
  return `${random.pick(['090', '091', '093', '094', '096', '097', '098', '086', '083', '088'])}${random.digits(7)}`;
}

const STREETS = ['Lê Lợi', 'Trần Phú', 'Điện Biên Phủ', 'Hoàng Văn Thụ', 'Lạch Tray', 'Lê Thánh Tông', 'Tô Hiệu', 'Nguyễn Đức Cảnh', 'Hai Bà Trưng', 'Quang Trung', 'Trần Hưng Đạo', 'Bạch Đằng', 'Chu Văn An', 'Lý Thường Kiệt', 'Cầu Đất', 'Văn Cao'];

export function streetAddress(random: Random, unitPlace: string): string {
  return random.chance(0.6)
    ? `Số ${random.int(1, 250)} ${random.pick(STREETS)}, ${unitPlace}, thành phố Hải Phòng`
    : `Thôn ${random.int(1, 12)}, ${unitPlace}, thành phố Hải Phòng`;
}

const COMPANY_KINDS = ['Công ty TNHH', 'Công ty cổ phần', 'Hợp tác xã'];
const COMPANY_NAMES = ['Thương mại Hải Phòng Xanh', 'Dịch vụ Cảng Đông Bắc', 'Xây dựng Gia Viên', 'Vận tải Bạch Đằng', 'Nông nghiệp Kim Thành', 'Thủy sản Cát Hải', 'May mặc Hồng Bàng'];

export function organizationName(random: Random): string {
  return `${random.pick(COMPANY_KINDS)} ${random.pick(COMPANY_NAMES)}`;
}

export const REFUSAL_REASONS = [
  'Hồ sơ không thuộc thẩm quyền giải quyết của Ủy ban nhân dân cấp xã.',
  'Giấy tờ xuất trình không phải bản chính hoặc bản sao có chứng thực theo quy định.',
  'Bản chính giấy tờ bị tẩy xóa, sửa chữa, không bảo đảm tính chính xác.',
  'Người yêu cầu không đủ điều kiện thực hiện thủ tục theo quy định.',
];

export const SUPPLEMENT_REASONS = [
  { reason: 'Thiếu giấy tờ chứng minh nơi cư trú.', items: ['Giấy xác nhận thông tin về cư trú'] },
  { reason: 'Tờ khai chưa ghi đầy đủ thông tin theo mẫu.', items: ['Tờ khai (bản chính, ghi đầy đủ thông tin)'] },
  { reason: 'Thiếu bản sao giấy tờ tùy thân của người được ủy quyền.', items: ['Văn bản ủy quyền', 'Căn cước của người được ủy quyền'] },
  { reason: 'Bản vẽ, sơ đồ kèm theo chưa đúng tỷ lệ quy định.', items: ['Bản vẽ thiết kế (bản chính)'] },
];

export const STOP_REASONS = [
  'Kết quả xác minh cho thấy người yêu cầu không đủ điều kiện; từ chối giải quyết, trả lại hồ sơ.',
  'Thửa đất đang có tranh chấp; dừng giải quyết theo quy định.',
  'Thông tin trong hồ sơ không khớp với Cơ sở dữ liệu quốc gia về dân cư.',
];

export const WITHDRAWAL_REASONS = ['Công dân đề nghị rút hồ sơ để bổ sung giấy tờ.', 'Công dân đề nghị rút hồ sơ, không tiếp tục thực hiện thủ tục.', 'Công dân đề nghị rút hồ sơ'];

export const EXTENSION_REASONS = [
  'Cần xác minh thêm thông tin với cơ quan liên quan; Trung tâm xin lỗi và hẹn lại ngày trả kết quả.',
  'Hệ thống dữ liệu chuyên ngành gián đoạn; xin lỗi công dân và hẹn lại ngày trả kết quả.',
  'Phải lấy ý kiến của phòng chuyên môn khác; xin lỗi và hẹn lại ngày trả kết quả.',
];

export const FINANCIAL_OBLIGATION = 'Nộp tiền sử dụng đất, lệ phí trước bạ và thuế thu nhập cá nhân theo thông báo của cơ quan thuế';
