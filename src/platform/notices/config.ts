/**
 * The configuration of a unit's notice channels, one optional block per channel: a channel
 * without a block (or with `enabled: false`) is off. Secrets (SMTP password, gateway headers,
 * Zalo access token) are never logged nor shown back: `redactChannelsConfig` masks them, and
 * the Zod messages below never repeat a value.
 */
import { z } from 'zod';
import type { NoticeChannel } from '../../domain/notice/kinds.ts';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/u;
const isLoopbackHost = (host: string): boolean => LOOPBACK.test(host.toLowerCase());

const timeoutMs = (fallback: number) =>
  z
    .number({ error: 'Thời gian chờ phải là một số (mili giây).' })
    .int('Thời gian chờ phải là số nguyên (mili giây).')
    .min(100, 'Thời gian chờ ít nhất 100 mili giây.')
    .max(120_000, 'Thời gian chờ tối đa 120 giây.')
    .default(fallback);

/** An https address; plain http only to this machine (a local relay, or tests). */
const serviceUrl = (what: string) =>
  z
    .string({ error: `Thiếu địa chỉ ${what}.` })
    .trim()
    .refine((text) => URL.canParse(text), `Địa chỉ ${what} không hợp lệ, ví dụ https://api.example.vn/send.`)
    .refine((text) => {
      if (!URL.canParse(text)) return true;
      const url = new URL(text);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
    }, `Địa chỉ ${what} phải dùng https:// (http:// chỉ dùng được với máy chủ trên chính máy này).`);

export const emailConfigSchema = z
  .object({
    enabled: z.boolean().default(true),
    host: z.string({ error: 'Nhập địa chỉ máy chủ gửi thư (SMTP).' }).trim().min(1, 'Nhập địa chỉ máy chủ gửi thư (SMTP).'),
    port: z.number({ error: 'Cổng SMTP phải là một số.' }).int().min(1, 'Cổng SMTP từ 1 đến 65535.').max(65_535, 'Cổng SMTP từ 1 đến 65535.').default(587),
    /** starttls: upgrade on 587 (required); tls: TLS from the start (465); none: only to this machine. */
    security: z.enum(['starttls', 'tls', 'none'], { error: 'Chế độ bảo mật SMTP là starttls, tls hoặc none.' }).default('starttls'),
    user: z.string().trim().min(1, 'Tên đăng nhập SMTP không được để trống.').optional(),
    password: z.string().min(1, 'Mật khẩu SMTP không được để trống.').optional(),
    from: z.object(
      {
        name: z.string({ error: 'Nhập tên người gửi.' }).trim().min(1, 'Nhập tên người gửi.').max(100, 'Tên người gửi tối đa 100 ký tự.'),
        address: z.string({ error: 'Nhập địa chỉ thư người gửi.' }).trim().pipe(z.email({ error: 'Địa chỉ thư người gửi không hợp lệ.' })),
      },
      { error: 'Nhập tên và địa chỉ thư người gửi.' },
    ),
    timeoutMs: timeoutMs(20_000),
  })
  .superRefine((config, ctx) => {
    if ((config.user === undefined) !== (config.password === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Nhập cả tên đăng nhập và mật khẩu SMTP, hoặc bỏ trống cả hai.' });
    }
    if (config.security === 'none' && !isLoopbackHost(config.host)) {
      ctx.addIssue({ code: 'custom', path: ['security'], message: 'Gửi thư không mã hóa chỉ được dùng với máy chủ thư trên chính máy này; hãy chọn starttls hoặc tls.' });
    }
  });
export type EmailConfig = z.output<typeof emailConfigSchema>;

/** Names a gateway's JSON body may use. */
export const SMS_BODY_FIELDS = ['phone', 'message', 'brandname', 'requestId'] as const;

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const smsGatewayConfigSchema = z
  .object({
    enabled: z.boolean().default(true),
    url: serviceUrl('cổng SMS'),
    method: z.enum(['POST', 'PUT'], { error: 'Phương thức gọi cổng SMS là POST hoặc PUT.' }).default('POST'),
    /** E.g. { Authorization: "Bearer …" }: every value is treated as a secret. */
    headers: z.record(z.string(), z.string()).default({}),
    /** The JSON body, with {phone} {message} {brandname} {requestId} inside its strings. */
    body: z.json({ error: 'Mẫu nội dung gửi cổng SMS phải là JSON.' }),
    brandname: z.string({ error: 'Nhập tên thương hiệu (brandname) đã đăng ký.' }).trim().min(1, 'Nhập tên thương hiệu (brandname) đã đăng ký.').max(20, 'Brandname tối đa 20 ký tự.'),
    /** national: 0912345678; international: 84912345678. */
    phoneFormat: z.enum(['national', 'international']).default('international'),
    /** false: the gateway or brandname cannot send Unicode; diacritics are removed. */
    unicode: z.boolean().default(true),
    /** How the gateway says yes: the value at `path` (dots, e.g. "result.code") is one of `equals`. Absent: any 2xx. */
    success: z.object({ path: z.string().trim().min(1, 'Nhập đường dẫn tới mã kết quả, ví dụ "CodeResult".'), equals: z.array(scalar).min(1, 'Nhập ít nhất một giá trị báo thành công.') }).optional(),
    /** Result values that will never succeed for this message (bad number, blocked subscriber…). Others are retried. */
    permanentErrors: z.array(scalar).default([]),
    /** Where the gateway's message id is in its answer (dots); else the request id is kept. */
    providerIdPath: z.string().trim().min(1).optional(),
    timeoutMs: timeoutMs(10_000),
  })
  .superRefine((config, ctx) => {
    const names = new Set<string>();
    for (const text of stringsOf(config.body)) {
      for (const name of parseTemplateNames(text)) names.add(name);
    }
    for (const name of names) {
      if (!(SMS_BODY_FIELDS as readonly string[]).includes(name)) {
        ctx.addIssue({ code: 'custom', path: ['body'], message: `Mẫu nội dung gửi cổng SMS dùng {${name}}; chỉ được dùng {phone}, {message}, {brandname}, {requestId}.` });
      }
    }
    for (const required of ['phone', 'message']) {
      if (!names.has(required)) ctx.addIssue({ code: 'custom', path: ['body'], message: `Mẫu nội dung gửi cổng SMS phải có {${required}}.` });
    }
  });
export type SmsGatewayConfig = z.output<typeof smsGatewayConfigSchema>;

/** The {names} in a text (the gateway body uses its own names, not the notice placeholders). */
export function parseTemplateNames(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z]+)\}/gu)].map((m) => m[1]!);
}

export const ZNS_ENDPOINT = 'https://business.openapi.zalo.me/message/template';

/** Zalo's OAuth v4 token endpoint for an Official Account (the refresh of an access token). */
export const ZALO_TOKEN_ENDPOINT = 'https://oauth.zaloapp.com/v4/oa/access_token';

export const zaloZnsConfigSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** The Official Account's access token (valid about 25 hours; renewed with the refresh token, docs/notices.md). */
    accessToken: z.string().trim().min(1, 'Nhập access token của Zalo Official Account.').optional(),
    /** When the access token expires (set by the refresher from Zalo's `expires_in`; absent: unknown). */
    accessTokenExpiresAt: z.iso.datetime({ offset: true, error: 'Thời điểm hết hạn của access token không hợp lệ.' }).optional(),
    /** When the last refresh failed (the refresher waits a few minutes before trying again; a save clears it). */
    refreshFailedAt: z.iso.datetime({ offset: true }).optional(),
    /** The app that manages the OA (developers.zalo.me), its secret key, and the single-use refresh token. */
    appId: z.string().trim().min(1, 'Nhập App ID của ứng dụng Zalo.').max(64, 'App ID tối đa 64 ký tự.').optional(),
    secretKey: z.string().trim().min(1, 'Nhập khóa bí mật (secret key) của ứng dụng Zalo.').optional(),
    refreshToken: z.string().trim().min(1, 'Nhập refresh token của Zalo Official Account.').optional(),
    endpoint: serviceUrl('API Zalo ZNS').default(ZNS_ENDPOINT),
    tokenEndpoint: serviceUrl('cấp token Zalo').default(ZALO_TOKEN_ENDPOINT),
    /** development: Zalo delivers only to the OA's admins, free of charge (testing a template). */
    mode: z.enum(['production', 'development']).default('production'),
    timeoutMs: timeoutMs(10_000),
  })
  .superRefine((config, ctx) => {
    if (config.accessToken === undefined && config.refreshToken === undefined) {
      ctx.addIssue({ code: 'custom', path: ['accessToken'], message: 'Nhập access token của Zalo Official Account.' });
    }
    if (config.refreshToken !== undefined && (config.appId === undefined || config.secretKey === undefined)) {
      ctx.addIssue({ code: 'custom', path: [config.appId === undefined ? 'appId' : 'secretKey'], message: 'Để tự làm mới access token, nhập cả App ID và khóa bí mật của ứng dụng Zalo.' });
    }
  });
export type ZaloZnsConfig = z.output<typeof zaloZnsConfigSchema>;

export const noticeChannelsConfigSchema = z.object({
  email: emailConfigSchema.optional(),
  sms: smsGatewayConfigSchema.optional(),
  zalo: zaloZnsConfigSchema.optional(),
});
export type NoticeChannelsConfig = z.output<typeof noticeChannelsConfigSchema>;

/** The channels a unit can send on: configured and enabled. */
export function configuredChannels(config: NoticeChannelsConfig): NoticeChannel[] {
  return (['email', 'sms', 'zalo'] as const).filter((channel) => config[channel]?.enabled === true);
}

/** What the settings page shows in place of a secret; sent back unchanged, it keeps the stored secret. */
export const SECRET_MASK = '••••••';
const MASK = SECRET_MASK;

/** The configuration as the settings page may show it: every secret masked. */
export function redactChannelsConfig(config: NoticeChannelsConfig): NoticeChannelsConfig {
  const redacted: NoticeChannelsConfig = {};
  if (config.email) redacted.email = { ...config.email, ...(config.email.password !== undefined ? { password: MASK } : {}) };
  if (config.sms) redacted.sms = { ...config.sms, headers: Object.fromEntries(Object.keys(config.sms.headers).map((name) => [name, MASK])) };
  if (config.zalo) {
    redacted.zalo = { ...config.zalo };
    for (const key of ZALO_SECRETS) if (config.zalo[key] !== undefined) redacted.zalo[key] = MASK;
  }
  return redacted;
}

const ZALO_SECRETS = ['accessToken', 'secretKey', 'refreshToken'] as const;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The configuration typed on the settings page with each secret left as the mask replaced by the
 * stored one (a secret is changed only when retyped). Unknown shapes are passed through for the
 * schema to refuse. A Zalo access token kept as it was keeps its expiry; a retyped one loses it.
 */
export function keepStoredSecrets(input: unknown, stored: NoticeChannelsConfig): unknown {
  if (!isObject(input)) return input;
  const result: Json = { ...input };
  const email = input.email;
  if (isObject(email) && email.password === MASK) result.email = { ...email, password: stored.email?.password };
  const sms = input.sms;
  if (isObject(sms) && isObject(sms.headers)) {
    const headers = Object.fromEntries(Object.entries(sms.headers).map(([name, value]) => [name, value === MASK ? stored.sms?.headers[name] : value]));
    result.sms = { ...sms, headers };
  }
  const zalo = input.zalo;
  if (isObject(zalo)) {
    const kept: Json = { ...zalo };
    for (const key of ZALO_SECRETS) if (zalo[key] === MASK) kept[key] = stored.zalo?.[key];
    delete kept.accessTokenExpiresAt;
    delete kept.refreshFailedAt;
    if (zalo.accessToken === MASK && stored.zalo?.accessTokenExpiresAt) kept.accessTokenExpiresAt = stored.zalo.accessTokenExpiresAt;
    result.zalo = kept;
  }
  return result;
}

/** Paths whose values hold secrets: the change log says only that they changed. */
export function isSecretPath(path: readonly string[]): boolean {
  const [channel, key] = path;
  return (channel === 'email' && key === 'password') || (channel === 'sms' && key === 'headers') || (channel === 'zalo' && (ZALO_SECRETS as readonly string[]).includes(key ?? ''));
}

/** What the change log shows for a changed secret: never its value. */
export const SECRET_CHANGED = 'đã thay đổi';

function flatten(value: unknown, path: string[], out: Map<string, unknown>): void {
  const leaf = !isObject(value) || isSecretPath(path) || (path[0] === 'sms' && ['body', 'success'].includes(path[1] ?? ''));
  if (leaf && path.length > 0) {
    out.set(path.join('.'), isObject(value) || Array.isArray(value) ? JSON.stringify(value) : value);
    return;
  }
  if (isObject(value)) for (const [key, inner] of Object.entries(value)) flatten(inner, [...path, key], out);
}

/**
 * The fields of a channel configuration that a save changed, flat ("email.host", "zalo.appId"),
 * before and after; a secret's value is replaced by the mask before and by "đã thay đổi" after.
 */
export function channelConfigChanges(before: NoticeChannelsConfig, after: NoticeChannelsConfig): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const was = new Map<string, unknown>();
  const now = new Map<string, unknown>();
  flatten(before, [], was);
  flatten(after, [], now);
  const changes = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    if (JSON.stringify(was.get(key)) === JSON.stringify(now.get(key))) continue;
    const secret = isSecretPath(key.split('.'));
    changes.before[key] = secret ? (was.has(key) ? MASK : null) : (was.get(key) ?? null);
    changes.after[key] = secret ? (now.has(key) ? SECRET_CHANGED : null) : (now.get(key) ?? null);
  }
  return changes;
}
