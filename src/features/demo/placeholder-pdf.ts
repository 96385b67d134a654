/**
 * A one-page A4 PDF of a few lines of Vietnamese text: the placeholder "scans" and "results"
 * of the demo data (attachments.ts). Nothing else in Một Cửa writes PDF (official documents
 * are DOCX, XLSX and printable HTML), so this is a small writer rather than a dependency.
 *
 * The standard PDF fonts have no Vietnamese letters (ơ, ư, ệ…), so the text is set in a subset
 * of DejaVu Sans (assets/placeholder-font.ttf: ASCII, Latin-1 and every Vietnamese letter;
 * assets/README.md says how it was made), embedded as a Type 0 font with Identity-H encoding
 * (glyph ids in the content) and a ToUnicode map, so that the text can be searched and copied.
 * The output depends only on its input (no dates, no ids): the same lines give the same bytes.
 */
import fs from 'node:fs';
import { deflateSync } from 'node:zlib';

export interface PdfLine {
  text: string;
  /** Points; default 12. */
  size?: number;
  /** Extra space before the line, in points. */
  gap?: number;
}

interface FontMetrics {
  bytes: Buffer;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  bbox: [number, number, number, number];
  /** Unicode code point → glyph id. */
  glyphOf: Map<number, number>;
  /** Advance width of each glyph id, in font units. */
  advances: number[];
}

const FONT_URL = new URL('./assets/placeholder-font.ttf', import.meta.url);
const PAGE = { width: 595.28, height: 841.89, margin: 64 } as const;

let font: FontMetrics | undefined;

/** The embedded font's tables read once: cmap (format 4), hmtx, head, hhea. */
function loadFont(): FontMetrics {
  if (font) return font;
  const bytes = fs.readFileSync(FONT_URL);
  const tables = new Map<string, number>();
  for (let i = 0; i < bytes.readUInt16BE(4); i++) {
    const record = 12 + i * 16;
    tables.set(bytes.toString('latin1', record, record + 4), bytes.readUInt32BE(record + 8));
  }
  const table = (tag: string): number => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`placeholder font: no ${tag} table`);
    return offset;
  };
  const head = table('head');
  const hhea = table('hhea');
  const glyphCount = bytes.readUInt16BE(table('maxp') + 4);
  const metricCount = bytes.readUInt16BE(hhea + 34);
  const advances: number[] = [];
  for (let gid = 0; gid < glyphCount; gid++) advances.push(bytes.readUInt16BE(table('hmtx') + 4 * Math.min(gid, metricCount - 1)));
  const glyphOf = new Map<number, number>();
  const cmap = table('cmap');
  for (let i = 0; i < bytes.readUInt16BE(cmap + 2); i++) {
    const subtable = cmap + bytes.readUInt32BE(cmap + 4 + i * 8 + 4);
    if (bytes.readUInt16BE(subtable) !== 4) continue;
    const segments = bytes.readUInt16BE(subtable + 6) / 2;
    const ends = subtable + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const start = bytes.readUInt16BE(starts + s * 2);
      const end = bytes.readUInt16BE(ends + s * 2);
      const delta = bytes.readInt16BE(deltas + s * 2);
      const rangeOffset = bytes.readUInt16BE(rangeOffsets + s * 2);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        const at = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        const raw = rangeOffset === 0 ? code : bytes.readUInt16BE(at);
        const gid = raw === 0 ? 0 : (raw + delta) & 0xffff;
        if (gid !== 0) glyphOf.set(code, gid);
      }
    }
  }
  font = {
    bytes,
    unitsPerEm: bytes.readUInt16BE(head + 18),
    ascent: bytes.readInt16BE(hhea + 4),
    descent: bytes.readInt16BE(hhea + 6),
    bbox: [bytes.readInt16BE(head + 36), bytes.readInt16BE(head + 38), bytes.readInt16BE(head + 40), bytes.readInt16BE(head + 42)],
    glyphOf,
    advances,
  };
  return font;
}

/** The characters of `text` the font cannot show (the tests keep the catalog's names covered). */
export function missingGlyphs(text: string): string[] {
  const { glyphOf } = loadFont();
  return [...new Set([...text.normalize('NFC')].filter((c) => !glyphOf.has(c.codePointAt(0)!)))];
}

/** Glyph ids of a text; a character the font lacks becomes "?". */
function glyphsOf(text: string): number[] {
  const { glyphOf } = loadFont();
  const fallback = glyphOf.get(0x3f)!;
  return [...text.normalize('NFC')].map((c) => glyphOf.get(c.codePointAt(0)!) ?? fallback);
}

/** Splits a line into lines no wider than `width` points, at spaces (a longer word stays whole). */
function wrap(text: string, size: number, width: number): string[] {
  const { advances, unitsPerEm } = loadFont();
  const widthOf = (s: string): number => (glyphsOf(s).reduce((sum, gid) => sum + advances[gid]!, 0) * size) / unitsPerEm;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && widthOf(candidate) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  lines.push(current);
  return lines;
}

const hex4 = (n: number): string => n.toString(16).padStart(4, '0').toUpperCase();

/** PDF text string in UTF-16BE hex (document information). */
const pdfText = (text: string): string => `<FEFF${[...text].map((c) => Buffer.from(c, 'utf16le').swap16().toString('hex').toUpperCase()).join('')}>`;

/** The page's content stream: a thin frame and the lines, top to bottom. */
function pageContent(lines: readonly PdfLine[]): string {
  const { width, height, margin } = PAGE;
  const ops = [`0.6 G 1 w ${margin - 16} ${margin - 16} ${width - 2 * margin + 32} ${height - 2 * margin + 32} re S`, 'BT'];
  let y = height - margin;
  for (const line of lines) {
    const size = line.size ?? 12;
    y -= line.gap ?? 0;
    for (const part of wrap(line.text, size, width - 2 * margin)) {
      y -= size * 1.35;
      ops.push(`/F1 ${size} Tf 1 0 0 1 ${margin} ${y.toFixed(2)} Tm <${glyphsOf(part).map(hex4).join('')}> Tj`);
    }
  }
  ops.push('ET');
  return ops.join('\n');
}

/** CMap from glyph ids back to Unicode (copying and searching the text). */
function toUnicodeCMap(): string {
  const entries = [...loadFont().glyphOf].map(([code, gid]) => `<${hex4(gid)}> <${hex4(code)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...blocks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}

const stream = (dictionary: string, data: Buffer): Buffer[] => {
  const packed = deflateSync(data, { level: 9 });
  return [Buffer.from(`<< ${dictionary} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`, 'latin1'), packed, Buffer.from('\nendstream', 'latin1')];
};
const text = (s: string): Buffer[] => [Buffer.from(s, 'latin1')];

let fontObjects: Buffer[][] | undefined;

/** Objects 5–9, the font, which every placeholder shares (compressed once). */
function sharedFontObjects(): Buffer[][] {
  if (fontObjects) return fontObjects;
  const metrics = loadFont();
  const scale = (n: number): number => Math.round((n * 1000) / metrics.unitsPerEm);
  const widths = metrics.advances.map(scale).join(' ');
  fontObjects = [
    text('<< /Type /Font /Subtype /Type0 /BaseFont /MCDEMO+DejaVuSans /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 9 0 R >>'),
    text(`<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MCDEMO+DejaVuSans /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /CIDToGIDMap /Identity /W [0 [${widths}]] >>`),
    text(
      `<< /Type /FontDescriptor /FontName /MCDEMO+DejaVuSans /Flags 32 /FontBBox [${metrics.bbox.map(scale).join(' ')}] /ItalicAngle 0 /Ascent ${scale(metrics.ascent)} /Descent ${scale(metrics.descent)} /CapHeight ${scale(metrics.ascent)} /StemV 80 /FontFile2 8 0 R >>`,
    ),
    stream(`/Length1 ${metrics.bytes.length}`, metrics.bytes),
    stream('', Buffer.from(toUnicodeCMap(), 'latin1')),
  ];
  return fontObjects;
}

/** One A4 page with `lines`; `title` goes into the document information. */
export function placeholderPdf(title: string, lines: readonly PdfLine[]): Buffer {
  const objects: Buffer[][] = [
    text('<< /Type /Catalog /Pages 2 0 R >>'),
    text('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    text(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`),
    stream('', Buffer.from(pageContent(lines), 'latin1')),
    ...sharedFontObjects(),
    text(`<< /Title ${pdfText(title)} /Producer ${pdfText('Một Cửa, dữ liệu mẫu')} >>`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    for (const part of [Buffer.from(`${index + 1} 0 obj\n`, 'latin1'), ...body, Buffer.from('\nendobj\n', 'latin1')]) {
      parts.push(part);
      length += part.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
