import { describe, expect, it } from 'vitest';
import { chooseChannels, consentChangeSchema, currentConsent, CURRENT_CONSENT_VERSION, EMPTY_PREFERENCES, recordConsent, setPreferredChannel, type NoticePreferences } from './consent.ts';
import type { NoticeChannel } from './kinds.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const at = (text: string): number => parseIsoLocalDateTime(text)!;
const change = (channel: NoticeChannel, address: string, granted = true) => consentChangeSchema.parse({ channel, granted, address, textVersion: CURRENT_CONSENT_VERSION });
const allUsable = () => 'ok' as const;

describe('consent', () => {
  it('records consent per channel with its time, text version, address and officer; the latest wins', () => {
    let prefs = recordConsent(EMPTY_PREFERENCES, change('sms', '+84 912 345 678'), at('2026-12-03T09:15'), 'cb-tiepnhan1');
    prefs = recordConsent(prefs, change('email', 'An.Nguyen@Gmail.com'), at('2026-12-03T09:15'), 'cb-tiepnhan1');
    expect(currentConsent(prefs, 'sms')).toEqual({ channel: 'sms', granted: true, address: '0912345678', at: at('2026-12-03T09:15'), textVersion: 'v1-2026-12', recordedBy: 'cb-tiepnhan1' });
    expect(currentConsent(prefs, 'email')!.address).toBe('an.nguyen@gmail.com');
    expect(currentConsent(prefs, 'zalo')).toBeUndefined();
    const withdrawn = recordConsent(prefs, change('sms', '0912345678', false), at('2026-12-05T10:00'), 'citizen');
    expect(currentConsent(withdrawn, 'sms')).toMatchObject({ granted: false, recordedBy: 'citizen' });
    // Nothing is edited: the history keeps every record, and the old value is untouched.
    expect(withdrawn.records).toHaveLength(3);
    expect(prefs.records).toHaveLength(2);
  });

  it('checks the address of each channel, in Vietnamese', () => {
    const errors = (input: object) => consentChangeSchema.safeParse({ granted: true, textVersion: CURRENT_CONSENT_VERSION, ...input }).error?.issues.map((i) => i.message);
    expect(errors({ channel: 'sms', address: '0225 3842 111' })).toEqual(['Số điện thoại di động không hợp lệ: cần 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.']);
    expect(errors({ channel: 'zalo', address: '091234' })).toHaveLength(1);
    expect(errors({ channel: 'email', address: 'an.nguyen@' })).toEqual(['Địa chỉ thư điện tử không hợp lệ, ví dụ: nguyenvana@gmail.com.']);
    expect(errors({ channel: 'fax', address: 'x' })).toEqual(['Kênh gửi thông báo không hợp lệ (thư điện tử, SMS hoặc Zalo).']);
    expect(consentChangeSchema.safeParse({ channel: 'sms', address: '0912345678', textVersion: 'v0' }).error?.issues.map((i) => i.message)).toEqual([
      'Hãy chọn đồng ý hoặc không đồng ý nhận thông báo.',
      'Phiên bản nội dung đồng ý không hợp lệ.',
    ]);
  });

  it('forgets the preferred channel when its consent is withdrawn', () => {
    let prefs = recordConsent(EMPTY_PREFERENCES, change('email', 'a@b.vn'), at('2026-12-03T09:15'), 'cb');
    prefs = setPreferredChannel(prefs, 'email');
    expect(prefs.preferred).toBe('email');
    expect(recordConsent(prefs, change('email', 'a@b.vn', false), at('2026-12-04T09:15'), 'citizen').preferred).toBeUndefined();
    expect(setPreferredChannel(prefs, undefined).preferred).toBeUndefined();
  });
});

describe('chooseChannels', () => {
  const consented: NoticePreferences = [change('email', 'a@b.vn'), change('sms', '0912345678'), change('zalo', '0912345678')].reduce(
    (prefs, c) => recordConsent(prefs, c, at('2026-12-03T09:15'), 'cb'),
    EMPTY_PREFERENCES,
  );

  it('sends on the preferred channel first and keeps the others as fallbacks', () => {
    expect(chooseChannels(setPreferredChannel(consented, 'email'), allUsable)).toEqual({
      send: [
        { channel: 'email', address: 'a@b.vn' },
        { channel: 'zalo', address: '0912345678' },
        { channel: 'sms', address: '0912345678' },
      ],
      skipped: [],
    });
    expect(chooseChannels(consented, allUsable).send.map((s) => s.channel)).toEqual(['zalo', 'sms', 'email']);
  });

  it('skips, with a reason, what lacks consent, configuration or an approved template', () => {
    const prefs = recordConsent(consented, change('sms', '0912345678', false), at('2026-12-04T09:00'), 'citizen');
    const onlySms = recordConsent(EMPTY_PREFERENCES, change('sms', '0912345678'), at('2026-12-03T09:15'), 'cb');
    expect(chooseChannels(prefs, (c) => (c === 'zalo' ? 'no_template' : 'ok'))).toEqual({
      send: [{ channel: 'email', address: 'a@b.vn' }],
      skipped: [
        { channel: 'zalo', reason: 'no_template' },
        { channel: 'sms', reason: 'consent_withdrawn' },
      ],
    });
    expect(chooseChannels(onlySms, (c) => (c === 'sms' ? 'not_configured' : 'ok'))).toEqual({
      send: [],
      skipped: [
        { channel: 'zalo', reason: 'no_consent' },
        { channel: 'sms', reason: 'not_configured' },
        { channel: 'email', reason: 'no_consent' },
      ],
    });
    expect(chooseChannels(EMPTY_PREFERENCES, allUsable).send).toEqual([]);
  });
});
