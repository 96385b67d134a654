/**
 * Staff routes of the notices (issue 17, docs/notices.md): a dossier's notices with their
 * attempts and a resend; a unit's channels (SMTP, SMS gateway, Zalo ZNS), secrets masked.
 */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoInstantWithOffset } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { NOTICE_CHANNELS, NOTICE_KINDS } from '../../domain/notice/kinds.ts';
import { listDossierNotices, resendNotice } from './dossier-notices.ts';
import { readChannelSettings, setChannelSettings } from './channel-settings.ts';
import { changeNoticePreferences, readNoticePreferences } from './change-notice-preferences.ts';
import { isoWithOffset } from '../../platform/http/schemas.ts';

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
type PreferencesView = Awaited<ReturnType<typeof readNoticePreferences>>;
const presentPreferences = (view: PreferencesView): z.infer<typeof preferencesSchema> => ({
  preferred: view.preferred,
  channels: view.channels.map((c) => ('address' in c ? { ...c, at: isoWithOffset(c.at) } : c)),
});

const block = z.record(z.string(), z.unknown()).optional();
const channelsSchema = z.object({ email: block, sms: block, zalo: block });

export function registerNoticeRoutes(app: ZodApp, ctx: AppContext): void {
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
    async (request) => {
      const rows = await listDossierNotices(ctx, currentUser(request), request.params.code);
      return {
        items: rows.map((row) => ({
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
        })),
      };
    },
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
