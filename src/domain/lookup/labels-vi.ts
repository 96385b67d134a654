/**
 * Everything the public lookup page says, in one place for a Vietnamese reader: plain words
 * for a citizen, never the internal names of statuses, steps, roles or departments.
 */
import type { StatusCode } from '../dossier/state.ts';

/** What kind of work a step is, as a citizen understands it. */
export type CitizenStepKind = 'reception' | 'processing' | 'review' | 'approval' | 'return';

export const STEP_LABELS: Record<CitizenStepKind, string> = {
  reception: 'Tiếp nhận hồ sơ',
  processing: 'Thẩm định, xử lý hồ sơ',
  review: 'Lãnh đạo phòng chuyên môn xem xét',
  approval: 'Lãnh đạo có thẩm quyền xem xét, ký kết quả',
  return: 'Trả kết quả',
};

export interface StatusWording {
  label: string;
  explanation: string;
}

export const STATUS_WORDING: Record<StatusCode, StatusWording> = {
  1: { label: 'Đã nộp, đang chờ tiếp nhận', explanation: 'Hồ sơ nộp trực tuyến đang chờ cán bộ Bộ phận Một cửa kiểm tra và tiếp nhận.' },
  2: { label: 'Đã tiếp nhận', explanation: 'Hồ sơ đã được tiếp nhận và đang được chuyển đến bộ phận giải quyết.' },
  3: { label: 'Không được tiếp nhận', explanation: 'Hồ sơ không được tiếp nhận. Lý do đã được ghi trong Phiếu từ chối tiếp nhận giải quyết hồ sơ.' },
  4: { label: 'Đang giải quyết', explanation: 'Hồ sơ đang được giải quyết theo quy trình.' },
  5: { label: 'Cần bổ sung giấy tờ', explanation: 'Hồ sơ cần được bổ sung, hoàn thiện theo danh sách dưới đây.' },
  6: {
    label: 'Chờ thực hiện nghĩa vụ tài chính',
    explanation: 'Ông/Bà cần nộp các khoản nghĩa vụ tài chính (thuế, phí, lệ phí) theo thông báo để hồ sơ được tiếp tục giải quyết.',
  },
  7: { label: 'Đã rút hồ sơ', explanation: 'Hồ sơ đã được rút theo đề nghị của người nộp hồ sơ.' },
  8: { label: 'Dừng giải quyết', explanation: 'Việc giải quyết hồ sơ đã dừng. Lý do đã được thông báo bằng văn bản.' },
  9: { label: 'Đã có kết quả', explanation: 'Kết quả giải quyết hồ sơ đã sẵn sàng.' },
  10: { label: 'Đã trả kết quả', explanation: 'Kết quả giải quyết hồ sơ đã được trả.' },
};

/** A stop that is a refusal to resolve ("từ chối giải quyết") reads differently. */
export const REFUSAL_TO_RESOLVE: StatusWording = {
  label: 'Từ chối giải quyết',
  explanation: 'Hồ sơ không được giải quyết. Lý do đã được thông báo bằng văn bản.',
};

export const SUPPLEMENT_CLOCK = {
  paused: 'Thời hạn giải quyết tạm dừng từ khi yêu cầu bổ sung và được tính tiếp khi nhận đủ giấy tờ bổ sung.',
  not_started: 'Hồ sơ sẽ được tiếp nhận và tính thời hạn giải quyết khi đã bổ sung đầy đủ.',
} as const;

export const APOLOGY_SENT = 'Đã gửi văn bản xin lỗi và hẹn lại ngày trả kết quả.';

export const DEFAULT_COLLECTION_PLACE = 'Bộ phận Một cửa (Trung tâm Phục vụ hành chính công)';

export const RESULT_COLLECTION = {
  desk: (place: string) => `Mời Ông/Bà đến nhận kết quả tại ${place} trong giờ làm việc, mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
  post: 'Kết quả được gửi qua dịch vụ bưu chính công ích đến địa chỉ Ông/Bà đã đăng ký.',
  electronic: (place: string) => `Bản điện tử của kết quả được trả trên Cổng Dịch vụ công; bản giấy (nếu có) nhận tại ${place}.`,
};

export const RETURN_METHOD_LABELS = {
  desk: 'Trả tại Bộ phận Một cửa',
  post: 'Gửi qua dịch vụ bưu chính công ích',
  electronic: 'Trả bản điện tử',
} as const;

export const FEE_TEXT = {
  none: 'Không thu phí, lệ phí.',
  due: (amount: string, remaining: string) => `Phí, lệ phí: ${amount}; còn phải nộp ${remaining}.`,
  paid: (amount: string) => `Đã nộp đủ phí, lệ phí: ${amount}.`,
};

/** Shown in place of a personal value found in a free text that the page displays. */
export const REDACTED = '***';
