/**
 * File names for people (issue 15): "Quý IV năm 2026" + "Trung tâm Phục vụ hành chính công
 * phường Gia Viên" → `bao-cao-quy-iv-2026-phuong-gia-vien.docx`. ASCII only, so that every
 * browser, mail client and USB stick keeps the name as it is.
 */
import { searchKey } from './search-key.ts';

/** "Phường Gia Viên" → "phuong-gia-vien": diacritics dropped (đ → d), words joined by "-". */
export function slug(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The place a unit's name names: "… phường Gia Viên" → "phường Gia Viên" (the whole name when none). */
export function placeOfUnitName(name: string): string {
  const match = /(?:^|\s)((?:phường|xã|đặc khu|thị trấn|thành phố|tỉnh|quận|huyện|thị xã)\s.+)$/iu.exec(name);
  return match ? match[1]! : name;
}

/** "Quý IV năm 2026" → "quy-iv-2026": the word "năm" adds nothing to a file name. */
export function periodSlug(periodName: string): string {
  return slug(periodName.replace(/(^|\s)năm(?=\s)/giu, ' '));
}

/** `bao-cao-quy-iv-2026-phuong-gia-vien.docx` */
export function reportFileName(periodName: string, unitName: string, extension: string): string {
  return `bao-cao-${periodSlug(periodName)}-${slug(placeOfUnitName(unitName))}.${extension}`;
}
