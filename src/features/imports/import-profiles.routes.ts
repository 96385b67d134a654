/** Mapping profiles per source system and unit (import-profiles.ts). */
import { z } from 'zod';
import { IMPORT_FIELDS } from '../../domain/import/fields.ts';
import { IMPORT_STATUSES } from '../../domain/import/status.ts';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { listProfiles, readProfile, removeProfile, saveProfile } from './import-profiles.ts';
import { errors, TAG } from './imports.routes.ts';
import type { ImportProfile } from './imports.store.ts';

const sourceParam = z.object({ source: z.string().trim().min(1).max(100) });
const profileQuery = z.object({ unitCode: z.string().trim().min(1).max(60).optional().describe('Đơn vị của cấu hình; bỏ trống: đơn vị của lãnh đạo Trung tâm, hoặc cấu hình dùng chung (quản trị)') });
const profileBody = z.object({
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().trim().min(1).max(300)).default({}),
  statuses: z.record(z.string().trim().min(1).max(200), z.enum(IMPORT_STATUSES)).default({}),
  defaultUnitCode: z.string().trim().min(1).max(60).nullable().default(null),
});
const profileSchema = z.object({
  source: z.string(),
  /** The unit whose profile this is; null: the administrators' shared profile. */
  unitCode: z.string().nullable(),
  columns: z.record(z.string(), z.string()),
  statuses: z.record(z.string(), z.string()),
  defaultUnitCode: z.string().nullable(),
  updatedAt: z.string(),
});
const presentProfile = (profile: ImportProfile): z.infer<typeof profileSchema> => ({ ...profile, updatedAt: profile.updatedAt.toISOString() });


export function registerImportProfileRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/import-profiles',
    { schema: { tags: [TAG], summary: 'Cấu hình cột theo hệ thống nguồn: của đơn vị người dùng và các cấu hình dùng chung (quản trị: tất cả)', response: { 200: z.object({ items: z.array(profileSchema) }), ...errors } } },
    async (request) => ({ items: (await listProfiles(ctx, currentUser(request))).map(presentProfile) }),
  );

  app.get(
    '/import-profiles/:source',
    { schema: { tags: [TAG], summary: 'Cấu hình cột của một hệ thống nguồn, cho một đơn vị (?unitCode=) hoặc dùng chung', params: sourceParam, querystring: profileQuery, response: { 200: profileSchema, ...errors } } },
    async (request) => presentProfile(await readProfile(ctx, currentUser(request), request.params.source, request.query.unitCode)),
  );

  app.put(
    '/import-profiles/:source',
    {
      schema: {
        tags: [TAG],
        summary: 'Lưu cấu hình cột của một hệ thống nguồn cho một đơn vị (?unitCode=; lãnh đạo Trung tâm: đơn vị mình) hoặc dùng chung (quản trị): trường → tiêu đề cột; cách ghi trạng thái riêng → trạng thái',
        params: sourceParam,
        querystring: profileQuery,
        body: profileBody,
        response: { 200: profileSchema, ...errors },
      },
    },
    async (request) => presentProfile(await saveProfile(ctx, currentUser(request), { source: request.params.source, unitCode: request.query.unitCode, ...request.body })),
  );

  app.delete(
    '/import-profiles/:source',
    { schema: { tags: [TAG], summary: 'Xóa cấu hình cột của một đơn vị hoặc dùng chung (trở về cấu hình dùng chung, hoặc nhận biết tự động)', params: sourceParam, querystring: profileQuery, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await removeProfile(ctx, currentUser(request), request.params.source, request.query.unitCode);
      return reply.status(204).send(null);
    },
  );
}
