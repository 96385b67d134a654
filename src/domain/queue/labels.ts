/**
 * Vietnamese wording of the queue (tickets, counters, kiosk, board, announcements), in one
 * place so that a Vietnamese reader can review it in one sitting. Code elsewhere stays English.
 */

import type { CancelReason, TicketEventType } from './ticket-events.ts';
import type { TicketStatus } from './ticket-transitions.ts';

export const TICKET_STATUS_NAMES: Record<TicketStatus, string> = {
  waiting: 'Đang chờ',
  called: 'Đang mời',
  serving: 'Đang phục vụ',
  served: 'Đã phục vụ',
  missed: 'Vắng mặt khi được mời',
  cancelled: 'Đã hủy',
};

export const TICKET_EVENT_NAMES: Record<TicketEventType, string> = {
  issued: 'Cấp số thứ tự',
  called: 'Mời công dân đến quầy',
  recalled: 'Mời lại',
  no_show: 'Ghi nhận vắng mặt',
  rejoined: 'Xếp hàng lại',
  transferred: 'Chuyển nhóm dịch vụ hoặc quầy',
  serving_started: 'Bắt đầu phục vụ',
  served: 'Hoàn thành phục vụ',
  cancelled: 'Hủy số thứ tự',
};

/** Why each edge of the ticket transition table exists, for reviewers and audit views. */
export const TICKET_TRANSITION_BASIS: Record<TicketEventType, string> = {
  issued: 'Công dân lấy số tại kiosk, hoặc công chức cấp số thay tại quầy cho người không tự lấy được',
  called: 'Quầy gọi số tiếp theo theo thứ tự: quầy đích, nhóm của quầy, rồi nhóm khác; ưu tiên rồi thứ tự đến',
  recalled: 'Công dân chưa đến quầy: mời lại, tối đa số lần đơn vị quy định',
  no_show: 'Đã mời lại đủ số lần mà công dân không đến: đưa vào danh sách lỡ lượt',
  rejoined: 'Công dân lỡ lượt quay lại trong ngày: xếp cuối hàng chờ, giữ số cũ',
  transferred: 'Hồ sơ thuộc nhóm dịch vụ hoặc quầy khác: chuyển, giữ nguyên vị trí đến',
  serving_started: 'Công dân đã đến quầy, công chức bắt đầu phục vụ',
  served: 'Kết thúc phục vụ: đã tiếp nhận hồ sơ (ghi mã hồ sơ) hoặc chỉ hướng dẫn',
  cancelled: 'Công dân không chờ nữa, cấp nhầm số, hoặc hết ngày làm việc',
};

export const CANCEL_REASON_NAMES: Record<CancelReason, string> = {
  citizen_left: 'Công dân không chờ nữa',
  issued_in_error: 'Cấp nhầm số',
  end_of_day: 'Hết ngày làm việc',
};

export const OUTCOME_NAMES = {
  dossiers: 'Đã tiếp nhận hồ sơ',
  guidance: 'Chỉ hướng dẫn, không tiếp nhận hồ sơ',
} as const;

/** Default service groups (unit data; docs/queue.md explains the split). */
export const DEFAULT_SERVICE_GROUP_NAMES = {
  chungThuc: 'Chứng thực',
  tuPhapHoTich: 'Tư pháp - Hộ tịch',
  kinhTe: 'Kinh tế, đất đai, xây dựng, hộ kinh doanh',
  vanHoaXaHoi: 'Văn hóa - Xã hội, chính sách',
  cuTru: 'Cư trú (Công an xã)',
  traKetQua: 'Trả kết quả, hướng dẫn chung',
} as const;

/** Default priority groups: name on the kiosk button, who qualifies (shown under it). */
export const DEFAULT_PRIORITY_GROUP_TEXT = {
  nguoiCaoTuoi: { name: 'Người cao tuổi', description: 'Công dân từ đủ 60 tuổi trở lên' },
  nguoiKhuyetTat: { name: 'Người khuyết tật', description: 'Người khuyết tật hoặc người đi cùng hỗ trợ người khuyết tật' },
  phuNuMangThai: { name: 'Phụ nữ mang thai', description: 'Phụ nữ đang mang thai' },
  treNho: { name: 'Người đi cùng trẻ nhỏ', description: 'Người bế hoặc đi cùng trẻ em dưới 6 tuổi' },
  nguoiCoCong: { name: 'Người có công với cách mạng', description: 'Người có công với cách mạng, thương binh, bệnh binh' },
} as const;

export const COUNTER_WORD = 'Quầy';

/** Messages of queue configuration checks (`parseQueueConfig`). */
export const CONFIG_MESSAGES = {
  invalidValue: 'giá trị không hợp lệ',
  duplicateGroup: (code: string) => `Mã nhóm dịch vụ "${code}" bị trùng.`,
  duplicatePriority: (code: string) => `Mã nhóm ưu tiên "${code}" bị trùng.`,
  duplicateCounter: (counter: number) => `Số quầy ${counter} bị trùng.`,
  unknownCounterGroup: (counter: number, code: string) => `Quầy ${counter} phục vụ nhóm "${code}" nhưng nhóm này chưa được khai báo.`,
  overlappingNumbers: (a: string, b: string) => `Dải số của nhóm "${a}" và nhóm "${b}" chồng nhau: hai công dân có thể nhận cùng một số trong ngày.`,
  rangeOrder: 'Số đầu của dải số phải nhỏ hơn hoặc bằng số cuối.',
  rangeDigits: 'Số chữ số in ra không đủ để in số cuối của dải.',
  sharedField: (field: string, a: string, b: string) => `Lĩnh vực "${field}" thuộc cả nhóm "${a}" và nhóm "${b}"; mỗi lĩnh vực chỉ thuộc một nhóm.`,
  sharedProcedure: (code: string, a: string, b: string) => `Thủ tục "${code}" thuộc cả nhóm "${a}" và nhóm "${b}"; mỗi thủ tục chỉ thuộc một nhóm.`,
  sampleOrder: 'Số lượt tối thiểu để ước tính thời gian phục vụ không được lớn hơn số lượt lấy mẫu.',
} as const;

/** Messages of the ticket event schema's own checks. */
export const EVENT_SCHEMA_MESSAGES = {
  dossierCode: 'Mã hồ sơ không đúng dạng {mã đơn vị}-{yyMMdd}-{số thứ tự}.',
  priority: 'Số ưu tiên phải có nhóm ưu tiên và mức ưu tiên từ 1 trở lên; số thường có mức 0.',
  transferTarget: 'Chuyển số phải chọn nhóm dịch vụ hoặc quầy.',
} as const;

/** Why the kiosk or a counter action is refused. */
export const QUEUE_MESSAGES = {
  unknownGroup: (code: string) => `Không có nhóm dịch vụ "${code}".`,
  groupClosed: (name: string) => `Nhóm dịch vụ "${name}" tạm ngừng cấp số.`,
  unknownPriority: (code: string) => `Không có nhóm ưu tiên "${code}".`,
  priorityClosed: (name: string) => `Nhóm ưu tiên "${name}" không còn áp dụng.`,
  priorityRankChanged: (name: string) => `Mức ưu tiên của nhóm "${name}" không khớp cấu hình của đơn vị.`,
  numbersExhausted: (name: string, last: string) => `Nhóm "${name}" đã cấp hết số trong ngày (số cuối ${last}). Mời công dân liên hệ quầy hướng dẫn.`,
  numberOutOfRange: (label: string, name: string) => `Số ${label} không thuộc dải số của nhóm "${name}".`,
  unknownCounter: (counter: number) => `Không có quầy số ${counter}.`,
  counterTaken: (counter: number) => `Quầy số ${counter} đang được một công chức khác mở.`,
  officerElsewhere: (counter: number) => `Công chức đang mở quầy số ${counter}; hãy đóng quầy đó trước.`,
  counterNeedsGroup: 'Quầy phải phục vụ ít nhất một nhóm dịch vụ.',
  counterBusy: (label: string) => `Quầy đang mời hoặc phục vụ số ${label}: hãy hoàn thành, chuyển quầy hoặc ghi nhận vắng mặt trước.`,
  invalidEvent: (field: string | undefined) => `Dữ liệu thao tác không hợp lệ${field ? ` (trường "${field}")` : ''}.`,
  beforePrevious: (event: string, at: string, previous: string) => `Thời điểm "${event}" (${at}) không được trước thao tác liền trước (${previous}).`,
  otherDay: 'Số thứ tự chỉ có giá trị trong ngày được cấp.',
  otherCounter: (counter: number) => `Số này đang được quầy số ${counter} mời hoặc phục vụ.`,
  recallsNotDone: (done: number, limit: number) => `Chưa mời lại đủ số lần trước khi ghi nhận vắng mặt (đã mời lại ${done}/${limit} lần).`,
  transferNoChange: 'Hãy chọn nhóm dịch vụ khác hoặc một quầy cụ thể để chuyển.',
  transferToSameCounter: 'Không thể chuyển số về chính quầy đang phục vụ.',
  rejoinPosition: 'Số xếp hàng lại phải đứng sau vị trí cũ (lấy vị trí mới của ngày).',
  endOfDayBySystem: 'Chỉ hệ thống hủy số khi hết ngày làm việc.',
  citizenCancelReason: 'Công dân chỉ hủy được số của mình với lý do không chờ nữa.',
  cancelWhileServing: 'Số đang được phục vụ: hãy hoàn thành phục vụ hoặc chuyển quầy; chỉ hệ thống được hủy khi hết ngày.',
  notIssuedYet: 'Số thứ tự chưa được cấp.',
  finished: (status: string, event: string) => `Số thứ tự đã kết thúc (trạng thái "${status}"), không thể "${event}".`,
  wrongState: (event: string, status: string) => `Không thể "${event}" khi số thứ tự ở trạng thái "${status}".`,
  roleNotAllowed: (role: string, event: string) => `Vai trò "${role}" không được phép "${event}".`,
  unsupported: (event: string) => `Thao tác không được hỗ trợ: ${event}.`,
  historyEvent: (index: number, reason: string) => `Sự kiện thứ ${index} của số thứ tự: ${reason}`,
  emptyHistory: 'Số thứ tự chưa có sự kiện nào.',
} as const;

/** Kiosk opening checks (`isOpen`). */
export const OPENING_MESSAGES = {
  beforeOpening: (opensAt: string) => `Chưa đến giờ cấp số. Trung tâm bắt đầu cấp số lúc ${opensAt} hôm nay.`,
  afterClosing: (closedAt: string, next: string) => `Đã hết giờ cấp số hôm nay (từ ${closedAt}). Mời ông/bà quay lại lúc ${next}.`,
  dayOff: (today: string, next: string) => `Hôm nay (${today}) Trung tâm không làm việc. Mời ông/bà quay lại lúc ${next}.`,
  noOpening: 'Trung tâm chưa có lịch làm việc trong thời gian tới.',
  breakNote: (resumesAt: string) => `Trung tâm đang nghỉ trưa; số thứ tự được gọi tiếp từ ${resumesAt}.`,
} as const;

/** What the kiosk and the ticket page print about the wait. */
export const WAIT_WORDS = {
  soon: 'Sắp đến lượt',
  about: 'Khoảng',
  minutes: 'phút',
  hours: 'giờ',
  unknown: 'Chưa ước tính được (chưa có quầy phục vụ nhóm này)',
  ahead: (count: number) => `Trước ông/bà còn ${count} người`,
} as const;

/**
 * The announcement of a call, for the board and the voice. The sentence is the one Vietnamese
 * centres use (citizen-services §1.1); the ticket number is read digit by digit.
 */
export const ANNOUNCEMENT_WORDS = {
  invite: 'Mời công dân có số',
  toCounter: 'đến quầy số',
} as const;

/** Programming errors of the announcement and percentile helpers (never shown to citizens). */
export const HELPER_ERRORS = {
  numberWords: (value: number) => `Chỉ đọc được số nguyên từ 0 đến 99 (nhận được ${String(value)}).`,
  unreadableCharacter: (character: string) => `Ký tự "${character}" không đọc được trong số thứ tự.`,
  percentile: 'Phân vị phải là số nguyên từ 0 đến 100.',
} as const;

/** Digits as words, for the voice: "1023" → một, không, hai, ba. */
export const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

/** Units inside a number after "mươi": 1 → mốt, 4 → tư, 5 → lăm (hai mươi mốt, hai mươi tư, hai mươi lăm). */
export const UNIT_AFTER_TENS: Partial<Record<number, string>> = { 1: 'mốt', 4: 'tư', 5: 'lăm' };
export const TEN_WORD = 'mười';
export const TENS_SUFFIX = 'mươi';
/** 15 → mười lăm. */
export const FIVE_AFTER_TEN = 'lăm';

/** Latin letters (a ticket prefix) as Vietnamese letter names, the way callers spell them. */
export const LETTER_WORDS: Record<string, string> = {
  A: 'a', B: 'bê', C: 'xê', D: 'dê', E: 'e', F: 'ép', G: 'giê', H: 'hát', I: 'i', J: 'gi', K: 'ca', L: 'e lờ', M: 'em mờ',
  N: 'en nờ', O: 'o', P: 'pê', Q: 'quy', R: 'e rờ', S: 'ét xì', T: 'tê', U: 'u', V: 'vê', W: 'vê kép', X: 'ích xì', Y: 'i dài', Z: 'dét',
};
