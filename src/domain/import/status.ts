/**
 * Statuses as other systems write them, mapped onto the national status codes
 * (reference.md §1.3). An imported status is a *target*: the merge planner (plan.ts)
 * appends the events of the vocabulary that lead there.
 */
import { STATUS, type StatusCode } from '../dossier/state.ts';
import { headerKey } from './fields.ts';
import { cellText, isBlank, type Cell, type Parsed } from './values.ts';

export const IMPORT_STATUSES = [
  'submitted',
  'received',
  'processing',
  'supplement',
  'financial',
  'processed',
  'returned',
  'refused_reception',
  'refused',
  'stopped',
  'withdrawn',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** The national status each imported status leads to. */
export const STATUS_OF_IMPORT: Record<ImportStatus, StatusCode> = {
  submitted: STATUS.submitted,
  received: STATUS.received,
  processing: STATUS.processing,
  supplement: STATUS.supplementRequested,
  financial: STATUS.financialObligation,
  processed: STATUS.processed,
  returned: STATUS.returned,
  refused_reception: STATUS.refusedAtReception,
  refused: STATUS.stopped,
  stopped: STATUS.stopped,
  withdrawn: STATUS.withdrawn,
};

export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  submitted: 'Mới đăng ký (chưa tiếp nhận)',
  received: 'Đã tiếp nhận',
  processing: 'Đang xử lý',
  supplement: 'Yêu cầu bổ sung',
  financial: 'Chờ thực hiện nghĩa vụ tài chính',
  processed: 'Đã có kết quả',
  returned: 'Đã trả kết quả',
  refused_reception: 'Từ chối tiếp nhận',
  refused: 'Từ chối giải quyết',
  stopped: 'Dừng xử lý',
  withdrawn: 'Công dân rút hồ sơ',
};

/** Folded texts per status; the longest text contained in a value wins ("đã trả kết quả" over "trả"). */
const STATUS_TEXTS: ReadonlyArray<[string, ImportStatus]> = [
  ['moi dang ky', 'submitted'],
  ['cho tiep nhan', 'submitted'],
  ['moi nop', 'submitted'],
  ['da tiep nhan', 'received'],
  ['moi tiep nhan', 'received'],
  ['duoc tiep nhan', 'received'],
  ['tiep nhan', 'received'],
  ['dang xu ly', 'processing'],
  ['dang giai quyet', 'processing'],
  ['cho xu ly', 'processing'],
  ['dang thu ly', 'processing'],
  ['dang xu ly trong han', 'processing'],
  ['dang xu ly qua han', 'processing'],
  ['yeu cau bo sung', 'supplement'],
  ['cho bo sung', 'supplement'],
  ['bo sung ho so', 'supplement'],
  ['bo sung', 'supplement'],
  ['nghia vu tai chinh', 'financial'],
  ['da xu ly xong', 'processed'],
  ['xu ly xong', 'processed'],
  ['da co ket qua', 'processed'],
  ['co ket qua', 'processed'],
  ['cho tra ket qua', 'processed'],
  ['da giai quyet', 'processed'],
  ['hoan thanh', 'processed'],
  ['da tra ket qua', 'returned'],
  ['da tra', 'returned'],
  ['tra ket qua', 'returned'],
  ['da hoan thanh va tra ket qua', 'returned'],
  ['khong duoc tiep nhan', 'refused_reception'],
  ['tu choi tiep nhan', 'refused_reception'],
  ['khong tiep nhan', 'refused_reception'],
  ['tu choi', 'refused'],
  ['tu choi giai quyet', 'refused'],
  ['khong giai quyet', 'refused'],
  ['dung xu ly', 'stopped'],
  ['dung giai quyet', 'stopped'],
  ['rut ho so', 'withdrawn'],
  ['cong dan rut ho so', 'withdrawn'],
  ['cong dan yeu cau rut ho so', 'withdrawn'],
  ['xin rut', 'withdrawn'],
  ['da rut', 'withdrawn'],
  ['tra lai', 'withdrawn'],
];
const BY_LENGTH = [...STATUS_TEXTS].sort((a, b) => b[0].length - a[0].length);
const BY_NATIONAL_CODE = new Map<string, ImportStatus>(
  (Object.entries(STATUS_OF_IMPORT) as Array<[ImportStatus, StatusCode]>)
    .filter(([status]) => status !== 'refused')
    .map(([status, code]) => [String(code), status]),
);

/**
 * The imported status of a cell: a profile's own wording first (folded text → status), then
 * the national code (1–10), the exact texts, and the longest known text the value contains.
 * Blank: undefined (the planner derives the status from the dates).
 */
export function parseStatus(cell: Cell, profileStatuses: Readonly<Record<string, ImportStatus>> = {}): Parsed<ImportStatus | undefined> {
  if (isBlank(cell)) return { ok: true, value: undefined };
  const folded = headerKey(cellText(cell));
  const own = profileStatuses[folded];
  if (own) return { ok: true, value: own };
  const national = BY_NATIONAL_CODE.get(folded);
  if (national) return { ok: true, value: national };
  const exact = STATUS_TEXTS.find(([text]) => text === folded);
  if (exact) return { ok: true, value: exact[1] };
  const contained = BY_LENGTH.find(([text]) => folded.includes(text));
  if (contained) return { ok: true, value: contained[1] };
  return { ok: false, reason: 'trạng thái không nhận ra (ví dụ: Đang xử lý, Yêu cầu bổ sung, Đã trả kết quả, Từ chối, Dừng xử lý, Công dân rút hồ sơ)' };
}
