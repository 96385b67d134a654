/** Administration of units: the list, a new unit, its settings, the procedures it offers, its departments and vertical agencies. */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { addDepartment } from './add-department.ts';
import { configureUnit } from './configure-unit.ts';
import { createUnit } from './create-unit.ts';
import { listDepartmentsOf } from './list-departments.ts';
import { listOfferedProcedures } from './list-offered-procedures.ts';
import { listUnitsFor } from './list-units.ts';
import { setUnitProcedures } from './set-offered-procedures.ts';
import type { UnitRow } from './units.store.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'giờ phải có dạng HH:mm, ví dụ 07:00' });

/**
 * Strict: a PUT replaces the whole settings object, so a misspelt key must not be dropped
 * silently (the settings it was meant to change would be wiped instead); it is a 400 naming it.
 */
const settingsSchema = z.strictObject({
  documentHeader: z.object({ governingBody: z.string().trim().min(1).max(200), issuingBody: z.string().trim().min(1).max(200) }).optional(),
  placeName: z.string().trim().min(1).max(100).optional(),
  signers: z.array(z.object({ title: z.string().trim().min(1).max(100), name: z.string().trim().min(1).max(100), role: z.enum(['chairman', 'vice_chairman', 'center_leader']) })).max(10).optional(),
  workingHours: z.object({ morning: z.object({ start: clock, end: clock }), afternoon: z.object({ start: clock, end: clock }) }).optional(),
  saturdayDesk: z.object({ enabled: z.boolean(), start: clock, end: clock }).optional(),
  reportPeriod: z.union([z.object({ kind: z.literal('calendar-month') }), z.object({ kind: z.literal('cutoff'), day: z.number().int().min(2).max(28) })]).optional(),
  documentSymbol: z.string().trim().min(1).max(30).regex(/^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u, { error: 'ký hiệu văn bản chỉ gồm chữ in hoa không dấu và số, ví dụ TTPVHCC' }).optional(),
  contactPhone: z.string().trim().min(1).max(30).optional(),
  publicBaseUrl: z.string().trim().max(200).regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/u, { error: 'địa chỉ tra cứu công khai phải có dạng https://tên-miền (không có dấu ? hoặc #)' }).optional(),
});

const unitSchema = z.object({ code: z.string(), name: z.string(), kind: z.string(), parentCode: z.string().nullable(), settings: settingsSchema, active: z.boolean() });
// w3-alerts: `settings.supervision` has its own route (/units/:code/supervision-settings); not shown or replaced here.
const withoutSupervision = (settings: UnitRow['settings']): UnitRow['settings'] => Object.fromEntries(Object.entries(settings ?? {}).filter(([key]) => key !== 'supervision'));
const unitView = (u: UnitRow): z.infer<typeof unitSchema> => ({ code: u.code, name: u.name, kind: u.kind, parentCode: u.parentCode, settings: withoutSupervision(u.settings), active: u.active });
const departmentView = (d: { code: string; name: string; kind: string; active: boolean }) => ({ code: d.code, name: d.name, kind: d.kind, active: d.active });

export function registerUnitRoutes(app: ZodApp, ctx: AppContext): void {
  app.get('/units', { schema: { tags: ['Quản trị'], summary: 'Danh sách đơn vị', response: { 200: z.object({ items: z.array(unitSchema) }), ...errors } } }, async (request) => ({ items: (await listUnitsFor(ctx, currentUser(request))).map(unitView) }));

  app.post(
    '/units',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Tạo đơn vị (phường, xã, thành phố)',
        body: z.object({ code: z.string().trim().min(2).max(60).regex(/^[A-Za-z0-9.\-_]+$/, { error: 'mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang' }), name: z.string().trim().min(1).max(200), kind: z.enum(['ward', 'commune', 'city']), parentCode: z.string().trim().max(60).nullable().default(null), settings: settingsSchema.default({}) }),
        response: { 201: unitSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(unitView(await createUnit(ctx, currentUser(request), request.body))),
  );

  app.put(
    '/units/:code/settings',
    { schema: { tags: ['Quản trị'], summary: 'Cấu hình đơn vị: tên trên văn bản, địa danh, người ký, giờ làm việc, kỳ báo cáo', params: z.object({ code: z.string().trim().min(1).max(60) }), body: settingsSchema, response: { 200: unitSchema, ...errors } } },
    async (request) => unitView(await configureUnit(ctx, currentUser(request), request.params.code, request.body)),
  );

  const offeredItem = z.object({ code: z.string(), name: z.string(), field: z.string(), offered: z.boolean() });

  app.get(
    '/units/:code/procedures',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Thủ tục đơn vị cung cấp (mặc định: cả danh mục đang có hiệu lực)',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        response: { 200: z.object({ all: z.boolean(), items: z.array(offeredItem) }), ...errors },
      },
    },
    async (request) => listOfferedProcedures(ctx, request.params.code),
  );

  app.put(
    '/units/:code/procedures',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Đặt danh sách thủ tục đơn vị cung cấp; tiếp nhận thủ tục ngoài danh sách sẽ bị từ chối',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        body: z.strictObject({ offered: z.array(z.string().trim().min(1).max(100)).max(1000) }),
        response: { 200: z.object({ all: z.boolean(), items: z.array(offeredItem) }), ...errors },
      },
    },
    async (request) => setUnitProcedures(ctx, currentUser(request), request.params.code, request.body.offered),
  );

  app.get(
    '/units/:code/departments',
    { schema: { tags: ['Quản trị'], summary: 'Phòng chuyên môn và cơ quan ngành dọc của đơn vị', params: z.object({ code: z.string().trim().min(1).max(60) }), response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string(), active: z.boolean() })) }), ...errors } } },
    async (request) => ({ items: (await listDepartmentsOf(ctx, request.params.code)).map(departmentView) }),
  );

  app.post(
    '/units/:code/departments',
    {
      schema: {
        tags: ['Quản trị'],
        summary: 'Thêm phòng chuyên môn hoặc cơ quan ngành dọc',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        body: z.object({ code: z.string().trim().min(1).max(60).regex(/^[a-z0-9-]+$/, { error: 'mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang' }), name: z.string().trim().min(1).max(200), kind: z.enum(['department', 'vertical_agency']) }),
        response: { 201: z.object({ code: z.string(), name: z.string(), kind: z.string(), active: z.boolean() }), ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(departmentView(await addDepartment(ctx, currentUser(request), request.params.code, request.body))),
  );
}
