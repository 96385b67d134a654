/** GET /api/overview: the leaders' overview of a unit now (show-overview.ts). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { showOverview } from './show-overview.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };
const counts = { inProgress: z.number(), dueToday: z.number(), dueNextWorkingDay: z.number(), overdue: z.number() };

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
      return showOverview(ctx, user, request.query.unitCode ?? user.unitCode);
    },
  );
}
