/**
 * Mẫu 06 — Phiếu kiểm soát quá trình giải quyết hồ sơ (TT 03/2025; Mẫu 05 of TT 01/2018):
 * every hand-over of the dossier with its time, who gave and who received it, and the on-time
 * verdict of the step that the hand-over closed; then each step against its own due date.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import { STATUS_NAMES, type StepState } from '../../domain/dossier/state.ts';
import { formatDateTime, formatDateTimeLong, formatMoney } from '../../domain/format/index.ts';
import { field, type Block, type OfficialDocument } from '../model.ts';
import { centerHeader, departmentName, FormNotApplicableError, missingPapersFields, outcomeOf, papersText, personName, procedureText, type DossierFormInput } from './common.ts';

const DESK = 'Bộ phận tiếp nhận và trả kết quả';

interface Holder {
  place: string;
  person?: string | undefined;
}

interface HandOver {
  from: Holder;
  to: Holder;
  at: LocalMinute;
  outcome: string;
  note: string;
}

const who = (holder: Holder): string => (holder.person ? `${holder.place} (${holder.person})` : holder.place);

/** Steps closed at `at` that no earlier hand-over reported, latest first. */
function closedStep(steps: readonly StepState[], at: LocalMinute, reported: Set<number>): StepState | undefined {
  for (let i = steps.length - 1; i >= 0; i--) {
    if (steps[i]!.completedAt === at && !reported.has(i)) {
      for (let j = 0; j <= i; j++) if (steps[j]!.completedAt === at) reported.add(j);
      return steps[i];
    }
  }
  return undefined;
}

function handOvers(input: DossierFormInput): HandOver[] {
  const { state } = input;
  const applicant: Holder = { place: `Người nộp hồ sơ`, person: state.applicant.name };
  const reported = new Set<number>();
  const out: HandOver[] = [];
  let holder: Holder = { place: DESK };
  const verdict = (at: LocalMinute): { outcome: string; step?: StepState } => {
    const step = closedStep(state.steps, at, reported);
    return step ? { outcome: outcomeOf(step.dueAt, step.completedAt, input.now), step } : { outcome: '' };
  };
  const push = (event: DossierEvent, to: Holder, note: string, withVerdict = true): void => {
    const v = withVerdict ? verdict(event.at) : { outcome: '' };
    const stepNote = 'step' in v && v.step ? `Kết thúc bước "${v.step.name}" (hạn ${formatDateTime(v.step.dueAt)}). ` : '';
    out.push({ from: holder, to, at: event.at, outcome: v.outcome, note: `${stepNote}${note}`.trim() });
    holder = to;
  };
  for (const event of input.events) {
    switch (event.type) {
      case 'received':
        holder = applicant;
        push(event, { place: DESK, person: personName(input, event.actor.id) }, 'Tiếp nhận hồ sơ.', false);
        break;
      case 'forwarded':
        push(event, { place: departmentName(input, event.to)!, person: personName(input, event.assigneeId) }, 'Chuyển hồ sơ giải quyết.');
        break;
      case 'step_completed': {
        const index = state.steps.findIndex((s) => s.code === event.stepCode);
        const next = state.steps[index + 1];
        const to: Holder = { place: next ? `Bước "${next.name}"` : holder.place, person: personName(input, event.assigneeId) };
        push(event, to, event.note ?? '');
        break;
      }
      case 'supplement_requested':
        push(event, applicant, `Yêu cầu bổ sung, hoàn thiện hồ sơ: ${event.reason}`, false);
        break;
      case 'supplement_received':
        push(event, { place: DESK, person: personName(input, event.actor.id) }, 'Nhận hồ sơ bổ sung; thời hạn tiếp tục được tính.', false);
        break;
      case 'result_ready':
        push(event, { place: DESK }, `Có kết quả giải quyết${event.electronic ? ' (bản điện tử)' : ''}, chuyển Bộ phận tiếp nhận và trả kết quả.`);
        break;
      case 'result_returned':
        holder = { place: DESK, person: personName(input, event.actor.id) };
        push(event, applicant, 'Trả kết quả cho người nộp hồ sơ.');
        break;
      case 'extended':
        out.push({ from: holder, to: holder, at: event.at, outcome: '', note: `Xin lỗi và hẹn lại ngày trả kết quả: ${formatDateTime(event.newDueAt)}. Lý do: ${event.reason}` });
        break;
      case 'stopped':
        out.push({ from: holder, to: holder, at: event.at, outcome: '', note: `${event.refusal ? 'Từ chối giải quyết' : 'Dừng giải quyết'}: ${event.reason}` });
        break;
      case 'withdrawn':
        push(event, applicant, `Công dân rút hồ sơ: ${event.reason}`, false);
        break;
      case 'financial_obligation_requested':
        out.push({ from: holder, to: applicant, at: event.at, outcome: '', note: `Yêu cầu thực hiện nghĩa vụ tài chính ${formatMoney(event.amount)}: ${event.description}` });
        break;
      case 'financial_obligation_paid':
        out.push({ from: applicant, to: holder, at: event.at, outcome: '', note: `Đã thực hiện nghĩa vụ tài chính ${formatMoney(event.amount)}.` });
        break;
      default:
        break;
    }
  }
  return out;
}

function stepRows(input: DossierFormInput): string[][] {
  return input.state.steps.map((step, i) => {
    const handler = [departmentName(input, step.handlerUnit), personName(input, step.handlerId)].filter(Boolean).join(' – ');
    const outcome = step.status === 'pending' ? 'Chưa thực hiện' : outcomeOf(step.dueAt, step.completedAt, input.now);
    return [
      String(i + 1),
      step.name,
      handler,
      step.startedAt !== undefined ? formatDateTime(step.startedAt) : '',
      formatDateTime(step.dueAt),
      step.completedAt !== undefined ? formatDateTime(step.completedAt) : '',
      outcome,
    ];
  });
}

export function buildMau06(input: DossierFormInput): OfficialDocument {
  const { state } = input;
  if (state.receivedAt === undefined) {
    throw new FormNotApplicableError(`Hồ sơ chưa được tiếp nhận (trạng thái "${STATUS_NAMES[state.status]}") nên chưa có quá trình giải quyết để lập Phiếu kiểm soát (Mẫu 06).`);
  }
  const departments = [...new Set(input.events.flatMap((e) => (e.type === 'forwarded' ? [departmentName(input, e.to)!] : [])))];
  const overall = state.legalDueAt === undefined ? '' : state.endedAt !== undefined ? outcomeOf(state.legalDueAt, state.endedAt, input.now) : outcomeOf(state.legalDueAt, undefined, input.now);
  const blocks: Block[] = [
    field('Mã hồ sơ', state.code, true),
    field('Kèm theo hồ sơ của', state.applicant.name),
    field('Nội dung yêu cầu giải quyết', procedureText(state)),
    field('Cơ quan (bộ phận) giải quyết hồ sơ', departments.length > 0 ? departments.join('; ') : 'Chưa chuyển xử lý'),
    field('Thời gian nhận hồ sơ', formatDateTimeLong(state.receivedAt)),
    ...(state.papers.submitted.length > 0 ? [field('Thành phần hồ sơ đã nộp', papersText(state.papers.submitted))] : []),
    ...missingPapersFields('Thành phần hồ sơ còn thiếu', state.papers.missing, state.papers.missingConfirmed),
    ...(state.legalDueAt !== undefined ? [field('Thời hạn trả kết quả theo quy định', formatDateTimeLong(state.legalDueAt))] : []),
    ...(state.extensions.length > 0 ? [field('Thời gian hẹn trả kết quả mới', formatDateTimeLong(state.extensions.at(-1)!.newDueAt))] : []),
    ...(overall ? [field('Kết quả giải quyết hồ sơ (so với thời hạn theo quy định)', `${overall} – trạng thái "${STATUS_NAMES[state.status]}"`, true)] : []),
    {
      kind: 'table',
      caption: 'Quá trình giao, nhận hồ sơ',
      columns: [
        { label: 'Tên cơ quan, bộ phận (giao – nhận)', width: 34 },
        { label: 'Thời gian giao, nhận hồ sơ', width: 22, center: true },
        { label: 'Kết quả giải quyết hồ sơ (trước hạn/đúng hạn/quá hạn)', width: 16, center: true },
        { label: 'Ghi chú', width: 28 },
      ],
      rows: handOvers(input).map((h, i) => [`${i + 1}. Giao: ${who(h.from)}\nNhận: ${who(h.to)}`, formatDateTimeLong(h.at), h.outcome, h.note]),
    },
    {
      kind: 'table',
      caption: 'Tiến độ các bước giải quyết',
      columns: [
        { label: 'STT', width: 6, center: true },
        { label: 'Bước giải quyết', width: 22 },
        { label: 'Bộ phận, người thực hiện', width: 20 },
        { label: 'Bắt đầu', width: 13, center: true },
        { label: 'Hạn hoàn thành', width: 13, center: true },
        { label: 'Hoàn thành', width: 13, center: true },
        { label: 'Kết quả', width: 13, center: true },
      ],
      rows: stepRows(input),
    },
  ];
  return {
    form: 'mau-06',
    fileName: `mau-06-${state.code}`,
    header: centerHeader(input, undefined, input.now),
    title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    blocks,
    signatures: [],
    orientation: 'portrait',
  };
}
