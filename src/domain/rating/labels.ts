/**
 * Vietnamese wording of citizens' satisfaction ratings, in one place for a Vietnamese reviewer.
 * The default questions follow the criteria of the one-stop rules a citizen can judge at the
 * counter (NĐ 61/2018 Art. 31, TT 01/2018/TT-VPCP Art. 13; docs/queue.md §Ratings).
 */

import type { Criterion, Sentiment } from './rating-config.ts';
import type { RatingChannel } from './rating.ts';

export const SENTIMENT_NAMES: Record<Sentiment, string> = {
  satisfied: 'Hài lòng',
  neutral: 'Bình thường',
  dissatisfied: 'Không hài lòng',
};

export const CRITERION_NAMES: Record<Criterion, string> = {
  overall: 'Mức độ hài lòng chung',
  attitude: 'Thái độ của công chức',
  guidance: 'Hướng dẫn hồ sơ',
  time: 'Thời gian',
  other: 'Nội dung khác',
};

/** Where each criterion comes from (shown beside the question in the settings page). */
export const CRITERION_BASIS: Record<Criterion, string> = {
  overall: 'QĐ 766/QĐ-TTg, chỉ tiêu 5.4: hồ sơ có đánh giá không hài lòng',
  attitude: 'NĐ 61/2018/NĐ-CP Điều 31 (thái độ của công chức); TT 01/2018/TT-VPCP Chỉ số 7',
  guidance: 'NĐ 61/2018/NĐ-CP Điều 31 (số lần phải liên hệ để hoàn thiện hồ sơ); TT 01/2018/TT-VPCP Chỉ số 3',
  time: 'NĐ 61/2018/NĐ-CP Điều 31 (thời gian giải quyết so với quy định)',
  other: 'Do đơn vị bổ sung',
};

export const DEFAULT_SCALE_LABELS = {
  satisfied: 'Hài lòng',
  neutral: 'Bình thường',
  dissatisfied: 'Không hài lòng',
} as const;

export const DEFAULT_QUESTION_TEXT = {
  overall: 'Ông/Bà có hài lòng với việc tiếp nhận, giải quyết thủ tục hành chính hôm nay không?',
  attitude: 'Thái độ của công chức khi tiếp nhận, hướng dẫn hồ sơ',
  guidance: 'Công chức hướng dẫn hồ sơ đầy đủ, rõ ràng, một lần',
  time: 'Thời gian chờ và thời gian được phục vụ tại quầy',
} as const;

export const RATING_CHANNEL_NAMES: Record<RatingChannel, string> = {
  counter_tablet: 'Máy tính bảng tại quầy',
  ticket_qr: 'Mã QR trên phiếu số thứ tự',
};

export const RATING_CONFIG_MESSAGES = {
  duplicateLevel: (code: string) => `Mức đánh giá "${code}" bị trùng.`,
  duplicateQuestion: (code: string) => `Câu hỏi "${code}" bị trùng.`,
  unknownOverall: (code: string) => `Câu hỏi đánh giá chung "${code}" không có trong danh sách câu hỏi.`,
  overallOptional: 'Câu hỏi đánh giá chung phải là câu bắt buộc trả lời.',
  needsBothEnds: 'Thang đánh giá phải có ít nhất một mức hài lòng và một mức không hài lòng.',
} as const;

export const RATING_MESSAGES = {
  notServed: 'Chỉ đánh giá được sau khi công dân đã được phục vụ tại quầy.',
  alreadyRated: 'Lượt phục vụ này đã được đánh giá; mỗi lượt chỉ đánh giá một lần.',
  tooEarly: 'Thời điểm đánh giá không được trước khi hoàn thành phục vụ.',
  tooLate: (days: number) => `Đã quá thời hạn đánh giá (${days} ngày sau khi được phục vụ).`,
  unknownQuestion: (code: string) => `Không có câu hỏi "${code}".`,
  unknownLevel: (code: string) => `Không có mức đánh giá "${code}".`,
  duplicateAnswer: (code: string) => `Câu hỏi "${code}" được trả lời hai lần.`,
  missingAnswer: (text: string) => `Xin ông/bà trả lời câu hỏi: "${text}".`,
  invalid: (field: string | undefined) => `Dữ liệu đánh giá không hợp lệ${field ? ` (trường "${field}")` : ''}.`,
} as const;

/** Notes attached to the QĐ 766 5.4 result. */
export const SATISFACTION_NOTES = {
  doubleCounted: (count: number) =>
    `${count} hồ sơ vừa quá hạn vừa có phản ánh, kiến nghị hoặc đánh giá không hài lòng: bị trừ ở cả hai tỷ lệ, đúng công thức 100% − (tỷ lệ quá hạn + tỷ lệ có PAKN hoặc không hài lòng).`,
} as const;
