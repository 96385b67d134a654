/**
 * Imports from other systems (docs/import.md): the fields and statuses recognised, the preview
 * of an uploaded file, import jobs with progress, cancel and a downloadable error report. Each
 * is scoped by unit (import-access.ts); the mapping profiles, source keys and push API have their
 * own routes files, registered right after these.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { FIELD_LABELS, IMPORT_FIELDS } from '../../domain/import/fields.ts';
import { IMPORT_STATUS_LABELS, IMPORT_STATUSES } from '../../domain/import/status.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { currentUser } from '../../platform/http/current-user.ts';
import { errorResponseSchema } from '../../platform/http/schemas.ts';
import type { ZodApp } from '../../platform/http/types.ts';
import { writeErrorReportCsv, writeErrorReportXlsx } from './error-report.ts';
import { importScope } from './import-access.ts';
import { cancelJob, JOB_STATUS_NAMES, listJobs, readJob } from './import-jobs.ts';
import { previewUpload } from './preview-import.ts';
import { startImport } from './start-import.ts';
import type { ImportJob } from './imports.store.ts';

export const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema };
export const TAG = 'Nhập dữ liệu từ hệ thống khác';

const problemSchema = z.object({ column: z.string(), value: z.string(), reason: z.string() });
/** The answer of POST /imports/preview (ImportPreview of preview-import.ts). */
const previewSchema = z.object({
  kind: z.enum(['xlsx', 'csv']),
  mapping: z.object({
    headerRow: z.number(),
    columns: z.array(z.object({ index: z.number(), header: z.string(), field: z.enum(IMPORT_FIELDS).optional(), fieldLabel: z.string().optional() })),
    extraColumns: z.array(z.string()),
  }),
  missingFields: z.array(z.object({ field: z.enum(IMPORT_FIELDS), label: z.string() })),
  rows: z.array(
    z.object({
      row: z.number(),
      cells: z.record(z.string(), z.string()),
      record: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
      problems: z.array(problemSchema).optional(),
    }),
  ),
  totals: z.object({ rows: z.number(), rejected: z.number(), problems: z.array(problemSchema.extend({ row: z.number() })) }).optional(),
});
const jobSchema = z.object({
  id: z.string(),
  source: z.string(),
  kind: z.string(),
  fileName: z.string().nullable(),
  unitCode: z.string().nullable(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  statusName: z.string(),
  /** A cancel was asked for (the import stops at its next batch). */
  cancelRequested: z.boolean(),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
  bytesRead: z.number(),
  bytesTotal: z.number(),
  /** Share of the file read and committed, 0–100. */
  percent: z.number(),
  message: z.string().nullable(),
  mapping: z.unknown().optional(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  errorReportUrl: z.string().nullable(),
});

function presentJob(job: ImportJob): z.infer<typeof jobSchema> {
  const percent = job.status === 'done' ? 100 : job.bytesTotal > 0 ? Math.min(99, Math.floor((100 * job.bytesRead) / job.bytesTotal)) : 0;
  return {
    id: job.id,
    source: job.source,
    kind: job.kind,
    fileName: job.fileName,
    unitCode: job.unitCode,
    status: job.status,
    statusName: job.status === 'running' && job.cancelRequestedAt ? 'Đang hủy' : JOB_STATUS_NAMES[job.status],
    cancelRequested: job.cancelRequestedAt !== null,
    rows: job.rows,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    rejected: job.rejected,
    bytesRead: job.bytesRead,
    bytesTotal: job.bytesTotal,
    percent,
    message: job.message,
    mapping: job.mapping ?? undefined,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt ? job.finishedAt.toISOString() : null,
    errorReportUrl: job.rejected > 0 ? `/api/imports/${job.id}/errors` : null,
  };
}

/** An uploaded import file (multipart: `file` plus text fields), streamed to the data folder. */
async function readImportUpload(request: FastifyRequest, ctx: AppContext): Promise<{ filePath: string; fileName: string; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'Hãy gửi tệp bằng multipart/form-data (trường "file" và trường "source").');
  const dir = path.join(ctx.config.dataDir, 'imports', 'uploads');
  fs.mkdirSync(dir, { recursive: true });
  const fields: Record<string, string> = {};
  let upload: { filePath: string; fileName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (upload) throw badRequest('Chỉ gửi một tệp mỗi lần nhập.', 'file');
        const ext = path.extname(part.filename).toLowerCase();
        if (!['.xlsx', '.csv'].includes(ext)) {
          part.file.resume();
          throw new AppError('unsupported_media_type', 'Chỉ nhận tệp .xlsx hoặc .csv.');
        }
        const filePath = path.join(dir, `${randomUUID()}${ext}`);
        await pipeline(part.file, fs.createWriteStream(filePath));
        if (part.file.truncated) {
          fs.rmSync(filePath, { force: true });
          throw new AppError('too_large', `Tệp vượt quá dung lượng cho phép (${ctx.config.maxUploadMb} MB); hãy dùng lệnh "motcua import" cho tệp lớn.`, 'file');
        }
        upload = { filePath, fileName: part.filename };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (upload) fs.rmSync(upload.filePath, { force: true });
    throw error;
  }
  if (!upload) throw badRequest('Thiếu tệp cần nhập (trường "file").', 'file');
  return { ...upload, fields };
}

async function sendReport(ctx: AppContext, reply: FastifyReply, jobId: string, format: 'csv' | 'xlsx'): Promise<FastifyReply> {
  const name = `bao-cao-loi-nhap-${jobId.slice(0, 8)}.${format}`;
  reply.header('content-disposition', `attachment; filename="${name}"`);
  reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const { PassThrough } = await import('node:stream');
  const out = new PassThrough();
  const writing = format === 'csv' ? writeErrorReportCsv(ctx.db, jobId, out).then(() => out.end()) : writeErrorReportXlsx(ctx.db, jobId, out);
  writing.catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return reply.send(out);
}

export function registerImportRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/import-fields',
    { schema: { tags: [TAG], summary: 'Các trường nhận biết khi nhập và các trạng thái (cho màn hình cấu hình cột)', response: { 200: z.object({ fields: z.array(z.object({ field: z.string(), label: z.string() })), statuses: z.array(z.object({ status: z.string(), label: z.string() })) }), ...errors } } },
    async () => ({
      fields: IMPORT_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field] })),
      statuses: IMPORT_STATUSES.map((status) => ({ status, label: IMPORT_STATUS_LABELS[status] })),
    }),
  );

  app.post(
    '/imports/preview',
    { config: { expensive: 'import' }, schema: { tags: [TAG], summary: 'Xem trước tệp nhập (multipart: file, source, unitCode?): dòng tiêu đề, cột nhận ra, 10 dòng đầu; không ghi gì', consumes: ['multipart/form-data'], response: { 200: previewSchema, ...errors } } },
    async (request) => {
      const user = currentUser(request);
      importScope(user);
      return previewUpload(ctx, user, await readImportUpload(request, ctx));
    },
  );

  app.post(
    '/imports',
    { config: { expensive: 'import' }, schema: { tags: [TAG], summary: 'Nhập tệp (multipart: file, source, unitCode?, unitName?): chạy nền, theo dõi bằng GET /api/imports/{id}', consumes: ['multipart/form-data'], response: { 202: jobSchema, ...errors } } },
    async (request, reply) => {
      const user = currentUser(request);
      importScope(user);
      const upload = await readImportUpload(request, ctx);
      const job = await startImport(ctx, user, upload, (details) => request.log.warn(details, 'import failed'));
      return reply.status(202).send(presentJob(job));
    },
  );

  app.get('/imports', { schema: { tags: [TAG], summary: 'Các lần nhập gần đây (50) của các đơn vị người dùng được nhập', response: { 200: z.object({ items: z.array(jobSchema) }), ...errors } } }, async (request) => ({ items: (await listJobs(ctx, currentUser(request))).map(presentJob) }));

  const jobParams = z.object({ id: z.uuid({ error: 'mã lần nhập không hợp lệ' }) });
  app.get('/imports/:id', { schema: { tags: [TAG], summary: 'Tiến độ và kết quả một lần nhập', params: jobParams, response: { 200: jobSchema, ...errors } } }, async (request) => presentJob(await readJob(ctx, currentUser(request), request.params.id)));

  app.post(
    '/imports/:id/cancel',
    { schema: { tags: [TAG], summary: 'Hủy một lần nhập đang chạy: dừng ở lô kế tiếp, các lô đã ghi được giữ nguyên', params: jobParams, response: { 200: jobSchema, ...errors } } },
    async (request) => presentJob(await cancelJob(ctx, currentUser(request), request.params.id)),
  );

  app.get(
    '/imports/:id/errors',
    { schema: { tags: [TAG], summary: 'Báo cáo lỗi của một lần nhập (dòng, cột, giá trị, lý do), CSV hoặc XLSX', params: jobParams, querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }), ...{} } },
    async (request, reply) => {
      const job = await readJob(ctx, currentUser(request), request.params.id);
      return sendReport(ctx, reply, job.id, request.query.format);
    },
  );
}
