/**
 * Exact-match keys of a citizen's ID number (CCCD, CMND, passport) and phone number, so that a
 * returning citizen is found however the number was typed: "001 090.000 123", "001090000123";
 * "+84 912 345 678", "84912345678", "0912.345.678" (issue 14). The dossiers row keeps both keys
 * in indexed columns (applicant_id_key, applicant_phone_key); the search compares keys, never a
 * pattern, so a partial number finds nothing.
 */

/** Spaces, dots, dashes, slashes, underscores and brackets people put inside numbers. */
const SEPARATORS = /[ \t\n\r\f\v\u00a0.\-/_()]/g;

/**
 * The key of an ID number: separators removed, upper case (passports carry letters); undefined
 * when what is left is not 6–20 letters and digits with at least one digit.
 */
export function idNumberKey(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const key = raw.replace(SEPARATORS, '');
  return /^[0-9A-Za-z]{6,20}$/.test(key) && /[0-9]/.test(key) ? key.toUpperCase() : undefined;
}

/**
 * The key of a Vietnamese phone number: digits only, the country code +84 / 0084 / 84 written
 * as the leading 0 of the national form ("0912345678"); undefined when what is left is not 8–11
 * digits starting with 0.
 */
export function phoneKey(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const compact = raw.replace(SEPARATORS, '');
  if (!/^\+?[0-9]+$/.test(compact)) return undefined;
  let digits = compact.replace(/^\+/, '');
  if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
  else if (compact.startsWith('+84') || (digits.startsWith('84') && digits.length >= 10 && digits.length <= 11)) digits = `0${digits.slice(2)}`;
  return /^0[0-9]{7,10}$/.test(digits) ? digits : undefined;
}

/** The keys a search text may be (a search box takes a name, a dossier code, an ID number or a phone). */
export function personKeysOfQuery(query: string): { idNumber?: string; phone?: string } {
  const idNumber = idNumberKey(query);
  const phone = phoneKey(query);
  return { ...(idNumber ? { idNumber } : {}), ...(phone ? { phone } : {}) };
}
