/**
 * Download of an attached file, for users who may read its dossier. Anyone else gets the same
 * "not found" as for an unknown id, so file ids of other units cannot be probed.
 */
import type { Readable } from 'node:stream';
import type { AppContext, CurrentUser } from '../context.ts';
import { AppError, notFound } from '../errors.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { fileStoreOf } from './file-store.ts';
import { findFileRecord, type FileRecord } from '../../db/files.ts';

export interface OpenedFile {
  file: FileRecord;
  stream: Readable;
  size: number;
}

export async function openFile(ctx: AppContext, user: CurrentUser, id: string): Promise<OpenedFile> {
  const missing = notFound('Không tìm thấy tệp đính kèm này, hoặc bạn không có quyền xem hồ sơ chứa tệp.');
  const file = await findFileRecord(ctx.db, id);
  if (!file) throw missing;
  try {
    await loadReadableDossier(ctx, user, file.dossierCode);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') throw missing;
    throw error;
  }
  const opened = await fileStoreOf(ctx).open(file.sha256);
  if (!opened) throw notFound(`Tệp "${file.originalName}" có trong hồ sơ nhưng không còn trong kho lưu trữ. Hãy báo quản trị viên.`);
  return { file, ...opened };
}
