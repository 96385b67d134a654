import { describe, expect, it } from 'vitest';
import { configuredChannels, emailConfigSchema, noticeChannelsConfigSchema, redactChannelsConfig, smsGatewayConfigSchema, zaloZnsConfigSchema, ZNS_ENDPOINT } from './config.ts';
import { createChannelAdapters } from './index.ts';
import { newLookupToken } from './lookup-token.ts';
import { isLookupToken } from '../../domain/lookup/token.ts';

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }): string[] => result.error?.issues.map((i) => i.message) ?? [];
const from = { name: 'Trung tâm PVHCC', address: 'motcua@giavien.vn' };
const smsBase = { url: 'https://sms.example.vn/send', body: { to: '{phone}', text: '{message}' }, brandname: 'UBND GIAVIEN' };

describe('channel configuration', () => {
  it('is off until configured, per channel', () => {
    const none = noticeChannelsConfigSchema.parse({});
    expect(configuredChannels(none)).toEqual([]);
    expect(createChannelAdapters(none)).toEqual({});
    const some = noticeChannelsConfigSchema.parse({ email: { host: 'smtp.giavien.vn', from }, zalo: { accessToken: 'x', enabled: false } });
    expect(configuredChannels(some)).toEqual(['email']);
    expect(Object.keys(createChannelAdapters(some))).toEqual(['email']);
    expect(some.email).toMatchObject({ port: 587, security: 'starttls', timeoutMs: 20_000 });
    expect(some.zalo!.endpoint).toBe(ZNS_ENDPOINT);
  });

  it('refuses unsafe or incomplete settings in Vietnamese', () => {
    expect(messages(emailConfigSchema.safeParse({ host: 'smtp.giavien.vn', security: 'none', from }))).toEqual([
      'Gửi thư không mã hóa chỉ được dùng với máy chủ thư trên chính máy này; hãy chọn starttls hoặc tls.',
    ]);
    expect(messages(emailConfigSchema.safeParse({ host: 'smtp.giavien.vn', user: 'motcua', from }))).toEqual(['Nhập cả tên đăng nhập và mật khẩu SMTP, hoặc bỏ trống cả hai.']);
    expect(messages(emailConfigSchema.safeParse({ host: '', from: { name: '', address: 'x' } }))).toEqual(['Nhập địa chỉ máy chủ gửi thư (SMTP).', 'Nhập tên người gửi.', 'Địa chỉ thư người gửi không hợp lệ.']);
    expect(messages(smsGatewayConfigSchema.safeParse({ ...smsBase, url: 'http://sms.example.vn/send' }))).toEqual([
      'Địa chỉ cổng SMS phải dùng https:// (http:// chỉ dùng được với máy chủ trên chính máy này).',
    ]);
    expect(messages(smsGatewayConfigSchema.safeParse({ ...smsBase, body: { to: '{phone}', text: '{noiDung}' } }))).toEqual([
      'Mẫu nội dung gửi cổng SMS dùng {noiDung}; chỉ được dùng {phone}, {message}, {brandname}, {requestId}.',
      'Mẫu nội dung gửi cổng SMS phải có {message}.',
    ]);
    expect(messages(zaloZnsConfigSchema.safeParse({ accessToken: ' ' }))).toEqual(['Nhập access token của Zalo Official Account.']);
    expect(smsGatewayConfigSchema.safeParse({ ...smsBase, url: 'http://127.0.0.1:8080/send' }).success).toBe(true);
  });

  it('never repeats a secret in an error, and masks every secret for display', () => {
    const secret = 'mat-khau-smtp-2026';
    const bad = emailConfigSchema.safeParse({ host: 'smtp.giavien.vn', password: secret, port: 'x', from });
    expect(JSON.stringify(bad.error)).not.toContain(secret);
    const config = noticeChannelsConfigSchema.parse({
      email: { host: 'smtp.giavien.vn', user: 'motcua', password: secret, from },
      sms: { ...smsBase, headers: { Authorization: 'Bearer sms-secret' } },
      zalo: { accessToken: 'zalo-secret' },
    });
    const shown = JSON.stringify(redactChannelsConfig(config));
    for (const value of [secret, 'sms-secret', 'zalo-secret']) expect(shown).not.toContain(value);
    expect(shown).toContain('"Authorization":"••••••"');
    expect(redactChannelsConfig(config).email!.user).toBe('motcua');
  });
});

describe('lookup tokens', () => {
  it('draws well-formed, distinct 128-bit tokens', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newLookupToken));
    expect(tokens.size).toBe(1000);
    for (const token of tokens) expect(isLookupToken(token)).toBe(true);
  });
});
