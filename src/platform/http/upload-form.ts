/**
 * Reading a multipart/form-data upload: text fields in any order around exactly one file part,
 * which is streamed into the file store while it arrives (never held in memory). Malformed
 * multipart data is a 400, a file over the limit a 413 (the partial file removed), a request
 * that is not multipart a 415: never a 500.
 */
import type { FastifyRequest } from 'fastify';
import type { PendingBlob, FileStore } from '../files/file-store.ts';
import { UploadInterruptedError, UploadTooLargeError } from '../files/file-store.ts';
import { AppError, badRequest } from '../errors.ts';

export interface UploadForm {
  /** Text fields by name (each at most once). */
  fields: Record<string, string>;
  file: { blob: PendingBlob; fileName: string; declaredType: string } | undefined;
}

export const FILE_FIELD = 'file';

function tooLarge(maxMb: number): AppError {
  return new AppError('too_large', `Trường "${FILE_FIELD}": tệp vượt quá dung lượng cho phép (${maxMb} MB một tệp).`, FILE_FIELD);
}

const malformed = (): AppError =>
  badRequest('Dữ liệu multipart/form-data không hợp lệ hoặc bị cắt ngang. Hãy gửi lại biểu mẫu với một tệp (trường "file").', FILE_FIELD);

/** Errors of the multipart parser: its own 4xx errors pass (the error handler words them), anything else is malformed input. */
function parserError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : NaN;
  if (status >= 400 && status < 500) return error;
  return malformed();
}

/**
 * Reads the whole form. The caller owns the returned blob: commit it or discard it (discard
 * is safe after a commit). On error nothing is left in the store.
 */
export async function readUploadForm(request: FastifyRequest, store: FileStore, limits: { maxBytes: number; maxMb: number }): Promise<UploadForm> {
  const fields: Record<string, string> = {};
  let file: UploadForm['file'];
  try {
    const parts = request.parts();
    for (;;) {
      let next;
      try {
        next = await parts.next();
      } catch (error) {
        throw parserError(error);
      }
      if (next.done) break;
      const part = next.value;
      if (part.type === 'field') {
        if (part.fieldnameTruncated || part.valueTruncated || typeof part.value !== 'string') {
          throw badRequest(`Trường "${part.fieldname}" quá dài.`, part.fieldname);
        }
        if (Object.hasOwn(fields, part.fieldname)) throw badRequest(`Trường "${part.fieldname}" chỉ được gửi một lần.`, part.fieldname);
        fields[part.fieldname] = part.value;
        continue;
      }
      if (file) {
        part.file.resume();
        throw badRequest(`Mỗi lần chỉ được gửi một tệp (trường "${FILE_FIELD}").`, FILE_FIELD);
      }
      let blob: PendingBlob;
      try {
        blob = await store.stage(part.file, { maxBytes: limits.maxBytes });
      } catch (error) {
        if (error instanceof UploadTooLargeError) throw tooLarge(limits.maxMb);
        if (error instanceof UploadInterruptedError) throw parserError(error.cause);
        throw error;
      }
      file = { blob, fileName: part.filename ?? '', declaredType: part.mimetype ?? '' };
      // The parser stops at its size limit and marks the stream truncated instead of failing it.
      if (part.file.truncated) throw tooLarge(limits.maxMb);
    }
  } catch (error) {
    await file?.blob.discard();
    throw error;
  }
  return { fields, file };
}
