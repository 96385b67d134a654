/**
 * Vietnamese number formatting for official reports (reference.md §10):
 * thousands separator ".", decimal separator ",". Integers only: every figure
 * a report prints is a count, an amount of đồng, or a fixed-point value kept
 * as an integer number of hundredths, so no float ever reaches the printer.
 */

import { MONEY_UNIT } from './words.ts';

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} phải là số nguyên (nhận được ${String(value)}).`);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1913 → "1.913"; -1200 → "-1.200". */
export function formatInteger(value: number): string {
  assertSafeInteger(value, 'Số cần định dạng');
  const grouped = groupThousands(String(Math.abs(value)));
  return value < 0 ? `-${grouped}` : grouped;
}

/**
 * A fixed-point value held as an integer number of hundredths, printed the way
 * the seeds print percentages: whole values without decimals ("100", "0", "30"),
 * anything else with exactly two decimals ("0,67", "55,60").
 */
export function formatHundredths(hundredths: number): string {
  assertSafeInteger(hundredths, 'Giá trị phần trăm');
  const sign = hundredths < 0 ? '-' : '';
  const magnitude = Math.abs(hundredths);
  const whole = Math.floor(magnitude / 100);
  const fraction = magnitude % 100;
  const wholeText = groupThousands(String(whole));
  if (fraction === 0) return `${sign}${wholeText}`;
  return `${sign}${wholeText},${String(fraction).padStart(2, '0')}`;
}

/** Amount in đồng with its unit, for running text: 53366000 → "53.366.000 đồng". */
export function formatMoney(amount: number): string {
  return `${formatMoneyTable(amount)} ${MONEY_UNIT}`;
}

/** Amount in đồng without unit, for table cells whose header carries the unit: "53.366.000". */
export function formatMoneyTable(amount: number): string {
  assertSafeInteger(amount, 'Số tiền (đồng)');
  return formatInteger(amount);
}
