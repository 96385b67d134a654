/**
 * The few astronomical quantities the Vietnamese lunar calendar rests on: the instant of each new
 * moon and the Sun's apparent longitude. Pure numbers, no `Date`.
 *
 * Time scales: the formulas give Terrestrial (Dynamical) Time, TD; civil dates follow Universal
 * Time, UT = TD − ΔT. Julian Days (JD) are used throughout, as in Meeus, "Astronomical Algorithms".
 */
import { EARTH_LONGITUDE_SERIES } from './vsop87-earth.ts';
import type { PeriodicTerm } from './vsop87-earth.ts';

const DEG = Math.PI / 180;
const SECONDS_PER_DAY = 86_400;
/** JD of J2000.0 (2000-01-01 12:00 TD). */
const J2000 = 2451545;
/** JD of 1970-01-01 00:00 UT, the origin of `DayNumber`. */
export const UNIX_EPOCH_JD = 2440587.5;

const sinDeg = (degrees: number): number => Math.sin(degrees * DEG);
const normalizeDegrees = (degrees: number): number => ((degrees % 360) + 360) % 360;

/** Gregorian year with fraction, close enough for ΔT (which moves about 1 s a year). */
export function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - J2000) / 365.25;
}

/**
 * ΔT = TD − UT in seconds: the polynomial expressions of Espenak & Meeus (2006), used by NASA's
 * Five Millennium Canon of eclipses. Observed values are fitted up to 2005; later years are a
 * prediction (93 s in 2050, 152 s in 2077). The prediction decides a handful of new moons that fall
 * within two minutes of midnight; docs/calendar.md lists them with the ΔT each date needs.
 * Years before 1900 reuse the 1900–1920 branch: the calendar is only supported from 1900.
 */
export function deltaTSeconds(year: number): number {
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  // The linear term only removes the jump at 2050; it fades out by 2150.
  if (year < 2150) return -20 + 32 * u ** 2 - 0.5628 * (2150 - year);
  return -20 + 32 * u ** 2;
}

export function universalFromDynamical(jde: number): number {
  return jde - deltaTSeconds(decimalYearOfJd(jde)) / SECONDS_PER_DAY;
}

export function dynamicalFromUniversal(jd: number): number {
  return jd + deltaTSeconds(decimalYearOfJd(jd)) / SECONDS_PER_DAY;
}

/** Meeus ch. 49, new moon: [coefficient, powers of E, multiples of M, M′, F, Ω]. */
type PhaseTerm = readonly [coefficient: number, ePower: number, m: number, mPrime: number, f: number, omega: number];

const NEW_MOON_TERMS: readonly PhaseTerm[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

/** Meeus ch. 49, the planetary arguments A1…A14: [coefficient, A at k = 0, degrees per lunation]. */
const PLANETARY_TERMS: readonly (readonly [coefficient: number, a0: number, perLunation: number])[] = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/**
 * Instant (JD, dynamical time) of the new moon of lunation `k` (k = 0 on 2000-01-06; integer k),
 * with every periodic term of Meeus ch. 49: a few seconds on average and under 20 s against
 * ELP-2000/82 (1980–2020, per Meeus). The short 13-term series in Hồ Ngọc Đức's article is off by
 * up to two minutes, enough to move a new moon across midnight (2072-12-09, 2077-11-15).
 */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const e = 1 - 0.002516 * t - 0.0000074 * t ** 2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t ** 2 - 0.00000011 * t ** 3;
  const mPrime = 201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3 - 0.000000058 * t ** 4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3 + 0.000000011 * t ** 4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t ** 2 + 0.00000215 * t ** 3;
  const meanPhase = 2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3 + 0.00000000073 * t ** 4;

  let correction = 0;
  for (const [coefficient, ePower, mm, mp, ff, om] of NEW_MOON_TERMS) {
    correction += coefficient * e ** ePower * sinDeg(mm * m + mp * mPrime + ff * f + om * omega);
  }
  for (const [index, [coefficient, a0, perLunation]] of PLANETARY_TERMS.entries()) {
    // Only A1 carries a secular term.
    const argument = a0 + perLunation * k - (index === 0 ? 0.009173 * t ** 2 : 0);
    correction += coefficient * sinDeg(argument);
  }
  return meanPhase + correction;
}

function sumSeries(series: readonly PeriodicTerm[], tau: number): number {
  let sum = 0;
  for (const [amplitude, phase, frequency] of series) sum += amplitude * Math.cos(phase + frequency * tau);
  return sum;
}

/** Nutation in longitude, degrees (Meeus ch. 22, the 0.5″ short form). */
function nutationInLongitude(t: number): number {
  const omega = 125.04452 - 1934.136261 * t;
  const sunMean = 280.4665 + 36000.7698 * t;
  const moonMean = 218.3165 + 481267.8813 * t;
  const arcseconds =
    -17.2 * sinDeg(omega) - 1.32 * sinDeg(2 * sunMean) - 0.23 * sinDeg(2 * moonMean) + 0.21 * sinDeg(2 * omega);
  return arcseconds / 3600;
}

/** Earth–Sun distance in AU, good to 1e-4 (only scales the 20″ aberration). */
function sunDistance(t: number): number {
  const meanAnomaly = 357.52911 + 35999.05029 * t;
  return 1.000140 - 0.016708 * Math.cos(meanAnomaly * DEG) - 0.000139 * Math.cos(2 * meanAnomaly * DEG);
}

/**
 * Apparent geocentric longitude of the Sun in degrees [0, 360) at `jde` (dynamical time):
 * VSOP87 (Meeus Appendix III) + FK5 correction + nutation + aberration, about 1″ accurate.
 */
export function sunApparentLongitude(jde: number): number {
  const tau = (jde - J2000) / 365250;
  // L = L0 + L1·τ + … + L5·τ⁵, evaluated by Horner's rule.
  const heliocentric = EARTH_LONGITUDE_SERIES.reduceRight((sum, series) => sum * tau + sumSeries(series, tau), 0);
  const geometric = (heliocentric / 1e8) / DEG + 180;
  const t = tau * 10;
  const fk5 = -0.09033 / 3600;
  const aberration = -20.4898 / 3600 / sunDistance(t);
  return normalizeDegrees(geometric + fk5 + nutationInLongitude(t) + aberration);
}
