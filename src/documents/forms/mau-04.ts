/**
 * Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018 title; TT 03/2025 calls its
 * Mẫu 04 "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết", reference.md §2.1).
 * Issued by the unit's People's Committee and signed by its head, for the latest extension.
 */
import { dayOf } from '../../domain/calendar/local-time.ts';
import { formatDateLong, formatDateTimeLong } from '../../domain/format/index.ts';
import { field, paragraph, type Block, type OfficialDocument } from '../model.ts';
import { applicantTitle, committeeHeader, eventsOf, FormNotApplicableError, procedureText, type DossierFormInput } from './common.ts';
import { headSignature, letterheadOf } from './letterhead.ts';

export function buildMau04(input: DossierFormInput): OfficialDocument {
  const { state } = input;
  const extensions = eventsOf(input.events, 'extended');
  const extension = extensions.at(-1);
  if (!extension || state.receivedAt === undefined) {
    throw new FormNotApplicableError('Hồ sơ chưa có lần hẹn lại ngày trả kết quả nào (chưa ghi nhận "Xin lỗi và hẹn lại ngày trả kết quả") nên không có Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).');
  }
  const head = letterheadOf(input.unit);
  const you = applicantTitle(state.applicant);
  const originalDue = input.dueAtReception ?? state.legalDueAt;
  const applicant = state.applicant;
  const contact: Block[] = [];
  if (input.personalDataVisible && applicant.address) contact.push(field('Địa chỉ', applicant.address));
  if (input.personalDataVisible && applicant.phone) contact.push(field('Số điện thoại', applicant.phone));
  return {
    form: 'mau-04',
    fileName: `mau-04-${state.code}`,
    header: committeeHeader(input, 'PXL', extension.at),
    title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả',
    addressee: `Kính gửi: ${you} ${applicant.name}`,
    blocks: [
      ...contact,
      paragraph(`${formatDateLong(dayOf(state.receivedAt)).replace(/^n/u, 'N')}, ${head.centerInText} tiếp nhận hồ sơ của ${you} đề nghị giải quyết thủ tục hành chính: ${procedureText(state)}.`),
      field('Mã hồ sơ', state.code, true),
      ...(originalDue !== undefined ? [field('Thời hạn trả kết quả ghi trên Giấy tiếp nhận', formatDateTimeLong(originalDue))] : []),
      paragraph(`Tuy nhiên đến nay, ${head.governingInText} chưa trả kết quả giải quyết hồ sơ của ${you} đúng hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`),
      field('Lý do chậm trả kết quả', extension.reason),
      paragraph(`Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của ${you}. Chúng tôi xin lỗi ${you} và hẹn lại thời gian trả kết quả như sau:`),
      field('Thời gian hẹn trả kết quả mới', formatDateTimeLong(extension.newDueAt), true),
      ...(extensions.length > 1 ? [field('Lần hẹn lại', String(extensions.length).padStart(2, '0'))] : []),
      paragraph(`Rất mong nhận được sự thông cảm của ${you}./.`),
    ],
    signatures: [headSignature(input.unit)],
    recipients: [`${you} ${applicant.name}`, head.centerInText, `Lưu: VT, ${head.centerSymbol}`],
    orientation: 'portrait',
  };
}

