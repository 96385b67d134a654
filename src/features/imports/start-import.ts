/**
 * An uploaded file imported in the background (import-file.ts): the answer comes as soon as the
 * job exists (GET /api/imports/{id} follows it); the uploaded file is removed when it ends.
 */
import fs from 'node:fs';
import { canAdministerSystem } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { importScope, uploadUnit, type ImportUpload } from './import-access.ts';
import { ImportFailedError, importFile, validateSourceName } from './import-file.ts';
import { getImportJob, unitDirectory, type ImportJob } from './imports.store.ts';

/** Logs a background import's failure: the job id and the error's class and code, never its text (it may quote rows). */
export type ImportFailureLog = (details: { jobId: string; errorClass: string; code?: string }) => void;

export async function startImport(ctx: AppContext, user: CurrentUser, upload: ImportUpload, logFailure: ImportFailureLog): Promise<ImportJob> {
  const scope = importScope(user);
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
          else if (error instanceof ImportFailedError) logFailure({ jobId, errorClass: error.errorClass, code: error.code });
          else logFailure({ jobId, errorClass: error instanceof AppError ? `AppError:${error.kind}` : 'unknown' });
        })
        .finally(() => fs.rmSync(upload.filePath, { force: true }));
    });
    const id = await started;
    return (await getImportJob(ctx.db, id))!;
  } catch (error) {
    fs.rmSync(upload.filePath, { force: true });
    throw error;
  }
}
