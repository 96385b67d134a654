import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isLookupToken, lookupPath, lookupTokenFromBytes, lookupUrl, tokenFromLookupPath, LOOKUP_TOKEN_LENGTH } from './token.ts';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('lookup token', () => {
  it('encodes 16 bytes as 22 base64url characters without padding', () => {
    expect(lookupTokenFromBytes(new Uint8Array(16))).toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(lookupTokenFromBytes(new Uint8Array(16).fill(255))).toBe('_____________________w');
    // 0xfb 0xff → "-_" in base64url where base64 has "+/".
    expect(lookupTokenFromBytes(bytes(0xfb, 0xff, 0xbf, ...new Array<number>(13).fill(0)))).toBe('-_-_AAAAAAAAAAAAAAAAAA');
  });

  it('refuses fewer than 128 bits, and more', () => {
    expect(() => lookupTokenFromBytes(new Uint8Array(15))).toThrow(/16 byte/);
    expect(() => lookupTokenFromBytes(new Uint8Array(17))).toThrow(/16 byte/);
  });

  it('round-trips: every 16 bytes give a distinct well-formed token that decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (random) => {
        const token = lookupTokenFromBytes(random);
        expect(token).toHaveLength(LOOKUP_TOKEN_LENGTH);
        expect(isLookupToken(token)).toBe(true);
        const decoded = Uint8Array.from(atob(token.replace(/-/g, '+').replace(/_/g, '/') + '=='), (c) => c.charCodeAt(0));
        expect([...decoded]).toEqual([...random]);
      }),
    );
  });

  it('accepts one spelling per token and nothing that is a dossier code', () => {
    expect(isLookupToken('AAAAAAAAAAAAAAAAAAAAAA')).toBe(true);
    expect(isLookupToken('AAAAAAAAAAAAAAAAAAAAAB')).toBe(false); // same 128 bits, non-zero padding bits
    expect(isLookupToken('AAAAAAAAAAAAAAAAAAAAA')).toBe(false);
    expect(isLookupToken('AAAAAAAAAAAAAAAAAAAAAA=')).toBe(false);
    expect(isLookupToken('AAAAAAAAAAAAAAAAAAAA+A')).toBe(false);
    expect(isLookupToken('000.01.24.H24-261203-0047')).toBe(false);
  });

  it('builds the printed path and address, and reads the token back from a path', () => {
    const token = lookupTokenFromBytes(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
    expect(token).toBe('AQIDBAUGBwgJCgsMDQ4PEA');
    expect(lookupPath(token)).toBe('/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA');
    expect(lookupUrl('https://motcua.giavien.haiphong.gov.vn/', token)).toBe('https://motcua.giavien.haiphong.gov.vn/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA');
    expect(lookupUrl('https://dichvu.haiphong.gov.vn/mot-cua//', token)).toBe('https://dichvu.haiphong.gov.vn/mot-cua/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA');
    expect(tokenFromLookupPath('/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA')).toBe(token);
    expect(tokenFromLookupPath('/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA/')).toBe(token);
    expect(tokenFromLookupPath('/tra-cuu/000.01.24.H24-261203-0047')).toBeUndefined();
    expect(tokenFromLookupPath('/api/AQIDBAUGBwgJCgsMDQ4PEA')).toBeUndefined();
    expect(() => lookupPath('000.01.24.H24-261203-0047')).toThrow('Mã tra cứu không đúng định dạng.');
  });
});
