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

export const zaloZnsConfigSchema = z.object({
  enabled: z.boolean().default(true),
  /** The Official Account's access token (valid about 25 hours; see docs/notices.md on refreshing it). */
  accessToken: z.string({ error: 'Nhập access token của Zalo Official Account.' }).trim().min(1, 'Nhập access token của Zalo Official Account.'),
  endpoint: serviceUrl('API Zalo ZNS').default(ZNS_ENDPOINT),
  /** development: Zalo delivers only to the OA's admins, free of charge (testing a template). */
  mode: z.enum(['production', 'development']).default('production'),
  timeoutMs: timeoutMs(10_000),
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

const MASK = '••••••';

/** The configuration as the settings page may show it: every secret masked. */
export function redactChannelsConfig(config: NoticeChannelsConfig): NoticeChannelsConfig {
  const redacted: NoticeChannelsConfig = {};
  if (config.email) redacted.email = { ...config.email, ...(config.email.password !== undefined ? { password: MASK } : {}) };
  if (config.sms) redacted.sms = { ...config.sms, headers: Object.fromEntries(Object.keys(config.sms.headers).map((name) => [name, MASK])) };
  if (config.zalo) redacted.zalo = { ...config.zalo, accessToken: MASK };
  return redacted;
}
