/**
 * Attached files: upload a scan or a result to a dossier (multipart/form-data), list a
 * dossier's files, download one. Storage and checks live in src/app/files/.
 */
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { attachFile } from './attach-file.ts';
import { contentDisposition } from '../../platform/http/content-disposition.ts';
import { fileStoreOf } from '../../platform/files/file-store.ts';
import { listDossierFiles } from './list-dossier-files.ts';
import { openFile } from './open-file.ts';
import type { FileRecord } from './files.store.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema, isoWithOffset } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { FILE_FIELD, readUploadForm } from '../../platform/http/upload-form.ts';
import { issueMessage } from '../../platform/http/validation-messages.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

const fileSchema = z.object({
  id: z.string(),
  dossierCode: z.string(),
  kind: z.enum(['component', 'result']),
  componentCode: z.string().nullable(),
  originalName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  digitized: z.boolean(),
  reused: z.boolean(),
  electronic: z.boolean(),
  uploadedBy: z.string(),
  uploadedAt: z.string().nullable(),
  downloadUrl: z.string(),
});

function toView(file: FileRecord): z.infer<typeof fileSchema> {
  return {
    id: file.id,
    dossierCode: file.dossierCode,
    kind: file.kind,
    componentCode: file.componentCode,
    originalName: file.originalName,
    contentType: file.contentType,
    size: file.size,
    sha256: file.sha256,
    digitized: file.digitized,
    reused: file.reused,
    electronic: file.electronic,
    uploadedBy: file.uploadedBy,
    uploadedAt: isoWithOffset(file.uploadedAt),
    downloadUrl: `/api/files/${file.id}`,
  };
}

/** The text fields of the upload form (multipart values are strings). */
const uploadFields = z.object({
  kind: z.enum(['component', 'result', 'reused'], { error: 'loại tệp phải là component (thành phần hồ sơ), result (kết quả) hoặc reused (giấy tờ tái sử dụng)' }),
  componentCode: z
    .string()
    .trim()
    .max(64)
    .optional()
    .transform((value) => (value === '' ? undefined : value)),
  expectedVersion: z
    .string({ error: 'phải ghi phiên bản hồ sơ đang xem (expectedVersion)' })
    .trim()
    .regex(/^\d{1,9}$/, { error: 'phiên bản hồ sơ phải là số nguyên dương' })
    .transform(Number)
    .pipe(z.number().int().min(1, { error: 'phiên bản hồ sơ phải là số nguyên dương' })),
});

const dossierParams = z.object({ code: z.string().trim().min(1).max(150) });

export function registerFileRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/dossiers/:code/files',
    {
      schema: {
        tags: ['Tệp đính kèm'],
        summary: 'Đính kèm tệp vào hồ sơ (bản quét thành phần hồ sơ, giấy tờ tái sử dụng, kết quả điện tử)',
        description:
          'multipart/form-data gồm một tệp (trường "file": PDF, PNG, JPEG, TIFF hoặc WebP, kiểm tra theo nội dung tệp; ' +
          `tối đa ${ctx.config.maxUploadMb} MB) và các trường: kind = component | result | reused, componentCode (mã thành phần hồ sơ, không bắt buộc), ` +
          'expectedVersion (phiên bản hồ sơ đang xem). Cùng nội dung chỉ được lưu một lần (đặt tên theo SHA-256).',
        consumes: ['multipart/form-data'],
        params: dossierParams,
        response: { 201: z.object({ file: fileSchema, deduplicated: z.boolean(), version: z.number() }), ...errors, 413: errorResponseSchema, 415: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const form = await readUploadForm(request, fileStoreOf(ctx), { maxBytes: ctx.config.maxUploadBytes, maxMb: ctx.config.maxUploadMb });
      const upload = form.file;
      try {
        const parsed = uploadFields.safeParse(form.fields);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw badRequest(issueMessage(issue), issue.path.join('.') || 'dữ liệu');
        }
        if (!upload) throw badRequest(`Thiếu tệp đính kèm (trường "${FILE_FIELD}").`, FILE_FIELD);
        const result = await attachFile(ctx, user, {
          code: request.params.code,
          ...parsed.data,
          blob: upload.blob,
          fileName: upload.fileName,
          declaredType: upload.declaredType,
        });
        return reply.status(201).send({ file: toView(result.file), deduplicated: result.deduplicated, version: result.state.version });
      } finally {
        await upload?.blob.discard();
      }
    },
  );

  app.get(
    '/dossiers/:code/files',
    {
      schema: {
        tags: ['Tệp đính kèm'],
        summary: 'Danh sách tệp đính kèm của hồ sơ',
        params: dossierParams,
        response: {
          200: z.object({
            items: z.array(fileSchema.extend({ canDownload: z.boolean().describe('Người xem có được tải tệp về không (tệp chứa dữ liệu cá nhân: chỉ cán bộ của đơn vị giữ hồ sơ).') })),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { files, canDownload } = await listDossierFiles(ctx, currentUser(request), request.params.code);
      return { items: files.map((file) => ({ ...toView(file), canDownload })) };
    },
  );

  app.get(
    '/files/:id',
    {
      schema: {
        tags: ['Tệp đính kèm'],
        summary: 'Tải tệp đính kèm (chỉ người được xem hồ sơ)',
        params: z.object({ id: z.uuid({ error: 'mã tệp không hợp lệ' }) }),
        querystring: z.object({ inline: z.enum(['true', 'false']).optional() }),
        produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp'],
        // The body is the file's bytes (a stream, never serialized).
        response: { 200: z.unknown().describe('Nội dung tệp'), ...errors },
      },
    },
    async (request, reply) => {
      const opened = await openFile(ctx, currentUser(request), request.params.id);
      const { file } = opened;
      return reply
        .type(file.contentType)
        .header('content-length', opened.size)
        .header('content-disposition', contentDisposition(request.query.inline === 'true' ? 'inline' : 'attachment', file.originalName))
        .header('etag', `"${file.sha256}"`)
        .header('cache-control', 'private, max-age=0, must-revalidate')
        .send(opened.stream);
    },
  );
}
