/**
 * What every dossier form is built from, and the pieces they share: the applicant's lines,
 * document numbers, the on-time verdict of a step, the procedure snapshot of the history.
 */
import { dayOf, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { COMPONENT_FORM_LABELS } from '../../domain/catalog/schema.ts';
import type { DossierEvent, ProcedureSnapshot, SubmittedComponent } from '../../domain/dossier/events.ts';
import type { Applicant, DossierState } from '../../domain/dossier/state.ts';
import type { Submitter } from '../../domain/dossier/submitter.ts';
import { field, paragraph, type Block, type FieldBlock } from '../model.ts';
import type { OfficialHeader } from '../nd30.ts';
import { letterheadOf, type FormUnit } from './letterhead.ts';

/** Everything a dossier form (Mẫu 01–06) is built from; gathered by src/app/forms. */
export interface DossierFormInput {
  state: DossierState;
  events: readonly DossierEvent[];
  unit: FormUnit;
  /** Full names of staff by user id, names of departments and agencies by code. */
  names: { people: Readonly<Record<string, string>>; departments: Readonly<Record<string, string>> };
  /** The legal due date as computed at reception: the appointment printed on Mẫu 01. */
  dueAtReception?: LocalMinute | undefined;
  /** Public lookup address of this dossier (`<public base URL>/tra-cuu/<code>`). */
  lookupUrl: string;
  now: LocalMinute;
  /** CCCD, address, phone and e-mail are printed only for staff of the unit holding the dossier. */
  personalDataVisible: boolean;
}

/** The form does not apply to this dossier's history; `message` says why, in Vietnamese (HTTP 409). */
export class FormNotApplicableError extends Error {
  override readonly name = 'FormNotApplicableError';
}

/** Ông/Bà for a person, Tổ chức for an organization. */
export function applicantTitle(applicant: Applicant): string {
  return applicant.kind === 'organization' ? 'Tổ chức' : 'Ông/Bà';
}

/** Name, identity number, address, phone, e-mail: only the lines that have a value. */
export function applicantFields(input: DossierFormInput): FieldBlock[] {
  const applicant = input.state.applicant;
  const out = [field(applicantTitle(applicant), applicant.name, true)];
  if (!input.personalDataVisible) return out;
  if (applicant.idNumber) out.push(field(applicant.kind === 'organization' ? 'Mã số thuế' : 'Số định danh cá nhân (CCCD)', applicant.idNumber));
  if (applicant.address) out.push(field('Địa chỉ', applicant.address));
  if (applicant.phone) out.push(field('Số điện thoại', applicant.phone));
  if (applicant.email) out.push(field('Thư điện tử', applicant.email));
  return out;
}

/**
 * The person who brought the dossier for the applicant (issue 15), in two lines at most so that
 * the receipt stays one sheet: "Người nộp hồ sơ: <name> (người được ủy quyền); CCCD: …" or
 * "(người đại diện, <chức vụ>)", then the authorisation paper and the relationship. Their ID
 * number, relationship and authorisation only where personal data is visible, like the
 * applicant's; their phone stays on the dossier page.
 */
export function submitterFields(submitter: Submitter | undefined, personalDataVisible: boolean): FieldBlock[] {
  if (!submitter) return [];
  const role = submitter.kind === 'representative' ? `người đại diện${submitter.title ? `, ${submitter.title}` : ''}` : 'người được ủy quyền';
  const id = personalDataVisible && submitter.idNumber ? `; CCCD: ${submitter.idNumber}` : '';
  const out = [field('Người nộp hồ sơ', `${submitter.name} (${role})${id}`, true)];
  if (!personalDataVisible) return out;
  const relationship = submitter.relationship ? `quan hệ: ${submitter.relationship}` : undefined;
  if (submitter.authorisation) out.push(field('Văn bản ủy quyền', [submitter.authorisation, relationship].filter(Boolean).join('; ')));
  else if (relationship) out.push(field('Quan hệ với người có hồ sơ', submitter.relationship!));
  return out;
}

export function procedureText(state: DossierState): string {
  return state.procedureCode ? `${state.procedureName} (mã thủ tục ${state.procedureCode})` : state.procedureName;
}

/**
 * Số, ký hiệu of a form: the dossier's sequence of its reception day (last part of its code),
 * then the kind of paper and the issuer ("0001/GTN-TTPVHCC"). The system keeps no văn thư
 * register; the dossier code printed in the body ties the paper to its dossier (docs/forms.md).
 * The whole code does not fit the 40 % header column of NĐ 30 on one line.
 */
export function documentNumber(code: string, kind: string, issuerSymbol: string): string {
  const serial = /-(\d+)$/.exec(code)?.[1] ?? code;
  return `${serial}/${kind}-${issuerSymbol}`;
}

/** The procedure snapshot recorded in the history (reception, online submission or refusal). */
export function procedureOf(events: readonly DossierEvent[]): ProcedureSnapshot | undefined {
  for (const event of events) {
    if ((event.type === 'received' || event.type === 'submitted_online' || event.type === 'refused_at_reception') && event.procedure) return event.procedure;
  }
  return undefined;
}

export type Outcome = 'Trước hạn' | 'Đúng hạn' | 'Quá hạn' | 'Đang xử lý' | 'Đang xử lý, đã quá hạn';

/**
 * On-time verdict of work finished at `done` against `due` (Mẫu 06): after the due moment is
 * late; on an earlier calendar day than the due day is early; otherwise on time. Unfinished
 * work is "in progress", flagged once `now` is past the due moment.
 */
export function outcomeOf(due: LocalMinute, done: LocalMinute | undefined, now: LocalMinute): Outcome {
  if (done === undefined) return now > due ? 'Đang xử lý, đã quá hạn' : 'Đang xử lý';
  if (done > due) return 'Quá hạn';
  return dayOf(done) < dayOf(due) ? 'Trước hạn' : 'Đúng hạn';
}

/** A staff member's name, or the reference an import left (never an empty cell). */
export function personName(input: DossierFormInput, id: string | undefined): string | undefined {
  if (!id) return undefined;
  return input.names.people[id] ?? id;
}

export function departmentName(input: DossierFormInput, code: string | undefined): string | undefined {
  if (!code) return undefined;
  return input.names.departments[code] ?? code;
}

export function eventsOf<T extends DossierEvent['type']>(events: readonly DossierEvent[], type: T): Array<Extract<DossierEvent, { type: T }>> {
  return events.filter((e): e is Extract<DossierEvent, { type: T }> => e.type === type);
}

/**
 * Header of a paper the center issues (Mẫu 01, 02, 03, 06), dated `at`; numbered
 * "<seq>/<kind>-<center symbol>" unless `kind` is undefined.
 */
export function centerHeader(input: DossierFormInput, kind: string | undefined, at: LocalMinute): OfficialHeader {
  const head = letterheadOf(input.unit);
  return {
    governingBody: head.governingBody,
    issuingBody: head.centerName,
    ...(kind ? { number: documentNumber(input.state.code, kind, head.centerSymbol) } : {}),
    placeName: head.placeName,
    date: dayOf(at),
  };
}

/** Header of a paper the People's Committee issues and its head signs (Mẫu 04, 05): "<seq>/<kind>-UBND". */
export function committeeHeader(input: DossierFormInput, kind: string, at: LocalMinute): OfficialHeader {
  const head = letterheadOf(input.unit);
  return { issuingBody: head.governingBody, number: documentNumber(input.state.code, kind, 'UBND'), placeName: head.placeName, date: dayOf(at) };
}

/** Opening of the center's papers: the dossier code, "<center> tiếp nhận hồ sơ của:", the applicant, the request. */
export function receptionLines(input: DossierFormInput): Block[] {
  return [
    field('Mã hồ sơ', input.state.code, true),
    paragraph(`${letterheadOf(input.unit).centerInText} tiếp nhận hồ sơ của:`),
    ...applicantFields(input),
    field('Nội dung yêu cầu giải quyết', procedureText(input.state)),
  ];
}

/** Papers as a form lists them: "Tờ khai (Bản chính, 01); …". */
export function papersText(papers: readonly SubmittedComponent[]): string {
  return papers.map((c) => `${c.name} (${COMPONENT_FORM_LABELS[c.form]}, ${String(c.quantity).padStart(2, '0')})`).join('; ');
}

/**
 * The papers still missing and how the desk dealt with them (issue 14 §5): requested as a
 * supplement (Mẫu 02), or received anyway on the officer's confirmation with its reason.
 * Nothing when no paper is missing.
 */
export function missingPapersFields(label: string, missing: readonly SubmittedComponent[], confirmed: { reason: string } | undefined): FieldBlock[] {
  if (missing.length === 0) return [];
  const how = confirmed ? `tiếp nhận khi còn thiếu theo xác nhận của người tiếp nhận, lý do: ${confirmed.reason}` : 'đã yêu cầu bổ sung (Mẫu 02)';
  return [field(label, `${papersText(missing)} — ${how}`)];
}
