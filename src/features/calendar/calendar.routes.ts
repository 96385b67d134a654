import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { canSetCalendar } from '../../domain/policy/policy.ts';
import { calendarOverrides } from '../../platform/db/schema.ts';
import { parseIsoDate } from '../../domain/calendar/local-time.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const dayEntry = z.object({ date: z.string(), reason: z.string() });
const overrideSchema = z.object({ id: z.number(), unitCode: z.string().nullable(), date: z.string(), working: z.boolean(), reason: z.string() });

export function registerCalendarRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/calendar/:year',
    {
      schema: {
        tags: ['Lịch làm việc'],
        summary: 'Lịch làm việc một năm của đơn vị: ngày nghỉ, ngày làm bù, điều chỉnh',
        params: z.object({ year: z.coerce.number().int().min(1968, { error: 'năm phải từ 1968 đến 2100' }).max(2100, { error: 'năm phải từ 1968 đến 2100' }) }),
        querystring: z.object({ unitCode: z.string().trim().max(100).optional() }),
        response: {
          200: z.object({ year: z.number(), unitCode: z.string().nullable(), source: z.string(), confidence: z.string(), daysOff: z.array(dayEntry), extraWorkingDays: z.array(dayEntry), overrides: z.array(overrideSchema) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const unitCode = request.query.unitCode ?? user.unitCode;
      const { schedule } = await ctx.calendars.forUnit(unitCode);
      const year = request.params.year;
      const s = schedule(year);
      const rows = await ctx.db.select().from(calendarOverrides).orderBy(calendarOverrides.date);
      return {
        year,
        unitCode,
        source: s.source,
        confidence: s.confidence,
        daysOff: s.daysOff,
        extraWorkingDays: s.extraWorkingDays,
        overrides: rows
          .filter((r) => r.date.startsWith(String(year)) && (r.unitCode === null || r.unitCode === unitCode))
          .map((r) => ({ id: r.id, unitCode: r.unitCode, date: r.date, working: r.working, reason: r.reason })),
      };
    },
  );

  app.post(
    '/calendar/overrides',
    {
      schema: {
        tags: ['Lịch làm việc'],
        summary: 'Điều chỉnh một ngày (ngày nghỉ thêm hoặc ngày làm bù) cho một đơn vị hoặc toàn hệ thống',
        body: z.object({
          unitCode: z.string().trim().min(1).max(100).nullable().default(null),
          date: z.string().trim().refine((v) => parseIsoDate(v) !== undefined, { error: 'ngày phải có dạng YYYY-MM-DD' }),
          working: z.boolean(),
          reason: z.string().trim().min(1, { error: 'phải ghi rõ lý do' }).max(500),
        }),
        response: { 200: overrideSchema, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { unitCode, date, working, reason } = request.body;
      if (!canSetCalendar(user, unitCode)) throw forbidden('Bạn không có quyền điều chỉnh lịch làm việc của đơn vị này.');
      const where = and(unitCode === null ? isNull(calendarOverrides.unitCode) : eq(calendarOverrides.unitCode, unitCode), eq(calendarOverrides.date, date));
      // The row holds the override in force; admin_changes keeps every earlier value.
      const row = await ctx.db.transaction(async (tx) => {
        const [existing] = await tx.select().from(calendarOverrides).where(where).for('update');
        const [saved] = existing
          ? await tx.update(calendarOverrides).set({ working, reason, createdBy: user.id }).where(eq(calendarOverrides.id, existing.id)).returning()
          : await tx.insert(calendarOverrides).values({ unitCode, date, working, reason, createdBy: user.id }).returning();
        if (!saved) throw badRequest('Không lưu được điều chỉnh lịch.');
        const before = existing ? { working: existing.working, reason: existing.reason } : undefined;
        await recordAdminChange(tx, { kind: 'calendar_override.set', actorId: user.id, unitCode, target: date, before, after: { working, reason } });
        return saved;
      });
      ctx.calendars.invalidate(unitCode ?? undefined);
      return { id: row.id, unitCode: row.unitCode, date: row.date, working: row.working, reason: row.reason };
    },
  );

  app.delete(
    '/calendar/overrides/:id',
    { schema: { tags: ['Lịch làm việc'], summary: 'Bỏ một điều chỉnh lịch', params: z.object({ id: z.coerce.number().int().min(1).max(2 ** 31 - 1) }), response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const user = currentUser(request);
      const [row] = await ctx.db.select().from(calendarOverrides).where(eq(calendarOverrides.id, request.params.id));
      if (!row) throw notFound('Không tìm thấy điều chỉnh lịch này.');
      if (!canSetCalendar(user, row.unitCode)) throw forbidden('Bạn không có quyền điều chỉnh lịch làm việc của đơn vị này.');
      await ctx.db.transaction(async (tx) => {
        const [removed] = await tx.delete(calendarOverrides).where(eq(calendarOverrides.id, row.id)).returning();
        if (!removed) throw notFound('Không tìm thấy điều chỉnh lịch này.');
        await recordAdminChange(tx, { kind: 'calendar_override.removed', actorId: user.id, unitCode: removed.unitCode, target: removed.date, before: { working: removed.working, reason: removed.reason } });
      });
      ctx.calendars.invalidate(row.unitCode ?? undefined);
      return reply.status(204).send(null);
    },
  );
}
