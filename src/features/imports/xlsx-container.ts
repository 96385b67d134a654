/**
 * The ZIP container of an XLSX, checked before exceljs reads it (src/import/limits.ts):
 *
 * 1. its central directory (the table of contents at the end of the file), without inflating
 *    anything: the number of parts and each part's declared uncompressed size against its limit;
 * 2. then every part is inflated once and discarded, by the same streaming ZIP reader exceljs
 *    uses (unzipper, which follows the local headers as exceljs will): a part missing from the
 *    central directory, or inflating to more than it declared, refuses the file. A ZIP may lie
 *    about sizes, and exceljs writes a worksheet met before the shared strings to a temporary
 *    file in full: after this pass, no part exceljs reads can be larger than its limit.
 *
 * Inflating runs in libuv's thread pool; the pass costs ≈ 0,3 s per 100 MB of XML.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { ImportFileError, ImportLimitError, LIMIT_MESSAGES, MAX_XLSX_EXPANDED_BYTES, MAX_XLSX_PARTS, partLimit } from '../../domain/import/limits.ts';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record (22 bytes) plus the longest comment a ZIP may carry. */
const END_SEARCH_BYTES = 22 + 0xffff;
const ZIP64_MARK = 0xffffffff;

interface ZipEntryReader extends AsyncIterable<Buffer> {
  path: string;
  autodrain(): unknown;
  destroy(error?: Error): void;
}
// exceljs's own unzipper (its dependency, not ours), so both passes read the ZIP the same way.
const requireFromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const unzipper = requireFromExceljs('unzipper') as { Parse(options: { forceStream: boolean }): NodeJS.ReadWriteStream & AsyncIterable<ZipEntryReader> };

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, position);
  return buffer.subarray(0, read);
}

/** Declared uncompressed size of every part, from the central directory; throws when a limit is exceeded. */
export function declaredXlsxParts(filePath: string): Map<string, number> {
  const fd = fs.openSync(filePath, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const tailStart = Math.max(0, size - END_SEARCH_BYTES);
    const tail = readAt(fd, tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ImportFileError(LIMIT_MESSAGES.broken());
    const count = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    // ZIP64 is only needed beyond 65.535 parts or 4 GB, both far beyond the limits.
    if (count === 0xffff || directoryOffset === ZIP64_MARK || directorySize === ZIP64_MARK) throw new ImportLimitError(LIMIT_MESSAGES.parts(count));
    if (count > MAX_XLSX_PARTS) throw new ImportLimitError(LIMIT_MESSAGES.parts(count));
    if (directoryOffset + directorySize > size) throw new ImportFileError(LIMIT_MESSAGES.broken());
    const directory = readAt(fd, directoryOffset, directorySize);
    const parts = new Map<string, number>();
    let total = 0;
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new ImportFileError(LIMIT_MESSAGES.broken());
      const declared = directory.readUInt32LE(at + 24);
      const nameLength = directory.readUInt16LE(at + 28);
      const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
      at += 46 + nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      const limit = partLimit(name);
      if (declared === ZIP64_MARK || declared > limit.bytes) throw new ImportLimitError(LIMIT_MESSAGES.part(limit.what, declared, limit.bytes));
      total += declared;
      if (total > MAX_XLSX_EXPANDED_BYTES) throw new ImportLimitError(LIMIT_MESSAGES.expanded(total));
      parts.set(name, (parts.get(name) ?? 0) + declared);
    }
    return parts;
  } finally {
    fs.closeSync(fd);
  }
}

/** Inflates every part once (discarding it) and checks it against what the central directory declared. */
async function checkInflatedSizes(filePath: string, declared: Map<string, number>): Promise<void> {
  const input = fs.createReadStream(filePath);
  const zip = unzipper.Parse({ forceStream: true });
  const left = new Map(declared);
  input.on('error', (error) => zip.emit('error', error));
  input.pipe(zip);
  try {
    for await (const entry of zip) {
      const allowed = left.get(entry.path);
      if (allowed === undefined) throw new ImportLimitError(LIMIT_MESSAGES.lying(entry.path));
      let inflated = 0;
      for await (const chunk of entry) {
        inflated += chunk.length;
        if (inflated > allowed) throw new ImportLimitError(LIMIT_MESSAGES.lying(entry.path));
      }
      left.set(entry.path, allowed - inflated);
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(LIMIT_MESSAGES.broken());
  } finally {
    input.destroy();
  }
}

/** Throws ImportLimitError (Vietnamese) when the XLSX may expand beyond the limits, ImportFileError when it is no ZIP. */
export async function assertXlsxWithinLimits(filePath: string): Promise<void> {
  await checkInflatedSizes(filePath, declaredXlsxParts(filePath));
}
