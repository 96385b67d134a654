/**
 * Mẫu 07 — Sổ theo dõi hồ sơ (TT 03/2025; Mẫu 06 of TT 01/2018): the dossiers a unit received
 * in a date range, one line each, in the column set of TT 01/2018 Mẫu 06 plus the applicant's
 * address and phone (reference.md §2.2). Drawn as DOCX/HTML (trackingBookDocument) and XLSX
 * (tracking-book-xlsx.ts) from the same entries.
 */
import { dayOf, type DayNumber, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { STATUS_NAMES, type DossierState } from '../../domain/dossier/state.ts';
import { formatDate, formatDateInText, formatDateTime, formatInteger } from '../../domain/format/index.ts';
import { field, type OfficialDocument, type TableColumn } from '../model.ts';
import { letterheadOf, type FormUnit, type Letterhead } from './letterhead.ts';

export interface TrackingBookInput {
  unit: FormUnit;
  from: DayNumber;
  /** Inclusive. */
  to: DayNumber;
  /** Dossiers received in the range that the reader may see, with the personal-data rule of each. */
  dossiers: ReadonlyArray<{ state: DossierState; personalDataVisible: boolean }>;
  departments: Readonly<Record<string, string>>;
  now: LocalMinute;
}

export interface TrackingBookEntry {
  no: number;
  code: string;
  procedure: string;
  /** Số lượng hồ sơ (bộ). */
  sets: number;
  applicant: string;
  addressAndPhone: string;
  department: string;
  receivedAt: LocalMinute;
  dueAt?: LocalMinute | undefined;
  forwardedAt?: LocalMinute | undefined;
  resultReadyAt?: LocalMinute | undefined;
  returnedAt?: LocalMinute | undefined;
  note: string;
}

export interface TrackingBook {
  letterhead: Letterhead;
  unitName: string;
  from: DayNumber;
  to: DayNumber;
  printedOn: DayNumber;
  entries: TrackingBookEntry[];
}

export const TRACKING_BOOK_TITLE = 'Sổ theo dõi hồ sơ';
const DATES = 'Ngày, tháng, năm';

/** The columns, shared by the three renderings. */
export const TRACKING_BOOK_COLUMNS: TableColumn[] = [
  { label: 'STT', width: 4, center: true },
  { label: 'Mã hồ sơ', width: 11.5 },
  { label: 'Tên thủ tục hành chính', width: 11.5 },
  { label: 'Số lượng hồ sơ (bộ)', width: 4.5, center: true },
  { label: 'Tên cá nhân, tổ chức', width: 8.5 },
  { label: 'Địa chỉ, số điện thoại', width: 9 },
  { label: 'Cơ quan chủ trì giải quyết', width: 8 },
  // Wide enough for "05/01/2026" on one line at 10 pt.
  { label: 'Nhận hồ sơ', width: 9, group: DATES, center: true },
  { label: 'Hẹn trả kết quả', width: 9, group: DATES, center: true },
  { label: 'Chuyển hồ sơ đến cơ quan giải quyết', width: 9, group: DATES, center: true },
  { label: 'Nhận kết quả từ cơ quan giải quyết', width: 9, group: DATES, center: true },
  { label: 'Trả kết quả cho cá nhân, tổ chức', width: 9, group: DATES, center: true },
  { label: 'Ghi chú', width: 8.5 },
];

function noteOf(state: DossierState, now: LocalMinute): string {
  const parts = [STATUS_NAMES[state.status]];
  const extension = state.extensions.at(-1);
  if (extension) parts.push(`Hẹn lại ngày trả: ${formatDate(dayOf(extension.newDueAt))}`);
  if (state.legalDueAt !== undefined) {
    const late = state.endedAt !== undefined ? state.endedAt > state.legalDueAt : now > state.legalDueAt && !state.paused;
    if (late) parts.push('Quá hạn');
  }
  return parts.join('; ');
}

export function buildTrackingBook(input: TrackingBookInput): TrackingBook {
  const received = input.dossiers
    .filter((d) => d.state.receivedAt !== undefined)
    .toSorted((a, b) => a.state.receivedAt! - b.state.receivedAt! || a.state.code.localeCompare(b.state.code));
  const entries = received.map(({ state, personalDataVisible }, i): TrackingBookEntry => {
    const forwarded = state.steps[1]?.handlerUnit !== undefined || state.departmentCode !== undefined;
    const department = state.departmentCode ?? state.steps.find((s) => s.handlerUnit)?.handlerUnit;
    const contact = personalDataVisible ? [state.applicant.address, state.applicant.phone].filter(Boolean).join('; ') : '';
    return {
      no: i + 1,
      code: state.code,
      procedure: state.procedureName,
      sets: 1,
      applicant: state.applicant.name,
      addressAndPhone: contact,
      department: department ? (input.departments[department] ?? department) : '',
      receivedAt: state.receivedAt!,
      dueAt: state.legalDueAt,
      forwardedAt: forwarded ? state.steps[0]?.completedAt : undefined,
      resultReadyAt: state.resultReadyAt,
      returnedAt: state.returnedAt,
      note: noteOf(state, input.now),
    };
  });
  return { letterhead: letterheadOf(input.unit), unitName: input.unit.name, from: input.from, to: input.to, printedOn: dayOf(input.now), entries };
}

export function periodText(book: TrackingBook): string {
  return `Từ ngày ${formatDateInText(book.from)} đến ngày ${formatDateInText(book.to)}`;
}

const time = (minute: LocalMinute | undefined): string => (minute === undefined ? '' : formatDateTime(minute).replace(' ', '\n'));

/** One row of cells per entry, as printed (DOCX, HTML). */
export function trackingBookRows(book: TrackingBook): string[][] {
  return book.entries.map((e) => [
    String(e.no),
    e.code,
    e.procedure,
    String(e.sets).padStart(2, '0'),
    e.applicant,
    e.addressAndPhone,
    e.department,
    time(e.receivedAt),
    time(e.dueAt),
    time(e.forwardedAt),
    time(e.resultReadyAt),
    time(e.returnedAt),
    e.note,
  ]);
}

export function trackingBookDocument(book: TrackingBook, unitCode: string): OfficialDocument {
  const head = book.letterhead;
  return {
    form: 'mau-07',
    fileName: `mau-07-${unitCode}-${formatDate(book.from).split('/').reverse().join('')}-${formatDate(book.to).split('/').reverse().join('')}`,
    header: { governingBody: head.governingBody, issuingBody: head.centerName, placeName: head.placeName, date: book.printedOn },
    title: TRACKING_BOOK_TITLE,
    subtitle: periodText(book),
    blocks: [
      field('Đơn vị', `${book.unitName} (mã ${unitCode})`),
      field('Số hồ sơ đã tiếp nhận trong kỳ', formatInteger(book.entries.length)),
      { kind: 'table', caption: 'Sổ theo dõi hồ sơ', columns: TRACKING_BOOK_COLUMNS, rows: trackingBookRows(book), emptyText: 'Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này.' },
    ],
    signatures: [],
    orientation: 'landscape',
  };
}
