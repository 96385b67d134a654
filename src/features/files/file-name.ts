/**
 * File names as citizens and officers give them ("Giấy khai sinh - Nguyễn Văn Đức.pdf"):
 * kept in Unicode, but made safe to store and to send back in a header.
 */

const MAX_NAME_LENGTH = 255;

/**
 * The name to store: NFC (macOS sends decomposed Vietnamese letters), without any folder part,
 * control characters or surrounding spaces, at most 255 characters (the extension is kept).
 * An empty result becomes `fallback`.
 */
export function cleanFileName(name: string, fallback: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim();
  if (cleaned === '' || cleaned === '.' || cleaned === '..') return fallback;
  const chars = [...cleaned];
  if (chars.length <= MAX_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 11 ? cleaned.slice(dot) : '';
  return chars.slice(0, MAX_NAME_LENGTH - [...extension].length).join('') + extension;
}

/** Extensions for files stored without a usable name. */
export const EXTENSION_OF_TYPE: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/tiff': '.tif',
  'image/webp': '.webp',
};
