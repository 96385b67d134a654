/**
 * Download of an attached file, for users who may read its dossier. Anyone else gets the same
 * "not found" as for an unknown id, so file ids of other units cannot be probed. Scans and
 * results carry citizens' personal data (a CCCD copy, a certificate), so readers outside the
 * holding unit (city supervisors) see the file list but may not download (policies.ts).
 */
import type { Readable } from 'node:stream';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError, forbidden, notFound } from '../../platform/errors.ts';
import { canSeePersonalData } from '../../domain/policy/policy.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { fileStoreOf } from '../../platform/files/file-store.ts';
import { findFileRecord, type FileRecord } from './files.store.ts';

export interface OpenedFile {
  file: FileRecord;
  stream: Readable;
  size: number;
}

export async function openFile(ctx: AppContext, user: CurrentUser, id: string): Promise<OpenedFile> {
  const missing = notFound('Không tìm thấy tệp đính kèm này, hoặc bạn không có quyền xem hồ sơ chứa tệp.');
  const file = await findFileRecord(ctx.db, id);
  if (!file) throw missing;
  let dossier;
  try {
    dossier = await loadReadableDossier(ctx, user, file.dossierCode);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') throw missing;
    throw error;
  }
  if (!canSeePersonalData(user, dossier.scope)) {
    throw forbidden('Tệp đính kèm chứa dữ liệu cá nhân của công dân: chỉ cán bộ của đơn vị đang giữ hồ sơ được tải về.');
  }
  const opened = await fileStoreOf(ctx).open(file.sha256);
  if (!opened) throw notFound(`Tệp "${file.originalName}" có trong hồ sơ nhưng không còn trong kho lưu trữ. Hãy báo quản trị viên.`);
  return { file, ...opened };
}
