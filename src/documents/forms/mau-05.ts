/**
 * Mẫu 05 — Thông báo dừng giải quyết hồ sơ (TT 03/2025 Mẫu 05, reference.md §2.1), for a
 * dossier whose processing was stopped; a stop that is a refusal to resolve says so.
 */
import { STATUS_NAMES } from '../../domain/dossier/state.ts';
import { formatDateTimeLong } from '../../domain/format/index.ts';
import { field, paragraph, type OfficialDocument } from '../model.ts';
import { applicantTitle, committeeHeader, eventsOf, FormNotApplicableError, procedureText, type DossierFormInput } from './common.ts';
import { headSignature, letterheadOf } from './letterhead.ts';

export function buildMau05(input: DossierFormInput): OfficialDocument {
  const { state } = input;
  const stop = eventsOf(input.events, 'stopped').at(-1);
  if (!stop) {
    const why = state.withdrawnAt !== undefined ? 'Hồ sơ do công dân rút, không bị dừng giải quyết' : `Hồ sơ không bị dừng giải quyết (trạng thái "${STATUS_NAMES[state.status]}")`;
    throw new FormNotApplicableError(`${why} nên không có Thông báo dừng giải quyết hồ sơ (Mẫu 05).`);
  }
  const head = letterheadOf(input.unit);
  const you = applicantTitle(state.applicant);
  const verb = stop.refusal ? 'từ chối giải quyết' : 'dừng giải quyết';
  return {
    form: 'mau-05',
    fileName: `mau-05-${state.code}`,
    header: committeeHeader(input, 'TB', stop.at),
    title: 'Thông báo',
    subtitle: 'Dừng giải quyết hồ sơ',
    addressee: `Kính gửi: ${you} ${state.applicant.name}`,
    blocks: [
      ...(state.receivedAt !== undefined ? [field('Ngày tiếp nhận hồ sơ', formatDateTimeLong(state.receivedAt))] : []),
      field('Mã hồ sơ', state.code, true),
      field('Nội dung yêu cầu giải quyết', procedureText(state)),
      paragraph(`${head.governingInText} thông báo ${verb} hồ sơ nêu trên của ${you} kể từ ${formatDateTimeLong(stop.at)}.`),
      field(stop.refusal ? 'Lý do từ chối giải quyết' : 'Lý do dừng giải quyết', stop.reason, true),
      paragraph(`${head.governingInText} thông báo để ${you} được biết; nếu có vướng mắc, ${you} liên hệ ${head.centerInText} để được hướng dẫn./.`),
    ],
    signatures: [headSignature(input.unit)],
    recipients: [`${you} ${state.applicant.name}`, head.centerInText, `Lưu: VT, ${head.centerSymbol}`],
    orientation: 'portrait',
  };
}
