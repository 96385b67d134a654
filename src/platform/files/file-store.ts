/**
 * Where uploaded files live: content-addressed blobs named by their SHA-256, so identical
 * bytes are stored once. The default provider is a local folder; another storage (object
 * store, network share) can implement the same small interface later.
 *
 * An upload is stored in two steps: `stage` streams the bytes to a temporary file while
 * hashing and counting them, then the caller inspects the result (size, leading bytes for the
 * content type) and either `commit`s it under its SHA-256 name or `discard`s it. Nothing that
 * was refused ever appears under a SHA-256 name.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { AppContext } from '../context.ts';

/** How many leading bytes a staged blob keeps for content-type detection. */
export const HEAD_BYTES = 64;

export interface PendingBlob {
  /** Hex SHA-256 of the bytes staged. */
  readonly sha256: string;
  readonly size: number;
  /** The first HEAD_BYTES bytes (fewer for a shorter file). */
  readonly head: Buffer;
  /** Stores the blob under its SHA-256 name; `deduplicated` when those bytes were already stored. */
  commit(): Promise<{ deduplicated: boolean }>;
  /** Removes the temporary file; a no-op after commit or a previous discard. */
  discard(): Promise<void>;
}

export interface FileStore {
  /**
   * Streams `source` into temporary storage. Throws UploadTooLargeError (the partial file is
   * removed) past `maxBytes`, and UploadInterruptedError when `source` fails (a client that
   * disconnects, malformed multipart data); errors of the storage itself pass through.
   */
  stage(source: AsyncIterable<Buffer | string>, options: { maxBytes: number }): Promise<PendingBlob>;
  /** The stored bytes, or undefined when no blob has this SHA-256. */
  open(sha256: string): Promise<{ stream: Readable; size: number } | undefined>;
  has(sha256: string): Promise<boolean>;
}

export class UploadTooLargeError extends Error {
  override readonly name = 'UploadTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`upload larger than ${maxBytes} bytes`);
  }
}

export class UploadInterruptedError extends Error {
  override readonly name = 'UploadInterruptedError';
  constructor(cause: unknown) {
    super('upload stream failed', { cause });
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Local folder layout:
 *
 *   <root>/ab/abcdef…(64 hex)   one file per distinct content, sharded by the first two hex digits
 *   <root>/tmp/<random>.part    uploads in progress (same file system, so the rename is atomic)
 */
export class LocalFolderFileStore implements FileStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  get temporaryDir(): string {
    return path.join(this.root, 'tmp');
  }

  async stage(source: AsyncIterable<Buffer | string>, options: { maxBytes: number }): Promise<PendingBlob> {
    await fs.mkdir(this.temporaryDir, { recursive: true });
    const temporary = path.join(this.temporaryDir, `${randomBytes(12).toString('hex')}.part`);
    const handle = await fs.open(temporary, 'wx', 0o600);
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    try {
      const iterator = source[Symbol.asyncIterator]();
      for (;;) {
        let next: IteratorResult<Buffer | string>;
        try {
          next = await iterator.next();
        } catch (error) {
          throw new UploadInterruptedError(error);
        }
        if (next.done) break;
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
        size += chunk.length;
        if (size > options.maxBytes) {
          await iterator.return?.();
          throw new UploadTooLargeError(options.maxBytes);
        }
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
          headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
        }
        await handle.write(chunk);
      }
      // The dossier row will point at these bytes: make them durable before anyone can.
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fs.rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    return this.pending(temporary, hash.digest('hex'), size, Buffer.concat(headChunks));
  }

  private pending(temporary: string, sha256: string, size: number, head: Buffer): PendingBlob {
    let settled = false;
    return {
      sha256,
      size,
      head,
      commit: async () => {
        if (settled) throw new Error('blob already committed or discarded');
        settled = true;
        const target = this.pathOf(sha256);
        if (await exists(target)) {
          await fs.rm(temporary, { force: true });
          return { deduplicated: true };
        }
        await fs.mkdir(path.dirname(target), { recursive: true });
        // Two uploads of the same bytes may race here: rename replaces atomically with equal content.
        await fs.rename(temporary, target);
        return { deduplicated: false };
      },
      discard: async () => {
        if (settled) return;
        settled = true;
        await fs.rm(temporary, { force: true });
      },
    };
  }

  async open(sha256: string): Promise<{ stream: Readable; size: number } | undefined> {
    if (!SHA256_HEX.test(sha256)) return undefined;
    const file = this.pathOf(sha256);
    let handle;
    try {
      handle = await fs.open(file, 'r');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      // The stream owns the handle from here and closes it when it ends or is destroyed.
      return { stream: handle.createReadStream(), size };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    return SHA256_HEX.test(sha256) && exists(this.pathOf(sha256));
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch (error) {
    if (isNotFound(error)) return false;
    throw error;
  }
}

const stores = new Map<string, LocalFolderFileStore>();

/** The local folder store of a files directory (one instance per folder). */
export function localFileStore(root: string): LocalFolderFileStore {
  let store = stores.get(root);
  if (!store) {
    store = new LocalFolderFileStore(root);
    stores.set(root, store);
  }
  return store;
}

/** The file store of a context: its own, or the local folder of its configuration. */
export function fileStoreOf(ctx: Pick<AppContext, 'fileStore' | 'config'>): FileStore {
  return ctx.fileStore ?? localFileStore(ctx.config.filesDir);
}
