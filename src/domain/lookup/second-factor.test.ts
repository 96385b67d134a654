import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { constantTimeEqual, normaliseDigits, secondFactorMatches, secondFactorsOf, typedLookupAvailable } from './second-factor.ts';
import { LOOKUP_NOT_FOUND, LOOKUP_RATE_LIMITED, normaliseTypedCode, typedLookupLocked, typedLookupRequestSchema, typedLookupSucceeds } from './contract.ts';

const applicant = { phone: '0912 345 678', idNumber: '031090001234' };

describe('second factor', () => {
  it('keeps the digits of what a phone keyboard types, full-width ones included', () => {
    expect(normaliseDigits(' 5 6 7 8 ')).toBe('5678');
    expect(normaliseDigits('５６７８')).toBe('5678');
    expect(normaliseDigits('+84-912.345.678')).toBe('84912345678');
    expect(normaliseDigits('abc')).toBe('');
  });

  it('accepts the last 4 digits of the phone or of the ID number, and nothing else', () => {
    expect(secondFactorsOf(applicant)).toEqual(['5678', '1234']);
    expect(secondFactorMatches(applicant, '5678')).toBe(true);
    expect(secondFactorMatches(applicant, '1234')).toBe(true);
    expect(secondFactorMatches(applicant, '56 78')).toBe(true);
    expect(secondFactorMatches(applicant, '５６７８')).toBe(true);
    expect(secondFactorMatches(applicant, '5679')).toBe(false);
    expect(secondFactorMatches(applicant, '45678')).toBe(false); // five digits
    expect(secondFactorMatches(applicant, '678')).toBe(false);
    expect(secondFactorMatches(applicant, '')).toBe(false);
    expect(secondFactorMatches({ phone: '+84 912 345 678' }, '5678')).toBe(true);
  });

  it('never matches a dossier without a phone or an ID number of 4 digits: only its QR token opens it', () => {
    for (const none of [{}, { phone: '' }, { phone: '123', idNumber: 'abc' }]) {
      expect(typedLookupAvailable(none)).toBe(false);
      expect(secondFactorMatches(none, '0000')).toBe(false);
      expect(secondFactorMatches(none, '\u0000\u0000\u0000\u0000')).toBe(false);
    }
    expect(typedLookupAvailable({ idNumber: '0310 9000 1234' })).toBe(true);
  });

  it('compares equal-length strings fully and different lengths as unequal', () => {
    expect(constantTimeEqual('1234', '1234')).toBe(true);
    expect(constantTimeEqual('1234', '1235')).toBe(false);
    expect(constantTimeEqual('1234', '0234')).toBe(false);
    expect(constantTimeEqual('1234', '12345')).toBe(false);
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => constantTimeEqual(a, b) === (a === b)));
  });

  it('matches exactly when the typed digits are the last 4 of a recorded number (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^0[0-9]{9}$/), fc.stringMatching(/^[0-9]{12}$/), fc.stringMatching(/^[0-9]{4}$/), (phone, id, typed) => {
        expect(secondFactorMatches({ phone, idNumber: id }, typed)).toBe(typed === phone.slice(-4) || typed === id.slice(-4));
      }),
    );
  });
});

describe('typed lookup contract', () => {
  it('answers every data-dependent failure with the same body', () => {
    const unknownCode = typedLookupSucceeds(undefined, '5678');
    const wrongFactor = typedLookupSucceeds({ applicant }, '0000');
    const noFactor = typedLookupSucceeds({ applicant: {} }, '5678');
    expect([unknownCode, wrongFactor, noFactor]).toEqual([false, false, false]);
    expect(typedLookupSucceeds({ applicant }, '5678')).toBe(true);
    expect(LOOKUP_NOT_FOUND).toEqual({ error: 'khong_tim_thay', message: expect.stringContaining('Không tìm thấy hồ sơ phù hợp') });
    expect(Object.isFrozen(LOOKUP_NOT_FOUND)).toBe(true);
    expect(LOOKUP_RATE_LIMITED.message).toMatch(/quét mã QR/);
  });

  it('normalises what the citizen types, and explains input errors in Vietnamese', () => {
    expect(normaliseTypedCode(' 000.01.24.h24 - 261203 - 0047 ')).toBe('000.01.24.H24-261203-0047');
    expect(typedLookupRequestSchema.parse({ code: '000.01.24.h24-261203-0047', factor: '56 78' })).toEqual({ code: '000.01.24.H24-261203-0047', factor: '5678' });
    const bad = typedLookupRequestSchema.safeParse({ code: '   ', factor: '567' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.message)).toEqual(['Vui lòng nhập mã hồ sơ.', 'Vui lòng nhập đúng 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân.']);
    expect(typedLookupRequestSchema.safeParse({ code: 'x'.repeat(101), factor: '1234' }).error!.issues[0]!.message).toMatch(/Mã hồ sơ quá dài/);
    expect(typedLookupRequestSchema.safeParse({}).error!.issues.map((i) => i.message)).toEqual([
      'Vui lòng nhập mã hồ sơ.',
      'Vui lòng nhập 4 chữ số cuối của số điện thoại hoặc số giấy tờ tùy thân.',
    ]);
  });

  it('locks the typed lookup of a code after 5 failures in the window', () => {
    expect(typedLookupLocked(4)).toBe(false);
    expect(typedLookupLocked(5)).toBe(true);
  });
});
