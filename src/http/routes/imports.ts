/**
 * Imports from other systems (docs/import.md): preview of an uploaded file, import jobs with
 * progress and a downloadable error report, mapping profiles per source system, API keys of
 * source systems (administrators), and the push API used by those systems with their key.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAdminChange } from '../../app/admin-changes.ts';
import type { AppContext, CurrentUser } from '../../app/context.ts';
import { AppError, badRequest, forbidden, notFound } from '../../app/errors.ts';
import { writeErrorReportCsv, writeErrorReportXlsx } from '../../app/imports/error-report.ts';
import { importFile, validateSourceName } from '../../app/imports/import-file.ts';
import { previewFile } from '../../app/imports/preview-import.ts';
import { PUSH_MAX_ITEMS, pushDossiers } from '../../app/imports/push-dossiers.ts';
import { canAdministerSystem, canAdministerUnit } from '../../app/policies.ts';
import {
  createSourceApiKey,
  deleteImportProfile,
  getImportJob,
  getImportProfile,
  listImportJobs,
  listImportProfiles,
  listSourceApiKeys,
  revokeSourceApiKey,
  saveImportProfile,
  sourceOfApiKey,
  unitDirectory,
  type ImportJob,
  type ImportProfile,
} from '../../db/import-store.ts';
import { FIELD_LABELS, foldHeader, IMPORT_FIELDS } from '../../import/fields.ts';
import { IMPORT_STATUS_LABELS, IMPORT_STATUSES } from '../../import/status.ts';
import { currentUser } from '../app.ts';
import { errorResponseSchema } from '../schemas.ts';
import type { ZodApp } from '../types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema };
const TAG = 'Nhập dữ liệu từ hệ thống khác';

/** Who may import and manage profiles: administrators, and center leaders for their unit. */
function canImport(user: CurrentUser, unitCode?: string | null): boolean {
  return canAdministerSystem(user) || (user.role === 'center_leader' && (!unitCode || canAdministerUnit(user, unitCode)));
}

const sourceParam = z.object({ source: z.string().trim().min(1).max(100) });
const jobSchema = z.object({
  id: z.string(),
  source: z.string(),
  kind: z.string(),
  fileName: z.string().nullable(),
  unitCode: z.string().nullable(),
  status: z.enum(['running', 'done', 'failed']),
  statusName: z.string(),
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
const JOB_STATUS_NAMES = { running: 'Đang nhập', done: 'Đã xong', failed: 'Không thành công' } as const;

function presentJob(job: ImportJob): z.infer<typeof jobSchema> {
  const percent = job.status === 'done' ? 100 : job.bytesTotal > 0 ? Math.min(99, Math.floor((100 * job.bytesRead) / job.bytesTotal)) : 0;
  return {
    id: job.id,
    source: job.source,
    kind: job.kind,
    fileName: job.fileName,
    unitCode: job.unitCode,
    status: job.status,
    statusName: JOB_STATUS_NAMES[job.status],
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
async function receiveUpload(request: FastifyRequest, ctx: AppContext): Promise<{ filePath: string; fileName: string; fields: Record<string, string> }> {
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

const profileBody = z.object({
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().trim().min(1).max(300)).default({}),
  statuses: z.record(z.string().trim().min(1).max(200), z.enum(IMPORT_STATUSES)).default({}),
  defaultUnitCode: z.string().trim().min(1).max(60).nullable().default(null),
});
const profileSchema = z.object({ source: z.string(), columns: z.record(z.string(), z.string()), statuses: z.record(z.string(), z.string()), defaultUnitCode: z.string().nullable(), updatedAt: z.string() });

const pushItemSchema = z.object({
  eventId: z.string().trim().min(1).max(200).optional().describe('Mã bản ghi trong hệ thống nguồn (lưu kèm sự kiện)'),
  dossierCode: z.string().trim().min(1).max(100).describe('Mã hồ sơ, có hoặc không có tiền tố mã đơn vị'),
  unitCode: z.string().trim().min(1).max(100).optional(),
  procedureCode: z.string().trim().min(1).max(64).optional(),
  procedureName: z.string().trim().min(1).max(500).optional(),
  field: z.string().trim().min(1).max(200).optional(),
  applicant: z.object({ name: z.string().trim().max(300).optional(), idNumber: z.string().trim().max(20).optional(), address: z.string().trim().max(500).optional(), phone: z.string().trim().max(20).optional() }).optional(),
  channel: z.string().trim().max(50).optional().describe('Trực tiếp / Trực tuyến / Bưu chính, hoặc 1 / 2 / 3'),
  receivedAt: z.string().trim().max(40).optional().describe('Giờ Việt Nam: 2026-03-02T08:30, 02/03/2026 08:30, hoặc ISO có múi giờ'),
  dueAt: z.string().trim().max(40).optional(),
  resultAt: z.string().trim().max(40).optional(),
  returnedAt: z.string().trim().max(40).optional(),
  status: z.union([z.string().trim().max(100), z.number().int().min(1).max(10)]).optional().describe('Trạng thái như hệ thống nguồn ghi, hoặc mã trạng thái quốc gia 1–10'),
  fee: z.union([z.number().int().min(0), z.string().trim().max(40)]).optional(),
  paidOnline: z.union([z.boolean(), z.string().trim().max(20)]).optional(),
  department: z.string().trim().max(100).optional(),
  extra: z.record(z.string().max(200), z.string().max(2000)).optional(),
});

/** A profile as the change log keeps it: what it maps, not when it was saved. */
function loggedProfile(profile: ImportProfile): Pick<ImportProfile, 'columns' | 'statuses' | 'defaultUnitCode'> {
  return { columns: profile.columns, statuses: profile.statuses, defaultUnitCode: profile.defaultUnitCode };
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
    { config: { expensive: 'import' }, schema: { tags: [TAG], summary: 'Xem trước tệp nhập (multipart: file, source): dòng tiêu đề, cột nhận ra, 10 dòng đầu; không ghi gì', consumes: ['multipart/form-data'], response: { 200: z.unknown(), ...errors } } },
    async (request) => {
      const user = currentUser(request);
      if (!canImport(user)) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm được nhập dữ liệu.');
      const upload = await receiveUpload(request, ctx);
      try {
        const source = validateSourceName(upload.fields.source ?? '');
        return await previewFile(ctx, { filePath: upload.filePath, source, rows: 10 });
      } finally {
        fs.rmSync(upload.filePath, { force: true });
      }
    },
  );

  app.post(
    '/imports',
    { config: { expensive: 'import' }, schema: { tags: [TAG], summary: 'Nhập tệp (multipart: file, source, unitCode?, unitName?): chạy nền, theo dõi bằng GET /api/imports/{id}', consumes: ['multipart/form-data'], response: { 202: jobSchema, ...errors } } },
    async (request, reply) => {
      const user = currentUser(request);
      const upload = await receiveUpload(request, ctx);
      const unitCode = upload.fields.unitCode?.trim() || undefined;
      try {
        if (!canImport(user, unitCode ?? user.unitCode)) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm của đơn vị được nhập dữ liệu.');
        const source = validateSourceName(upload.fields.source ?? '');
        if (unitCode && !canAdministerSystem(user) && !(await unitDirectory(ctx.db)).some((u) => u.code === unitCode)) throw badRequest(`Đơn vị ${unitCode} chưa có; chỉ quản trị hệ thống được tạo đơn vị mới khi nhập.`, 'unitCode');
        let jobId: string | undefined;
        const started = new Promise<string>((resolve, reject) => {
          importFile(ctx, {
            filePath: upload.filePath,
            fileName: upload.fileName,
            source,
            ...(unitCode ? { unitCode, ...(canAdministerSystem(user) ? { createUnit: { name: upload.fields.unitName ?? unitCode } } : {}) } : {}),
            createdBy: user.id,
            onJob: (id) => {
              jobId = id;
              resolve(id);
            },
          })
            .catch((error: unknown) => {
              if (!jobId) reject(error);
              else request.log.warn({ err: error, jobId }, 'import failed');
            })
            .finally(() => fs.rmSync(upload.filePath, { force: true }));
        });
        const id = await started;
        const job = await getImportJob(ctx.db, id);
        return reply.status(202).send(presentJob(job!));
      } catch (error) {
        fs.rmSync(upload.filePath, { force: true });
        throw error;
      }
    },
  );

  app.get('/imports', { schema: { tags: [TAG], summary: 'Các lần nhập gần đây (50)', response: { 200: z.object({ items: z.array(jobSchema) }), ...errors } } }, async (request) => {
    if (!canImport(currentUser(request))) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm xem được các lần nhập.');
    return { items: (await listImportJobs(ctx.db)).map(presentJob) };
  });

  app.get(
    '/imports/:id',
    { schema: { tags: [TAG], summary: 'Tiến độ và kết quả một lần nhập', params: z.object({ id: z.uuid({ error: 'mã lần nhập không hợp lệ' }) }), response: { 200: jobSchema, ...errors } } },
    async (request) => {
      if (!canImport(currentUser(request))) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm xem được các lần nhập.');
      const job = await getImportJob(ctx.db, request.params.id);
      if (!job) throw notFound('Không tìm thấy lần nhập này.');
      return presentJob(job);
    },
  );

  app.get(
    '/imports/:id/errors',
    { schema: { tags: [TAG], summary: 'Báo cáo lỗi của một lần nhập (dòng, cột, giá trị, lý do), CSV hoặc XLSX', params: z.object({ id: z.uuid({ error: 'mã lần nhập không hợp lệ' }) }), querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }), ...{} } },
    async (request, reply) => {
      if (!canImport(currentUser(request))) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm tải được báo cáo lỗi.');
      const job = await getImportJob(ctx.db, request.params.id);
      if (!job) throw notFound('Không tìm thấy lần nhập này.');
      return sendReport(ctx, reply, job.id, request.query.format);
    },
  );

  app.get('/import-profiles', { schema: { tags: [TAG], summary: 'Cấu hình cột theo hệ thống nguồn', response: { 200: z.object({ items: z.array(profileSchema) }), ...errors } } }, async (request) => {
    if (!canImport(currentUser(request))) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm xem được cấu hình nhập.');
    return { items: (await listImportProfiles(ctx.db)).map((p) => ({ ...p, updatedAt: p.updatedAt.toISOString() })) };
  });

  app.get('/import-profiles/:source', { schema: { tags: [TAG], summary: 'Cấu hình cột của một hệ thống nguồn', params: sourceParam, response: { 200: profileSchema, ...errors } } }, async (request) => {
    if (!canImport(currentUser(request))) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm xem được cấu hình nhập.');
    const profile = await getImportProfile(ctx.db, request.params.source);
    if (!profile) throw notFound(`Chưa có cấu hình cột cho hệ thống "${request.params.source}".`);
    return { ...profile, updatedAt: profile.updatedAt.toISOString() };
  });

  app.put(
    '/import-profiles/:source',
    { schema: { tags: [TAG], summary: 'Lưu cấu hình cột của một hệ thống nguồn (trường → tiêu đề cột; cách ghi trạng thái riêng → trạng thái)', params: sourceParam, body: profileBody, response: { 200: profileSchema, ...errors } } },
    async (request) => {
      const user = currentUser(request);
      if (!canImport(user, request.body.defaultUnitCode)) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm được sửa cấu hình nhập.');
      const source = validateSourceName(request.params.source);
      if (request.body.defaultUnitCode && !(await unitDirectory(ctx.db)).some((u) => u.code === request.body.defaultUnitCode)) throw badRequest(`Đơn vị ${request.body.defaultUnitCode} chưa có.`, 'defaultUnitCode');
      const columns = Object.fromEntries(Object.entries(request.body.columns).map(([field, header]) => [field, foldHeader(header!)]));
      const statuses = Object.fromEntries(Object.entries(request.body.statuses).map(([text, status]) => [foldHeader(text), status]));
      const saved = await ctx.db.transaction(async (tx) => {
        const before = await getImportProfile(tx, source);
        const profile = await saveImportProfile(tx, { source, columns, statuses, defaultUnitCode: request.body.defaultUnitCode }, user.id);
        await recordAdminChange(tx, { kind: 'import_profile.set', actorId: user.id, unitCode: null, target: source, before: before && loggedProfile(before), after: loggedProfile(profile) });
        return profile;
      });
      return { ...saved, updatedAt: saved.updatedAt.toISOString() };
    },
  );

  app.delete('/import-profiles/:source', { schema: { tags: [TAG], summary: 'Xóa cấu hình cột (trở về nhận biết tự động)', params: sourceParam, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const user = currentUser(request);
    if (!canImport(user)) throw forbidden('Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm được sửa cấu hình nhập.');
    await ctx.db.transaction(async (tx) => {
      const removed = await deleteImportProfile(tx, request.params.source);
      if (!removed) throw notFound(`Chưa có cấu hình cột cho hệ thống "${request.params.source}".`);
      await recordAdminChange(tx, { kind: 'import_profile.removed', actorId: user.id, unitCode: null, target: removed.source, before: loggedProfile(removed) });
    });
    return reply.status(204).send(null);
  });

  const keySchema = z.object({ id: z.string(), source: z.string(), keyPrefix: z.string(), unitCode: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable(), revokedAt: z.string().nullable() });
  app.get('/source-keys', { schema: { tags: [TAG], summary: 'Khóa API của các hệ thống nguồn (không hiện khóa)', response: { 200: z.object({ items: z.array(keySchema) }), ...errors } } }, async (request) => {
    if (!canAdministerSystem(currentUser(request))) throw forbidden('Chỉ quản trị hệ thống quản lý khóa API.');
    const rows = await listSourceApiKeys(ctx.db);
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), lastUsedAt: r.lastUsedAt?.toISOString() ?? null, revokedAt: r.revokedAt?.toISOString() ?? null })) };
  });

  app.post(
    '/source-keys',
    { schema: { tags: [TAG], summary: 'Tạo khóa API cho một hệ thống nguồn; khóa chỉ hiện một lần', body: z.object({ source: z.string().trim().min(1).max(100), unitCode: z.string().trim().min(1).max(60) }), response: { 201: keySchema.extend({ key: z.string() }), ...errors } } },
    async (request, reply) => {
      const user = currentUser(request);
      if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống được tạo khóa API.');
      const source = validateSourceName(request.body.source);
      if (!(await unitDirectory(ctx.db)).some((u) => u.code === request.body.unitCode)) throw badRequest(`Đơn vị ${request.body.unitCode} chưa có.`, 'unitCode');
      const created = await ctx.db.transaction(async (tx) => {
        const key = await createSourceApiKey(tx, { source, unitCode: request.body.unitCode, createdBy: user.id });
        // The key's prefix identifies it in the log; the key itself is shown once and never stored.
        await recordAdminChange(tx, { kind: 'source_key.created', actorId: user.id, unitCode: key.unitCode, target: source, after: { id: key.id, keyPrefix: key.keyPrefix } });
        return key;
      });
      return reply.status(201).send({ ...created, createdAt: created.createdAt.toISOString(), lastUsedAt: null, revokedAt: null });
    },
  );

  app.delete('/source-keys/:id', { schema: { tags: [TAG], summary: 'Thu hồi khóa API', params: z.object({ id: z.uuid({ error: 'mã khóa không hợp lệ' }) }), response: { 204: z.null(), ...errors } } }, async (request, reply) => {
    const user = currentUser(request);
    if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống được thu hồi khóa API.');
    await ctx.db.transaction(async (tx) => {
      const revoked = await revokeSourceApiKey(tx, request.params.id);
      if (!revoked) throw notFound('Không tìm thấy khóa API còn hiệu lực này.');
      await recordAdminChange(tx, { kind: 'source_key.revoked', actorId: user.id, unitCode: revoked.unitCode, target: revoked.source, before: { id: request.params.id, keyPrefix: revoked.keyPrefix } });
    });
    return reply.status(204).send(null);
  });

  app.post(
    '/push/dossiers',
    {
      config: { public: true },
      schema: {
        tags: [TAG],
        summary: `Hệ thống khác đẩy một lô hồ sơ (tối đa ${PUSH_MAX_ITEMS}); xác thực bằng khóa API (X-Api-Key hoặc Authorization: Bearer)`,
        description: 'Mỗi phần tử là trạng thái hiện tại của một hồ sơ ở hệ thống nguồn. Cùng quy tắc gộp và chống trùng như nhập tệp: gửi lại không đổi gì; trạng thái mới hơn thêm sự kiện; cùng mã hồ sơ từ hai nguồn là một hồ sơ.',
        security: [{ sourceApiKey: [] }],
        body: z.object({ items: z.array(pushItemSchema).min(1).max(PUSH_MAX_ITEMS) }),
        response: {
          200: z.object({ jobId: z.string(), rows: z.number(), created: z.number(), updated: z.number(), unchanged: z.number(), rejected: z.number(), rejectedItems: z.array(z.object({ index: z.number(), field: z.string(), value: z.string(), reason: z.string() })) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const header = request.headers['x-api-key'];
      const bearer = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
      const key = (Array.isArray(header) ? header[0] : header) ?? bearer;
      if (!key) throw new AppError('unauthorized', 'Thiếu khóa API (tiêu đề X-Api-Key hoặc Authorization: Bearer).');
      const source = await sourceOfApiKey(ctx.db, key);
      if (!source) throw new AppError('unauthorized', 'Khóa API không đúng hoặc đã bị thu hồi.');
      return pushDossiers(ctx, source, request.body.items);
    },
  );
}
