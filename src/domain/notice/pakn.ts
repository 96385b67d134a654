/**
 * Which PAKN event tells the sender what, and with which values (w3-reply; docs/notices.md "PAKN
 * replies"). NĐ 20/2008 art. 9 and 18 (as amended): the sender of a PAKN that is not accepted is
 * told so with the reason; one outside the unit's competence is forwarded and the sender told
 * where; one handled is answered in writing. So:
 *
 * | PAKN event    | notice            |
 * |---------------|-------------------|
 * | resolved      | pakn_reply        |
 * | not_accepted  | pakn_not_accepted |
 * | forwarded     | pakn_forwarded    |
 *
 * Nothing for the other events (internal steps; the request for more information is made to the
 * sender by the officer directly), nor for events imported from another system or written by
 * the `system` actor: the national portal already answered through its own channel.
 */
import { publicTime } from '../lookup/view.ts';
import type { PaknEvent } from '../pakn/events.ts';
import { NOT_ACCEPTED_REASON_NAMES } from '../pakn/labels.ts';
import type { PaknState } from '../pakn/state.ts';
import { SKIP_REASONS, type SkipReason } from './consent.ts';
import type { NoticeChannel, PaknNoticeKind } from './kinds.ts';
import type { NoticeValues } from './placeholders.ts';
import { contactLine, type NoticeUnit } from './values.ts';

export interface PaknNoticeIntent {
  kind: PaknNoticeKind;
}

/** The path of the public PAKN page that follows one PAKN (web/src/public/pakn reads `?ma=`). */
export function paknFollowUrl(publicBaseUrl: string, code: string): string {
  return `${publicBaseUrl.replace(/\/+$/u, '')}/phan-anh-kien-nghi?ma=${encodeURIComponent(code)}`;
}

function isForeign(event: PaknEvent): boolean {
  return event.actor.role === 'system' || (event.source !== undefined && event.source !== 'motcua');
}

export function paknNoticesFor(event: PaknEvent): PaknNoticeIntent[] {
  if (isForeign(event)) return [];
  switch (event.type) {
    case 'resolved':
      return [{ kind: 'pakn_reply' }];
    case 'not_accepted':
      return [{ kind: 'pakn_not_accepted' }];
    case 'forwarded':
      return [{ kind: 'pakn_forwarded' }];
    default:
      return [];
  }
}

/** At most this many characters of the sender's content are quoted back (a summary, not the letter). */
export const SUMMARY_MAX_CHARS = 300;

export function contentSummary(state: Pick<PaknState, 'title' | 'content'>): string {
  const text = (state.title ? `${state.title}: ${state.content}` : state.content).replace(/\s+/gu, ' ').trim();
  return text.length <= SUMMARY_MAX_CHARS ? text : `${text.slice(0, SUMMARY_MAX_CHARS - 1).trimEnd()}…`;
}

/** Every placeholder value of a PAKN notice of this kind, from the PAKN's state after its event. */
export function paknNoticeValues(intent: PaknNoticeIntent, state: PaknState, unit: NoticeUnit & { publicBaseUrl: string }, channel: NoticeChannel): NoticeValues {
  const values: NoticeValues = {
    maPhanAnh: state.code,
    tenDonVi: unit.name,
    lienHe: contactLine(unit),
    ngayTiepNhanPhanAnh: publicTime(state.receivedAt).text,
    tomTatNoiDung: contentSummary(state),
    duongDanTheoDoi: paknFollowUrl(unit.publicBaseUrl, state.code),
  };
  if (channel === 'email' && state.sender.name) values.hoTen = state.sender.name;
  if (intent.kind === 'pakn_reply' && state.answer) values.noiDungTraLoi = state.answer.answer;
  if (intent.kind === 'pakn_forwarded' && state.forwarding) values.coQuanTiepNhan = state.forwarding.to;
  if (intent.kind === 'pakn_not_accepted' && state.notAccepted) {
    const { reason, note } = state.notAccepted;
    values.lyDo = note ? `${NOT_ACCEPTED_REASON_NAMES[reason]} (${note})` : NOT_ACCEPTED_REASON_NAMES[reason];
  }
  return values;
}

/** Why a PAKN notice is not sent on a channel: the dossier's reasons, said of the PAKN's sender. */
export const PAKN_SKIP_REASONS: Record<SkipReason, string> = {
  ...SKIP_REASONS,
  no_consent: 'Người gửi phản ánh, kiến nghị chưa đồng ý nhận thông báo qua kênh này.',
  consent_withdrawn: 'Người gửi phản ánh, kiến nghị đã rút lại sự đồng ý nhận thông báo qua kênh này.',
};
