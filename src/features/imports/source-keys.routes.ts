/** API keys of source systems, administrators only (source-keys.ts). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { errors, TAG } from './imports.routes.ts';
import type { SourceApiKeyView } from './imports.store.ts';
import { createSourceKey, listSourceKeys, revokeSourceKey } from './source-keys.ts';

export function registerSourceKeyRoutes(app: ZodApp, ctx: AppContext): void {
  const keySchema = z.object({
    id: z.string(),
    source: z.string(),
    name: z.string(),
    keyPrefix: z.string(),
    unitCode: z.string(),
    /** Units the key writes into when an administrator set a list; null: its unit only. */
    unitCodes: z.array(z.string()).nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  });
  const presentKey = (key: SourceApiKeyView): z.infer<typeof keySchema> => ({
    ...key,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  });
  app.get('/source-keys', { schema: { tags: [TAG], summary: 'Khóa API của các hệ thống nguồn (không hiện khóa)', response: { 200: z.object({ items: z.array(keySchema) }), ...errors } } }, async (request) => ({ items: (await listSourceKeys(ctx, currentUser(request))).map(presentKey) }));

  app.post(
    '/source-keys',
    {
      schema: {
        tags: [TAG],
        summary: 'Tạo khóa API cho một hệ thống nguồn, gắn với một đơn vị (hoặc một danh sách đơn vị); khóa chỉ hiện một lần',
        body: z.object({
          source: z.string().trim().min(1).max(100),
          unitCode: z.string().trim().min(1).max(60).describe('Đơn vị của khóa: hồ sơ không ghi đơn vị thuộc đơn vị này'),
          unitCodes: z.array(z.string().trim().min(1).max(60)).min(1).max(200).optional().describe('Các đơn vị khóa được ghi hồ sơ (gồm cả unitCode); bỏ trống: chỉ unitCode'),
          name: z.string().trim().min(1).max(200).optional().describe('Tên khóa, ghi kèm mọi sự kiện khóa tạo ra; mặc định: tên hệ thống nguồn'),
        }),
        response: { 201: keySchema.extend({ key: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const created = await createSourceKey(ctx, currentUser(request), request.body);
      return reply.status(201).send({ ...presentKey(created), key: created.key });
    },
  );

  app.delete('/source-keys/:id', { schema: { tags: [TAG], summary: 'Thu hồi khóa API', params: z.object({ id: z.uuid({ error: 'mã khóa không hợp lệ' }) }), response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    await revokeSourceKey(ctx, currentUser(request), request.params.id);
    return reply.status(204).send(null);
  });
}
