import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idNumberKey, personKeysOfQuery, phoneKey } from './person-keys.ts';

describe('idNumberKey', () => {
  it.each([
    ['001090000123', '001090000123'],
    ['001 090 000 123', '001090000123'],
    ['001.090.000.123', '001090000123'],
    [' 001-090-000-123 ', '001090000123'],
    ['b1234567', 'B1234567'],
    ['123456789', '123456789'],
  ])('%s → %s', (raw, key) => expect(idNumberKey(raw)).toBe(key));

  it.each(['', '12345', 'Nguyễn Văn A', 'abcdefgh', '0012-34ab!'])('%s is no ID number', (raw) => expect(idNumberKey(raw)).toBeUndefined());

  it('ignores where the separators are', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.array(fc.constantFrom(' ', '.', '-'), { minLength: 11, maxLength: 11 }), (digits, seps) => {
        const typed = [...digits].map((d, i) => d + (seps[i] ?? '')).join('');
        expect(idNumberKey(typed)).toBe(digits);
      }),
    );
  });
});

describe('phoneKey', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084 912 345 678', '0912345678'],
    ['(024) 3825 1234', '02438251234'],
  ])('%s → %s', (raw, key) => expect(phoneKey(raw)).toBe(key));

  it.each(['', '912345678', '12345', '+1 555 123 4567', '0912-ABC-678', 'Trần Thị B'])('%s is no phone number', (raw) => expect(phoneKey(raw)).toBeUndefined());

  it('gives +84 and 0 forms of the same number the same key', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[35789]\d{8}$/), (rest) => {
        expect(phoneKey(`+84${rest}`)).toBe(`0${rest}`);
        expect(phoneKey(`84 ${rest}`)).toBe(`0${rest}`);
        expect(phoneKey(`0${rest}`)).toBe(`0${rest}`);
      }),
    );
  });
});

describe('personKeysOfQuery', () => {
  it('reads a name as no number', () => expect(personKeysOfQuery('Nguyễn Văn An')).toEqual({}));
  it('reads a phone number as both keys (a search matches either column)', () => expect(personKeysOfQuery('0912 345 678')).toEqual({ idNumber: '0912345678', phone: '0912345678' }));
  it('reads a CCCD as an ID number', () => expect(personKeysOfQuery('001.090.000.123')).toEqual({ idNumber: '001090000123' }));
});
