/**
 * Official forms (Thông tư 03/2025 numbering, Nghị định 30/2020 layout), printable as HTML or
 * downloadable as DOCX; the tracking book (Mẫu 07) also as XLSX. docs/forms.md describes them.
 *
 *   GET /api/dossiers/:code/forms                             which forms the dossier has now
 *   GET /api/dossiers/:code/forms/:form?format=html|docx      form ∈ mau-01 … mau-06
 *   GET /api/forms/mau-07?unit=CODE&from=YYYY-MM-DD&to=YYYY-MM-DD&format=html|docx|xlsx
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { renderDossierForm, type RenderedDocument } from './render-dossier-form.ts';
import { renderTrackingBook } from './render-tracking-book.ts';
import { listDossierForms } from './list-dossier-forms.ts';
import { parseIsoDate } from '../../domain/calendar/local-time.ts';
import { DOSSIER_FORMS, FORM_TITLES } from '../../documents/forms/index.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

const isoDay = (name: string) =>
  z
    .string({ error: `thiếu ngày ${name} (dạng YYYY-MM-DD)` })
    .trim()
    .refine((v) => parseIsoDate(v) !== undefined, { error: `ngày ${name} phải có dạng YYYY-MM-DD, ví dụ 2026-11-01` })
    .transform((v) => parseIsoDate(v)!);

function send(reply: FastifyReply, document: RenderedDocument): FastifyReply {
  const disposition = document.contentType.startsWith('text/html') ? 'inline' : 'attachment';
  return reply
    .header('content-type', document.contentType)
    // Imported dossier codes may hold any character: the file name keeps only safe ASCII.
    .header('content-disposition', `${disposition}; filename="${document.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`)
    .header('cache-control', 'no-store')
    .send(document.body);
}

export function registerFormRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/dossiers/:code/forms',
    {
      schema: {
        tags: ['Biểu mẫu'],
        summary: 'Các biểu mẫu (Mẫu 01–06) hồ sơ có thể in lúc này, và lý do khi một mẫu không áp dụng',
        params: z.object({ code: z.string().trim().min(1).max(150) }),
        response: {
          200: z.object({
            items: z.array(z.object({ form: z.enum(DOSSIER_FORMS), title: z.string(), available: z.boolean(), reason: z.string().nullable(), htmlUrl: z.string(), docxUrl: z.string() })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const items = await listDossierForms(ctx, currentUser(request), request.params.code);
      const base = `/api/dossiers/${encodeURIComponent(request.params.code)}/forms`;
      return { items: items.map((item) => ({ ...item, htmlUrl: `${base}/${item.form}?format=html`, docxUrl: `${base}/${item.form}?format=docx` })) };
    },
  );

  app.get(
    '/dossiers/:code/forms/:form',
    {
      schema: {
        tags: ['Biểu mẫu'],
        summary: 'In biểu mẫu của hồ sơ (Mẫu 01–06) dạng HTML hoặc DOCX',
        description: DOSSIER_FORMS.map((f) => `${f}: ${FORM_TITLES[f]}`).join('; '),
        params: z.object({
          code: z.string().trim().min(1).max(150),
          form: z.enum(DOSSIER_FORMS, { error: `mẫu phải là một trong ${DOSSIER_FORMS.join(', ')}` }),
        }),
        querystring: z.object({ format: z.enum(['html', 'docx'], { error: 'định dạng (format) phải là html hoặc docx' }).default('html') }),
        response: errors,
      },
    },
    async (request, reply) => {
      const document = await renderDossierForm(ctx, currentUser(request), request.params.code, request.params.form, request.query.format);
      return send(reply, document);
    },
  );

  app.get(
    '/forms/mau-07',
    {
      config: { expensive: 'document' },
      schema: {
        tags: ['Biểu mẫu'],
        summary: 'Sổ theo dõi hồ sơ (Mẫu 07) của một đơn vị trong một khoảng ngày, dạng HTML, DOCX hoặc XLSX',
        querystring: z.object({
          unit: z.string({ error: 'thiếu mã đơn vị (unit)' }).trim().min(1).max(100),
          from: isoDay('bắt đầu (from)'),
          to: isoDay('kết thúc (to)'),
          format: z.enum(['html', 'docx', 'xlsx'], { error: 'định dạng (format) phải là html, docx hoặc xlsx' }).default('html'),
        }),
        response: errors,
      },
    },
    async (request, reply) => {
      const { unit, from, to, format } = request.query;
      const document = await renderTrackingBook(ctx, currentUser(request), { unitCode: unit, from, to, format });
      return send(reply, document);
    },
  );
}
