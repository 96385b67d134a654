/**
 * The citizen's consent to notices, per channel, and the preferred channel: recorded at
 * reception, changeable at any time (Luật 91/2025/QH15: consent per purpose, silence is not
 * consent, the subject may withdraw it). Each change is a new record with its time, the version
 * of the consent text read to the citizen, the address it covers and who recorded it; the
 * latest record of a channel is in force. Nothing is ever edited or deleted.
 */
import { z } from 'zod';
import type { LocalMinute } from '../calendar/local-time.ts';
import { noticeChannelSchema, type NoticeChannel } from './kinds.ts';
import { vietnameseMobile } from './phone.ts';

/** The consent texts, by version; a new wording gets a new version, old records keep theirs. */
export const CONSENT_TEXTS = {
  'v1-2026-12': {
    email:
      'Tôi đồng ý nhận thông báo về việc giải quyết hồ sơ của tôi (tiếp nhận, yêu cầu bổ sung, từ chối, dừng giải quyết, xin lỗi và hẹn lại, có kết quả) qua thư điện tử tại địa chỉ tôi đã khai. Tôi có thể thay đổi hoặc rút lại sự đồng ý này bất cứ lúc nào.',
    sms: 'Tôi đồng ý nhận tin nhắn SMS thông báo về việc giải quyết hồ sơ của tôi (tiếp nhận, yêu cầu bổ sung, từ chối, dừng giải quyết, xin lỗi và hẹn lại, có kết quả) tại số điện thoại tôi đã khai. Tôi có thể thay đổi hoặc rút lại sự đồng ý này bất cứ lúc nào.',
    zalo: 'Tôi đồng ý nhận tin nhắn Zalo của cơ quan thông báo về việc giải quyết hồ sơ của tôi (tiếp nhận, yêu cầu bổ sung, từ chối, dừng giải quyết, xin lỗi và hẹn lại, có kết quả) tại tài khoản Zalo của số điện thoại tôi đã khai. Tôi có thể thay đổi hoặc rút lại sự đồng ý này bất cứ lúc nào.',
  },
  // w3-reply: a PAKN sender consents for another purpose (being told of their PAKN), so with another text.
  'pakn-v1-2026-12': {
    email:
      'Tôi đồng ý nhận thông báo về việc xử lý phản ánh, kiến nghị của tôi (không tiếp nhận, chuyển cơ quan có thẩm quyền, văn bản trả lời) qua thư điện tử tại địa chỉ tôi đã khai. Tôi có thể thay đổi hoặc rút lại sự đồng ý này bất cứ lúc nào.',
    sms: 'Tôi đồng ý nhận tin nhắn SMS thông báo về việc xử lý phản ánh, kiến nghị của tôi (không tiếp nhận, chuyển cơ quan có thẩm quyền, nội dung trả lời) tại số điện thoại tôi đã khai. Tôi có thể thay đổi hoặc rút lại sự đồng ý này bất cứ lúc nào.',
    zalo: 'Tôi đồng ý nhận tin nhắn Zalo của cơ quan thông báo về việc xử lý phản ánh, kiến nghị của tôi tại tài khoản Zalo của số điện thoại tôi đã khai. Tôi có thể thay đổi hoặc rút lại sự đồng ý này bất cứ lúc nào.',
  },
} as const satisfies Record<string, Record<NoticeChannel, string>>;
export type ConsentTextVersion = keyof typeof CONSENT_TEXTS;
export const CURRENT_CONSENT_VERSION: ConsentTextVersion = 'v1-2026-12';
/** The consent text read to (or shown on the public form to) a PAKN sender. */
export const PAKN_CONSENT_VERSION: ConsentTextVersion = 'pakn-v1-2026-12';

export interface ConsentRecord {
  channel: NoticeChannel;
  granted: boolean;
  /** The e-mail address or the mobile number (national form) the consent covers. */
  address: string;
  at: LocalMinute;
  textVersion: ConsentTextVersion;
  /** Officer id at the desk, or "citizen" when the citizen changed it themself. */
  recordedBy: string;
}

export interface NoticePreferences {
  /** Every change, oldest first. */
  records: readonly ConsentRecord[];
  preferred?: NoticeChannel;
}

export const EMPTY_PREFERENCES: NoticePreferences = { records: [] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** One change of consent, as the reception form or the citizen sends it (Vietnamese errors). */
export const consentChangeSchema = z
  .object({
    channel: noticeChannelSchema,
    granted: z.boolean({ error: 'Hãy chọn đồng ý hoặc không đồng ý nhận thông báo.' }),
    address: z.string({ error: 'Thiếu địa chỉ nhận thông báo.' }).trim().max(200, 'Địa chỉ nhận thông báo quá dài.'),
    textVersion: z.enum(Object.keys(CONSENT_TEXTS) as [ConsentTextVersion, ...ConsentTextVersion[]], { error: 'Phiên bản nội dung đồng ý không hợp lệ.' }),
  })
  .transform((change, ctx) => {
    if (change.channel === 'email') {
      if (!EMAIL.test(change.address)) ctx.addIssue({ code: 'custom', path: ['address'], message: 'Địa chỉ thư điện tử không hợp lệ, ví dụ: nguyenvana@gmail.com.' });
      return { ...change, address: change.address.toLowerCase() };
    }
    const mobile = vietnameseMobile(change.address);
    if (!mobile) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: 'Số điện thoại di động không hợp lệ: cần 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.' });
      return change;
    }
    return { ...change, address: mobile.national };
  });
export type ConsentChange = z.output<typeof consentChangeSchema>;

/** Appends a change: a new preferences value, the old one untouched. */
export function recordConsent(preferences: NoticePreferences, change: ConsentChange, at: LocalMinute, recordedBy: string): NoticePreferences {
  const record: ConsentRecord = { ...change, at, recordedBy };
  const next: NoticePreferences = { ...preferences, records: [...preferences.records, record] };
  // A withdrawn preferred channel is no longer preferred.
  if (!change.granted && preferences.preferred === change.channel) delete next.preferred;
  return next;
}

export function setPreferredChannel(preferences: NoticePreferences, channel: NoticeChannel | undefined): NoticePreferences {
  const next: NoticePreferences = { ...preferences };
  if (channel === undefined) delete next.preferred;
  else next.preferred = channel;
  return next;
}

/** The record in force for a channel: its latest. */
export function currentConsent(preferences: NoticePreferences, channel: NoticeChannel): ConsentRecord | undefined {
  return preferences.records.findLast((r) => r.channel === channel);
}

export type SkipReason = 'no_consent' | 'consent_withdrawn' | 'not_configured' | 'no_template';

export const SKIP_REASONS: Record<SkipReason, string> = {
  no_consent: 'Người nộp hồ sơ chưa đồng ý nhận thông báo qua kênh này.',
  consent_withdrawn: 'Người nộp hồ sơ đã rút lại sự đồng ý nhận thông báo qua kênh này.',
  not_configured: 'Đơn vị chưa cấu hình kênh gửi này.',
  no_template: 'Chưa có mẫu thông báo dùng được cho kênh này (mẫu Zalo cần mã mẫu đã được Zalo duyệt).',
};

export interface ChannelChoice {
  /** Channels to try, in order: the first is sent; the next ones are used only when the one before fails for good. */
  send: Array<{ channel: NoticeChannel; address: string }>;
  /** Channels not used, and why (recorded as "skipped" so staff see it). */
  skipped: Array<{ channel: NoticeChannel; reason: SkipReason }>;
}

/**
 * Zalo first (cheap, rich, read on the phone), then SMS (reaches every mobile), then e-mail;
 * the citizen's preferred channel always comes first.
 */
export const FALLBACK_ORDER: readonly NoticeChannel[] = ['zalo', 'sms', 'email'];

/**
 * Which channels carry a notice: those the citizen consented to, that the unit configured and
 * that have a usable template for the notice's kind; one notice goes out on one channel, the
 * others stand by as fallbacks.
 */
export function chooseChannels(preferences: NoticePreferences, usable: (channel: NoticeChannel) => 'ok' | 'not_configured' | 'no_template'): ChannelChoice {
  const order = preferences.preferred ? [preferences.preferred, ...FALLBACK_ORDER.filter((c) => c !== preferences.preferred)] : [...FALLBACK_ORDER];
  const choice: ChannelChoice = { send: [], skipped: [] };
  for (const channel of order) {
    const consent = currentConsent(preferences, channel);
    if (!consent) choice.skipped.push({ channel, reason: 'no_consent' });
    else if (!consent.granted) choice.skipped.push({ channel, reason: 'consent_withdrawn' });
    else {
      const state = usable(channel);
      if (state === 'ok') choice.send.push({ channel, address: consent.address });
      else choice.skipped.push({ channel, reason: state });
    }
  }
  return choice;
}

/** The consents and preferred channel as a form sends them (reception, PAKN register, public PAKN form). */
export const noticeChoiceSchema = z.object({
  consents: z
    .array(z.object({ channel: noticeChannelSchema, address: z.string().trim().min(1, { error: 'hãy nhập địa chỉ nhận thông báo' }).max(200), granted: z.boolean().default(true) }))
    .max(3)
    .optional(),
  preferred: noticeChannelSchema.optional(),
});
