/**
 * Vietnamese wording of the PAKN (phản ánh, kiến nghị) core, in one place so that a Vietnamese
 * reader can review it in one sitting: statuses, events, classes, outcomes, channels, clocks,
 * results and the reasons `decide` gives. Identifiers stay English everywhere else.
 */

export const PAKN_CHANNELS = ['in_person', 'phone', 'letter', 'email', 'public_form', 'national_portal', 'suggestion_box', 'survey_form'] as const;
export type PaknChannel = (typeof PAKN_CHANNELS)[number];

/** NĐ 20/2008 art. 6–7: written (delivered, posted, e-mail, website, portal), telephone, opinion form. */
export const CHANNEL_NAMES: Record<PaknChannel, string> = {
  in_person: 'Trực tiếp tại Trung tâm',
  phone: 'Điện thoại (công chức ghi lại bằng văn bản)',
  letter: 'Văn bản, thư gửi qua bưu chính',
  email: 'Thư điện tử',
  public_form: 'Biểu mẫu trên trang thông tin của Trung tâm',
  national_portal: 'Cổng Dịch vụ công quốc gia',
  suggestion_box: 'Hòm thư góp ý',
  survey_form: 'Phiếu lấy ý kiến',
};

export const PAKN_KINDS = ['reflection', 'recommendation'] as const;
export type PaknKind = (typeof PAKN_KINDS)[number];

/** NĐ 20/2008 art. 3: a recommendation is a reflection with a proposed solution. */
export const KIND_NAMES: Record<PaknKind, string> = {
  reflection: 'Phản ánh',
  recommendation: 'Kiến nghị',
};

export const SENDER_KIND_NAMES = {
  individual: 'Cá nhân',
  organization: 'Tổ chức, doanh nghiệp',
} as const;

export const PAKN_CLASSES = ['rules_and_procedures', 'officer_conduct'] as const;
export type PaknClass = (typeof PAKN_CLASSES)[number];

/** QĐ 766 5.1 categories. */
export const CLASS_NAMES: Record<PaknClass, string> = {
  rules_and_procedures: 'Về quy định, chính sách, thủ tục hành chính',
  officer_conduct: 'Về hành vi hành chính của cán bộ, công chức',
};

export const COMPETENCES = ['within_competence', 'outside_competence'] as const;
export type Competence = (typeof COMPETENCES)[number];

/** The NĐ 20 art. 9 outcome of the study and classification of a PAKN. */
export type PaknOutcome = 'not_accepted' | Competence;

export const OUTCOME_NAMES: Record<PaknOutcome, string> = {
  not_accepted: 'Không tiếp nhận',
  within_competence: 'Thuộc thẩm quyền xử lý',
  outside_competence: 'Không thuộc thẩm quyền, chuyển cơ quan có thẩm quyền',
};

export const NOT_ACCEPTED_REASONS = [
  'missing_sender_information',
  'unclear_content',
  'not_in_vietnamese',
  'complaint_or_denunciation',
  'out_of_scope',
  'duplicate',
  'other',
] as const;
export type NotAcceptedReason = (typeof NOT_ACCEPTED_REASONS)[number];

/** NĐ 20/2008 art. 7 (requirements), art. 1 (complaints and denunciations are out of scope). */
export const NOT_ACCEPTED_REASON_NAMES: Record<NotAcceptedReason, string> = {
  missing_sender_information: 'Không ghi rõ họ tên, địa chỉ, số điện thoại của cá nhân, tổ chức gửi',
  unclear_content: 'Nội dung không rõ ràng, không cụ thể',
  not_in_vietnamese: 'Không sử dụng tiếng Việt',
  complaint_or_denunciation: 'Là khiếu nại, tố cáo (giải quyết theo pháp luật về khiếu nại, tố cáo)',
  out_of_scope: 'Không phải phản ánh, kiến nghị về quy định hành chính hoặc hành vi hành chính',
  duplicate: 'Trùng với phản ánh, kiến nghị đã tiếp nhận',
  other: 'Lý do khác',
};

export const RESOLUTION_RESULTS = [
  'explained',
  'rule_amended',
  'rule_amendment_recommended',
  'rule_issued',
  'conduct_confirmed',
  'conduct_partly_confirmed',
  'conduct_unfounded',
] as const;
export type ResolutionResult = (typeof RESOLUTION_RESULTS)[number];

/** NĐ 20/2008 art. 15 (rules) and the outcomes of verifying an officer's conduct. */
export const RESULT_NAMES: Record<ResolutionResult, string> = {
  explained: 'Giải thích, hướng dẫn thực hiện theo quy định hiện hành',
  rule_amended: 'Sửa đổi, bổ sung, thay thế, bãi bỏ quy định theo thẩm quyền',
  rule_amendment_recommended: 'Kiến nghị cơ quan có thẩm quyền sửa đổi, bổ sung, bãi bỏ quy định',
  rule_issued: 'Ban hành quy định mới theo thẩm quyền',
  conduct_confirmed: 'Phản ánh đúng; đã chấn chỉnh, xử lý cán bộ, công chức',
  conduct_partly_confirmed: 'Phản ánh đúng một phần; đã chấn chỉnh',
  conduct_unfounded: 'Phản ánh không có cơ sở',
};

export const PUBLICATION_PLACES = ['public_site', 'national_portal', 'notice_board', 'letter_to_sender', 'mass_media'] as const;
export type PublicationPlace = (typeof PUBLICATION_PLACES)[number];

/** NĐ 20/2008 art. 19: where the result of handling is published. */
export const PUBLICATION_PLACE_NAMES: Record<PublicationPlace, string> = {
  public_site: 'Trang thông tin điện tử của Trung tâm',
  national_portal: 'Cổng Dịch vụ công quốc gia',
  notice_board: 'Niêm yết tại trụ sở',
  letter_to_sender: 'Văn bản trả lời gửi cá nhân, tổ chức',
  mass_media: 'Phương tiện thông tin đại chúng',
};

export const PAKN_STATUSES = [
  'registered',
  'awaiting_information',
  'in_handling',
  'awaiting_forwarding',
  'awaiting_publication',
  'published',
  'not_accepted',
  'forwarded',
  'withdrawn',
] as const;
export type PaknStatus = (typeof PAKN_STATUSES)[number];

export const STATUS_NAMES: Record<PaknStatus, string> = {
  registered: 'Đã vào sổ, chờ phân loại',
  awaiting_information: 'Chờ người gửi bổ sung thông tin',
  in_handling: 'Đang xử lý',
  awaiting_forwarding: 'Chờ chuyển cơ quan có thẩm quyền',
  awaiting_publication: 'Đã xử lý, chờ công khai',
  published: 'Đã công khai kết quả xử lý',
  not_accepted: 'Không tiếp nhận',
  forwarded: 'Đã chuyển cơ quan có thẩm quyền',
  withdrawn: 'Người gửi đã rút phản ánh, kiến nghị',
};

export const PAKN_EVENT_TYPES = [
  'registered',
  'classified',
  'not_accepted',
  'information_requested',
  'information_received',
  'assigned',
  'answer_drafted',
  'resolved',
  'forwarded',
  'published',
  'satisfaction_recorded',
  'follow_up_received',
  'reminded',
  'withdrawn',
] as const;
export type PaknEventType = (typeof PAKN_EVENT_TYPES)[number];

/** Names of the actions, for the history, messages and documents. */
export const EVENT_NAMES: Record<PaknEventType, string> = {
  registered: 'Tiếp nhận, vào sổ phản ánh, kiến nghị',
  classified: 'Phân loại phản ánh, kiến nghị',
  not_accepted: 'Không tiếp nhận phản ánh, kiến nghị',
  information_requested: 'Đề nghị người gửi bổ sung thông tin',
  information_received: 'Nhận thông tin bổ sung',
  assigned: 'Giao xử lý',
  answer_drafted: 'Dự thảo văn bản trả lời',
  resolved: 'Ban hành văn bản trả lời, xử lý xong',
  forwarded: 'Chuyển cơ quan có thẩm quyền xử lý',
  published: 'Công khai kết quả xử lý',
  satisfaction_recorded: 'Ghi nhận đánh giá của người gửi',
  follow_up_received: 'Nhận phản ánh tiếp về kết quả xử lý',
  reminded: 'Đôn đốc xử lý',
  withdrawn: 'Người gửi rút phản ánh, kiến nghị',
};

export const PAKN_CLOCK_IDS = ['refuse', 'request_information', 'forward', 'resolve', 'publish'] as const;
export type PaknClockId = (typeof PAKN_CLOCK_IDS)[number];

export const CLOCK_NAMES: Record<PaknClockId, string> = {
  refuse: 'Từ chối tiếp nhận',
  request_information: 'Đề nghị bổ sung thông tin',
  forward: 'Chuyển cơ quan có thẩm quyền',
  resolve: 'Xử lý, trả lời',
  publish: 'Công khai kết quả xử lý',
};

export const CLOCK_STATUS_NAMES = {
  running: 'Đang tính',
  met: 'Đúng hạn',
  late: 'Quá hạn',
  cancelled: 'Không áp dụng',
} as const;

/** The Vietnamese reasons `decide` and the fold give when an event is refused. */
export const PAKN_MESSAGES = {
  emptyHistory: 'Phản ánh, kiến nghị chưa có sự kiện nào.',
  invalidPayload: (field: string | undefined) => `Dữ liệu sự kiện phản ánh, kiến nghị không hợp lệ${field ? ` (trường "${field}")` : ''}.`,
  unsupported: (event: string) => `Thao tác không được hỗ trợ: ${event}.`,
  notRegistered: (action: string) => `Phản ánh, kiến nghị chưa được tiếp nhận, vào sổ, không thể "${action}".`,
  endedState: (state: string, action: string) => `Phản ánh, kiến nghị đã kết thúc (trạng thái "${state}"), không thể "${action}".`,
  wrongState: (state: string, action: string) => `Không thể "${action}" khi phản ánh, kiến nghị ở trạng thái "${state}".`,
  wrongRole: (role: string, action: string) => `Vai trò "${role}" không được phép "${action}".`,
  beforePrevious: (action: string, at: string, previous: string) => `Thời điểm "${action}" (${at}) không được trước sự kiện liền trước (${previous}).`,
  receivedAfterRegistered: 'Thời điểm nhận phản ánh, kiến nghị không được sau thời điểm vào sổ.',
  citizenChannel: 'Cá nhân, tổ chức chỉ tự gửi phản ánh, kiến nghị qua biểu mẫu trên trang thông tin của Trung tâm; các kênh khác do công chức tiếp nhận vào sổ.',
  publicFormActor: 'Kênh "Biểu mẫu trên trang thông tin của Trung tâm" chỉ dùng khi người gửi tự nộp hoặc khi hệ thống nhập dữ liệu; hãy chọn đúng kênh đã nhận phản ánh, kiến nghị.',
  resultForClass: (result: string, className: string) => `Kết quả "${result}" không dùng cho phản ánh, kiến nghị ${className.charAt(0).toLocaleLowerCase('vi-VN')}${className.slice(1)}.`,
  personalDataInPublication: (fields: string) => `Nội dung công khai không được chứa thông tin cá nhân của người gửi (${fields}).`,
  oneVoteForCitizen: 'Mỗi lần đánh giá, người gửi chỉ ghi nhận một ý kiến.',
  clockNotRunning: (clock: string) => `Thời hạn "${clock}" không còn tính cho phản ánh, kiến nghị này, không thể đôn đốc.`,
} as const;

/** Names of the sender's personal fields, for messages about publication. */
export const PERSONAL_FIELD_NAMES = {
  name: 'họ tên',
  idNumber: 'số định danh, giấy tờ',
  phone: 'số điện thoại',
  email: 'thư điện tử',
  address: 'địa chỉ',
} as const;

/** Notes attached to the QĐ 766 PAKN items (service-index.ts). */
export const PAKN_SERVICE_NOTES = {
  noCases: 'Không phát sinh trong kỳ; chỉ tiêu không được chấm.',
  tracking: 'Chỉ tiêu theo dõi, không tính điểm: tỷ lệ phản ánh, kiến nghị về quy định, chính sách, thủ tục hành chính trên tổng số phản ánh, kiến nghị tiếp nhận trong kỳ.',
  noDossierRatings: 'Chưa có dữ liệu đánh giá không hài lòng đối với hồ sơ; chỉ tính hồ sơ quá hạn và hồ sơ có phản ánh, kiến nghị.',
} as const;
