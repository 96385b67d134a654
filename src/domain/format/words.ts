/**
 * The Vietnamese words the formatters print, in one place for a Vietnamese reviewer.
 */

export const MONEY_UNIT = 'đồng';
/** Printed instead of a percentage whose denominator is 0 (reference.md §10: "0 or N/A"). */
export const NO_PERCENT = '-';
export const DATE_WORDS = { day: 'ngày', month: 'tháng', year: 'năm', hour: 'giờ', minute: 'phút' } as const;
