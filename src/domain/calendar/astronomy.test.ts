import { describe, expect, it } from 'vitest';
import {
  UNIX_EPOCH_JD,
  decimalYearOfJd,
  deltaTSeconds,
  newMoonJde,
  sunApparentLongitude,
  universalFromDynamical,
} from './astronomy.ts';
import { isoLocalDateTime } from './local-time.ts';

/** Local Vietnamese time (UTC+7) of a UT Julian day, to the minute. */
const ict = (jd: number): string => isoLocalDateTime(Math.floor((jd - UNIX_EPOCH_JD) * 1440 + 7 * 60));
const ARCSECOND = 1 / 3600;

describe('Meeus worked examples', () => {
  it('example 49.a: the new moon of 1977 February is JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it('example 25.b: the apparent Sun on 1992-10-13.0 TD is at 199°54′21.8″', () => {
    const expected = 199 + 54 / 60 + 21.818 / 3600;
    expect(Math.abs(sunApparentLongitude(2448908.5) - expected)).toBeLessThan(0.5 * ARCSECOND);
  });
});

describe('ΔT (Espenak & Meeus 2006)', () => {
  it('matches the published anchor values and is continuous at 2050', () => {
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 2);
    expect(deltaTSeconds(1975)).toBeCloseTo(45.45, 2);
    expect(deltaTSeconds(2049.9999)).toBeCloseTo(deltaTSeconds(2050), 2);
    expect(deltaTSeconds(2050)).toBeCloseTo(93, 0);
  });

  it('decimalYearOfJd puts J2000.0 at 2000.0', () => {
    expect(decimalYearOfJd(2451545)).toBe(2000);
  });
});

describe('new moons within two minutes of a Vietnamese midnight (docs/calendar.md)', () => {
  // Meeus k for each lunation; the local time is what decides the first day of the month.
  it.each([
    [-16, '1998-09-21T00:01'],
    [672, '2054-05-08T00:00'],
    [902, '2072-12-09T23:58'],
    [963, '2077-11-15T23:59'],
    [1061, '2085-10-18T23:59'],
  ])('lunation %i falls at %s ICT', (k, expected) => {
    expect(ict(universalFromDynamical(newMoonJde(k)))).toBe(expected);
  });
});
