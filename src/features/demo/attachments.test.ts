/**
 * The demo's placeholder files (issue 15): a valid one-page PDF whose text, read back through its
 * own ToUnicode map, says it is demo data and names the component or the procedure; the same
 * subject always gives the same bytes; every name of the catalog can be set in the embedded font.
 */
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allProcedures } from '../../domain/catalog/catalog.ts';
import { demoAttachmentFile, type DemoAttachmentSubject } from './attachments.ts';
import { missingGlyphs, placeholderPdf } from './placeholder-pdf.ts';

/** The body of object `n` (from the xref table's offset, which must point at "n 0 obj"). */
function objectAt(pdf: Buffer, n: number): Buffer {
  const source = pdf.toString('latin1');
  const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(source)![1]);
  expect(source.slice(xref, xref + 4)).toBe('xref');
  const offset = Number(source.slice(xref).split('\n')[2 + n]!.slice(0, 10));
  expect(source.slice(offset, offset + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
  return pdf.subarray(offset, source.indexOf('endobj', offset));
}

function streamOf(pdf: Buffer, n: number): string {
  const body = objectAt(pdf, n);
  const start = body.indexOf('stream\n') + 'stream\n'.length;
  const length = Number(/\/Length (\d+)/.exec(body.toString('latin1'))![1]);
  return inflateSync(body.subarray(start, start + length)).toString('latin1');
}

/** The page's text, line by line, decoded through the file's own ToUnicode map. */
function textOf(pdf: Buffer): string[] {
  const unicode = new Map<string, string>();
  for (const [, gid, code] of streamOf(pdf, 9).matchAll(/<([0-9A-F]{4})> <([0-9A-F]{4})>/g)) unicode.set(gid!, String.fromCodePoint(parseInt(code!, 16)));
  return [...streamOf(pdf, 4).matchAll(/<([0-9A-F]*)> Tj/g)].map(([, hex]) => hex!.match(/.{4}/g)!.map((gid) => unicode.get(gid) ?? '\uFFFD').join(''));
}

const SUBJECT: DemoAttachmentSubject = { kind: 'component', procedureName: 'Đăng ký khai sinh', componentName: 'Tờ khai đăng ký khai sinh; bản sao/bản chụp giấy chứng sinh' };

describe('demo attachment files', () => {
  it('is a one-page PDF whose text says it is demo data and names the component and the procedure', () => {
    const file = demoAttachmentFile(SUBJECT);
    expect(file.bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(file.contentType).toBe('application/pdf');
    expect(file.sha256).toBe(createHash('sha256').update(file.bytes).digest('hex'));
    expect(objectAt(file.bytes, 2).toString('latin1')).toContain('/Count 1');
    const text = textOf(file.bytes).join(' ');
    expect(text).toContain('BẢN QUÉT MẪU (DỮ LIỆU THỬ NGHIỆM)');
    expect(text).toContain(`Thành phần hồ sơ: ${SUBJECT.componentName}`);
    expect(text).toContain('Thủ tục: Đăng ký khai sinh');
    expect(text).toContain('không có giá trị pháp lý');
    expect(text).not.toContain('\uFFFD');
    // A slash would read as a folder in the stored name.
    expect(file.originalName).toBe('Bản quét mẫu - Tờ khai đăng ký khai sinh; bản sao-bản chụp giấy chứng sinh.pdf');
  });

  it('names each kind for what it stands for', () => {
    const reused = demoAttachmentFile({ ...SUBJECT, kind: 'reused' });
    const result = demoAttachmentFile({ kind: 'result', procedureName: 'Chứng thực bản sao từ bản chính' });
    expect(textOf(reused.bytes)[0]).toBe('GIẤY TỜ TÁI SỬ DỤNG MẪU (DỮ LIỆU THỬ NGHIỆM)');
    expect(textOf(result.bytes)[0]).toBe('KẾT QUẢ GIẢI QUYẾT MẪU (DỮ LIỆU THỬ NGHIỆM)');
    expect(result.originalName).toBe('Kết quả mẫu - Chứng thực bản sao từ bản chính.pdf');
    expect(new Set([demoAttachmentFile(SUBJECT).sha256, reused.sha256, result.sha256]).size).toBe(3);
  });

  it('gives the same bytes for the same lines (the demo stays deterministic), and wraps long lines inside the page', () => {
    const lines = [{ text: 'Một dòng rất dài '.repeat(30) }];
    expect(placeholderPdf('Mẫu', lines).equals(placeholderPdf('Mẫu', lines))).toBe(true);
    const wrapped = textOf(placeholderPdf('Mẫu', lines));
    expect(wrapped.length).toBeGreaterThan(3);
    expect(wrapped.join(' ')).toBe('Một dòng rất dài '.repeat(30).trim());
  });

  it('has a glyph for every letter of the catalog names it may print', () => {
    const names = allProcedures().flatMap((p) => [p.name, ...p.components.map((c) => c.name)]);
    expect(names.length).toBeGreaterThan(100);
    expect(names.flatMap(missingGlyphs)).toEqual([]);
    expect(missingGlyphs('ĐẶNG THỊ ỨNG ỬNG ỸỴ ơư')).toEqual([]);
    expect(missingGlyphs('漢')).toEqual(['漢']);
  });
});
