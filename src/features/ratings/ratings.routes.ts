/** Citizens' ratings of a visit (public, anonymous, once per visit): the form and the submission. */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { RATING_CHANNELS } from '../../domain/rating/rating.ts';
import { ratingFormAtCounter, ratingFormOfTicket, rateVisit } from './rate-visit.ts';

const TAG = 'Đánh giá mức độ hài lòng';
const publicErrors = { 400: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema };
const ticketId = z.uuid({ error: 'mã số thứ tự không hợp lệ' });
const code = z.string().trim().min(1).max(64);

const form = z.object({
  ticketId: z.string().nullable(),
  label: z.string().nullable(),
  unitName: z.string(),
  closedReason: z.string().nullable(),
  questions: z.array(z.object({ code: z.string(), text: z.string(), criterion: z.string(), required: z.boolean() })),
  scale: z.array(z.object({ code: z.string(), label: z.string(), sentiment: z.string() })),
});

export function registerRatingRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/ratings/tickets/:ticketId',
    { config: { public: true }, schema: { tags: [TAG], summary: 'Phiếu đánh giá của một lượt phục vụ (mã QR trên phiếu số)', params: z.object({ ticketId }), response: { 200: form, ...publicErrors } } },
    async (request) => ratingFormOfTicket(ctx, request.params.ticketId),
  );

  app.get(
    '/ratings/counters/:unitCode/:counter',
    {
      config: { public: true },
      schema: {
        tags: [TAG],
        summary: 'Máy tính bảng tại quầy: phiếu đánh giá của lượt vừa phục vụ xong (nếu chưa đánh giá)',
        params: z.object({ unitCode: z.string().trim().min(1).max(100), counter: z.coerce.number().int().min(1, { error: 'số quầy từ 1 đến 99' }).max(99, { error: 'số quầy từ 1 đến 99' }) }),
        response: { 200: form, ...publicErrors },
      },
    },
    async (request) => ratingFormAtCounter(ctx, request.params.unitCode, request.params.counter),
  );

  app.post(
    '/ratings/tickets/:ticketId',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: [TAG],
        summary: 'Gửi đánh giá (ẩn danh, mỗi lượt phục vụ một lần)',
        params: z.object({ ticketId }),
        body: z.object({
          channel: z.enum(RATING_CHANNELS),
          answers: z.array(z.object({ question: code, level: code })).min(1).max(10),
          comment: z.string().trim().max(1000, { error: 'góp ý tối đa 1000 ký tự' }).optional(),
        }),
        response: { 201: z.object({ sentiment: z.string() }), ...publicErrors },
      },
    },
    async (request, reply) => reply.status(201).send(await rateVisit(ctx, request.params.ticketId, request.body)),
  );
}
