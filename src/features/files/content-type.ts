/**
 * What a file is, judged from its bytes (magic numbers), never from what the client says:
 * scans arrive as PDF, PNG, JPEG, TIFF (what document scanners write) or WebP. Anything else
 * is refused. The declared type and the file name's extension must agree with the bytes when
 * they say something specific.
 */

export const SUPPORTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp'] as const;
export type SupportedType = (typeof SUPPORTED_TYPES)[number];

/** Vietnamese names of the formats, for messages. */
export const TYPE_LABELS: Record<SupportedType, string> = {
  'application/pdf': 'PDF',
  'image/png': 'ảnh PNG',
  'image/jpeg': 'ảnh JPEG',
  'image/tiff': 'ảnh TIFF',
  'image/webp': 'ảnh WebP',
};

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0): boolean =>
  head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The type of a file from its first bytes (≥ 12 needed), or undefined when unsupported. */
export function detectContentType(head: Uint8Array): SupportedType | undefined {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // TIFF and BigTIFF, little-endian ("II") and big-endian ("MM").
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(head, [0x49, 0x49, 0x2b, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2b])) return 'image/tiff';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return undefined;
}

/** Declared types that say nothing about the content (browsers send these for unknown files). */
const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/binary', 'application/unknown']);

const TYPE_ALIASES: Record<string, SupportedType> = {
  'application/pdf': 'application/pdf',
  'application/x-pdf': 'application/pdf',
  'application/acrobat': 'application/pdf',
  'image/png': 'image/png',
  'image/x-png': 'image/png',
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/tiff': 'image/tiff',
  'image/tif': 'image/tiff',
  'image/x-tiff': 'image/tiff',
  'image/webp': 'image/webp',
};

const EXTENSIONS: Record<string, SupportedType> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  jfif: 'image/jpeg',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
};

export type TypeCheck =
  | { ok: true; contentType: SupportedType }
  | { ok: false; reason: 'unsupported' }
  | { ok: false; reason: 'declared-mismatch'; detected: SupportedType; declared: string }
  | { ok: false; reason: 'extension-mismatch'; detected: SupportedType; extension: string };

/**
 * Checks a received file: the bytes decide the type; a specific declared type (`Content-Type`
 * of the part, parameters ignored) or a known extension of `fileName` that names another
 * format is a mismatch. An unknown extension (or none) is accepted: the bytes are the truth.
 */
export function checkContentType(head: Uint8Array, declared: string | undefined, fileName: string): TypeCheck {
  const detected = detectContentType(head);
  if (!detected) return { ok: false, reason: 'unsupported' };
  const declaredType = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (!GENERIC_TYPES.has(declaredType) && TYPE_ALIASES[declaredType] !== detected) {
    return { ok: false, reason: 'declared-mismatch', detected, declared: declaredType };
  }
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)?.[1]?.toLowerCase();
  const byExtension = extension ? EXTENSIONS[extension] : undefined;
  if (extension && byExtension && byExtension !== detected) return { ok: false, reason: 'extension-mismatch', detected, extension };
  return { ok: true, contentType: detected };
}
