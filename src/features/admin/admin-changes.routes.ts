/** The configuration change log (GET /api/admin/changes). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoInstantWithOffset } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { readAdminChanges } from './list-admin-changes.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

export function registerAdminChangeRoutes(app: ZodApp, ctx: AppContext): void {
  const changeSchema = z.object({
    id: z.number(),
    at: z.string(),
    kind: z.string(),
    kindName: z.string(),
    unitCode: z.string().nullable(),
    target: z.string(),
    actor: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable(),
    before: z.unknown(),
    after: z.unknown(),
  });
  app.get(
    '/admin/changes',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Nhật ký thay đổi cấu hình (lịch, đơn vị, thủ tục, phòng, người dùng, cấu hình nhập, khóa API), mới nhất trước',
        querystring: z.object({
          unitCode: z.string().trim().min(1).max(60).optional(),
          limit: z.coerce.number().int().min(1, { error: 'số dòng phải từ 1 đến 200' }).max(200, { error: 'số dòng phải từ 1 đến 200' }).default(50),
          beforeId: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
        }),
        response: { 200: z.object({ items: z.array(changeSchema), nextBeforeId: z.number().nullable() }), ...errors },
      },
    },
    async (request) => {
      const { items, nextBeforeId } = await readAdminChanges(ctx, currentUser(request), request.query);
      return { items: items.map((item) => ({ ...item, at: isoInstantWithOffset(item.at) })), nextBeforeId };
    },
  );
}
