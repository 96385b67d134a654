/**
 * Import of PAKN exports (the national portal's list of PAKN, another system's register):
 * the header texts that name each field (matched by domain/import/headers.ts like a dossier
 * export), the statuses such exports write, and the plan that brings a PAKN to where a row says
 * it is — new (the whole history) or already imported (the events it lacks). Pure: the caller
 * reads the file, finds the PAKN already written by (source, external code) and stores the plan.
 * Same rules as dossiers (docs/import.md): idempotent, forward only, time never goes backwards.
 */
import type { LocalMinute } from '../calendar/local-time.ts';
import { headerKey } from '../import/fields.ts';
import type { HeaderVocabulary } from '../import/headers.ts';
import { cellText, parseImportedTime, storableText, type Cell } from '../import/values.ts';
import type { Actor } from '../dossier/events.ts';
import type { PaknEventInput } from './events.ts';
import { STATUS_NAMES, type PaknClass, type PaknKind, type PaknStatus } from './labels.ts';

export const PAKN_IMPORT_FIELDS = [
  'code',
  'receivedAt',
  'senderName',
  'senderIdNumber',
  'senderPhone',
  'senderEmail',
  'senderAddress',
  'title',
  'content',
  'kind',
  'paknClass',
  'status',
  'answer',
  'resolvedAt',
  'documentNumber',
  'forwardedTo',
  'publishedAt',
  'transferredFrom',
  'likes',
  'dislikes',
  'unit',
] as const;
export type PaknImportField = (typeof PAKN_IMPORT_FIELDS)[number];

/** Vietnamese names, for the reasons of a rejected row. */
export const PAKN_FIELD_LABELS: Record<PaknImportField, string> = {
  code: 'Mã PAKN',
  receivedAt: 'Ngày gửi / tiếp nhận',
  senderName: 'Người gửi',
  senderIdNumber: 'Số định danh / CCCD',
  senderPhone: 'Số điện thoại',
  senderEmail: 'Thư điện tử',
  senderAddress: 'Địa chỉ',
  title: 'Tiêu đề',
  content: 'Nội dung',
  kind: 'Loại (phản ánh / kiến nghị)',
  paknClass: 'Phân loại',
  status: 'Trạng thái',
  answer: 'Nội dung trả lời',
  resolvedAt: 'Ngày trả lời / kết thúc xử lý',
  documentNumber: 'Số văn bản trả lời',
  forwardedTo: 'Cơ quan có thẩm quyền (chuyển đến)',
  publishedAt: 'Ngày công khai',
  transferredFrom: 'Cơ quan chuyển đến đơn vị',
  likes: 'Số lượt hài lòng',
  dislikes: 'Số lượt không hài lòng',
  unit: 'Đơn vị tiếp nhận',
};

/** Header texts (folded, headers.ts headerKey) per field, as the portal and registers write them. */
const SYNONYMS: Record<PaknImportField, readonly string[]> = {
  code: ['ma pakn', 'ma phan anh', 'ma phan anh kien nghi', 'ma so pakn', 'so pakn', 'ma so phan anh kien nghi', 'ma pakn tren cong dvc'],
  receivedAt: ['ngay gui', 'ngay gui pakn', 'thoi gian gui', 'ngay tiep nhan', 'thoi gian tiep nhan', 'ngay phan anh'],
  senderName: ['nguoi gui', 'ho ten nguoi gui', 'ho va ten nguoi gui', 'ten nguoi gui', 'nguoi phan anh', 'ho ten', 'ho va ten', 'ca nhan to chuc'],
  senderIdNumber: ['so cccd', 'cccd', 'so dinh danh', 'so dinh danh ca nhan', 'ma so thue'],
  senderPhone: ['so dien thoai', 'dien thoai', 'sdt'],
  senderEmail: ['email', 'thu dien tu', 'dia chi email', 'dia chi thu dien tu'],
  senderAddress: ['dia chi', 'dia chi nguoi gui'],
  title: ['tieu de', 'tieu de pakn', 'tieu de phan anh kien nghi', 'ten phan anh kien nghi'],
  content: ['noi dung', 'noi dung pakn', 'noi dung phan anh', 'noi dung phan anh kien nghi'],
  kind: ['loai', 'loai pakn', 'loai phan anh kien nghi', 'phan anh kien nghi'],
  paknClass: ['phan loai', 'phan loai pakn', 'nhom noi dung', 'phan loai noi dung'],
  status: ['trang thai', 'trang thai xu ly', 'tinh trang', 'tinh trang xu ly'],
  answer: ['noi dung tra loi', 'ket qua xu ly', 'noi dung xu ly', 'tra loi', 'ket qua tra loi', 'ly do'],
  resolvedAt: ['ngay tra loi', 'thoi gian tra loi', 'ngay xu ly', 'ngay ket thuc', 'ngay ket thuc xu ly', 'ngay hoan thanh'],
  documentNumber: ['so van ban tra loi', 'so van ban', 'so hieu van ban', 'so ky hieu van ban'],
  forwardedTo: ['co quan co tham quyen', 'chuyen den', 'noi chuyen den', 'co quan nhan chuyen', 'chuyen co quan'],
  publishedAt: ['ngay cong khai', 'thoi gian cong khai', 'ngay cong bo'],
  transferredFrom: ['co quan chuyen', 'noi chuyen', 'don vi chuyen', 'co quan chuyen den'],
  likes: ['hai long', 'so luot hai long', 'luot hai long'],
  dislikes: ['khong hai long', 'so luot khong hai long', 'luot khong hai long'],
  unit: ['ma don vi', 'ma co quan', 'ma don vi tiep nhan', 'ma co quan tiep nhan', 'don vi tiep nhan'],
};

const SYNONYM_INDEX: ReadonlyMap<string, PaknImportField> = new Map(PAKN_IMPORT_FIELDS.flatMap((field) => SYNONYMS[field].map((synonym) => [synonym, field] as const)));

export const PAKN_HEADERS: HeaderVocabulary<PaknImportField> = { fields: PAKN_IMPORT_FIELDS, fieldOf: (folded) => SYNONYM_INDEX.get(folded) };

export const PAKN_NO_HEADER_MESSAGE =
  'Không tìm thấy dòng tiêu đề trong 30 dòng đầu: cần ít nhất cột "Mã PAKN" (mã phản ánh, kiến nghị trên hệ thống nguồn) và một cột khác (nội dung, ngày gửi, trạng thái…).';

/** Where an export says a PAKN is; `resolved` is answered and not yet published. */
export type ImportedPaknStatus = Extract<PaknStatus, 'registered' | 'in_handling' | 'awaiting_publication' | 'published' | 'forwarded' | 'not_accepted' | 'withdrawn'>;

const STATUS_VALUES: ReadonlyMap<string, ImportedPaknStatus> = new Map<string, ImportedPaknStatus>([
  ...['moi tiep nhan', 'da tiep nhan', 'cho tiep nhan', 'cho xu ly', 'chua xu ly', 'moi'].map((t) => [t, 'registered'] as const),
  ...['dang xu ly', 'dang giai quyet', 'da phan loai'].map((t) => [t, 'in_handling'] as const),
  ...['da tra loi', 'da xu ly', 'da giai quyet', 'hoan thanh', 'cho cong khai'].map((t) => [t, 'awaiting_publication'] as const),
  ...['da cong khai', 'da cong bo', 'cong khai'].map((t) => [t, 'published'] as const),
  ...['da chuyen', 'chuyen xu ly', 'chuyen co quan co tham quyen', 'da chuyen co quan co tham quyen'].map((t) => [t, 'forwarded'] as const),
  ...['khong tiep nhan', 'tu choi', 'tu choi tiep nhan'].map((t) => [t, 'not_accepted'] as const),
  ...['da rut', 'rut', 'nguoi gui rut', 'rut phan anh kien nghi'].map((t) => [t, 'withdrawn'] as const),
]);

/** One row of an export, read by the caller: the cells of the fields its header names. */
export type PaknImportRow = Partial<Record<PaknImportField, Cell>>;

export interface PaknRowProblem {
  field?: PaknImportField;
  reason: string;
}

/** A row understood: the registration of a new PAKN and where it is, with the dates the steps need. */
export interface PaknImportRecord {
  externalCode: string;
  unitCode?: string;
  status: ImportedPaknStatus;
  receivedAt: LocalMinute;
  kind: PaknKind;
  paknClass: PaknClass;
  sender: { kind: 'individual'; name?: string; idNumber?: string; phone?: string; email?: string; address?: string };
  title?: string;
  content: string;
  answer?: string;
  resolvedAt?: LocalMinute;
  documentNumber?: string;
  forwardedTo?: string;
  publishedAt?: LocalMinute;
  transferredFrom?: string;
  likes: number;
  dislikes: number;
}

export type PaknRowResult = { ok: true; record: PaknImportRecord } | { ok: false; problem: PaknRowProblem } | { ok: 'empty' };

const problem = (field: PaknImportField, reason: string): PaknRowResult => ({ ok: false, problem: { field, reason } });

function count(cell: Cell | undefined): number | undefined {
  const text = cellText(cell);
  if (text === '') return 0;
  return /^\d{1,6}$/.test(text) ? Number(text) : undefined;
}

/** Reads a row: the Vietnamese reason of the first problem, or the record. */
export function parsePaknRow(row: PaknImportRow): PaknRowResult {
  const text = (field: PaknImportField): string | undefined => storableText(cellText(row[field])) || undefined;
  if (PAKN_IMPORT_FIELDS.every((field) => text(field) === undefined)) return { ok: 'empty' };
  const externalCode = text('code');
  if (!externalCode) return problem('code', 'thiếu mã phản ánh, kiến nghị trên hệ thống nguồn');
  if (externalCode.length > 100) return problem('code', 'mã dài quá 100 ký tự');
  const statusText = text('status');
  const status = statusText === undefined ? 'registered' : STATUS_VALUES.get(headerKey(statusText));
  if (!status) return problem('status', `trạng thái "${statusText}" không nhận ra; dùng một trong: Mới tiếp nhận, Đang xử lý, Đã trả lời, Đã công khai, Đã chuyển, Không tiếp nhận, Đã rút`);
  const receivedCell = row.receivedAt;
  if (receivedCell === undefined || cellText(receivedCell) === '') return problem('receivedAt', 'thiếu ngày gửi / tiếp nhận');
  const received = parseImportedTime(receivedCell);
  if (!received.ok) return problem('receivedAt', received.reason);
  const content = text('content');
  if (!content) return problem('content', 'thiếu nội dung phản ánh, kiến nghị');
  const optionalTime = (field: 'resolvedAt' | 'publishedAt'): { at?: LocalMinute; reason?: string } => {
    const cell = row[field];
    if (cell === undefined || cellText(cell) === '') return {};
    const parsed = parseImportedTime(cell);
    return parsed.ok ? { at: parsed.value.at } : { reason: parsed.reason };
  };
  const resolved = optionalTime('resolvedAt');
  if (resolved.reason) return problem('resolvedAt', resolved.reason);
  const published = optionalTime('publishedAt');
  if (published.reason) return problem('publishedAt', published.reason);
  const classText = headerKey(text('paknClass') ?? '');
  const paknClass: PaknClass = classText.includes('hanh vi') || classText.includes('can bo') ? 'officer_conduct' : 'rules_and_procedures';
  const likes = count(row.likes);
  if (likes === undefined) return problem('likes', 'số lượt hài lòng phải là số nguyên không âm');
  const dislikes = count(row.dislikes);
  if (dislikes === undefined) return problem('dislikes', 'số lượt không hài lòng phải là số nguyên không âm');

  const sender: PaknImportRecord['sender'] = { kind: 'individual' };
  for (const [field, key] of [['senderName', 'name'], ['senderIdNumber', 'idNumber'], ['senderPhone', 'phone'], ['senderEmail', 'email'], ['senderAddress', 'address']] as const) {
    const value = text(field);
    if (value !== undefined) sender[key] = value;
  }
  const record: PaknImportRecord = {
    externalCode,
    status,
    receivedAt: received.value.at,
    kind: headerKey(text('kind') ?? '').includes('kien nghi') ? 'recommendation' : 'reflection',
    paknClass,
    sender,
    content,
    likes,
    dislikes,
  };
  const optional = { unit: 'unitCode', title: 'title', answer: 'answer', documentNumber: 'documentNumber', forwardedTo: 'forwardedTo', transferredFrom: 'transferredFrom' } as const;
  for (const [field, key] of Object.entries(optional) as Array<[keyof typeof optional, (typeof optional)[keyof typeof optional]]>) {
    const value = text(field);
    if (value !== undefined) record[key] = value;
  }
  if (resolved.at !== undefined) record.resolvedAt = resolved.at;
  if (published.at !== undefined) record.publishedAt = published.at;
  return { ok: true, record };
}

/** The moves an import may make from each status, and the status each leads to. */
type Move = 'classify_within' | 'classify_outside' | 'resolve' | 'publish' | 'forward' | 'not_accept' | 'withdraw';
const MOVES: Partial<Record<PaknStatus, ReadonlyArray<readonly [Move, PaknStatus]>>> = {
  registered: [['classify_within', 'in_handling'], ['classify_outside', 'awaiting_forwarding'], ['not_accept', 'not_accepted'], ['withdraw', 'withdrawn']],
  in_handling: [['resolve', 'awaiting_publication'], ['classify_outside', 'awaiting_forwarding'], ['withdraw', 'withdrawn']],
  awaiting_forwarding: [['forward', 'forwarded'], ['classify_within', 'in_handling'], ['withdraw', 'withdrawn']],
  awaiting_publication: [['publish', 'published']],
};

/** The shortest list of moves from `from` to `to`, or undefined when none leads there. */
function path(from: PaknStatus, to: PaknStatus): Move[] | undefined {
  const seen = new Map<PaknStatus, Move[]>([[from, []]]);
  const queue: PaknStatus[] = [from];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    if (status === to) return seen.get(status);
    for (const [move, next] of MOVES[status] ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, [...seen.get(status)!, move]);
      queue.push(next);
    }
  }
  return undefined;
}

/** What an existing PAKN is, for planning (its folded state's facts). */
export interface ExistingPakn {
  status: PaknStatus;
  /** Time of its last event. */
  lastAt: LocalMinute;
  likes: number;
  dislikes: number;
}

export type PaknImportPlan =
  | { kind: 'create'; history: PaknEventInput[] }
  | { kind: 'append'; events: PaknEventInput[] }
  | { kind: 'unchanged' }
  | { kind: 'rejected'; field?: PaknImportField; reason: string };

const rejected = (field: PaknImportField | undefined, reason: string): PaknImportPlan => ({ kind: 'rejected', ...(field ? { field } : {}), reason });

function moveEvents(moves: readonly Move[], record: PaknImportRecord, actor: Actor, source: string, after: LocalMinute): PaknEventInput[] | PaknImportPlan {
  const base = { actor, source };
  let last = after;
  /** Each event at least at the previous one's time (a date-only answer on the day of a 10:00 receipt is at 10:00). */
  const at = (wanted: LocalMinute | undefined): LocalMinute => (last = Math.max(last, wanted ?? last));
  const events: PaknEventInput[] = [];
  for (const move of moves) {
    switch (move) {
      case 'classify_within':
      case 'classify_outside':
        events.push({ ...base, type: 'classified', at: at(record.receivedAt), class: record.paknClass, competence: move === 'classify_within' ? 'within_competence' : 'outside_competence' });
        break;
      case 'resolve':
        if (record.resolvedAt === undefined) return rejected('resolvedAt', `trạng thái "${STATUS_NAMES[record.status]}" cần ngày trả lời`);
        if (!record.answer) return rejected('answer', 'PAKN đã trả lời cần nội dung trả lời');
        events.push({ ...base, type: 'resolved', at: at(record.resolvedAt), answer: record.answer, result: 'explained', ...(record.documentNumber ? { documentNumber: record.documentNumber } : {}) });
        break;
      case 'publish':
        if (!record.answer) return rejected('answer', 'PAKN đã công khai cần nội dung trả lời');
        events.push({ ...base, type: 'published', at: at(record.publishedAt ?? record.resolvedAt), summary: record.title ?? record.content.slice(0, 5000), answer: record.answer, places: ['national_portal'] });
        break;
      case 'forward':
        if (record.resolvedAt === undefined) return rejected('resolvedAt', 'PAKN đã chuyển cơ quan có thẩm quyền cần ngày chuyển (cột ngày xử lý / kết thúc)');
        if (!record.forwardedTo) return rejected('forwardedTo', 'PAKN đã chuyển cần tên cơ quan có thẩm quyền nhận chuyển');
        events.push({ ...base, type: 'forwarded', at: at(record.resolvedAt), to: record.forwardedTo, ...(record.documentNumber ? { documentNumber: record.documentNumber } : {}) });
        break;
      case 'not_accept':
        if (record.resolvedAt === undefined) return rejected('resolvedAt', 'PAKN không tiếp nhận cần ngày kết thúc xử lý');
        events.push({ ...base, type: 'not_accepted', at: at(record.resolvedAt), reason: 'other', ...(record.answer ? { note: record.answer } : {}) });
        break;
      case 'withdraw':
        if (record.resolvedAt === undefined) return rejected('resolvedAt', 'PAKN người gửi đã rút cần ngày rút (cột ngày kết thúc)');
        events.push({ ...base, type: 'withdrawn', at: at(record.resolvedAt) });
        break;
    }
  }
  return events;
}

/** Votes the export counts beyond those recorded, once the PAKN is answered. */
function voteEvents(record: PaknImportRecord, status: PaknStatus, known: { likes: number; dislikes: number }, actor: Actor, source: string, at: LocalMinute): PaknEventInput[] {
  if (status !== 'awaiting_publication' && status !== 'published') return [];
  const events: PaknEventInput[] = [];
  if (record.likes > known.likes) events.push({ type: 'satisfaction_recorded', at, actor, source, vote: 'like', count: record.likes - known.likes });
  if (record.dislikes > known.dislikes) events.push({ type: 'satisfaction_recorded', at, actor, source, vote: 'dislike', count: record.dislikes - known.dislikes });
  return events;
}

/**
 * The plan for one row: a new PAKN gets its registration (as the `system` actor named by the
 * source, at the day it was received) and the steps to the row's status; an imported one gets
 * the steps it lacks, nothing when it is already there or further (forward only), and the row is
 * refused when it contradicts the history (an answered PAKN said to be forwarded).
 */
export function planPaknImport(record: PaknImportRecord, input: { source: string; unitCode: string; existing?: ExistingPakn; asOf: LocalMinute }): PaknImportPlan {
  const actor: Actor = { id: input.source, role: 'system' };
  if (record.receivedAt > input.asOf) return rejected('receivedAt', 'ngày gửi / tiếp nhận sau thời điểm nhập');
  const existing = input.existing;
  const from: PaknStatus = existing?.status ?? 'registered';
  const moves = path(from, record.status);
  if (!moves) {
    if (existing && path(record.status, existing.status)) return { kind: 'unchanged' };
    return rejected('status', `phản ánh, kiến nghị đang ở trạng thái "${STATUS_NAMES[from]}" trên Một Cửa, không thể chuyển sang "${STATUS_NAMES[record.status]}"`);
  }
  const registered: PaknEventInput | undefined = existing
    ? undefined
    : {
        type: 'registered',
        at: record.receivedAt,
        actor,
        source: input.source,
        unitCode: input.unitCode,
        channel: 'national_portal',
        kind: record.kind,
        sender: record.sender,
        ...(record.title ? { title: record.title } : {}),
        content: record.content,
        concerns: {},
        receivedAt: record.receivedAt,
        externalCode: record.externalCode,
        ...(record.transferredFrom ? { transferredFrom: record.transferredFrom } : {}),
      };
  const steps = moveEvents(moves, record, actor, input.source, existing?.lastAt ?? record.receivedAt);
  if (!Array.isArray(steps)) return steps;
  if (steps.some((event) => event.at > input.asOf)) return rejected('resolvedAt', 'ngày trả lời / kết thúc xử lý sau thời điểm nhập');
  // Counts carry no date: recorded at the import, the earliest moment Một Cửa knew them.
  const votes = voteEvents(record, record.status, existing ?? { likes: 0, dislikes: 0 }, actor, input.source, input.asOf);
  if (registered) return { kind: 'create', history: [registered, ...steps, ...votes] };
  const events = [...steps, ...votes];
  return events.length === 0 ? { kind: 'unchanged' } : { kind: 'append', events };
}
