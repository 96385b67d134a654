/** Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (TT 03/2025, reference.md §2.2). */
import { formatDateTimeLong } from '../../domain/format/index.ts';
import { field, paragraph, type OfficialDocument } from '../model.ts';
import { applicantTitle, centerHeader, eventsOf, FormNotApplicableError, personName, receptionLines, type DossierFormInput } from './common.ts';
import { letterheadOf } from './letterhead.ts';

export function buildMau03(input: DossierFormInput): OfficialDocument {
  const { state } = input;
  const refusal = eventsOf(input.events, 'refused_at_reception')[0];
  if (!refusal) {
    const hint = state.stoppedAt !== undefined ? ' Hồ sơ đã được tiếp nhận rồi dừng giải quyết: hãy in Thông báo dừng giải quyết hồ sơ (Mẫu 05).' : '';
    throw new FormNotApplicableError(`Hồ sơ không bị từ chối tiếp nhận nên không có Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03).${hint}`);
  }
  const head = letterheadOf(input.unit);
  const officer = personName(input, refusal.actor.id);
  return {
    form: 'mau-03',
    fileName: `mau-03-${state.code}`,
    header: centerHeader(input, 'PTC', refusal.at),
    title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
    blocks: [
      ...receptionLines(input),
      field('Thời điểm xem xét hồ sơ', formatDateTimeLong(refusal.at)),
      paragraph(`Qua xem xét, ${head.centerInText} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`),
      field('Lý do từ chối', refusal.reason, true),
      paragraph(`Xin thông báo cho ${applicantTitle(state.applicant)} được biết và thực hiện./.`),
    ],
    signatures: [{ titleLines: ['Người tiếp nhận hồ sơ'], note: '(Ký và ghi rõ họ tên)', name: officer }],
    orientation: 'portrait',
  };
}
