/**
 * The search key of Vietnamese text, for matching and search: no diacritics (đ → d), lower
 * case, single spaces, so that "Đăng ký", "ĐĂNG KÝ" and "dang ky" have the same key.
 * ("Fold" is kept for the dossier's fold over its events.)
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
