/**
 * SMS length and encoding. Vietnamese with diacritics does not fit the GSM 03.38 alphabet, so a
 * text message carrying it is sent in UCS-2: 70 characters in a single message, 67 per part once
 * split (the rest of each part holds the concatenation header). Without diacritics the GSM
 * alphabet allows 160, then 153 per part. Carriers and brandname gateways bill per part.
 *
 * Decision (docs/notices.md "SMS"): templates are written with diacritics, because a legal notice
 * without them is ambiguous ("ho so bi tu choi"); a unit whose gateway or brandname cannot send
 * Unicode switches its SMS channel to `unicode: false`, and the text is then sent without
 * diacritics (`stripDiacritics`). The leader's preview shows the part count either way.
 */

/** GSM 03.38 basic alphabet (one septet each). */
const GSM_BASIC = new Set([
  ...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
]);
/** GSM 03.38 extension table (an escape septet plus one: two each). */
const GSM_EXTENDED = new Set([...'^{}\\[~]|€\f']);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsLength {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  /** Message parts the carrier sends and bills. */
  parts: number;
}

export function smsEncoding(text: string): SmsEncoding {
  for (const char of text) if (!GSM_BASIC.has(char) && !GSM_EXTENDED.has(char)) return 'ucs2';
  return 'gsm7';
}

export function smsLength(text: string): SmsLength {
  const normalised = text.normalize('NFC');
  const encoding = smsEncoding(normalised);
  if (encoding === 'gsm7') {
    let units = 0;
    for (const char of normalised) units += GSM_EXTENDED.has(char) ? 2 : 1;
    return { encoding, units, parts: units <= 160 ? 1 : Math.ceil(units / 153) };
  }
  const units = normalised.length;
  return { encoding, units, parts: units <= 70 ? 1 : Math.ceil(units / 67) };
}

/** Vietnamese without diacritics, case kept: "Hồ sơ Đã tiếp nhận" → "Ho so Da tiep nhan". */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** A default SMS template should fit in this many parts with ordinary values (tested). */
export const SMS_PARTS_BUDGET = 3;
