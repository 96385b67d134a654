/**
 * Attached files over HTTP on PGlite and PostgreSQL: upload (streamed, SHA-256 named,
 * deduplicated, type judged from the bytes, size limit), list, download with the original
 * Vietnamese name, the flags that feed the report figures, and who may see what.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, type Session, type TestApp } from '../support/api.ts';
import { pdf, uploadFile, type UploadFile } from '../support/multipart.ts';
import { LocalFolderFileStore } from '../../src/platform/files/file-store.ts';
import { checkContentType, detectContentType } from '../../src/features/files/content-type.ts';
import { cleanFileName } from '../../src/features/files/file-name.ts';
import { asciiFileName, contentDisposition } from '../../src/platform/http/content-disposition.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';

// ─── Test files with real magic numbers ──────────────────────────────────────

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** The start of a JFIF JPEG (SOI, APP0 "JFIF") and its end marker. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.from([1, 1, 0, 0, 1, 0, 1, 0, 0]), Buffer.alloc(32, 7), Buffer.from([0xff, 0xd9])]);
const TIFF = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), Buffer.alloc(24)]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([26, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(18)]);

interface FileView {
  id: string;
  kind: string;
  componentCode: string | null;
  originalName: string;
  contentType: string;
  size: number;
  sha256: string;
  digitized: boolean;
  reused: boolean;
  electronic: boolean;
  downloadUrl: string;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Every file under a folder, relative paths. */
function listTree(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
}

forEachDriver('attached files over HTTP', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let head: Session;
  let leader: Session;
  let otherCounter: Session;
  let filesDir: string;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    // Each block gets its own storage folder, so counts of stored blobs are exact.
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-files-'));
    t.ctx.fileStore = new LocalFolderFileStore(filesDir);
    [counter, head, leader, otherCounter] = await Promise.all([t.login('counter'), t.login('head'), t.login('leader'), t.login('otherCounter')]);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  async function receive(): Promise<{ code: string; version: number }> {
    const response = await counter.post('/api/dossiers', receptionBody());
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { code: string; version: number };
  }

  const upload = (session: Session, code: string, fields: Record<string, string | number>, file?: UploadFile) => uploadFile(t.app, session, code, fields, file);

  const blobs = (): string[] => listTree(filesDir).filter((f) => !f.startsWith('tmp'));
  const temporaries = (): string[] => listTree(path.join(filesDir, 'tmp'));

  it('stores a PDF scan under its SHA-256, keeps the Vietnamese name, and serves it back', async () => {
    const dossier = await receive();
    const bytes = pdf('to khai');
    const name = 'Tờ khai xác nhận tình trạng hôn nhân - Nguyễn Thị Bình (bản quét).pdf';
    const response = await upload(counter, dossier.code, { kind: 'component', componentCode: 'to-khai', expectedVersion: dossier.version }, { bytes, name, type: 'application/pdf' });
    expect(response.statusCode, response.body).toBe(201);
    const { file, deduplicated, version } = response.json() as { file: FileView; deduplicated: boolean; version: number };
    expect(deduplicated).toBe(false);
    expect(version).toBe(dossier.version + 1);
    expect(file).toMatchObject({ kind: 'component', componentCode: 'to-khai', originalName: name, contentType: 'application/pdf', size: bytes.length, sha256: sha256(bytes), digitized: true, reused: false, electronic: false });
    expect(fs.readFileSync(path.join(filesDir, file.sha256.slice(0, 2), file.sha256))).toEqual(bytes);
    expect(temporaries()).toEqual([]);

    const detail = (await counter.get(`/api/dossiers/${dossier.code}`)).json();
    expect(detail.hasComponentFile).toBe(true);
    expect(detail.hasReusedComponent).toBe(false);
    expect(detail.hasResultFile).toBe(false);
    expect(detail.history.at(-1)).toMatchObject({ type: 'file_attached', payload: { kind: 'component', fileId: file.sha256, componentCode: 'to-khai' } });

    const list = await counter.get(`/api/dossiers/${dossier.code}/files`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((f: FileView) => f.id)).toEqual([file.id]);

    const download = await counter.get(file.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload).toEqual(bytes);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(bytes.length));
    const disposition = String(download.headers['content-disposition']);
    expect(disposition.startsWith('attachment; filename="To khai xac nhan tinh trang hon nhan - Nguyen Thi Binh (ban quet).pdf"')).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe(name);
    const inline = await counter.get(`${file.downloadUrl}?inline=true`);
    expect(String(inline.headers['content-disposition'])).toMatch(/^inline; /);
    // The audit chain now covers the attachment, including the bytes' SHA-256.
    expect((await verifyAuditChain(getDb().db)).ok).toBe(true);
  });

  it('sets the reused and electronic-result flags that feed the report figures (PNG, JPEG)', async () => {
    const dossier = await receive();
    const reused = await upload(counter, dossier.code, { kind: 'reused', componentCode: 'giay-khai-sinh', expectedVersion: dossier.version }, { bytes: PNG, name: 'giấy khai sinh.png', type: 'image/png' });
    expect(reused.statusCode, reused.body).toBe(201);
    expect(reused.json().file).toMatchObject({ kind: 'component', contentType: 'image/png', reused: true, digitized: false, electronic: false });
    // The department head sees the dossier once it is forwarded to the department.
    const forwarded = await counter.post(`/api/dossiers/${dossier.code}/forward`, { expectedVersion: dossier.version + 1, to: 'tu-phap' });
    expect(forwarded.statusCode, forwarded.body).toBe(200);
    const result = await upload(head, dossier.code, { kind: 'result', expectedVersion: dossier.version + 2 }, { bytes: JPEG, name: 'Giấy xác nhận.jpg', type: 'image/jpeg' });
    expect(result.statusCode, result.body).toBe(201);
    expect(result.json().file).toMatchObject({ kind: 'result', contentType: 'image/jpeg', electronic: true, componentCode: null });
    const detail = (await counter.get(`/api/dossiers/${dossier.code}`)).json();
    expect(detail).toMatchObject({ hasComponentFile: true, hasReusedComponent: true, hasResultFile: true, version: dossier.version + 3 });
    const list = (await head.get(`/api/dossiers/${dossier.code}/files`)).json().items as FileView[];
    expect(list.map((f) => f.contentType).sort()).toEqual(['image/jpeg', 'image/png']);
  });

  it('stores identical content once and accepts a generic declared type and decomposed (NFD) names', async () => {
    const bytes = pdf('dedupe');
    const first = await receive();
    const second = await receive();
    const before = blobs().length;
    const a = await upload(counter, first.code, { kind: 'component', expectedVersion: first.version }, { bytes, name: 'Sổ hộ khẩu.pdf', type: 'application/pdf' });
    const nfd = 'Căn cước công dân Đức.pdf'.normalize('NFD');
    const b = await upload(counter, second.code, { kind: 'component', expectedVersion: second.version }, { bytes, name: nfd, type: 'application/octet-stream' });
    expect(a.statusCode, a.body).toBe(201);
    expect(b.statusCode, b.body).toBe(201);
    expect(a.json().deduplicated).toBe(false);
    expect(b.json().deduplicated).toBe(true);
    expect(b.json().file.sha256).toBe(a.json().file.sha256);
    expect(b.json().file.id).not.toBe(a.json().file.id);
    expect(b.json().file.originalName).toBe('Căn cước công dân Đức.pdf');
    expect(blobs().length).toBe(before + 1);
    expect(temporaries()).toEqual([]);
  });

  it('refuses a file over the limit with 413 and leaves nothing behind', async () => {
    const dossier = await receive();
    const before = blobs();
    const bytes = Buffer.concat([pdf('big'), Buffer.alloc(t.ctx.config.maxUploadBytes, 0x20)]);
    const response = await upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, { bytes, name: 'bản quét quá lớn.pdf', type: 'application/pdf' });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'qua_lon', field: 'file' });
    expect(response.json().message).toBe('Trường "file": tệp vượt quá dung lượng cho phép (2 MB một tệp).');
    expect(blobs()).toEqual(before);
    expect(temporaries()).toEqual([]);
    expect((await counter.get(`/api/dossiers/${dossier.code}`)).json().version).toBe(dossier.version);
    expect((await counter.get(`/api/dossiers/${dossier.code}/files`)).json().items).toEqual([]);
  });

  it('accepts a file of exactly the limit', async () => {
    const dossier = await receive();
    const head = pdf('exact');
    const bytes = Buffer.concat([head, Buffer.alloc(t.ctx.config.maxUploadBytes - head.length, 0x20)]);
    const response = await upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, { bytes, name: 'vừa đủ.pdf', type: 'application/pdf' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().file.size).toBe(t.ctx.config.maxUploadBytes);
  });

  it('judges the type from the bytes: 415 for a text file renamed .pdf and for mismatches', async () => {
    const dossier = await receive();
    const before = blobs();
    const cases: Array<{ file: UploadFile; message: RegExp }> = [
      { file: { bytes: Buffer.from('Đây là một tệp văn bản, không phải PDF.\n'), name: 'don-de-nghi.pdf', type: 'application/pdf' }, message: /không phải PDF, PNG, JPEG, TIFF hoặc WebP/ },
      { file: { bytes: Buffer.from('PK\u0003\u0004 docx'), name: 'to-khai.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, message: /không phải PDF/ },
      { file: { bytes: PNG, name: 'anh.png', type: 'application/pdf' }, message: /được khai báo là application\/pdf nhưng nội dung là ảnh PNG/ },
      { file: { bytes: PNG, name: 'ban-quet.pdf', type: 'application/octet-stream' }, message: /có đuôi \.pdf nhưng nội dung là ảnh PNG/ },
    ];
    for (const { file, message } of cases) {
      const response = await upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, file);
      expect(response.statusCode, file.name).toBe(415);
      expect(response.json()).toMatchObject({ error: 'dinh_dang_khong_ho_tro', field: 'file' });
      expect(response.json().message).toMatch(message);
    }
    expect(blobs()).toEqual(before);
    expect(temporaries()).toEqual([]);
  });

  it('refuses an empty file, a missing file and bad fields with 400 naming the field', async () => {
    const dossier = await receive();
    const empty = await upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, { bytes: Buffer.alloc(0), name: 'trống.pdf', type: 'application/pdf' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ field: 'file', message: 'Trường "file": tệp "trống.pdf" rỗng (0 byte). Hãy chọn lại tệp.' });
    const missing = await upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toBe('Thiếu tệp đính kèm (trường "file").');
    const kind = await upload(counter, dossier.code, { kind: 'scan', expectedVersion: dossier.version }, { bytes: PNG, name: 'a.png', type: 'image/png' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().field).toBe('kind');
    expect(kind.json().message).toContain('component');
    const version = await upload(counter, dossier.code, { kind: 'component' }, { bytes: PNG, name: 'a.png', type: 'image/png' });
    expect(version.statusCode).toBe(400);
    expect(version.json()).toMatchObject({ field: 'expectedVersion', message: 'Trường "expectedVersion": phải ghi phiên bản hồ sơ đang xem (expectedVersion)' });
    const resultWithComponent = await upload(counter, dossier.code, { kind: 'result', componentCode: 'to-khai', expectedVersion: dossier.version }, { bytes: PNG, name: 'a.png', type: 'image/png' });
    expect(resultWithComponent.statusCode).toBe(400);
    expect(resultWithComponent.json().field).toBe('componentCode');
    const json = await counter.post(`/api/dossiers/${dossier.code}/files`, { kind: 'component', expectedVersion: 1 });
    expect(json.statusCode).toBe(415);
    expect(temporaries()).toEqual([]);
  });

  it('refuses a stale version with 409, and of two parallel uploads on one version exactly one wins', async () => {
    const dossier = await receive();
    const before = blobs();
    const stale = await upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version + 3 }, { bytes: pdf('stale'), name: 'cu.pdf', type: 'application/pdf' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('vừa được người khác cập nhật');
    expect(blobs()).toEqual(before);

    const [x, y] = await Promise.all([
      upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, { bytes: pdf('song song 1'), name: 'a.pdf', type: 'application/pdf' }),
      upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, { bytes: pdf('song song 2'), name: 'b.pdf', type: 'application/pdf' }),
    ]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expect((await counter.get(`/api/dossiers/${dossier.code}/files`)).json().items).toHaveLength(1);
    expect(temporaries()).toEqual([]);
  });

  it('follows the policies: another unit gets 404, a role outside the transition table 403, an ended dossier 409', async () => {
    const dossier = await receive();
    const created = await upload(counter, dossier.code, { kind: 'component', expectedVersion: dossier.version }, { bytes: TIFF, name: 'scan.tif', type: 'image/tiff' });
    expect(created.statusCode, created.body).toBe(201);
    const file = created.json().file as FileView;
    expect(file.contentType).toBe('image/tiff');

    const download = await otherCounter.get(file.downloadUrl);
    expect(download.statusCode).toBe(404);
    expect(download.json().message).toBe('Không tìm thấy tệp đính kèm này, hoặc bạn không có quyền xem hồ sơ chứa tệp.');
    expect(download.body).not.toContain(dossier.code);
    expect((await otherCounter.get(`/api/dossiers/${dossier.code}/files`)).statusCode).toBe(404);
    const foreign = await upload(otherCounter, dossier.code, { kind: 'component', expectedVersion: 2 }, { bytes: WEBP, name: 'x.webp', type: 'image/webp' });
    expect(foreign.statusCode).toBe(404);
    expect((await counter.get('/api/files/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await counter.get('/api/files/khong-phai-uuid')).statusCode).toBe(400);

    const byLeader = await upload(leader, dossier.code, { kind: 'component', expectedVersion: 2 }, { bytes: WEBP, name: 'x.webp', type: 'image/webp' });
    expect(byLeader.statusCode).toBe(403);

    const withdrawn = await counter.post(`/api/dossiers/${dossier.code}/withdraw`, { expectedVersion: 2 });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const late = await upload(counter, dossier.code, { kind: 'component', expectedVersion: 3 }, { bytes: WEBP, name: 'x.webp', type: 'image/webp' });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toContain('Hồ sơ đã kết thúc');
  });
});

describe('content types, names and headers', () => {
  it('detects PDF, PNG, JPEG, TIFF (both byte orders) and WebP from the bytes only', () => {
    expect(detectContentType(pdf('x'))).toBe('application/pdf');
    expect(detectContentType(PNG)).toBe('image/png');
    expect(detectContentType(JPEG)).toBe('image/jpeg');
    expect(detectContentType(TIFF)).toBe('image/tiff');
    expect(detectContentType(Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('image/tiff');
    expect(detectContentType(WEBP)).toBe('image/webp');
    expect(detectContentType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeUndefined();
    expect(detectContentType(Buffer.from('%PD'))).toBeUndefined();
    expect(detectContentType(Buffer.alloc(0))).toBeUndefined();
    expect(checkContentType(JPEG, 'image/jpg', 'anh.JPEG')).toEqual({ ok: true, contentType: 'image/jpeg' });
    expect(checkContentType(JPEG, 'image/jpeg; charset=binary', 'anh-khong-duoi')).toEqual({ ok: true, contentType: 'image/jpeg' });
    expect(checkContentType(JPEG, 'text/plain', 'anh.jpg')).toMatchObject({ ok: false, reason: 'declared-mismatch' });
  });

  it('cleans names and writes RFC 5987 headers', () => {
    expect(cleanFileName('C:\\Users\\Lan\\Giấy tờ.pdf', 'x')).toBe('Giấy tờ.pdf');
    expect(cleanFileName('../../etc/passwd', 'x')).toBe('passwd');
    expect(cleanFileName('\u0000\u001f', 'tep.pdf')).toBe('tep.pdf');
    expect([...cleanFileName(`${'Đ'.repeat(400)}.pdf`, 'x')]).toHaveLength(255);
    expect(cleanFileName(`${'Đ'.repeat(400)}.pdf`, 'x').endsWith('.pdf')).toBe(true);
    expect(asciiFileName('Đơn đề nghị "gấp"; 100%.pdf')).toBe('Don de nghi _gap__ 100_.pdf');
    expect(contentDisposition('attachment', "Tờ khai (bản sao)'s.pdf")).toBe(
      `attachment; filename="To khai (ban sao)'s.pdf"; filename*=UTF-8''T%E1%BB%9D%20khai%20%28b%E1%BA%A3n%20sao%29%27s.pdf`,
    );
  });
});
