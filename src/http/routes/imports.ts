/**
 * Imports from other systems (docs/import.md): preview of an uploaded file, import jobs with
 * progress, cancel and a downloadable error report, mapping profiles per source system and unit,
 * API keys of source systems (administrators), and the push API used by those systems with their
 * key. Everything is scoped by unit (src/app/policies.ts unitsActorMayImportInto): a center leader
 * imports into, and sees the jobs and profiles of, their unit only; another unit's job or profile
 * is "not found". The push route checks its key before the body is read.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { recordAdminChange } from '../../app/admin-changes.ts';
import type { AppContext, CurrentUser } from '../../app/context.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../app/errors.ts';
import { writeErrorReportCsv, writeErrorReportXlsx } from '../../app/imports/error-report.ts';
import { ImportFailedError, importFile, validateSourceName } from '../../app/imports/import-file.ts';
import { previewFile } from '../../app/imports/preview-import.ts';
import { PUSH_MAX_ITEMS, pushDossiers } from '../../app/imports/push-dossiers.ts';
import { canAdministerSystem, canImport, scopeIncludes, unitsActorMayImportInto } from '../../app/policies.ts';
import {
  createSourceApiKey,
  deleteImportProfile,
  getImportJob,
  getImportProfile,
  listImportJobs,
  listImportProfiles,
  listSourceApiKeys,
  requestJobCancel,
  revokeSourceApiKey,
  saveImportProfile,
  sourceOfApiKey,
  unitDirectory,
  type ImportJob,
  type ImportProfile,
  type PushKey,
  type SourceApiKeyView,
} from '../../db/import-store.ts';
import { FIELD_LABELS, foldHeader, IMPORT_FIELDS } from '../../import/fields.ts';
import { IMPORT_STATUS_LABELS, IMPORT_STATUSES } from '../../import/status.ts';
import { currentUser } from '../app.ts';
import { errorResponseSchema } from '../schemas.ts';
import type { ZodApp } from '../types.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema, 415: errorResponseSchema };
const TAG = 'Nhập dữ liệu từ hệ thống khác';

const NOT_IMPORTER = 'Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm được nhập dữ liệu và xem các lần nhập.';

/** The user's import scope; 403 for roles that may not import at all. */
function importScope(user: CurrentUser): ReturnType<typeof unitsActorMayImportInto> {
  if (!canImport(user)) throw forbidden(NOT_IMPORTER);
  return unitsActorMayImportInto(user);
}

/** The unit an upload is for: the one named (if the user may import into it), else a center leader's own unit. */
function uploadUnit(user: CurrentUser, named: string | undefined): string | undefined {
  const scope = importScope(user);
  if (named && !scopeIncludes(scope, named)) throw forbidden(`Bạn chỉ được nhập dữ liệu cho đơn vị của mình (${user.unitCode}).`);
  return named ?? (scope === 'all' ? undefined : scope[0]);
}

/** A job the user may see, else 404 (another unit's job is not revealed). */
async function visibleJob(ctx: AppContext, user: CurrentUser, id: string): Promise<ImportJob> {
  const scope = importScope(user);
  const job = await getImportJob(ctx.db, id);
  if (!job || !scopeIncludes(scope, job.unitCode)) throw notFound('Không tìm thấy lần nhập này.');
  return job;
}

/**
 * The profile a request addresses: `?unitCode=` (administrators: any unit; absent: the shared
 * profile), a center leader's own unit. Another unit's profile is "not found".
 */
function profileUnit(user: CurrentUser, named: string | undefined, source: string): string | null {
  const scope = importScope(user);
  if (scope === 'all') return named ?? null;
  if (named && !scope.includes(named)) throw notFound(`Chưa có cấu hình cột cho hệ thống "${source}".`);
  return scope[0]!;
}

const sourceParam = z.object({ source: z.string().trim().min(1).max(100) });
const profileQuery = z.object({ unitCode: z.string().trim().min(1).max(60).optional().describe('Đơn vị của cấu hình; bỏ trống: đơn vị của lãnh đạo Trung tâm, hoặc cấu hình dùng chung (quản trị)') });
const problemSchema = z.object({ column: z.string(), value: z.string(), reason: z.string() });
/** The answer of POST /imports/preview (ImportPreview of app/imports/preview-import.ts). */
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
const JOB_STATUS_NAMES = { running: 'Đang nhập', done: 'Đã xong', failed: 'Không thành công', cancelled: 'Đã hủy' } as const;

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
const profileSchema = z.object({
  source: z.string(),
  /** The unit whose profile this is; null: the administrators' shared profile. */
  unitCode: z.string().nullable(),
  columns: z.record(z.string(), z.string()),
  statuses: z.record(z.string(), z.string()),
  defaultUnitCode: z.string().nullable(),
  updatedAt: z.string(),
});
const presentProfile = (profile: ImportProfile): z.infer<typeof profileSchema> => ({ ...profile, updatedAt: profile.updatedAt.toISOString() });

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
    { config: { expensive: 'import' }, schema: { tags: [TAG], summary: 'Xem trước tệp nhập (multipart: file, source, unitCode?): dòng tiêu đề, cột nhận ra, 10 dòng đầu; không ghi gì', consumes: ['multipart/form-data'], response: { 200: previewSchema, ...errors } } },
    async (request) => {
      const user = currentUser(request);
      importScope(user);
      const upload = await receiveUpload(request, ctx);
      try {
        const unitCode = uploadUnit(user, upload.fields.unitCode?.trim() || undefined);
        const source = validateSourceName(upload.fields.source ?? '');
        return await previewFile(ctx, { filePath: upload.filePath, source, unitCode: unitCode ?? null, rows: 10 });
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
      const scope = importScope(user);
      const upload = await receiveUpload(request, ctx);
      try {
        const unitCode = uploadUnit(user, upload.fields.unitCode?.trim() || undefined);
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
            scope,
            importedBy: { kind: 'user', userId: user.id, name: user.fullName },
            onJob: (id) => {
              jobId = id;
              resolve(id);
            },
          })
            .catch((error: unknown) => {
              if (!jobId) reject(error);
              // The job id and the error's class and code: never its text (it may quote rows).
              else if (error instanceof ImportFailedError) request.log.warn({ jobId, errorClass: error.errorClass, code: error.code }, 'import failed');
              else request.log.warn({ jobId, errorClass: error instanceof AppError ? `AppError:${error.kind}` : 'unknown' }, 'import failed');
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

  app.get('/imports', { schema: { tags: [TAG], summary: 'Các lần nhập gần đây (50) của các đơn vị người dùng được nhập', response: { 200: z.object({ items: z.array(jobSchema) }), ...errors } } }, async (request) => {
    const scope = importScope(currentUser(request));
    return { items: (await listImportJobs(ctx.db, scope)).map(presentJob) };
  });

  const jobParams = z.object({ id: z.uuid({ error: 'mã lần nhập không hợp lệ' }) });
  app.get('/imports/:id', { schema: { tags: [TAG], summary: 'Tiến độ và kết quả một lần nhập', params: jobParams, response: { 200: jobSchema, ...errors } } }, async (request) =>
    presentJob(await visibleJob(ctx, currentUser(request), request.params.id)),
  );

  app.post(
    '/imports/:id/cancel',
    { schema: { tags: [TAG], summary: 'Hủy một lần nhập đang chạy: dừng ở lô kế tiếp, các lô đã ghi được giữ nguyên', params: jobParams, response: { 200: jobSchema, ...errors } } },
    async (request) => {
      const job = await visibleJob(ctx, currentUser(request), request.params.id);
      if (job.status !== 'running') throw conflict(`Lần nhập này đã kết thúc (${JOB_STATUS_NAMES[job.status]}), không hủy được.`);
      const asked = await requestJobCancel(ctx.db, job.id);
      // Finished between the read and the request: answer with the job as it ended.
      return presentJob(asked ?? (await getImportJob(ctx.db, job.id))!);
    },
  );

  app.get(
    '/imports/:id/errors',
    { schema: { tags: [TAG], summary: 'Báo cáo lỗi của một lần nhập (dòng, cột, giá trị, lý do), CSV hoặc XLSX', params: jobParams, querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('csv') }), ...{} } },
    async (request, reply) => {
      const job = await visibleJob(ctx, currentUser(request), request.params.id);
      return sendReport(ctx, reply, job.id, request.query.format);
    },
  );

  app.get(
    '/import-profiles',
    { schema: { tags: [TAG], summary: 'Cấu hình cột theo hệ thống nguồn: của đơn vị người dùng và các cấu hình dùng chung (quản trị: tất cả)', response: { 200: z.object({ items: z.array(profileSchema) }), ...errors } } },
    async (request) => {
      const scope = importScope(currentUser(request));
      return { items: (await listImportProfiles(ctx.db, scope)).map(presentProfile) };
    },
  );

  app.get(
    '/import-profiles/:source',
    { schema: { tags: [TAG], summary: 'Cấu hình cột của một hệ thống nguồn, cho một đơn vị (?unitCode=) hoặc dùng chung', params: sourceParam, querystring: profileQuery, response: { 200: profileSchema, ...errors } } },
    async (request) => {
      const unitCode = profileUnit(currentUser(request), request.query.unitCode, request.params.source);
      const profile = await getImportProfile(ctx.db, request.params.source, unitCode);
      if (!profile) throw notFound(`Chưa có cấu hình cột cho hệ thống "${request.params.source}".`);
      return presentProfile(profile);
    },
  );

  app.put(
    '/import-profiles/:source',
    {
      schema: {
        tags: [TAG],
        summary: 'Lưu cấu hình cột của một hệ thống nguồn cho một đơn vị (?unitCode=; lãnh đạo Trung tâm: đơn vị mình) hoặc dùng chung (quản trị): trường → tiêu đề cột; cách ghi trạng thái riêng → trạng thái',
        params: sourceParam,
        querystring: profileQuery,
        body: profileBody,
        response: { 200: profileSchema, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const scope = importScope(user);
      if (request.query.unitCode && !scopeIncludes(scope, request.query.unitCode)) throw forbidden(`Bạn chỉ được sửa cấu hình nhập của đơn vị mình (${user.unitCode}).`);
      const unitCode = profileUnit(user, request.query.unitCode, request.params.source);
      const source = validateSourceName(request.params.source);
      const { defaultUnitCode } = request.body;
      if (defaultUnitCode && unitCode !== null && defaultUnitCode !== unitCode) throw badRequest(`Đơn vị mặc định của cấu hình đơn vị ${unitCode} chỉ có thể là chính đơn vị đó.`, 'defaultUnitCode');
      const directory = await unitDirectory(ctx.db);
      for (const [code, field] of [[unitCode, 'unitCode'], [defaultUnitCode, 'defaultUnitCode']] as const) {
        if (code && !directory.some((u) => u.code === code)) throw badRequest(`Đơn vị ${code} chưa có.`, field);
      }
      const columns = Object.fromEntries(Object.entries(request.body.columns).map(([field, header]) => [field, foldHeader(header!)]));
      const statuses = Object.fromEntries(Object.entries(request.body.statuses).map(([text, status]) => [foldHeader(text), status]));
      const saved = await ctx.db.transaction(async (tx) => {
        const before = await getImportProfile(tx, source, unitCode);
        const profile = await saveImportProfile(tx, { source, unitCode, columns, statuses, defaultUnitCode }, user.id);
        await recordAdminChange(tx, { kind: 'import_profile.set', actorId: user.id, unitCode, target: source, before: before && loggedProfile(before), after: loggedProfile(profile) });
        return profile;
      });
      return presentProfile(saved);
    },
  );

  app.delete(
    '/import-profiles/:source',
    { schema: { tags: [TAG], summary: 'Xóa cấu hình cột của một đơn vị hoặc dùng chung (trở về cấu hình dùng chung, hoặc nhận biết tự động)', params: sourceParam, querystring: profileQuery, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const user = currentUser(request);
      const unitCode = profileUnit(user, request.query.unitCode, request.params.source);
      await ctx.db.transaction(async (tx) => {
        const removed = await deleteImportProfile(tx, request.params.source, unitCode);
        if (!removed) throw notFound(`Chưa có cấu hình cột cho hệ thống "${request.params.source}".`);
        await recordAdminChange(tx, { kind: 'import_profile.removed', actorId: user.id, unitCode, target: removed.source, before: loggedProfile(removed) });
      });
      return reply.status(204).send(null);
    },
  );

  const keySchema = z.object({
    id: z.string(),
    source: z.string(),
    name: z.string(),
    keyPrefix: z.string(),
    unitCode: z.string(),
    /** Units the key writes into when an administrator set a list; null: its unit only. */
    unitCodes: z.array(z.string()).nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  });
  const presentKey = (key: SourceApiKeyView): z.infer<typeof keySchema> => ({
    ...key,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  });
  app.get('/source-keys', { schema: { tags: [TAG], summary: 'Khóa API của các hệ thống nguồn (không hiện khóa)', response: { 200: z.object({ items: z.array(keySchema) }), ...errors } } }, async (request) => {
    if (!canAdministerSystem(currentUser(request))) throw forbidden('Chỉ quản trị hệ thống quản lý khóa API.');
    return { items: (await listSourceApiKeys(ctx.db)).map(presentKey) };
  });

  app.post(
    '/source-keys',
    {
      schema: {
        tags: [TAG],
        summary: 'Tạo khóa API cho một hệ thống nguồn, gắn với một đơn vị (hoặc một danh sách đơn vị); khóa chỉ hiện một lần',
        body: z.object({
          source: z.string().trim().min(1).max(100),
          unitCode: z.string().trim().min(1).max(60).describe('Đơn vị của khóa: hồ sơ không ghi đơn vị thuộc đơn vị này'),
          unitCodes: z.array(z.string().trim().min(1).max(60)).min(1).max(200).optional().describe('Các đơn vị khóa được ghi hồ sơ (gồm cả unitCode); bỏ trống: chỉ unitCode'),
          name: z.string().trim().min(1).max(200).optional().describe('Tên khóa, ghi kèm mọi sự kiện khóa tạo ra; mặc định: tên hệ thống nguồn'),
        }),
        response: { 201: keySchema.extend({ key: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống được tạo khóa API.');
      const source = validateSourceName(request.body.source);
      const { unitCode } = request.body;
      const unitCodes = request.body.unitCodes ? [...new Set(request.body.unitCodes)] : null;
      if (unitCodes && !unitCodes.includes(unitCode)) throw badRequest(`Danh sách đơn vị của khóa phải gồm đơn vị của khóa (${unitCode}).`, 'unitCodes');
      const directory = await unitDirectory(ctx.db);
      const missing = [unitCode, ...(unitCodes ?? [])].find((code) => !directory.some((u) => u.code === code));
      if (missing) throw badRequest(`Đơn vị ${missing} chưa có.`, missing === unitCode ? 'unitCode' : 'unitCodes');
      const created = await ctx.db.transaction(async (tx) => {
        const key = await createSourceApiKey(tx, { source, name: request.body.name ?? source, unitCode, unitCodes, createdBy: user.id });
        // The key's prefix identifies it in the log; the key itself is shown once and never stored.
        await recordAdminChange(tx, { kind: 'source_key.created', actorId: user.id, unitCode: key.unitCode, target: source, after: { id: key.id, keyPrefix: key.keyPrefix, name: key.name, unitCodes: key.unitCodes } });
        return key;
      });
      return reply.status(201).send({ ...presentKey(created), key: created.key });
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

  /** The key of each push request, checked in onRequest (before the body is parsed). */
  const pushKeys = new WeakMap<FastifyRequest, PushKey>();
  app.post(
    '/push/dossiers',
    {
      config: { public: true },
      // The key first: a request without a valid key is refused before its body is read or parsed.
      onRequest: async (request) => {
        const header = request.headers['x-api-key'];
        const bearer = /^Bearer\s+(\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
        const key = (Array.isArray(header) ? header[0] : header) ?? bearer;
        if (!key) throw new AppError('unauthorized', 'Thiếu khóa API (tiêu đề X-Api-Key hoặc Authorization: Bearer).');
        const found = await sourceOfApiKey(ctx.db, key);
        if (!found) throw new AppError('unauthorized', 'Khóa API không đúng hoặc đã bị thu hồi.');
        pushKeys.set(request, found);
      },
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
    async (request) => pushDossiers(ctx, pushKeys.get(request)!, request.body.items),
  );
}
