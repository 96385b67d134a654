/**
 * Defence in depth for the few free texts the public page shows (the list of papers to
 * supplement, the reason of an extension): officers write them for the citizen and may, by
 * habit, put the applicant's name or phone number in them. Every recorded personal value of the
 * applicant is masked wherever it appears, whatever its case or the spacing of its digits.
 * Personal data of other people cannot be recognised: docs/lookup.md says these texts are public.
 */
import type { Applicant } from '../dossier/state.ts';
import { normaliseDigits } from './second-factor.ts';
import { REDACTED } from './labels-vi.ts';

/** Values shorter than this are not masked as text: they would mask ordinary words. */
const MIN_TEXT_LENGTH = 3;
/** Digit runs shorter than this are not masked: they would mask dates and amounts. */
const MIN_DIGITS = 6;
/** A Vietnamese phone number is matched by its last 9 digits (0912… = +84 912… = 84912…). */
const PHONE_SIGNIFICANT_DIGITS = 9;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the digits in order, with any spaces, dots or dashes between them. */
function digitPattern(digits: string): string {
  return [...digits].join('[\\s.\\-]*');
}

function patternsFor(applicant: Applicant): string[] {
  const patterns: string[] = [];
  for (const value of [applicant.name, applicant.email, applicant.address, applicant.idNumber, applicant.phone]) {
    const text = value?.normalize('NFC').trim();
    if (text && text.length >= MIN_TEXT_LENGTH) patterns.push(escapeRegExp(text));
  }
  const id = normaliseDigits(applicant.idNumber ?? '');
  if (id.length >= MIN_DIGITS) patterns.push(digitPattern(id));
  const phone = normaliseDigits(applicant.phone ?? '');
  if (phone.length >= MIN_DIGITS) patterns.push(digitPattern(phone.slice(-PHONE_SIGNIFICANT_DIGITS)));
  // Longest first, so that a value containing another is masked whole.
  return patterns.sort((a, b) => b.length - a.length);
}

/** Builds a masker for one applicant's personal values. */
export function personalDataMasker(applicant: Applicant): (text: string) => string {
  const patterns = patternsFor(applicant);
  if (patterns.length === 0) return (text) => text.normalize('NFC');
  const pattern = new RegExp(patterns.join('|'), 'giu');
  return (text) => text.normalize('NFC').replace(pattern, REDACTED);
}
