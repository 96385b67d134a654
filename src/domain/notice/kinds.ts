/**
 * The legal notices a citizen receives about a dossier, and the channels that carry them.
 * Each dossier notice is the electronic counterpart of a paper form (reference.md §2): the one-stop
 * rules (NĐ 61/2018 Art. 17(2)(a), Art. 19(9); carried into NĐ 118/2025) let the desk tell the
 * citizen by e-mail, text message or an authorised social network.
 */
import { z } from 'zod';

export const NOTICE_KINDS = ['receipt', 'supplement_request', 'refusal', 'stop', 'extension', 'result_ready', 'pakn_reply', 'pakn_not_accepted', 'pakn_forwarded'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const noticeKindSchema = z.enum(NOTICE_KINDS, { error: 'Loại thông báo không hợp lệ.' });

export interface NoticeKindInfo {
  /** Vietnamese name, as the leader's template page lists it. */
  name: string;
  /** The paper form it summarises, when there is one. */
  form?: string;
}

export const NOTICE_KIND_INFO: Record<NoticeKind, NoticeKindInfo> = {
  receipt: { name: 'Thông báo tiếp nhận hồ sơ và hẹn trả kết quả', form: 'Mẫu 01' },
  supplement_request: { name: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', form: 'Mẫu 02' },
  refusal: { name: 'Thông báo từ chối tiếp nhận, giải quyết hồ sơ', form: 'Mẫu 03' },
  stop: { name: 'Thông báo dừng giải quyết hồ sơ', form: 'Mẫu 05' },
  extension: { name: 'Xin lỗi và hẹn lại ngày trả kết quả', form: 'Mẫu 04' },
  result_ready: { name: 'Thông báo có kết quả giải quyết hồ sơ' },
  pakn_reply: { name: 'Trả lời phản ánh, kiến nghị' },
  pakn_not_accepted: { name: 'Thông báo không tiếp nhận phản ánh, kiến nghị' },
  pakn_forwarded: { name: 'Thông báo chuyển phản ánh, kiến nghị đến cơ quan có thẩm quyền' },
};

/** The kinds told to a PAKN's sender (NĐ 20 art. 9 and 18: not accepted with the reason, forwarded, answered). */
export const PAKN_NOTICE_KINDS = ['pakn_reply', 'pakn_not_accepted', 'pakn_forwarded'] as const satisfies readonly NoticeKind[];
export type PaknNoticeKind = (typeof PAKN_NOTICE_KINDS)[number];

export const NOTICE_CHANNELS = ['email', 'sms', 'zalo'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];
export const noticeChannelSchema = z.enum(NOTICE_CHANNELS, { error: 'Kênh gửi thông báo không hợp lệ (thư điện tử, SMS hoặc Zalo).' });

export const CHANNEL_NAMES: Record<NoticeChannel, string> = {
  email: 'Thư điện tử',
  sms: 'Tin nhắn SMS',
  zalo: 'Zalo (tin ZNS)',
};
