/**
 * The push API: another system sends a batch of dossiers with its key, checked before the body
 * is read (push-dossiers.ts).
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { errors, TAG } from './imports.routes.ts';
import type { PushKey } from './imports.store.ts';
import { PUSH_MAX_ITEMS, pushDossiers, pushKeyOf } from './push-dossiers.ts';

const pushItemSchema = z.object({
  eventId: z.string().trim().min(1).max(200).optional().describe('Mã bản ghi trong hệ thống nguồn (lưu kèm sự kiện)'),
  dossierCode: z.string().trim().min(1).max(100).describe('Mã hồ sơ, có hoặc không có tiền tố mã đơn vị'),
  unitCode: z.string().trim().min(1).max(100).optional(),
  procedureCode: z.string().trim().min(1).max(64).optional(),
  procedureName: z.string().trim().min(1).max(500).optional(),
  field: z.string().trim().min(1).max(200).optional(),
  applicant: z.object({ name: z.string().trim().max(300).optional(), idNumber: z.string().trim().max(20).optional(), address: z.string().trim().max(500).optional(), phone: z.string().trim().max(20).optional() }).optional(),
  channel: z.string().trim().max(50).optional().describe('Trực tiếp / Trực tuyến / Bưu chính, hoặc 1 / 2 / 3'),
  receivedAt: z.string().trim().max(40).optional().describe('Giờ Việt Nam: 2026-03-02T08:30, 02/03/2026 08:30, hoặc ISO có múi giờ'),
  dueAt: z.string().trim().max(40).optional(),
  resultAt: z.string().trim().max(40).optional(),
  returnedAt: z.string().trim().max(40).optional(),
  status: z.union([z.string().trim().max(100), z.number().int().min(1).max(10)]).optional().describe('Trạng thái như hệ thống nguồn ghi, hoặc mã trạng thái quốc gia 1–10'),
  fee: z.union([z.number().int().min(0), z.string().trim().max(40)]).optional(),
  paidOnline: z.union([z.boolean(), z.string().trim().max(20)]).optional(),
  department: z.string().trim().max(100).optional(),
  extra: z.record(z.string().max(200), z.string().max(2000)).optional(),
});

export function registerPushRoutes(app: ZodApp, ctx: AppContext): void {
  /** The key of each push request, checked in onRequest (before the body is parsed). */
  const pushKeys = new WeakMap<FastifyRequest, PushKey>();
  app.post(
    '/push/dossiers',
    {
      config: { public: true },
      // The key first: a request without a valid key is refused before its body is read or parsed.
      onRequest: async (request) => {
        const header = request.headers['x-api-key'];
        const bearer = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
        pushKeys.set(request, await pushKeyOf(ctx, (Array.isArray(header) ? header[0] : header) ?? bearer));
      },
      schema: {
        tags: [TAG],
        summary: `Hệ thống khác đẩy một lô hồ sơ (tối đa ${PUSH_MAX_ITEMS}); xác thực bằng khóa API (X-Api-Key hoặc Authorization: Bearer)`,
        description: 'Mỗi phần tử là trạng thái hiện tại của một hồ sơ ở hệ thống nguồn. Cùng quy tắc gộp và chống trùng như nhập tệp: gửi lại không đổi gì; trạng thái mới hơn thêm sự kiện; cùng mã hồ sơ từ hai nguồn là một hồ sơ.',
        security: [{ sourceApiKey: [] }],
        body: z.object({ items: z.array(pushItemSchema).min(1).max(PUSH_MAX_ITEMS) }),
        response: {
          200: z.object({ jobId: z.string(), rows: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), rejected: z.number(), rejectedItems: z.array(z.object({ index: z.number(), field: z.string(), value: z.string(), reason: z.string() })) }),
          ...errors,
        },
      },
    },
    async (request) => pushDossiers(ctx, pushKeys.get(request)!, request.body.items),
  );
}
