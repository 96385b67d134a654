/**
 * The named values a notice template may use ({maHoSo}, {ngayHenTra} …): a closed set, each
 * with the kinds that have a value for it and the channels allowed to carry it.
 *
 * Personal data: a notice carries no more than the citizen gave for its channel. No placeholder
 * exists for the ID number, phone, address or e-mail; the applicant's name ({hoTen}) may be used
 * by e-mail only (a personal mailbox the citizen gave us), never in an SMS (read on shared phones
 * and lock screens, stored by carriers and gateways) nor in a Zalo message.
 */
import type { NoticeChannel, NoticeKind } from './kinds.ts';

export interface PlaceholderInfo {
  /** Vietnamese description for the leader's editor. */
  label: string;
  /** Kinds whose notices have a value for it. */
  kinds: readonly NoticeKind[];
  /** Channels that may carry it (all when omitted). */
  channels?: readonly NoticeChannel[];
  /** May a value longer than a Zalo parameter's cap be shortened with "…"? (free texts yes; codes, dates, links no) */
  truncatable: boolean;
}

const DOSSIER_KINDS = ['receipt', 'supplement_request', 'refusal', 'stop', 'extension', 'result_ready'] as const satisfies readonly NoticeKind[];
const PAKN_KINDS = ['pakn_reply', 'pakn_not_accepted', 'pakn_forwarded'] as const satisfies readonly NoticeKind[];
const ALL_KINDS = [...DOSSIER_KINDS, ...PAKN_KINDS] as const satisfies readonly NoticeKind[];

export const PLACEHOLDERS = {
  maHoSo: { label: 'Mã hồ sơ', kinds: DOSSIER_KINDS, truncatable: false },
  tenThuTuc: { label: 'Tên thủ tục hành chính', kinds: DOSSIER_KINDS, truncatable: true },
  tenDonVi: { label: 'Tên đơn vị tiếp nhận (UBND xã, phường)', kinds: ALL_KINDS, truncatable: true },
  duongDanTraCuu: { label: 'Đường dẫn tra cứu hồ sơ (có mã tra cứu)', kinds: DOSSIER_KINDS, truncatable: false },
  maTraCuu: { label: 'Mã tra cứu (phần cuối của đường dẫn tra cứu, dùng cho nút bấm của mẫu Zalo)', kinds: DOSSIER_KINDS, truncatable: false },
  lienHe: { label: 'Nơi liên hệ để được hướng dẫn (Bộ phận Một cửa và số điện thoại của Trung tâm)', kinds: ALL_KINDS, truncatable: true },
  ngayTiepNhan: { label: 'Thời gian tiếp nhận hồ sơ', kinds: ['receipt', 'extension'], truncatable: false },
  ngayHenTra: { label: 'Thời gian hẹn trả kết quả (sau khi xin lỗi: ngày hẹn mới)', kinds: ['receipt', 'extension'], truncatable: false },
  ngayHenTraCu: { label: 'Thời gian hẹn trả kết quả ghi trên Giấy tiếp nhận (trước khi hẹn lại)', kinds: ['extension'], truncatable: false },
  phiLePhi: { label: 'Phí, lệ phí', kinds: ['receipt', 'result_ready'], truncatable: false },
  lyDo: { label: 'Lý do', kinds: ['supplement_request', 'refusal', 'stop', 'extension', 'pakn_not_accepted'], truncatable: true },
  danhSachBoSung: { label: 'Danh sách giấy tờ cần bổ sung', kinds: ['supplement_request'], truncatable: true },
  noiNhanKetQua: { label: 'Nơi và cách nhận kết quả', kinds: ['result_ready'], truncatable: true },
  hoTen: { label: 'Họ tên người nộp hồ sơ (chỉ dùng trong thư điện tử)', kinds: ALL_KINDS, channels: ['email'], truncatable: true },
  maPhanAnh: { label: 'Mã phản ánh, kiến nghị', kinds: PAKN_KINDS, truncatable: false },
  // The sender's own words may hold personal data (theirs or others'): e-mail only, like the name.
  tomTatNoiDung: { label: 'Tóm tắt nội dung phản ánh, kiến nghị (chỉ dùng trong thư điện tử)', kinds: PAKN_KINDS, channels: ['email'], truncatable: true },
  ngayTiepNhanPhanAnh: { label: 'Ngày tiếp nhận phản ánh, kiến nghị', kinds: PAKN_KINDS, truncatable: false },
  noiDungTraLoi: { label: 'Nội dung trả lời phản ánh, kiến nghị', kinds: ['pakn_reply'], truncatable: true },
  coQuanTiepNhan: { label: 'Cơ quan có thẩm quyền được chuyển đến', kinds: ['pakn_forwarded'], truncatable: true },
  duongDanTheoDoi: { label: 'Đường dẫn theo dõi phản ánh, kiến nghị trên trang công khai', kinds: PAKN_KINDS, truncatable: false },
} as const satisfies Record<string, PlaceholderInfo>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];
export type NoticeValues = Partial<Record<PlaceholderName, string>>;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}

const info = (name: PlaceholderName): PlaceholderInfo => PLACEHOLDERS[name];

/** Why a known placeholder may not be used in a template of this kind and channel, or undefined. */
export function placeholderProblem(name: PlaceholderName, kind: NoticeKind, channel: NoticeChannel): string | undefined {
  const placeholder = info(name);
  if (placeholder.channels && !placeholder.channels.includes(channel)) {
    return `Không được dùng {${name}} (${placeholder.label}) trong kênh này: thông báo không mang thêm dữ liệu cá nhân ngoài địa chỉ người dân đã đăng ký cho kênh đó.`;
  }
  if (!placeholder.kinds.includes(kind)) return `Thông báo loại này không có giá trị cho {${name}} (${placeholder.label}).`;
  return undefined;
}

export function isTruncatable(name: PlaceholderName): boolean {
  return info(name).truncatable;
}
