/**
 * Hostile XLSX files for the limits of src/import/limits.ts, written cheaply: each part is
 * streamed through raw DEFLATE from a generator of chunks (a 400 MB cell of one repeated letter
 * compresses to ≈ 400 KB in ≈ 1 s), then stored in a ZIP written here (local headers, central
 * directory, end record) so that a test can also make the central directory lie about a part's
 * size. Used by test/import/limits.test.ts and bench/xlsx-bombs.ts (RSS measurements).
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's content, in chunks (generated lazily: it may be hundreds of megabytes). */
  content: () => Iterable<string | Buffer>;
  /** Uncompressed size written in the headers instead of the true one (a lying ZIP). */
  declaredSize?: number;
}

interface DeflatedPart {
  name: Buffer;
  crc: number;
  size: number;
  declaredSize: number;
  data: Buffer[];
  compressedSize: number;
}

async function deflatePart(part: ZipPart): Promise<DeflatedPart> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const data: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => data.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of part.content()) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    crc = zlib.crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  const compressedSize = data.reduce((sum, chunk) => sum + chunk.length, 0);
  return { name: Buffer.from(part.name, 'utf8'), crc, size, declaredSize: part.declaredSize ?? size, data, compressedSize };
}

/** Writes a ZIP (DEFLATE, no data descriptors, no ZIP64) of the parts, in order. */
export async function writeZip(filePath: string, parts: readonly ZipPart[]): Promise<void> {
  const deflated: DeflatedPart[] = [];
  for (const part of parts) deflated.push(await deflatePart(part));
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of deflated) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // DEFLATE
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.compressedSize, 18);
    local.writeUInt32LE(part.declaredSize, 22);
    local.writeUInt16LE(part.name.length, 26);
    out.push(local, part.name, ...part.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.compressedSize, 20);
    entry.writeUInt32LE(part.declaredSize, 24);
    entry.writeUInt16LE(part.name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, part.name);
    offset += local.length + part.name.length + part.compressedSize;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(deflated.length, 8);
  end.writeUInt16LE(deflated.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(filePath, Buffer.concat([...out, ...central, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>';
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';
const SST_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** A header row the importer recognises, as inline strings. */
const HEADER_ROW = `<row r="1">${inline('A1', 'Mã hồ sơ')}${inline('B1', 'Tên thủ tục')}${inline('C1', 'Ngày tiếp nhận')}</row>`;

function* repeated(letter: string, bytes: number): Generator<Buffer> {
  const block = Buffer.alloc(1 << 20, letter);
  for (let left = bytes; left > 0; left -= block.length) yield left >= block.length ? block : block.subarray(0, left);
}

function workbookParts(sheet: () => Iterable<string | Buffer>, sharedStrings: () => Iterable<string | Buffer>, options: { sheetFirst?: boolean; declaredSharedStrings?: number } = {}): ZipPart[] {
  const sst: ZipPart = { name: 'xl/sharedStrings.xml', content: sharedStrings, ...(options.declaredSharedStrings !== undefined ? { declaredSize: options.declaredSharedStrings } : {}) };
  const ws: ZipPart = { name: 'xl/worksheets/sheet1.xml', content: sheet };
  return [
    { name: '[Content_Types].xml', content: () => [CONTENT_TYPES] },
    { name: '_rels/.rels', content: () => [ROOT_RELS] },
    { name: 'xl/workbook.xml', content: () => [WORKBOOK] },
    { name: 'xl/_rels/workbook.xml.rels', content: () => [WORKBOOK_RELS] },
    ...(options.sheetFirst ? [ws, sst] : [sst, ws]),
  ];
}

/**
 * One cell of `bytes` letters in the second row: as an inline string in the sheet, or as
 * the only shared string (the sheet refers to it).
 */
export async function writeHugeCellXlsx(filePath: string, bytes: number, where: 'inline' | 'shared' = 'inline'): Promise<void> {
  const sheet = function* (): Generator<string | Buffer> {
    yield `${SHEET_HEAD}${HEADER_ROW}<row r="2">${inline('A2', 'HS-1')}`;
    if (where === 'inline') {
      yield '<c r="B2" t="inlineStr"><is><t>';
      yield* repeated('A', bytes);
      yield '</t></is></c>';
    } else {
      yield '<c r="B2" t="s"><v>0</v></c>';
    }
    yield `</row>${SHEET_TAIL}`;
  };
  const strings = function* (): Generator<string | Buffer> {
    yield `${SST_HEAD}<si><t>`;
    if (where === 'shared') yield* repeated('A', bytes);
    else yield 'x';
    yield '</t></si></sst>';
  };
  await writeZip(filePath, workbookParts(sheet, strings));
}

/**
 * `count` shared strings, and a sheet with a header row only: "0" … "999" over and over (≈ 540 KB
 * for 4 million; exceljs keeps every one), all distinct (≈ 10 MB), or as rich text (one run
 * each: exceljs keeps an object per string).
 */
export async function writeManySharedStringsXlsx(filePath: string, count: number, options: { declaredSize?: number; distinct?: boolean; rich?: boolean } = {}): Promise<void> {
  const value = (i: number): string => String(options.distinct ? i : i % 1000);
  const text = (i: number): string => (options.rich ? `<r><t>${value(i)}</t></r>` : `<t>${value(i)}</t>`);
  const strings = function* (): Generator<string> {
    yield SST_HEAD;
    const step = 10_000;
    for (let start = 0; start < count; start += step) {
      let chunk = '';
      for (let i = start; i < Math.min(count, start + step); i++) chunk += `<si>${text(i)}</si>`;
      yield chunk;
    }
    yield '</sst>';
  };
  const sheet = function* (): Generator<string> {
    yield `${SHEET_HEAD}${HEADER_ROW}${SHEET_TAIL}`;
  };
  await writeZip(filePath, workbookParts(sheet, strings, options.declaredSize !== undefined ? { declaredSharedStrings: options.declaredSize } : {}));
}

/** A sheet of `rows` small rows (a file that is only long), inline strings. */
export async function writeManyRowsXlsx(filePath: string, rows: number, options: { sheetFirst?: boolean } = {}): Promise<void> {
  const sheet = function* (): Generator<string> {
    yield `${SHEET_HEAD}${HEADER_ROW}`;
    const step = 10_000;
    for (let start = 2; start < rows + 2; start += step) {
      let chunk = '';
      for (let r = start; r < Math.min(rows + 2, start + step); r++) chunk += `<row r="${r}">${inline(`A${r}`, `HS-${r}`)}</row>`;
      yield chunk;
    }
    yield SHEET_TAIL;
  };
  await writeZip(filePath, workbookParts(sheet, () => [`${SST_HEAD}</sst>`], options));
}

/** A cell whose reference names a column beyond Excel's last (XFD = 16.384; ZZZ = 18.278). */
export async function writeFarColumnXlsx(filePath: string): Promise<void> {
  const sheet = function* (): Generator<string> {
    yield `${SHEET_HEAD}${HEADER_ROW}<row r="2">${inline('A2', 'HS-1')}${inline('ZZZ2', 'xa')}</row>${SHEET_TAIL}`;
  };
  await writeZip(filePath, workbookParts(sheet, () => [`${SST_HEAD}</sst>`]));
}
