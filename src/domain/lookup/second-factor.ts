/**
 * The second factor of a typed lookup: the last 4 digits of the phone number or of the ID
 * number (CCCD / số định danh, or tax code for an organization) given at reception.
 *
 * The dossier code is printed, photographed and read aloud: it is not a secret. A typed lookup
 * therefore needs something the citizen has and a stranger holding the code does not. Four
 * digits are few (10⁴ values), which is why the route limits failures per code (contract.ts).
 */
import type { Applicant } from '../dossier/state.ts';

export const SECOND_FACTOR_DIGITS = 4;

/**
 * Keeps the decimal digits of a text, reading full-width and other Unicode decimal digits
 * as ASCII ("０９１２ ３４５" → "0912345"): phones type what their keyboard offers.
 */
export function normaliseDigits(text: string): string {
  let digits = '';
  for (const char of text.normalize('NFKC')) {
    if (char >= '0' && char <= '9') digits += char;
  }
  return digits;
}

/** The last 4 digits of a recorded number, or undefined when it has fewer than 4 digits. */
function lastDigits(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const digits = normaliseDigits(value);
  return digits.length >= SECOND_FACTOR_DIGITS ? digits.slice(-SECOND_FACTOR_DIGITS) : undefined;
}

/** The accepted second factors of a dossier: last 4 digits of its phone and of its ID number. */
export function secondFactorsOf(applicant: Pick<Applicant, 'phone' | 'idNumber'>): string[] {
  return [lastDigits(applicant.phone), lastDigits(applicant.idNumber)].filter((v): v is string => v !== undefined);
}

/**
 * May this dossier be looked up by typing its code? Only when reception recorded a phone
 * number or an ID number with at least 4 digits. A dossier with neither can be followed only
 * through the QR token printed on its receipt: there is nothing a citizen could type that a
 * stranger holding the code could not (docs/lookup.md, "No second factor").
 */
export function typedLookupAvailable(applicant: Pick<Applicant, 'phone' | 'idNumber'>): boolean {
  return secondFactorsOf(applicant).length > 0;
}

/**
 * Compares two strings of equal length in time that depends only on their length. Strings of
 * different lengths are unequal (and the second factor always has 4 digits, so length leaks
 * nothing).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** A stand-in compared when a dossier has no factor, so that every check does the same work. */
const NO_FACTOR = '\u0000'.repeat(SECOND_FACTOR_DIGITS);

/**
 * Does the typed text match one of the dossier's second factors? The typed text is reduced to
 * its digits and must then be exactly 4 digits. Every candidate is compared (no early exit),
 * and a dossier without any factor never matches.
 */
export function secondFactorMatches(applicant: Pick<Applicant, 'phone' | 'idNumber'>, typed: string): boolean {
  const digits = normaliseDigits(typed);
  const candidates = secondFactorsOf(applicant);
  const compared = candidates.length > 0 ? candidates : [NO_FACTOR];
  let matched = false;
  for (const candidate of compared) {
    // The comparison comes first, so it runs for every candidate.
    matched = constantTimeEqual(candidate, digits.length === SECOND_FACTOR_DIGITS ? digits : NO_FACTOR) || matched;
  }
  return matched && candidates.length > 0;
}
