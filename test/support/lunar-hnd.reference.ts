/**
 * TEST ORACLE ONLY: never import this from src/ code.
 *
 * Hồ Ngọc Đức's "Âm lịch Việt Nam" algorithm (reference.md §6.2), timeZone = 7, written from its
 * description and kept in his shape (Julian day numbers, lunation k counted from 1900-01-01,
 * month 11 via getLunarMonth11, leap month via getLeapMonthOffset), so that it is an independent
 * check on src/domain/calendar/lunar.ts, which builds whole lunar years instead.
 *
 * Three deliberate departures from the published short version, each needed to be right:
 * 1. `newMoon` uses all periodic terms of Meeus ch. 49 (not 13) and the Espenak–Meeus ΔT (not a
 *    quadratic). The short series is up to two minutes off, which puts the new moons of
 *    2072-12-09 and 2077-11-15 on the wrong side of midnight.
 * 2. The month containing a day is found by stepping from the mean-month estimate to the exact
 *    lunation. The published code trusts the estimate and answers "day 0" for 2054-05-07 and
 *    2062-04-09 (the day before a new moon that comes early against the mean month).
 * 3. lunar → solar rejects day 30 of a 29-day month instead of spilling into the next month, and a
 *    leap flag in a year without a leap month instead of ignoring it.
 * The Sun keeps HND's own short formula (no nutation or aberration, up to 67″ off), which keeps the
 * oracle's solar terms independent from the VSOP87 Sun of the primary; the closest principal term
 * to a new-moon midnight in 1968–2100 (2033-09-23, 21″ past 180°) is on the same side in both.
 */

const PI = Math.PI;
const INT = Math.floor;
const TIME_ZONE = 7;
/** HND counts lunations from the new moon of 1900-01-01; Meeus from 2000-01-06. */
const HND_TO_MEEUS_LUNATION = 1237;

export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
}

export function jdToDate(jd: number): [day: number, month: number, year: number] {
  const a = jd + 32044;
  const b = INT((4 * a + 3) / 146097);
  const c = a - INT((b * 146097) / 4);
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  const day = e - INT((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * INT(m / 10);
  const year = b * 100 + d - 4800 + INT(m / 10);
  return [day, month, year];
}

/** ΔT in days, Espenak & Meeus (2006) polynomials for 1900–2150 (the range the tests use). */
function deltaTDays(year: number): number {
  let seconds: number;
  if (year < 1920) {
    const t = year - 1900;
    seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  } else if (year < 1941) {
    const t = year - 1920;
    seconds = 21.2 + 0.84493 * t - 0.0761 * t * t + 0.0020936 * t ** 3;
  } else if (year < 1961) {
    const t = year - 1950;
    seconds = 29.07 + 0.407 * t - (t * t) / 233 + t ** 3 / 2547;
  } else if (year < 1986) {
    const t = year - 1975;
    seconds = 45.45 + 1.067 * t - (t * t) / 260 - t ** 3 / 718;
  } else if (year < 2005) {
    const t = year - 2000;
    seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  } else if (year < 2050) {
    const t = year - 2000;
    seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
  } else {
    const u = (year - 1820) / 100;
    seconds = -20 + 32 * u * u - 0.5628 * (2150 - year);
  }
  return seconds / 86400;
}

/** Julian day (UT) of the k-th new moon after 1900-01-01, Meeus ch. 49 in full. */
export function newMoon(k: number): number {
  const dr = PI / 180;
  const km = k - HND_TO_MEEUS_LUNATION;
  const T = km / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jd = 2451550.09766 + 29.530588861 * km + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = (2.5534 + 29.1053567 * km - 0.0000014 * T2 - 0.00000011 * T3) * dr;
  const Mpr = (201.5643 + 385.81693528 * km + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4) * dr;
  const F = (160.7108 + 390.67050284 * km - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4) * dr;
  const Om = (124.7746 - 1.56375588 * km + 0.0020672 * T2 + 0.00000215 * T3) * dr;
  const sin = Math.sin;
  jd +=
    -0.4072 * sin(Mpr) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mpr) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mpr - M) -
    0.00514 * E * sin(Mpr + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mpr - 2 * F) -
    0.00057 * sin(Mpr + 2 * F) +
    0.00056 * E * sin(2 * Mpr + M) -
    0.00042 * sin(3 * Mpr) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mpr - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mpr + 2 * M) +
    0.00004 * sin(2 * Mpr - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mpr + M - 2 * F) +
    0.00003 * sin(2 * Mpr + 2 * F) -
    0.00003 * sin(Mpr + M + 2 * F) +
    0.00003 * sin(Mpr - M + 2 * F) -
    0.00002 * sin(Mpr - M - 2 * F) -
    0.00002 * sin(3 * Mpr + M) +
    0.00002 * sin(4 * Mpr);
  const planetary: [coefficient: number, argumentDegrees: number][] = [
    [0.000325, 299.77 + 0.107408 * km - 0.009173 * T2],
    [0.000165, 251.88 + 0.016321 * km],
    [0.000164, 251.83 + 26.651886 * km],
    [0.000126, 349.42 + 36.412478 * km],
    [0.00011, 84.66 + 18.206239 * km],
    [0.000062, 141.74 + 53.303771 * km],
    [0.00006, 207.14 + 2.453732 * km],
    [0.000056, 154.84 + 7.30686 * km],
    [0.000047, 34.52 + 27.261239 * km],
    [0.000042, 207.19 + 0.121824 * km],
    [0.00004, 291.34 + 1.844379 * km],
    [0.000037, 161.72 + 24.198154 * km],
    [0.000035, 239.56 + 25.513099 * km],
    [0.000023, 331.55 + 3.592518 * km],
  ];
  for (const [coefficient, argument] of planetary) jd += coefficient * sin(argument * dr);
  const year = 2000 + (jd - 2451545) / 365.25;
  return jd - deltaTDays(year);
}

/** HND's Sun: true longitude in radians [0, 2π) at Julian day jdn (Meeus ch. 25 short form). */
export function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= PI * 2 * INT(L / (PI * 2));
  return L;
}

/** Sector 0–11 of the Sun at the local midnight that starts Julian day number dayNumber. */
export function getSunLongitude(dayNumber: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - TIME_ZONE / 24) / PI) * 6);
}

export function getNewMoonDay(k: number): number {
  return INT(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** Departure 2: the lunation whose month holds `dayNumber`, exactly. */
function lunationOf(dayNumber: number): number {
  let k = INT((dayNumber - 2415021.076998695) / 29.530588853);
  while (getNewMoonDay(k + 1) <= dayNumber) k += 1;
  while (getNewMoonDay(k) > dayNumber) k -= 1;
  return k;
}

export function getLunarMonth11(yy: number): number {
  const k = lunationOf(jdFromDate(31, 12, yy));
  const nm = getNewMoonDay(k);
  return getSunLongitude(nm) >= 9 ? getNewMoonDay(k - 1) : nm;
}

export function getLeapMonthOffset(a11: number): number {
  const k = INT((a11 - 2415021.076998695) / 29.530588853 + 0.5);
  let last: number;
  let i = 1;
  let arc = getSunLongitude(getNewMoonDay(k + i));
  do {
    last = arc;
    i += 1;
    arc = getSunLongitude(getNewMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

export interface HndLunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

export function convertSolar2Lunar(dd: number, mm: number, yy: number): HndLunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  const monthStart = getNewMoonDay(lunationOf(dayNumber));
  let a11 = getLunarMonth11(yy);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = getLunarMonth11(yy - 1);
  } else {
    lunarYear = yy + 1;
    b11 = getLunarMonth11(yy + 1);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let lunarLeap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = getLeapMonthOffset(a11);
    if (diff >= leapMonthDiff) {
      lunarMonth = diff + 10;
      if (diff === leapMonthDiff) lunarLeap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap: lunarLeap };
}

/** Returns undefined for a date that does not exist (departure 3 and HND's leap check). */
export function convertLunar2Solar(date: HndLunarDate): [day: number, month: number, year: number] | undefined {
  const { day: lunarDay, month: lunarMonth, year: lunarYear, leap: lunarLeap } = date;
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = getLunarMonth11(lunarYear - 1);
    b11 = getLunarMonth11(lunarYear);
  } else {
    a11 = getLunarMonth11(lunarYear);
    b11 = getLunarMonth11(lunarYear + 1);
  }
  const k = INT(0.5 + (a11 - 2415021.076998695) / 29.530588853);
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = getLeapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (lunarLeap && lunarMonth !== leapMonth) return undefined;
    if (lunarLeap || off >= leapOff) off += 1;
  } else if (lunarLeap) {
    return undefined;
  }
  const monthStart = getNewMoonDay(k + off);
  const monthLength = getNewMoonDay(k + off + 1) - monthStart;
  if (lunarDay < 1 || lunarDay > monthLength) return undefined;
  return jdToDate(monthStart + lunarDay - 1);
}
