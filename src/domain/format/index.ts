export { formatInteger, formatHundredths, formatMoney, formatMoneyTable } from './number.ts';
export {
  formatBasisPoints,
  formatPercent,
  formatRatio,
  formatRatioPercent,
  percentBasisPoints,
  ratio,
  scaledQuotient,
  type PercentMode,
  type PercentOptions,
  type Ratio,
} from './percent.ts';
export {
  formatDate,
  formatDateInText,
  formatDateLong,
  formatDateTime,
  formatDateTimeLong,
  formatDayOfMonth,
  formatMonthNumber,
  formatTime,
  formatTimeLong,
} from './date.ts';
export { DATE_WORDS, MONEY_UNIT, NO_PERCENT } from './words.ts';
export { searchKey } from './search-key.ts';
export { idNumberKey, personKeysOfQuery, phoneKey } from './person-keys.ts';
