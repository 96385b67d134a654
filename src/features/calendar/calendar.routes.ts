/** The working calendar: a year's calendar of a unit, and its overrides (calendar-of-year.ts, set- and remove-calendar-override.ts). */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { parseIsoDate } from '../../domain/calendar/local-time.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { calendarOfYear } from './calendar-of-year.ts';
import { removeCalendarOverride } from './remove-calendar-override.ts';
import { setCalendarOverride } from './set-calendar-override.ts';

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
      return calendarOfYear(ctx, request.query.unitCode ?? user.unitCode, request.params.year);
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
    async (request) => setCalendarOverride(ctx, currentUser(request), request.body),
  );

  app.delete(
    '/calendar/overrides/:id',
    { schema: { tags: ['Lịch làm việc'], summary: 'Bỏ một điều chỉnh lịch', params: z.object({ id: z.coerce.number().int().min(1).max(2 ** 31 - 1) }), response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await removeCalendarOverride(ctx, currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
