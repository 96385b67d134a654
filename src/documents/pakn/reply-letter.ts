/**
 * The reply letter to a PAKN (văn bản trả lời phản ánh, kiến nghị, NĐ 20/2008 art. 15–16) in the
 * NĐ 30/2020 layout: the center's header numbered with the letter's number, "V/v trả lời phản
 * ánh, kiến nghị", "Kính gửi" the sender, the PAKN as received, the answer as resolved, the
 * result, and the signature of the leader who resolved it. Pure: the feature gives the state.
 */
import { dayOf } from '../../domain/calendar/local-time.ts';
import { formatDateTimeLong } from '../../domain/format/index.ts';
import { CHANNEL_NAMES, KIND_NAMES, RESULT_NAMES } from '../../domain/pakn/labels.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import { field, paragraph, type OfficialDocument } from '../model.ts';
import { letterheadOf, headSignature, type FormUnit } from '../forms/letterhead.ts';

/** The PAKN has no answer yet: nothing to print. */
export class ReplyNotReadyError extends Error {}

function senderTitle(state: PaknState): string {
  const name = state.sender.name?.trim();
  if (!name) return state.sender.kind === 'organization' ? 'Tổ chức gửi phản ánh, kiến nghị' : 'Người gửi phản ánh, kiến nghị';
  return state.sender.kind === 'organization' ? name : `Ông/Bà ${name}`;
}

export function buildPaknReplyLetter(state: PaknState, unit: FormUnit): OfficialDocument {
  const answer = state.answer;
  if (!answer) throw new ReplyNotReadyError(`Phản ánh, kiến nghị ${state.code} chưa được xử lý xong nên chưa có văn bản trả lời.`);
  const head = letterheadOf(unit);
  const addressee = senderTitle(state);
  const kind = KIND_NAMES[state.kind].toLocaleLowerCase('vi-VN');
  return {
    form: 'pakn-tra-loi',
    fileName: `tra-loi-${state.code}`,
    header: {
      governingBody: head.governingBody,
      issuingBody: head.centerName,
      number: answer.documentNumber ?? `     /${head.centerSymbol}-PAKN`,
      placeName: head.placeName,
      date: dayOf(answer.at),
    },
    // NĐ 30 puts a công văn's "V/v" under its number; the shared renderer prints a title, so the
    // subject is the title here (docs/pakn.md §9, decision).
    title: 'Trả lời phản ánh, kiến nghị',
    subtitle: `Mã số ${state.code}`,
    addressee: `Kính gửi: ${addressee}`,
    blocks: [
      paragraph(
        `${head.centerInText} nhận được ${kind} của ${addressee} qua kênh ${CHANNEL_NAMES[state.channel].charAt(0).toLocaleLowerCase('vi-VN')}${CHANNEL_NAMES[state.channel].slice(1)} ngày ${formatDateTimeLong(state.receivedAt)}, mã số ${state.code}, với nội dung như sau:`,
      ),
      paragraph(state.content, { italic: true }),
      paragraph(`Sau khi xem xét, ${head.centerInText} trả lời như sau:`),
      ...answer.answer.split(/\n+/).map((line) => paragraph(line)),
      field('Kết quả xử lý', RESULT_NAMES[answer.result], true),
      paragraph(`${head.centerInText} trân trọng thông báo để ${addressee} được biết./.`),
    ],
    signatures: [headSignature(unit)],
    recipients: [addressee, 'Lưu: VT, ' + head.centerSymbol],
    orientation: 'portrait',
  };
}
