/**
 * GET /api/overview: the leaders' overview of a unit now (src/app/overview).
 * GET /api/catalog/frequent: the unit's most received procedures (counter search order).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { canReadUnit } from '../../domain/policy/policy.ts';
import { computeOverview, daysAgo } from '../../domain/overview/overview.ts';
import { frequentProcedures, overviewRows, unitNames } from './overview.queries.ts';
import { units } from '../../platform/db/schema.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const counts = { inProgress: z.number(), dueToday: z.number(), dueNextWorkingDay: z.number(), overdue: z.number() };

/** Staff see their own unit; a city supervisor also sees the units of the city. Counts only, no personal data. */
async function mayOverview(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<boolean> {
  const [unit] = await ctx.db.select({ parentCode: units.parentCode }).from(units).where(eq(units.code, unitCode));
  return canReadUnit(user, { code: unitCode, parentCode: unit?.parentCode ?? null });
}

export function registerOverviewRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/overview',
    {
      schema: {
        tags: ['Tổng quan'],
        summary: 'Tổng quan cho lãnh đạo: tiếp nhận hôm nay, đang xử lý, đến hạn hôm nay và ngày làm việc kế tiếp, quá hạn theo phòng và theo cán bộ',
        querystring: z.object({ unitCode: z.string().trim().max(100).optional() }),
        response: {
          200: z.object({
            unitCode: z.string(),
            today: z.string(),
            nextWorkingDay: z.string(),
            receivedToday: z.number(),
            awaitingReturn: z.number(),
            ...counts,
            byDepartment: z.array(z.object({ code: z.string().nullable(), name: z.string(), ...counts })),
            byOfficer: z.array(z.object({ id: z.string().nullable(), name: z.string(), ...counts })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const unitCode = request.query.unitCode ?? user.unitCode;
      if (!(await mayOverview(ctx, user, unitCode))) throw forbidden('Bạn không có quyền xem tổng quan của đơn vị này.');
      const now = ctx.now();
      const [{ calendar }, rows, names] = await Promise.all([ctx.calendars.forUnit(unitCode), overviewRows(ctx.db, unitCode, daysAgo(now, 0)), unitNames(ctx.db, unitCode)]);
      return { unitCode, ...computeOverview(rows, now, calendar, names) };
    },
  );

  app.get(
    '/catalog/frequent',
    {
      schema: {
        tags: ['Danh mục thủ tục'],
        summary: 'Thủ tục đơn vị tiếp nhận nhiều nhất trong 365 ngày qua (để đưa lên đầu khi tìm thủ tục)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
        response: { 200: z.object({ items: z.array(z.object({ procedureCode: z.string(), count: z.number() })) }), ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      return { items: await frequentProcedures(ctx.db, user.unitCode, daysAgo(ctx.now(), 365), request.query.limit) };
    },
  );
}
