/**
 * The files behind the demo's "Đính kèm tệp" events: for every attachment the demo records, a
 * one-page PDF that says plainly it is demo data ("Bản quét mẫu (dữ liệu thử nghiệm)") and names
 * the component or the procedure whose result it stands for. The event's fileId is the PDF's
 * SHA-256, as for an upload, and write.ts stores the bytes through the same file store and
 * `files` rows as an upload (features/files/store-generated-files.ts).
 *
 * The content names no dossier: the file store keeps one copy per distinct content, so the
 * whole demo needs one PDF per procedure's component (scan or reused) and per procedure's
 * result, a few hundred small files however many dossiers it writes.
 */
import { createHash } from 'node:crypto';
import type { GeneratedFile } from '../files/store-generated-files.ts';
import { placeholderPdf, type PdfLine } from './placeholder-pdf.ts';

/** component: a scan of a component; reused: a document taken from the citizens' data store; result: the electronic result. */
export type DemoAttachmentKind = 'component' | 'reused' | 'result';

export interface DemoAttachmentSubject {
  kind: DemoAttachmentKind;
  procedureName: string;
  /** The component scanned or reused (absent for a result, or a procedure without required components). */
  componentName?: string | undefined;
}

const NOT_REAL = 'Tệp này do bộ dữ liệu mẫu của Một Cửa tạo ra để thử phần mềm. Đây không phải giấy tờ của công dân, tổ chức nào và không có giá trị pháp lý.';

const WORDING: Record<DemoAttachmentKind, { title: string; name: string; line: (s: DemoAttachmentSubject) => string; note: string }> = {
  component: {
    title: 'BẢN QUÉT MẪU (DỮ LIỆU THỬ NGHIỆM)',
    name: 'Bản quét mẫu',
    line: (s) => `Thành phần hồ sơ: ${s.componentName ?? 'giấy tờ của hồ sơ'}`,
    note: 'Đứng thay cho bản quét (số hóa) thành phần hồ sơ mà công chức tiếp nhận đính kèm.',
  },
  reused: {
    title: 'GIẤY TỜ TÁI SỬ DỤNG MẪU (DỮ LIỆU THỬ NGHIỆM)',
    name: 'Giấy tờ tái sử dụng mẫu',
    line: (s) => `Giấy tờ: ${s.componentName ?? 'giấy tờ của hồ sơ'}`,
    note: 'Đứng thay cho giấy tờ được lấy lại từ kho dữ liệu điện tử của tổ chức, cá nhân thay vì công dân nộp lại.',
  },
  result: {
    title: 'KẾT QUẢ GIẢI QUYẾT MẪU (DỮ LIỆU THỬ NGHIỆM)',
    name: 'Kết quả mẫu',
    line: () => 'Văn bản kết quả giải quyết thủ tục hành chính (bản điện tử)',
    note: 'Đứng thay cho tệp kết quả điện tử mà cơ quan trả cho công dân.',
  },
};

const cache = new Map<string, GeneratedFile>();

/** The placeholder PDF of an attachment: same subject, same bytes (and the same SHA-256). */
export function demoAttachmentFile(subject: DemoAttachmentSubject): GeneratedFile {
  const key = JSON.stringify([subject.kind, subject.procedureName, subject.componentName ?? null]);
  const cached = cache.get(key);
  if (cached) return cached;
  const wording = WORDING[subject.kind];
  const lines: PdfLine[] = [
    { text: wording.title, size: 16 },
    { text: wording.line(subject), size: 12, gap: 14 },
    { text: `Thủ tục: ${subject.procedureName}`, size: 12 },
    { text: wording.note, size: 11, gap: 14 },
    { text: NOT_REAL, size: 11, gap: 6 },
  ];
  const bytes = placeholderPdf(wording.title, lines);
  const label = subject.kind === 'result' ? subject.procedureName : (subject.componentName ?? subject.procedureName);
  const file: GeneratedFile = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
    contentType: 'application/pdf',
    // A slash would read as a folder in the stored name (cleanFileName keeps the last part only).
    originalName: `${wording.name} - ${label.replace(/[\\/]/g, '-')}.pdf`,
  };
  cache.set(key, file);
  return file;
}
