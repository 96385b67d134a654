/**
 * The contract of the public lookup routes (built later, docs/lookup.md "Routes"): what they
 * accept, the one answer they give for every failure, and their limits. Pure, so that the
 * route only wires it and the tests here pin it.
 *
 * Anti-enumeration: an unknown code, a known code with a wrong second factor, a dossier that
 * has no second factor on file, an unknown or revoked token — all give the SAME status (404)
 * and the SAME body, `LOOKUP_NOT_FOUND`, byte for byte. Only errors that depend on the input
 * alone (a factor that is not 4 digits, an empty code) are answered differently (400), since
 * they say nothing about which dossiers exist. The per-code failure counter counts the typed
 * code whether or not a dossier has it, so a lock-out reveals nothing either.
 */
import { z } from 'zod';
import type { Applicant } from '../dossier/state.ts';
import { normaliseDigits, secondFactorMatches, SECOND_FACTOR_DIGITS } from './second-factor.ts';

/** The one answer of every failed lookup (404, in the API's error shape, docs/api.md "Errors"). */
export const LOOKUP_NOT_FOUND = Object.freeze({
  error: 'khong_tim_thay' as const,
  message:
    'Không tìm thấy hồ sơ phù hợp. Vui lòng kiểm tra lại mã hồ sơ và 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân đã khai khi nộp hồ sơ.',
});

/** The answer when the per-address or per-code limit is reached (429). */
export const LOOKUP_RATE_LIMITED = Object.freeze({
  error: 'qua_nhieu_yeu_cau' as const,
  message: 'Ông/Bà đã tra cứu quá nhiều lần. Vui lòng thử lại sau hoặc quét mã QR trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.',
});

/**
 * Limits of the public routes. Per address: every lookup (token or typed). Per code: failed
 * typed lookups of one (normalised) code, counted for unknown codes too; when reached, typed
 * lookups of that code are refused until the window passes, while the QR link keeps working.
 */
export const LOOKUP_LIMITS = Object.freeze({
  perAddress: { max: 30, windowMinutes: 10 },
  perCodeFailures: { max: 5, windowMinutes: 24 * 60 },
});

/** How citizens may type a code: spaces and case do not matter ("000.01.24.h24 - 261203 - 0047"). */
export function normaliseTypedCode(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

/** Body of the typed lookup (Vietnamese errors for the page). */
export const typedLookupRequestSchema = z.object({
  code: z
    .string({ error: 'Vui lòng nhập mã hồ sơ.' })
    .transform(normaliseTypedCode)
    .pipe(z.string().min(1, 'Vui lòng nhập mã hồ sơ.').max(100, 'Mã hồ sơ quá dài: vui lòng nhập đúng mã in trên Giấy tiếp nhận.')),
  factor: z
    .string({ error: 'Vui lòng nhập 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân.' })
    .transform(normaliseDigits)
    .pipe(z.string().length(SECOND_FACTOR_DIGITS, 'Vui lòng nhập đúng 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân.')),
});
export type TypedLookupRequest = z.infer<typeof typedLookupRequestSchema>;

/** Is a typed lookup answered with the dossier? `dossier` is undefined when no dossier has the code. */
export function typedLookupSucceeds(dossier: { applicant: Pick<Applicant, 'phone' | 'idNumber'> } | undefined, factor: string): boolean {
  // An unknown code is checked against an empty applicant: the same work, the same `false`.
  return secondFactorMatches(dossier?.applicant ?? {}, factor) && dossier !== undefined;
}

/** Has a code had too many failed typed lookups in the window? */
export function typedLookupLocked(failuresInWindow: number): boolean {
  return failuresInWindow >= LOOKUP_LIMITS.perCodeFailures.max;
}
