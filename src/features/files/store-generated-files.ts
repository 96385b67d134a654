/**
 * Files a program produced rather than a user uploaded (the demo data's placeholder scans and
 * results): the bytes go through the file store exactly as an upload's (staged, hashed, made
 * durable, committed under their SHA-256, so equal bytes are stored once), and each attachment
 * gets the same `files` row as attach-file.ts writes, with the same flags for its kind. The
 * caller appends the `file_attached` events (fileId = the SHA-256) in the transaction that
 * records the rows.
 */
import { Readable } from 'node:stream';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { Database } from '../../platform/db/client.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { flagsOf, type AttachmentKind } from './attach-file.ts';
import { cleanFileName } from './file-name.ts';
import { insertFileRecords } from './files.store.ts';

export interface GeneratedFile {
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
  bytes: Buffer;
  contentType: string;
  originalName: string;
}

export interface GeneratedAttachment {
  dossierCode: string;
  kind: AttachmentKind;
  componentCode?: string | undefined;
  file: GeneratedFile;
  uploadedBy: string;
  uploadedAt: LocalMinute;
}

/**
 * Stores each distinct file not in `stored` yet (and adds it there): bytes first, rows later
 * (recordGeneratedAttachments), so no row ever points at missing bytes.
 */
export async function storeGeneratedFiles(store: FileStore, files: Iterable<GeneratedFile>, stored: Set<string>): Promise<void> {
  const fresh = new Map<string, GeneratedFile>();
  for (const file of files) if (!stored.has(file.sha256)) fresh.set(file.sha256, file);
  // Side by side: each one waits mostly for its fsync.
  await Promise.all(
    [...fresh.values()].map(async (file) => {
      const pending = await store.stage(Readable.from([file.bytes]), { maxBytes: file.bytes.length });
      if (pending.sha256 !== file.sha256) {
        await pending.discard();
        throw new Error(`generated file "${file.originalName}": its SHA-256 is ${pending.sha256}, not ${file.sha256}`);
      }
      await pending.commit();
      stored.add(file.sha256);
    }),
  );
}

/** The `files` rows of attachments whose bytes are stored, in the caller's transaction. */
export async function recordGeneratedAttachments(tx: Database, attachments: readonly GeneratedAttachment[]): Promise<void> {
  await insertFileRecords(
    tx,
    attachments.map((a) => ({
      sha256: a.file.sha256,
      size: a.file.bytes.length,
      contentType: a.file.contentType,
      originalName: cleanFileName(a.file.originalName, 'tep-dinh-kem.pdf'),
      dossierCode: a.dossierCode,
      componentCode: a.componentCode ?? null,
      ...flagsOf(a.kind),
      uploadedBy: a.uploadedBy,
      uploadedAt: a.uploadedAt,
    })),
  );
}
