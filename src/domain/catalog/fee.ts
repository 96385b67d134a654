/**
 * Fee computation for one dossier: picks the fee lines in force on the day for the channel and
 * fee variant, prices them by unit, then applies exemptions (miễn) and budget supports (hỗ trợ).
 */
import { parseIsoDate } from '../calendar/local-time.ts';
import type { DayNumber } from '../calendar/local-time.ts';
import type { Confidence } from '../calendar/types.ts';
import type { Channel } from '../dossier/state.ts';
import { EXEMPTION_CATEGORIES } from './hai-phong-fees.ts';
import { FEE_KIND_LABELS, weakestConfidence } from './schema.ts';
import type { FeeKind, FeeLine, FeeSupport, Procedure } from './schema.ts';

export interface FeeInput {
  procedure: Procedure;
  channel: Channel;
  /** Day of submission (the fee of that day applies, also to later processing). */
  onDay: DayNumber;
  /** Pages of one copy; required when a line is priced per page (chứng thực bản sao). */
  pages?: number;
  /** Copies, for lines priced per page or per copy; default 1. */
  copies?: number;
  /** Exemption category codes the payer qualifies for (see `exemptionCategories()`). */
  exemptions?: readonly string[];
  /** Fee variant code (e.g. 'qua-han', 'ban-sao-dien-tu'); the procedure's default when absent. */
  variant?: string;
}

export interface FeeResultLine {
  code: string;
  kind: FeeKind;
  label: string;
  /** Payable by the applicant, in VND. */
  amount: number;
  /** Before exemption or support, in VND. */
  grossAmount: number;
  basis: string;
  /** Why the applicant pays less than `grossAmount`, or why the line is 0 đồng (Vietnamese). */
  waivedReason?: string;
  /** Legal basis of the exemption or support, when it differs from `basis`. */
  waiverBasis?: string;
  /** The level is not known to the catalog: `amount` 0 is a placeholder the officer must fill. */
  amountUnknown: boolean;
  confidence: Confidence;
  note?: string;
}

export interface FeeResult {
  total: number;
  lines: FeeResultLine[];
  /** Weakest mark among the procedure's fee mark and the lines applied. */
  confidence: Confidence;
  /** False when some line's level is unknown: `total` is then only what is known. */
  complete: boolean;
}

/** A caller error (unknown variant or exemption code, missing or invalid page count), worded in Vietnamese for the user. */
export class FeeInputError extends Error {
  override name = 'FeeInputError';
}

/** The day of a catalog date (YYYY-MM-DD), parsed once per text. */
const dayCache = new Map<string, DayNumber>();
function catalogDay(date: string): DayNumber {
  let day = dayCache.get(date);
  if (day === undefined) {
    day = parseIsoDate(date);
    if (day === undefined) throw new FeeInputError(`invalid date in catalog: ${date}`);
    dayCache.set(date, day);
  }
  return day;
}

/** In force on `day`: from ≤ day < to (to is the first day no longer in force). */
export function inForce(period: { effectiveFrom: string; effectiveTo?: string | undefined }, day: DayNumber): boolean {
  if (day < catalogDay(period.effectiveFrom)) return false;
  return period.effectiveTo === undefined || day < catalogDay(period.effectiveTo);
}

function chosenVariant(procedure: Procedure, requested: string | undefined): string | undefined {
  if (requested === undefined) return procedure.feeVariants.find((v) => v.isDefault)?.code;
  if (!procedure.feeVariants.some((v) => v.code === requested)) {
    throw new FeeInputError(`Thủ tục ${procedure.code} không có loại phí "${requested}". Các loại phí: ${procedure.feeVariants.map((v) => v.code).join(', ') || 'không có'}.`);
  }
  return requested;
}

function positiveInteger(value: number | undefined, name: string, fallback: number | undefined): number {
  const result = value ?? fallback;
  const label = name === 'pages' ? 'số trang (pages)' : 'số bản (copies)';
  if (result === undefined) throw new FeeInputError(`Phí của thủ tục này tính theo trang: phải ghi ${label}.`);
  if (!Number.isInteger(result) || result < 1) throw new FeeInputError(`${label[0]!.toUpperCase()}${label.slice(1)} phải là số nguyên dương.`);
  return result;
}

/** Fee of one copy priced per page, with later-page tiers and the per-copy cap. */
function perCopyByPages(line: FeeLine, firstPageAmount: number, pages: number): number {
  const tiers = [{ fromPage: 1, amount: firstPageAmount }, ...(line.pageTiers ?? [])].sort(
    (a, b) => a.fromPage - b.fromPage,
  );
  let total = 0;
  tiers.forEach((tier, index) => {
    const nextFrom = tiers[index + 1]?.fromPage ?? Number.POSITIVE_INFINITY;
    const lastPage = Math.min(pages, nextFrom - 1);
    if (lastPage >= tier.fromPage) total += (lastPage - tier.fromPage + 1) * tier.amount;
  });
  return line.maxPerCopy === undefined ? total : Math.min(total, line.maxPerCopy);
}

function channelAmount(line: FeeLine, channel: Channel): number | null {
  const override = line.channelAmounts?.[channel];
  return override === undefined ? line.amount : override;
}

function grossOf(line: FeeLine, unitAmount: number, input: FeeInput): number {
  if (line.unit === 'trang') {
    const pages = positiveInteger(input.pages, 'pages', undefined);
    const copies = positiveInteger(input.copies, 'copies', 1);
    return perCopyByPages(line, unitAmount, pages) * copies;
  }
  if (line.unit === 'ban') return unitAmount * positiveInteger(input.copies, 'copies', 1);
  return unitAmount;
}

function supportApplies(support: FeeSupport, input: FeeInput, variant: string | undefined): boolean {
  if (!inForce(support, input.onDay)) return false;
  if (support.variant !== undefined && support.variant !== variant) return false;
  return support.channels === undefined || support.channels.includes(input.channel);
}

function priceLine(line: FeeLine, input: FeeInput, variant: string | undefined): FeeResultLine {
  const unitAmount = channelAmount(line, input.channel);
  const gross = unitAmount === null ? 0 : grossOf(line, unitAmount, input);
  const base = {
    code: line.code,
    kind: line.kind,
    label: line.label,
    grossAmount: gross,
    basis: line.basis,
    amountUnknown: unitAmount === null,
    confidence: line.channelConfidence?.[input.channel] ?? line.confidence,
    ...(line.note === undefined ? {} : { note: line.note }),
  };

  const exemption = line.exemptions.find((e) => input.exemptions?.includes(e.code));
  if (exemption !== undefined) {
    return {
      ...base,
      amount: 0,
      amountUnknown: false,
      waivedReason: `Miễn ${FEE_KIND_LABELS[line.kind].toLowerCase()}: ${exemption.label}`,
      waiverBasis: exemption.basis,
    };
  }
  if (line.freeReason !== undefined) return { ...base, amount: 0, waivedReason: line.freeReason };

  const support = line.supports.find((s) => supportApplies(s, input, variant));
  if (support !== undefined && gross > 0) {
    return {
      ...base,
      amount: Math.round((gross * (100 - support.sharePercent)) / 100),
      waivedReason: support.label,
      waiverBasis: support.basis,
      confidence: weakestConfidence([base.confidence, support.confidence]),
    };
  }
  return { ...base, amount: gross };
}

/**
 * The fee of one dossier. Lines not in force on `onDay`, not for the chosen variant, are
 * skipped; a procedure without fee lines costs nothing (`confidence` says how sure that is).
 */
export function computeFee(input: FeeInput): FeeResult {
  for (const code of input.exemptions ?? []) {
    if (!EXEMPTION_CATEGORIES.has(code)) throw new FeeInputError(`Không có đối tượng miễn, giảm phí "${code}". Các đối tượng: ${[...EXEMPTION_CATEGORIES.keys()].join(', ')}.`);
  }
  const variant = chosenVariant(input.procedure, input.variant);
  const lines = input.procedure.fees
    .filter((line) => inForce(line, input.onDay))
    .filter((line) => line.variant === undefined || line.variant === variant)
    .map((line) => priceLine(line, input, variant));
  return {
    total: lines.reduce((sum, line) => sum + line.amount, 0),
    lines,
    confidence: weakestConfidence([input.procedure.confidence.fees, ...lines.map((line) => line.confidence)]),
    complete: lines.every((line) => !line.amountUnknown),
  };
}
