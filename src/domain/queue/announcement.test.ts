import { describe, expect, it } from 'vitest';
import { callAnnouncement, labelWords, numberWords } from './announcement.ts';

describe('numberWords', () => {
  it('reads counter numbers the way Vietnamese is spoken', () => {
    const cases: [number, string][] = [
      [1, 'một'],
      [2, 'hai'],
      [5, 'năm'],
      [10, 'mười'],
      [11, 'mười một'],
      [14, 'mười bốn'],
      [15, 'mười lăm'],
      [20, 'hai mươi'],
      [21, 'hai mươi mốt'],
      [24, 'hai mươi tư'],
      [25, 'hai mươi lăm'],
      [30, 'ba mươi'],
      [99, 'chín mươi chín'],
    ];
    for (const [value, words] of cases) expect(numberWords(value), String(value)).toBe(words);
    expect(() => numberWords(100)).toThrow(RangeError);
  });
});

describe('callAnnouncement', () => {
  it('gives the board sentence, the speech with the number digit by digit, and the fragments', () => {
    expect(callAnnouncement('1023', 2)).toEqual({
      display: 'Mời công dân có số 1023 đến quầy số 2',
      speech: 'Mời công dân có số một, không, hai, ba, đến quầy số hai.',
      fragments: ['Mời công dân có số', 'một', 'không', 'hai', 'ba', 'đến quầy số', 'hai'],
    });
    expect(callAnnouncement('5007', 15).speech).toBe('Mời công dân có số năm, không, không, bảy, đến quầy số mười lăm.');
  });

  it('spells a letter prefix by its Vietnamese name', () => {
    expect(labelWords('A023')).toEqual(['a', 'không', 'hai', 'ba']);
    expect(callAnnouncement('B105', 3).speech).toBe('Mời công dân có số bê, một, không, năm, đến quầy số ba.');
    expect(() => labelWords('Đ1')).toThrow(RangeError);
  });
});
