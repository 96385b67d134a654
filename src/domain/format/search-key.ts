/**
 * Folds Vietnamese text for matching and search: no diacritics (đ → d), lower case, single
 * spaces, so that "Đăng ký", "ĐĂNG KÝ" and "dang ky" are the same.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
