/** GET /api/catalog/frequent: the unit's most received procedures (the counter's search order). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { frequentProcedures } from './frequent-procedures.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/** Registered after the overview's routes (src/features/routes.ts), where it always stood in /api/docs. */
export function registerFrequentProcedureRoutes(app: ZodApp, ctx: AppContext): void {
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
      return { items: await frequentProcedures(ctx, user, request.query.limit) };
    },
  );
}
