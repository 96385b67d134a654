/**
 * Vietnamese mobile numbers as the channels need them: gateways take "0912345678" or
 * "84912345678", Zalo ZNS takes "84912345678". Mobile numbers have 10 digits and start with
 * 03, 05, 07, 08 or 09 (since the 2018 renumbering); landlines (02…) cannot receive SMS.
 */
import { normaliseDigits } from '../lookup/second-factor.ts';

export interface VietnameseMobile {
  /** "0912345678" */
  national: string;
  /** "84912345678" */
  international: string;
}

export function vietnameseMobile(text: string): VietnameseMobile | undefined {
  const digits = normaliseDigits(text);
  const subscriber = digits.startsWith('84') && digits.length === 11 ? digits.slice(2) : digits.startsWith('0') && digits.length === 10 ? digits.slice(1) : undefined;
  if (!subscriber || !/^[35789]\d{8}$/.test(subscriber)) return undefined;
  return { national: `0${subscriber}`, international: `84${subscriber}` };
}
