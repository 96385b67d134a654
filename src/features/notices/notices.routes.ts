/**
 * Staff routes of the notices (issue 17, docs/notices.md): a dossier's notices with their
 * attempts and a resend (and a PAKN's: w3-reply); a unit's channels (SMTP, SMS gateway, Zalo ZNS), secrets masked.
 */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoInstantWithOffset } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { NOTICE_CHANNELS, NOTICE_KINDS } from '../../domain/notice/kinds.ts';
import { listDossierNotices, resendNotice } from './dossier-notices.ts';
import { listPaknNotices } from './pakn-notices.ts';
import { readChannelSettings, setChannelSettings } from './channel-settings.ts';
import { sendTestNotice, TEST_CHANNELS } from './send-test-notice.ts';
import { changeNoticePreferences, readNoticePreferences } from './change-notice-preferences.ts';
import { isoWithOffset } from '../../platform/http/schemas.ts';
import { listNoticeTemplates, previewNoticeTemplate, resetNoticeTemplate, saveNoticeTemplate, type TemplateEntry } from './notice-templates.ts';

const TAG = 'Thông báo cho người dân';
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

const noticeSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTICE_KINDS),
  channel: z.enum(NOTICE_CHANNELS),
  status: z.enum(['queued', 'sending', 'sent', 'failed', 'parked', 'skipped']),
  recipient: z.string(),
  skipReason: z.string().nullable(),
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  sentAt: z.string().nullable(),
  lastError: z.string().nullable(),
  fallbackOf: z.string().nullable(),
  resend: z.boolean(),
  createdAt: z.string(),
  history: z.array(z.object({ attempt: z.number().int(), outcome: z.enum(['sent', 'failed', 'parked']), permanent: z.boolean(), reason: z.string().nullable(), at: z.string() })),
});

const preferencesSchema = z.object({
  preferred: z.enum(NOTICE_CHANNELS).nullable(),
  channels: z.array(
    z.union([
      z.object({ channel: z.enum(NOTICE_CHANNELS), granted: z.boolean(), address: z.string(), at: z.string().nullable(), textVersion: z.string() }),
      z.object({ channel: z.enum(NOTICE_CHANNELS), granted: z.null() }),
    ]),
  ),
});
const preferencesBody = z.object({
  consents: z.array(z.object({ channel: z.enum(NOTICE_CHANNELS), address: z.string().trim().min(1, { error: 'hãy nhập địa chỉ nhận thông báo' }).max(200), granted: z.boolean().default(true) })).max(3).optional(),
  preferred: z.enum(NOTICE_CHANNELS).optional(),
});
type NoticeRow = Awaited<ReturnType<typeof listDossierNotices>>[number];
const presentNotice = (row: NoticeRow): z.infer<typeof noticeSchema> => ({
  id: row.id,
  kind: row.kind as (typeof NOTICE_KINDS)[number],
  channel: row.channel as (typeof NOTICE_CHANNELS)[number],
  status: row.status as z.infer<typeof noticeSchema>['status'],
  recipient: row.recipient,
  skipReason: row.skipReason,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'queued' || row.status === 'failed' ? isoInstantWithOffset(row.nextAttemptAt) : null,
  sentAt: row.sentAt ? isoInstantWithOffset(row.sentAt) : null,
  lastError: row.lastError,
  fallbackOf: row.fallbackOf,
  resend: /\/resend-\d+$/u.test(row.idempotencyKey),
  createdAt: isoInstantWithOffset(row.createdAt),
  history: row.attemptList.map((a) => ({ attempt: a.attempt, outcome: a.outcome as 'sent' | 'failed' | 'parked', permanent: a.permanent, reason: a.reason, at: isoInstantWithOffset(a.finishedAt) })),
});

type PreferencesView = Awaited<ReturnType<typeof readNoticePreferences>>;
const presentPreferences = (view: PreferencesView): z.infer<typeof preferencesSchema> => ({
  preferred: view.preferred,
  channels: view.channels.map((c) => ('address' in c ? { ...c, at: isoWithOffset(c.at) } : c)),
});

const block = z.record(z.string(), z.unknown()).optional();
const channelsSchema = z.object({ email: block, sms: block, zalo: block });

// ─── Templates (the leader's editor) ────────────────────────────────────────
// The draft's shape only; its rules (fields known and allowed, lengths, Zalo's 400 characters)
// are the domain's (noticeTemplateSchema), reported by the preview and refused by the save.
const text = (max: number) => z.string().max(max, { error: `Nội dung tối đa ${max} ký tự.` });
const templateSchema = z.object({
  channel: z.enum(NOTICE_CHANNELS, { error: 'Kênh gửi thông báo không hợp lệ (thư điện tử, SMS hoặc Zalo).' }),
  kind: z.enum(NOTICE_KINDS, { error: 'Loại thông báo không hợp lệ.' }),
  subject: text(1000).optional(),
  body: text(10000).optional(),
  templateId: text(100).optional(),
  params: z.array(z.object({ key: text(100), value: text(1000), maxLength: z.number().int().min(0).max(10000) })).max(50).optional(),
  sample: text(4000).optional(),
});
const smsLengthSchema = z.object({ encoding: z.enum(['gsm7', 'ucs2']), units: z.number().int(), parts: z.number().int() });
const previewSchema = z.object({
  valid: z.boolean(),
  problems: z.array(z.string()),
  missing: z.array(z.string()),
  warnings: z.array(z.string()),
  rendered: z
    .union([
      z.object({ channel: z.literal('email'), subject: z.string(), text: z.string() }),
      z.object({ channel: z.literal('sms'), text: z.string(), length: smsLengthSchema }),
      z.object({ channel: z.literal('zalo'), templateId: z.string(), data: z.record(z.string(), z.string()) }),
    ])
    .optional(),
  sms: z.object({ withDiacritics: smsLengthSchema, withoutDiacritics: smsLengthSchema }).optional(),
});
const templateEntrySchema = z.object({
  kind: z.enum(NOTICE_KINDS),
  kindName: z.string(),
  channel: z.enum(NOTICE_CHANNELS),
  channelName: z.string(),
  custom: z.boolean(),
  updatedAt: z.string().nullable(),
  template: templateSchema,
  fields: z.array(z.object({ name: z.string(), label: z.string() })),
});
const unitParams = z.object({ code: z.string().trim().min(1).max(60) });
const templateParams = unitParams.extend({
  kind: z.enum(NOTICE_KINDS, { error: 'Loại thông báo không hợp lệ.' }),
  channel: z.enum(NOTICE_CHANNELS, { error: 'Kênh gửi thông báo không hợp lệ (thư điện tử, SMS hoặc Zalo).' }),
});
const presentEntry = (e: TemplateEntry): z.infer<typeof templateEntrySchema> => ({
  ...e,
  updatedAt: e.updatedAt ? isoInstantWithOffset(e.updatedAt) : null,
  template: e.template as z.infer<typeof templateSchema>,
});

function registerTemplateRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/units/:code/notice-templates',
    {
      schema: {
        tags: [TAG],
        summary: 'Các mẫu thông báo của đơn vị (mỗi loại thông báo và kênh: mẫu riêng của đơn vị hoặc mẫu mặc định), với các trường được dùng',
        params: unitParams,
        response: { 200: z.object({ items: z.array(templateEntrySchema) }), ...errors },
      },
    },
    async (request) => ({ items: (await listNoticeTemplates(ctx, currentUser(request), request.params.code)).map(presentEntry) }),
  );

  app.post(
    '/units/:code/notice-templates/preview',
    {
      schema: {
        tags: [TAG],
        summary: 'Xem trước một mẫu thông báo đang sửa, với dữ liệu mẫu hoặc dữ liệu của một hồ sơ của đơn vị; liệt kê các lỗi cần sửa',
        params: unitParams,
        body: z.object({ template: templateSchema, dossierCode: z.string().trim().min(1, { error: 'Hãy nhập mã hồ sơ.' }).max(100).optional() }),
        response: { 200: previewSchema, ...errors },
      },
    },
    async (request) => previewNoticeTemplate(ctx, currentUser(request), request.params.code, request.body.template, request.body.dossierCode),
  );

  app.put(
    '/units/:code/notice-templates/:kind/:channel',
    {
      schema: {
        tags: [TAG],
        summary: 'Lưu mẫu thông báo riêng của đơn vị cho một loại thông báo và kênh (thay mẫu mặc định)',
        params: templateParams,
        body: z.object({ template: templateSchema }),
        response: { 200: templateEntrySchema, ...errors },
      },
    },
    async (request) => presentEntry(await saveNoticeTemplate(ctx, currentUser(request), request.params.code, request.params.kind, request.params.channel, request.body.template)),
  );

  app.delete(
    '/units/:code/notice-templates/:kind/:channel',
    {
      schema: {
        tags: [TAG],
        summary: 'Bỏ mẫu riêng của đơn vị, dùng lại mẫu thông báo mặc định',
        params: templateParams,
        response: { 200: templateEntrySchema, ...errors },
      },
    },
    async (request) => presentEntry(await resetNoticeTemplate(ctx, currentUser(request), request.params.code, request.params.kind, request.params.channel)),
  );
}

export function registerNoticeRoutes(app: ZodApp, ctx: AppContext): void {
  registerTemplateRoutes(app, ctx);
  app.get(
    '/dossiers/:code/notices',
    {
      schema: {
        tags: [TAG],
        summary: 'Các thông báo đã gửi hoặc chờ gửi cho người nộp hồ sơ, với từng lần gửi',
        params: z.object({ code: z.string().trim().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(noticeSchema) }), ...errors },
      },
    },
    async (request) => ({ items: (await listDossierNotices(ctx, currentUser(request), request.params.code)).map(presentNotice) }),
  );

  app.get(
    '/pakn/:code/notices',
    {
      schema: {
        tags: [TAG],
        summary: 'Các thông báo đã gửi hoặc chờ gửi cho người gửi phản ánh, kiến nghị (trả lời, không tiếp nhận, chuyển), với từng lần gửi',
        params: z.object({ code: z.string().trim().min(1).max(150) }),
        response: { 200: z.object({ items: z.array(noticeSchema) }), ...errors },
      },
    },
    async (request) => ({ items: (await listPaknNotices(ctx, currentUser(request), request.params.code)).map(presentNotice) }),
  );

  app.post(
    '/notices/:id/resend',
    {
      schema: {
        tags: [TAG],
        summary: 'Gửi lại một thông báo (đã gửi hoặc đã dừng gửi)',
        params: z.object({ id: z.uuid({ error: 'mã thông báo không hợp lệ' }) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await resendNotice(ctx, currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/units/:code/notice-channels',
    {
      schema: {
        tags: [TAG],
        summary: 'Cấu hình kênh gửi thông báo của đơn vị (thư điện tử, SMS, Zalo); mật khẩu và khóa được che',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        response: { 200: channelsSchema, ...errors },
      },
    },
    async (request) => readChannelSettings(ctx, currentUser(request), request.params.code),
  );

  app.put(
    '/units/:code/notice-channels',
    {
      schema: {
        tags: [TAG],
        summary: 'Đặt cấu hình kênh gửi thông báo của đơn vị; kênh không có trong cấu hình là kênh tắt',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        body: channelsSchema,
        response: { 200: channelsSchema, ...errors },
      },
    },
    async (request) => setChannelSettings(ctx, currentUser(request), request.params.code, request.body),
  );

  app.post(
    '/units/:code/notice-channels/test',
    {
      schema: {
        tags: [TAG],
        summary: 'Gửi thử một thư hoặc tin nhắn qua kênh thư điện tử hoặc SMS đã lưu của đơn vị, tới địa chỉ người cấu hình nhập',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        body: z.object({
          channel: z.enum(TEST_CHANNELS, { error: 'Chỉ gửi thử được qua thư điện tử hoặc SMS (Zalo chỉ gửi mẫu ZNS đã được duyệt).' }),
          to: z.string().trim().min(1, { error: 'Hãy nhập địa chỉ hoặc số điện thoại nhận tin thử.' }).max(200),
        }),
        response: { 200: z.object({ sent: z.boolean(), message: z.string() }), ...errors },
      },
    },
    async (request) => sendTestNotice(ctx, currentUser(request), request.params.code, request.body),
  );

  app.get(
    '/dossiers/:code/notice-preferences',
    {
      schema: {
        tags: [TAG],
        summary: 'Sự đồng ý nhận thông báo của người nộp hồ sơ theo từng kênh, và kênh ưu tiên',
        params: z.object({ code: z.string().trim().min(1).max(100) }),
        response: { 200: preferencesSchema, ...errors },
      },
    },
    async (request) => presentPreferences(await readNoticePreferences(ctx, currentUser(request), request.params.code)),
  );

  app.put(
    '/dossiers/:code/notice-preferences',
    {
      schema: {
        tags: [TAG],
        summary: 'Ghi nhận người nộp hồ sơ đồng ý hoặc rút lại đồng ý nhận thông báo qua một kênh, hoặc đổi kênh ưu tiên',
        params: z.object({ code: z.string().trim().min(1).max(100) }),
        body: preferencesBody,
        response: { 200: preferencesSchema, ...errors },
      },
    },
    async (request) => presentPreferences(await changeNoticePreferences(ctx, currentUser(request), request.params.code, request.body)),
  );
}
