import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { badRequest, notFound } from '../../platform/errors.ts';
import { dayOf } from '../../domain/calendar/local-time.ts';
import { computeFee, FeeInputError, fields, findProcedure, searchProcedures, allProcedures } from '../../domain/catalog/catalog.ts';
import { ProcedureSchema, TimeLimitSchema, type Procedure } from '../../domain/catalog/schema.ts';
import { computeDueDate } from '../../domain/deadline/due-date.ts';
import { describeTimeLimit } from '../../domain/deadline/time-limit.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoWithOffset } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 404: errorResponseSchema };

const summarySchema = z.object({
  code: z.string(),
  localCode: z.string(),
  versionId: z.string(),
  name: z.string(),
  field: z.string(),
  onlineLevel: z.string(),
  timeLimit: TimeLimitSchema,
  timeLimitText: z.string(),
  feeInPerson: z.number(),
  feeOnline: z.number(),
});

function summary(procedure: Procedure, onDay: number): z.infer<typeof summarySchema> {
  const fee = (channel: 'in_person' | 'online'): number => {
    try {
      return computeFee({ procedure, channel, onDay, pages: 1 }).total;
    } catch {
      return 0;
    }
  };
  return {
    code: procedure.code,
    localCode: procedure.localCode,
    versionId: procedure.versionId,
    name: procedure.name,
    field: procedure.field.name,
    onlineLevel: procedure.onlineLevel,
    timeLimit: procedure.timeLimit,
    timeLimitText: describeTimeLimit(procedure.timeLimit),
    feeInPerson: fee('in_person'),
    feeOnline: fee('online'),
  };
}

export function registerCatalogRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/catalog/procedures',
    {
      schema: {
        tags: ['Danh mục thủ tục'],
        summary: 'Tra cứu thủ tục hành chính còn hiệu lực (theo tên hoặc mã, không phân biệt dấu)',
        querystring: z.object({ q: z.string().trim().max(200).optional(), field: z.string().trim().max(200).optional() }),
        response: { 200: z.object({ items: z.array(summarySchema) }), ...errors },
      },
    },
    async (request) => {
      const today = dayOf(ctx.now());
      const found = request.query.q ? searchProcedures(request.query.q, { onDay: today }) : allProcedures().filter((p) => findProcedure(p.code, today) === p);
      const items = found.filter((p) => !request.query.field || p.field.name === request.query.field || p.field.code === request.query.field);
      return { items: items.map((p) => summary(p, today)) };
    },
  );

  app.get(
    '/catalog/fields',
    { schema: { tags: ['Danh mục thủ tục'], summary: 'Danh sách lĩnh vực', response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }), ...errors } } },
    async () => ({ items: fields() }),
  );

  app.get(
    '/catalog/procedures/:code',
    {
      schema: {
        tags: ['Danh mục thủ tục'],
        summary: 'Chi tiết thủ tục: thành phần hồ sơ, phí, các bước, mức độ tin cậy của từng giá trị',
        params: z.object({ code: z.string().trim().min(1).max(100) }),
        response: { 200: z.object({ procedure: ProcedureSchema }), ...errors },
      },
    },
    async (request) => {
      const procedure = findProcedure(request.params.code, dayOf(ctx.now()));
      if (!procedure) throw notFound(`Không tìm thấy thủ tục ${request.params.code} còn hiệu lực.`);
      return { procedure };
    },
  );

  app.get(
    '/catalog/procedures/:code/quote',
    {
      schema: {
        tags: ['Danh mục thủ tục'],
        summary: 'Phí, lệ phí và hạn trả dự kiến nếu tiếp nhận ngay bây giờ',
        params: z.object({ code: z.string().trim().min(1).max(100) }),
        querystring: z.object({
          channel: z.enum(['in_person', 'online', 'post']).default('in_person'),
          pages: z.coerce.number().int().min(1).max(10_000).optional(),
          copies: z.coerce.number().int().min(1).max(1000).optional(),
          exemptions: z.string().trim().max(500).optional(),
          variant: z.string().trim().max(64).optional(),
        }),
        response: {
          200: z.object({
            code: z.string(),
            dueAt: z.string().nullable(),
            timeLimitText: z.string(),
            fee: z.object({ total: z.number(), complete: z.boolean(), lines: z.array(z.object({ label: z.string(), amount: z.number(), waivedReason: z.string().optional() })) }),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const now = ctx.now();
      const procedure = findProcedure(request.params.code, dayOf(now));
      if (!procedure) throw notFound(`Không tìm thấy thủ tục ${request.params.code} còn hiệu lực.`);
      const q = request.query;
      let fee;
      try {
        fee = computeFee({
          procedure,
          channel: q.channel,
          onDay: dayOf(now),
          ...(q.pages ? { pages: q.pages } : {}),
          ...(q.copies ? { copies: q.copies } : {}),
          ...(q.exemptions ? { exemptions: q.exemptions.split(',').map((e) => e.trim()).filter(Boolean) } : {}),
          ...(q.variant ? { variant: q.variant } : {}),
        });
      } catch (error) {
        if (error instanceof FeeInputError) throw badRequest(error.message, 'fee');
        throw error;
      }
      const { calendar } = await ctx.calendars.forUnit(user.unitCode);
      return {
        code: procedure.code,
        dueAt: isoWithOffset(computeDueDate(now, procedure.timeLimit, calendar)),
        timeLimitText: describeTimeLimit(procedure.timeLimit),
        fee: { total: fee.total, complete: fee.complete, lines: fee.lines.map((l) => ({ label: l.label, amount: l.amount, ...(l.waivedReason ? { waivedReason: l.waivedReason } : {}) })) },
      };
    },
  );
}
