/**
 * The public lookup routes (no session, no cookie read, no CSRF): a dossier by the token of its
 * QR code, or by its code and a second factor (docs/lookup.md). Every failure is the same 404;
 * 30 lookups per 10 minutes per address on each route, 5 failed typed lookups per code a day.
 */
import { z } from 'zod';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { LOOKUP_LIMITS, typedLookupRequestSchema } from '../../domain/lookup/index.ts';
import { lookUpByCode, lookUpByToken, lookupRateLimited } from './look-up-dossier.ts';
import { publicAddressOfUnit } from './public-address-of-unit.ts';

const publicTime = z.object({ iso: z.string(), text: z.string() });

/** PublicDossierView (domain/lookup/view.ts), field by field. */
export const publicDossierViewSchema = z.object({
  code: z.string(),
  procedure: z.object({ code: z.string(), name: z.string() }),
  unitName: z.string(),
  submittedAt: publicTime.optional(),
  receivedAt: publicTime.optional(),
  legalDueAt: publicTime.optional(),
  extension: z.object({ newDueAt: publicTime, reason: z.string(), apology: z.string() }).optional(),
  status: z.object({ code: z.number().int(), label: z.string(), explanation: z.string() }),
  endedAt: publicTime.optional(),
  steps: z.array(z.object({ kind: z.enum(['reception', 'processing', 'review', 'approval', 'return']), label: z.string(), state: z.enum(['done', 'active', 'pending']) })),
  currentStep: z.object({ number: z.number().int(), of: z.number().int(), label: z.string() }).optional(),
  supplement: z
    .object({ requestedAt: publicTime, items: z.array(z.string()), reason: z.string().optional(), clock: z.enum(['paused', 'not_started']), explanation: z.string() })
    .optional(),
  result: z.object({ readyAt: publicTime, electronic: z.boolean(), collect: z.string(), returnedAt: publicTime.optional(), returnMethod: z.string().optional() }).optional(),
  fee: z.object({ amount: z.number(), paid: z.number(), state: z.enum(['none', 'due', 'paid']), text: z.string() }),
  contact: z.object({ hotline: z.string() }).optional(),
});

const TAG = 'Tra cứu công khai';
const rateLimit = {
  max: LOOKUP_LIMITS.perAddress.max,
  timeWindow: `${LOOKUP_LIMITS.perAddress.windowMinutes} minutes`,
  errorResponseBuilder: () => lookupRateLimited(),
};
const responses = { 200: publicDossierViewSchema, 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema };

/** The token is in the page's address: no cache, no referrer to other sites, no indexing. */
function privateAnswer(reply: FastifyReply): void {
  void reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
}

export function registerLookupRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/public/lookup/:token',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: [TAG],
        summary: 'Tra cứu tình trạng hồ sơ bằng mã tra cứu in trên mã QR (không cần đăng nhập; không có thông tin cá nhân)',
        params: z.object({ token: z.string().max(100) }),
        response: responses,
      },
    },
    async (request, reply) => {
      privateAnswer(reply);
      return lookUpByToken(ctx, request.params.token);
    },
  );

  app.post(
    '/public/lookup',
    {
      config: { public: true, rateLimit },
      schema: {
        tags: [TAG],
        summary: 'Tra cứu tình trạng hồ sơ bằng mã hồ sơ và 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân',
        body: typedLookupRequestSchema,
        response: responses,
      },
    },
    async (request, reply) => {
      privateAnswer(reply);
      return lookUpByCode(ctx, request.body);
    },
  );

  app.get(
    '/units/:code/public-address',
    {
      schema: {
        tags: [TAG],
        summary: 'Địa chỉ công khai của trang tra cứu mà văn bản của đơn vị in ra (mã QR), nguồn của nó và các cảnh báo (địa chỉ máy chủ, mạng nội bộ…)',
        params: z.object({ code: z.string().trim().min(1).max(60) }),
        response: {
          200: z.object({
            address: z.string(),
            source: z.enum(['unit', 'environment', 'server']),
            warnings: z.array(z.object({ issue: z.enum(['invalid', 'loopback', 'private_network', 'not_https']), message: z.string() })),
          }),
          401: errorResponseSchema,
          404: errorResponseSchema,
        },
      },
    },
    async (request) => publicAddressOfUnit(ctx, request.params.code),
  );
}
