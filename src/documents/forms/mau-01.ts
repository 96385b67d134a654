/** Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 03/2025, reference.md §2.2). */
import { COMPONENT_FORM_LABELS } from '../../domain/catalog/schema.ts';
import { describeTimeLimit } from '../../domain/deadline/time-limit.ts';
import { STATUS_NAMES, type Channel } from '../../domain/dossier/state.ts';
import { formatDateTimeLong, formatMoney } from '../../domain/format/index.ts';
import { field, paragraph, type Block, type OfficialDocument } from '../model.ts';
import { centerHeader, eventsOf, FormNotApplicableError, missingPapersFields, personName, procedureOf, receptionLines, submitterFields, type DossierFormInput } from './common.ts';

const RESULT_PLACE: Record<Channel, string> = {
  in_person: 'Bộ phận Một cửa (Trung tâm Phục vụ hành chính công)',
  online: 'Trực tuyến, trên Cổng Dịch vụ công (bản điện tử), hoặc tại Bộ phận Một cửa',
  post: 'Qua dịch vụ bưu chính công ích',
};

export function buildMau01(input: DossierFormInput): OfficialDocument {
  const { state } = input;
  if (state.refusedAt !== undefined) {
    throw new FormNotApplicableError('Hồ sơ đã bị từ chối tiếp nhận nên không có Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01); hãy in Phiếu từ chối tiếp nhận (Mẫu 03).');
  }
  const received = eventsOf(input.events, 'received')[0];
  if (state.receivedAt === undefined || !received) {
    throw new FormNotApplicableError(`Hồ sơ chưa được tiếp nhận (trạng thái "${STATUS_NAMES[state.status]}") nên chưa có Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01).`);
  }
  const procedure = procedureOf(input.events);
  const due = input.dueAtReception ?? state.legalDueAt;
  const components = received.components;
  const fee = state.feeAmount > 0 ? formatMoney(state.feeAmount) : 'Không thu phí, lệ phí';
  const [code, ...opening] = receptionLines(input);
  const blocks: Block[] = [
    code!,
    { kind: 'qr', payload: input.lookupUrl, label: 'Quét mã QR hoặc truy cập địa chỉ sau để tra cứu tình trạng giải quyết hồ sơ:' },
    // The applicant's lines, then who brought the dossier for them (issue 15), then the request.
    ...opening.slice(0, -1),
    ...submitterFields(received.submitter, input.personalDataVisible),
    ...opening.slice(-1),
    paragraph('1. Thành phần hồ sơ nộp gồm:', { bold: true }),
    {
      kind: 'table',
      caption: 'Thành phần hồ sơ nộp',
      columns: [
        { label: 'STT', width: 8, center: true },
        { label: 'Tên giấy tờ', width: 62 },
        { label: 'Hình thức', width: 20, center: true },
        { label: 'Số lượng', width: 10, center: true },
      ],
      rows: components.map((c, i) => [String(i + 1), c.name, COMPONENT_FORM_LABELS[c.form], String(c.quantity).padStart(2, '0')]),
      emptyText: state.channel === 'online' ? 'Hồ sơ nộp trực tuyến: thành phần hồ sơ theo bản điện tử trên hệ thống' : 'Không ghi nhận thành phần hồ sơ khi tiếp nhận',
    },
    // What the reception recorded as missing (the receipt states the dossier as it was received).
    ...missingPapersFields('Thành phần hồ sơ còn thiếu', received.missing ?? [], received.missingConfirmed),
    field('2. Số lượng hồ sơ', '01 (bộ)'),
    ...(procedure ? [field('3. Thời gian giải quyết hồ sơ theo quy định', describeTimeLimit(procedure.timeLimit))] : []),
    field('4. Thời gian nhận hồ sơ', formatDateTimeLong(state.receivedAt)),
    ...(due !== undefined ? [field('5. Thời gian trả kết quả giải quyết hồ sơ', formatDateTimeLong(due), true)] : []),
    field('6. Đăng ký nhận kết quả tại', RESULT_PLACE[state.channel]),
    field('7. Phí, lệ phí', fee),
  ];
  return {
    form: 'mau-01',
    fileName: `mau-01-${state.code}`,
    header: centerHeader(input, 'GTN', state.receivedAt),
    title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
    blocks,
    signatures: [
      // The person at the desk signs: the submitter when someone brought the dossier for the applicant.
      { titleLines: ['Người nộp hồ sơ'], note: '(Ký và ghi rõ họ tên)', name: received.submitter?.name ?? state.applicant.name },
      { titleLines: ['Người tiếp nhận hồ sơ'], note: '(Ký và ghi rõ họ tên)', name: personName(input, received.actor.id) },
    ],
    orientation: 'portrait',
  };
}
