import { describe, expect, it } from 'vitest';
import { smsEncoding, smsLength, stripDiacritics } from './sms.ts';
import { vietnameseMobile } from './phone.ts';

describe('SMS length', () => {
  it('sends Vietnamese with diacritics as UCS-2: 70 characters, then 67 per part', () => {
    expect(smsEncoding('Hồ sơ đã có kết quả')).toBe('ucs2');
    expect(smsLength('ồ'.repeat(70))).toEqual({ encoding: 'ucs2', units: 70, parts: 1 });
    expect(smsLength('ồ'.repeat(71))).toEqual({ encoding: 'ucs2', units: 71, parts: 2 });
    expect(smsLength('ồ'.repeat(134))).toEqual({ encoding: 'ucs2', units: 134, parts: 2 });
    expect(smsLength('ồ'.repeat(135))).toEqual({ encoding: 'ucs2', units: 135, parts: 3 });
    // Decomposed input (o + combining marks) is counted as the precomposed letter it is.
    expect(smsLength('ồ'.normalize('NFD').repeat(70)).units).toBe(70);
  });

  it('sends text without diacritics as GSM-7: 160, then 153 per part; extension characters count twice', () => {
    expect(smsEncoding('Ho so da co ket qua')).toBe('gsm7');
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'gsm7', units: 160, parts: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'gsm7', units: 161, parts: 2 });
    expect(smsLength('a'.repeat(306))).toEqual({ encoding: 'gsm7', units: 306, parts: 2 });
    expect(smsLength('{a}')).toEqual({ encoding: 'gsm7', units: 5, parts: 1 });
    // é and à are in the GSM alphabet; ạ is not.
    expect(smsEncoding('é à')).toBe('gsm7');
    expect(smsEncoding('ạ')).toBe('ucs2');
  });

  it('strips diacritics keeping case, đ and Đ included', () => {
    expect(stripDiacritics('Hồ sơ ĐÃ được tiếp nhận, Ông/Bà Nguyễn Thị Ửng')).toBe('Ho so DA duoc tiep nhan, Ong/Ba Nguyen Thi Ung');
    expect(smsEncoding(stripDiacritics('Xin lỗi Ông/Bà: hồ sơ chưa có kết quả đúng hẹn'))).toBe('gsm7');
  });
});

describe('Vietnamese mobile numbers', () => {
  it('reads the usual ways of writing a mobile number', () => {
    const mobile = { national: '0912345678', international: '84912345678' };
    for (const text of ['0912345678', '0912 345 678', '+84 912 345 678', '84912345678', '(+84) 912.345.678']) expect(vietnameseMobile(text)).toEqual(mobile);
    expect(vietnameseMobile('0387654321')).toEqual({ national: '0387654321', international: '84387654321' });
  });

  it('refuses landlines, old 11-digit numbers and anything else', () => {
    for (const text of ['02253842111', '0225 384 211', '01912345678', '0612345678', '912345678', '', 'abc']) expect(vietnameseMobile(text)).toBeUndefined();
  });
});
