/**
 * Escalation alerts (issue 16 §3, docs/supervision.md §9): my alerts, acknowledging one, a
 * dossier's alerts in words, and a unit's thresholds and ladder.
 */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoWithOffset } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { ALERT_REASONS } from '../../domain/supervision/alert-history.ts';
import { supervisionConfigSchema } from '../../domain/supervision/index.ts';
import type { AlertRecord } from './alerts.queries.ts';
import { acknowledgeAlert } from './acknowledge-alert.ts';
import { listDossierAlerts } from './list-dossier-alerts.ts';
import { listMyAlerts } from './list-my-alerts.ts';
import { setSupervisionSettings } from './set-supervision-settings.ts';
import { showSupervisionSettings } from './show-supervision-settings.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const unitParams = z.object({ code: z.string().trim().min(1).max(60) });

const alertSchema = z.object({
  id: z.number().int(),
  subject: z.enum(['dossier', 'pakn']),
  /** The dossier code or the PAKN code. */
  code: z.string(),
  stepCode: z.string().nullable(),
  rungId: z.string(),
  trigger: z.string(),
  /** Short reason in Vietnamese ("bước quá hạn"). */
  reason: z.string(),
  /** The alert's sentence: codes, procedure, step and date, never the citizen. */
  text: z.string(),
  addresseeNames: z.array(z.string()),
  dueAt: z.string().nullable(),
  raisedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedByName: z.string().nullable(),
  note: z.string().nullable(),
});

function alertView(alert: AlertRecord): z.infer<typeof alertSchema> {
  return {
    id: alert.id,
    subject: alert.subject,
    code: alert.subjectCode,
    stepCode: alert.stepCode,
    rungId: alert.rungId,
    trigger: alert.trigger,
    reason: ALERT_REASONS[alert.trigger as keyof typeof ALERT_REASONS] ?? alert.trigger,
    text: alert.text,
    addresseeNames: alert.addresseeNames,
    dueAt: isoWithOffset(alert.dueAt),
    raisedAt: isoWithOffset(alert.raisedAt),
    acknowledgedAt: isoWithOffset(alert.acknowledgedAt),
    acknowledgedByName: alert.acknowledgedByName ?? null,
    note: alert.note ?? null,
  };
}

const settingsResponse = z.object({ unitCode: z.string(), settings: supervisionConfigSchema, isDefault: z.boolean() });

export function registerAlertRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/alerts',
    {
      schema: {
        tags: ['Cảnh báo'],
        summary: 'Cảnh báo gửi tôi: chưa xác nhận trước, mới nhất trước; số cảnh báo chưa xác nhận',
        response: { 200: z.object({ open: z.number().int(), items: z.array(alertSchema) }), ...errors },
      },
    },
    async (request) => {
      const { open, items } = await listMyAlerts(ctx, currentUser(request));
      return { open, items: items.map(alertView) };
    },
  );

  app.post(
    '/alerts/:id/acknowledge',
    {
      schema: {
        tags: ['Cảnh báo'],
        summary: 'Xác nhận đã nhận cảnh báo (chỉ người nhận; xác nhận lại của chính mình: 200 không đổi; người khác đã xác nhận: 409)',
        params: z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) }),
        body: z.strictObject({ note: z.string().trim().max(1000).optional() }).optional(),
        response: { 200: alertSchema, ...errors },
      },
    },
    async (request) => alertView(await acknowledgeAlert(ctx, currentUser(request), request.params.id, request.body?.note || undefined)),
  );

  app.get(
    '/dossiers/:code/alerts',
    {
      schema: {
        tags: ['Cảnh báo'],
        summary: 'Cảnh báo của hồ sơ và việc xác nhận, bằng lời, theo thời gian',
        params: z.object({ code: z.string().trim().min(1).max(100) }),
        response: {
          200: z.object({
            items: z.array(z.object({ alertId: z.number().int(), kind: z.enum(['raised', 'acknowledged']), at: z.string().nullable(), description: z.string(), detail: z.string().nullable() })),
          }),
          ...errors,
        },
      },
    },
    async (request) => ({ items: (await listDossierAlerts(ctx, currentUser(request), request.params.code)).map((entry) => ({ ...entry, at: isoWithOffset(entry.at) })) }),
  );

  app.get(
    '/units/:code/supervision-settings',
    { schema: { tags: ['Cảnh báo'], summary: 'Ngưỡng cảnh báo sớm và thang báo cáo vượt cấp của đơn vị', params: unitParams, response: { 200: settingsResponse, ...errors } } },
    async (request) => showSupervisionSettings(ctx, currentUser(request), request.params.code),
  );

  app.put(
    '/units/:code/supervision-settings',
    {
      schema: {
        tags: ['Cảnh báo'],
        summary: 'Đặt ngưỡng cảnh báo sớm và thang báo cáo vượt cấp (Lãnh đạo Trung tâm của đơn vị hoặc quản trị)',
        params: unitParams,
        body: supervisionConfigSchema,
        response: { 200: settingsResponse, ...errors },
      },
    },
    async (request) => setSupervisionSettings(ctx, currentUser(request), request.params.code, request.body),
  );
}
