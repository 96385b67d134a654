/**
 * Citizens at reception (issue 15): the details of a returning citizen from their latest
 * dossier, asked with the ID number in the body of a POST so that the number never lands in
 * an access log or a browser history (docs/security.md).
 */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoWithOffset } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { findCitizen } from './find-citizen.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const citizenSchema = z.object({
  applicant: z.object({ kind: z.string(), name: z.string(), idNumber: z.string().optional(), address: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }),
  fromDossier: z.object({ code: z.string(), receivedAt: z.string().nullable() }),
});

export function registerCitizenRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/citizens/lookup',
    {
      schema: {
        tags: ['Hồ sơ'],
        summary: 'Thông tin công dân từ hồ sơ gần nhất tại đơn vị theo số CCCD (điền sẵn phiếu tiếp nhận; chỉ công chức tiếp nhận)',
        description: 'Số CCCD gửi trong thân yêu cầu (không nằm trên địa chỉ, nên không vào nhật ký truy cập). 404 khi đơn vị chưa có hồ sơ nào của số này.',
        body: z.object({ idNumber: z.string().trim().min(1, { error: 'hãy nhập số CCCD' }).max(30) }),
        response: { 200: citizenSchema, ...errors },
      },
    },
    async (request) => {
      const found = await findCitizen(ctx, currentUser(request), request.body.idNumber);
      return { applicant: found.applicant, fromDossier: { code: found.fromDossier.code, receivedAt: isoWithOffset(found.fromDossier.receivedAt) } };
    },
  );
}
