/**
 * Attach an uploaded file to a dossier: a scan of a component (digitized), a document reused
 * from another source, or the electronic result. The bytes were already received into the
 * file store (pending); here they are checked (not empty, a supported type judged from the
 * bytes), stored under their SHA-256, and recorded as a `files` row plus a `file_attached`
 * event appended through the same path as every other action (policy, transition table,
 * optimistic concurrency), in one transaction.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError, badRequest, forbidden } from '../../platform/errors.ts';
import { canActOnDossier } from '../../domain/policy/policy.ts';
import { actOnDossier } from '../dossiers/act-on-dossier.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { checkContentType, TYPE_LABELS, type TypeCheck } from './content-type.ts';
import { cleanFileName, EXTENSION_OF_TYPE } from './file-name.ts';
import type { PendingBlob } from '../../platform/files/file-store.ts';
import { insertFileRecord, type FileRecord } from './files.store.ts';
import type { DossierState } from '../../domain/dossier/state.ts';

/** component: scan of a dossier component; reused: a document reused from another source; result: the electronic result. */
export type AttachmentKind = 'component' | 'result' | 'reused';

export interface AttachFileInput {
  code: string;
  kind: AttachmentKind;
  componentCode?: string | undefined;
  /** The dossier version the user saw (409 when it moved on). */
  expectedVersion: number;
  /** The received bytes; committed to the store only when everything passes. */
  blob: PendingBlob;
  /** The name the client gave the file. */
  fileName: string;
  /** The type the client declared for the file part. */
  declaredType?: string | undefined;
}

export interface AttachFileResult {
  file: FileRecord;
  /** The same bytes were already stored (for this or another dossier). */
  deduplicated: boolean;
  state: DossierState;
}

/** The flags of a files row, which feed the report figures through the fold's has… fields. */
export function flagsOf(kind: AttachmentKind): { kind: FileRecord['kind']; digitized: boolean; reused: boolean; electronic: boolean } {
  if (kind === 'result') return { kind: 'result', digitized: false, reused: false, electronic: true };
  if (kind === 'reused') return { kind: 'component', digitized: false, reused: true, electronic: false };
  return { kind: 'component', digitized: true, reused: false, electronic: false };
}

function typeRefusal(check: Exclude<TypeCheck, { ok: true }>, name: string): AppError {
  switch (check.reason) {
    case 'unsupported':
      return new AppError(
        'unsupported_media_type',
        `Trường "file": tệp "${name}" không phải PDF, PNG, JPEG, TIFF hoặc WebP (kiểm tra theo nội dung tệp). Hãy quét hoặc lưu lại tệp ở một trong các định dạng này.`,
        'file',
      );
    case 'declared-mismatch':
      return new AppError('unsupported_media_type', `Trường "file": tệp "${name}" được khai báo là ${check.declared} nhưng nội dung là ${TYPE_LABELS[check.detected]}.`, 'file');
    case 'extension-mismatch':
      return new AppError('unsupported_media_type', `Trường "file": tệp "${name}" có đuôi .${check.extension} nhưng nội dung là ${TYPE_LABELS[check.detected]}. Hãy đổi tên tệp cho đúng định dạng.`, 'file');
  }
}

export async function attachFile(ctx: AppContext, user: CurrentUser, input: AttachFileInput): Promise<AttachFileResult> {
  // Visibility, then role: a dossier of another unit is "not found" before anything is said about the file.
  const dossier = await loadReadableDossier(ctx, user, input.code);
  if (!canActOnDossier(user, dossier.scope)) throw forbidden('Bạn chỉ được xem hồ sơ này, không được đính kèm tệp.');
  if (input.kind === 'result' && input.componentCode) {
    throw badRequest('Trường "componentCode": tệp kết quả không gắn với thành phần hồ sơ; hãy bỏ trường này hoặc chọn loại component.', 'componentCode');
  }
  const givenName = cleanFileName(input.fileName, 'tệp đính kèm');
  if (input.blob.size === 0) throw badRequest(`Trường "file": tệp "${givenName}" rỗng (0 byte). Hãy chọn lại tệp.`, 'file');
  const check = checkContentType(input.blob.head, input.declaredType, givenName);
  if (!check.ok) throw typeRefusal(check, givenName);
  const originalName = cleanFileName(input.fileName, `tep-dinh-kem${EXTENSION_OF_TYPE[check.contentType] ?? ''}`);

  let stored: { file: FileRecord; deduplicated: boolean } | undefined;
  const state = await actOnDossier(
    ctx,
    user,
    {
      code: input.code,
      action: 'file_attached',
      expectedVersion: input.expectedVersion,
      payload: { kind: input.kind, fileId: input.blob.sha256, ...(input.componentCode ? { componentCode: input.componentCode } : {}) },
    },
    {
      // Bytes first, row second: a failure after the commit leaves an unreferenced blob
      // (harmless, same name for same bytes), never a row pointing at missing bytes.
      inTransaction: async (tx) => {
        const { deduplicated } = await input.blob.commit();
        const file = await insertFileRecord(tx, {
          sha256: input.blob.sha256,
          size: input.blob.size,
          contentType: check.contentType,
          originalName,
          dossierCode: input.code,
          componentCode: input.componentCode ?? null,
          ...flagsOf(input.kind),
          uploadedBy: user.id,
          uploadedAt: ctx.now(),
        });
        stored = { file, deduplicated };
      },
    },
  );
  return { ...stored!, state };
}
