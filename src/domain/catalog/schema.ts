/**
 * The procedure catalog's data model: one `Procedure` is one version of one thủ tục hành chính
 * as published for Hải Phòng communes, with its fee lines and a confidence mark on every value
 * (reference.md marks ✅ → 'confirmed', 🟡 → 'single-source', ⚪ → 'unconfirmed';
 * 'default-rule' = set by one of this catalog's documented defaults, not read from a source).
 *
 * Dates are `YYYY-MM-DD`. Every `effectiveTo` (procedure version, fee line, support) is
 * EXCLUSIVE: the first day on which the value is no longer in force ("hết hiệu lực từ ngày"),
 * the same convention as the `procedures.effective_to` column. A resolution in force
 * "đến hết ngày 31/12/2031" therefore has `effectiveTo: '2032-01-01'`.
 */
import { z } from 'zod';
import { parseIsoDate } from '../calendar/local-time.ts';
import type { Confidence } from '../calendar/types.ts';
import { STEP_ROLES, type StepTemplate, type TimeLimit } from '../deadline/types.ts';
import { stepTemplateProblems } from '../deadline/steps.ts';
import type { Channel } from '../dossier/state.ts';

/** Hải Phòng's level-1 code in the national agency-code system (reference.md §5.2, 🟡 inferred). */
export const PROVINCE_SUFFIX = 'H24';
/** Published local code = national code + code of the provincial People's Committee (§5.3). */
export const LOCAL_CODE_INFIX = '.000.00.00.';

export function localCodeOf(code: string): string {
  return `${code}${LOCAL_CODE_INFIX}${PROVINCE_SUFFIX}`;
}

export function versionIdOf(code: string, effectiveFrom: string): string {
  return `${code}@${effectiveFrom}`;
}

// ─── Scalars ─────────────────────────────────────────────────────────────────

const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug');

export const IsoDateSchema = z
  .string()
  .refine((value) => parseIsoDate(value) !== undefined, 'expected a real date written YYYY-MM-DD');

/**
 * National code `d.dddddd` (1./2. standardised, 3. local-specific), or — where the sources give
 * no code — a clearly local placeholder `LOCAL-<FIELD>-<nnn>` that must never be sent to DVCQG.
 */
export const NATIONAL_CODE = /^[123]\.\d{6}$/;
export const PLACEHOLDER_CODE = /^LOCAL-[A-Z]{2,}-\d{3}$/;
export const ProcedureCodeSchema = z
  .string()
  .refine((value) => NATIONAL_CODE.test(value) || PLACEHOLDER_CODE.test(value), 'expected d.dddddd or LOCAL-XX-nnn');

export function isPlaceholderCode(code: string): boolean {
  return PLACEHOLDER_CODE.test(code);
}

export const CONFIDENCE_LEVELS = ['confirmed', 'single-source', 'default-rule', 'unconfirmed'] as const;
export const ConfidenceSchema = z.enum(CONFIDENCE_LEVELS);

/** Order from strongest to weakest, used to report the weakest value behind a figure. */
export function weakestConfidence(levels: readonly Confidence[]): Confidence {
  let weakest: Confidence = 'confirmed';
  for (const level of levels) {
    if (CONFIDENCE_LEVELS.indexOf(level) > CONFIDENCE_LEVELS.indexOf(weakest)) weakest = level;
  }
  return weakest;
}

export const CHANNELS = ['in_person', 'online', 'post'] as const;
export const ChannelSchema = z.enum(CHANNELS);

// ─── Time limits and steps (shapes owned by deadline/types.ts) ──────────────

export const TimeLimitSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('working-days'), days: z.number().positive().multipleOf(0.5) }),
  z.strictObject({ kind: z.literal('working-hours'), hours: z.number().positive() }),
  z.strictObject({ kind: z.literal('calendar-days'), days: z.number().int().positive() }),
  z.strictObject({ kind: z.literal('same-day') }),
]);

export const StepTemplateSchema = z.strictObject({
  code: slug,
  name: text,
  sharePercent: z.number().positive().max(100),
  role: z.enum(STEP_ROLES),
});

// ─── Enumerations with their Vietnamese labels ──────────────────────────────

export const ONLINE_LEVELS = ['toan-trinh', 'mot-phan', 'truc-tiep'] as const;
export const OnlineLevelSchema = z.enum(ONLINE_LEVELS);
export type OnlineLevel = z.infer<typeof OnlineLevelSchema>;
export const ONLINE_LEVEL_LABELS: Record<OnlineLevel, string> = {
  'toan-trinh': 'Dịch vụ công trực tuyến toàn trình',
  'mot-phan': 'Dịch vụ công trực tuyến một phần',
  'truc-tiep': 'Chỉ thực hiện trực tiếp',
};

/**
 * Who handles the dossier after reception. The first three are the commune's own bodies
 * (two-level local government, from 01/07/2025); `cong-an-xa` is a vertical agency whose
 * procedures the centre may only receive and forward.
 */
export const HANDLING_DEPARTMENTS = ['tu-phap-ho-tich', 'kinh-te', 'van-hoa-xa-hoi', 'cong-an-xa'] as const;
export const HandlingDepartmentSchema = z.enum(HANDLING_DEPARTMENTS);
export type HandlingDepartment = z.infer<typeof HandlingDepartmentSchema>;
export const HANDLING_DEPARTMENT_LABELS: Record<HandlingDepartment, string> = {
  'tu-phap-ho-tich': 'Công chức Tư pháp - Hộ tịch (Văn phòng HĐND và UBND xã)',
  'kinh-te': 'Phòng Kinh tế (phường: Phòng Kinh tế, Hạ tầng và Đô thị)',
  'van-hoa-xa-hoi': 'Phòng Văn hóa - Xã hội',
  'cong-an-xa': 'Công an xã (cơ quan ngành dọc)',
};

export const COMPONENT_FORMS = ['ban-chinh', 'ban-sao-chung-thuc', 'ban-chup'] as const;
export const ComponentFormSchema = z.enum(COMPONENT_FORMS);
export type ComponentForm = z.infer<typeof ComponentFormSchema>;
export const COMPONENT_FORM_LABELS: Record<ComponentForm, string> = {
  'ban-chinh': 'Bản chính',
  'ban-sao-chung-thuc': 'Bản sao có chứng thực',
  'ban-chup': 'Bản chụp',
};

export const FEE_KINDS = ['le-phi', 'phi'] as const;
export const FeeKindSchema = z.enum(FEE_KINDS);
export type FeeKind = z.infer<typeof FeeKindSchema>;
export const FEE_KIND_LABELS: Record<FeeKind, string> = { 'le-phi': 'Lệ phí', phi: 'Phí' };

/** `trang` is priced per page of one copy; `ban` per copy; every other unit once per dossier. */
export const FEE_UNITS = ['ho-so', 'lan', 'ban', 'trang', 'giay-phep', 'truong-hop', 'hop-dong', 'van-ban'] as const;
export const FeeUnitSchema = z.enum(FEE_UNITS);
export type FeeUnit = z.infer<typeof FeeUnitSchema>;
export const FEE_UNIT_LABELS: Record<FeeUnit, string> = {
  'ho-so': 'đồng/hồ sơ',
  lan: 'đồng/lần',
  ban: 'đồng/bản',
  trang: 'đồng/trang',
  'giay-phep': 'đồng/giấy phép',
  'truong-hop': 'đồng/trường hợp',
  'hop-dong': 'đồng/hợp đồng',
  'van-ban': 'đồng/văn bản',
};

// ─── Components ──────────────────────────────────────────────────────────────

export const ComponentSchema = z.strictObject({
  code: slug,
  name: text,
  form: ComponentFormSchema,
  quantity: z.number().int().min(1),
  optional: z.boolean(),
  /** When or how the paper is needed, e.g. "Xuất trình để đối chiếu". */
  note: text.optional(),
});

// ─── Fees ────────────────────────────────────────────────────────────────────

/** A category of payer that a fee line exempts (miễn), e.g. người cao tuổi. */
export const ExemptionSchema = z.strictObject({
  code: slug,
  label: text,
  basis: text,
  confidence: ConfidenceSchema,
});

/** A share of the fee paid by the budget instead of the citizen (hỗ trợ), e.g. NQ 43/2025. */
export const FeeSupportSchema = z.strictObject({
  label: text,
  sharePercent: z.number().positive().max(100),
  /** Applies only to this fee variant (e.g. bản sao điện tử); all variants when absent. */
  variant: slug.optional(),
  /** Applies only to these channels; all channels when absent. */
  channels: z.array(ChannelSchema).min(1).optional(),
  effectiveFrom: IsoDateSchema,
  effectiveTo: IsoDateSchema.optional(),
  basis: text,
  confidence: ConfidenceSchema,
});

const ChannelAmountsSchema = z.strictObject({
  in_person: z.number().int().nonnegative().nullable().optional(),
  online: z.number().int().nonnegative().nullable().optional(),
  post: z.number().int().nonnegative().nullable().optional(),
});

const ChannelConfidenceSchema = z.strictObject({
  in_person: ConfidenceSchema.optional(),
  online: ConfidenceSchema.optional(),
  post: ConfidenceSchema.optional(),
});

/**
 * One fee line in force over one period. A change of amount is a new line with the same `code`
 * and the next period, so a dossier of any date finds the amount of its own day.
 */
export const FeeLineSchema = z.strictObject({
  /** Groups the periods of the same fee. */
  code: slug,
  kind: FeeKindSchema,
  label: text,
  unit: FeeUnitSchema,
  /**
   * Amount per unit in VND for every channel not listed in `channelAmounts`;
   * for `trang`, the amount of each page before the first `pageTiers` entry.
   * `null` = the level exists but is not known to this catalog (never guessed).
   */
  amount: z.number().int().nonnegative().nullable(),
  channelAmounts: ChannelAmountsSchema.optional(),
  /** Later pages of a copy priced differently, e.g. from page 3: 1.000 đồng/trang. */
  pageTiers: z
    .array(z.strictObject({ fromPage: z.number().int().min(2), amount: z.number().int().nonnegative() }))
    .optional(),
  /** Cap on the fee of one copy (e.g. 200.000 đồng/bản). */
  maxPerCopy: z.number().int().positive().optional(),
  /** The line applies only to this fee variant of the procedure; to all when absent. */
  variant: slug.optional(),
  effectiveFrom: IsoDateSchema,
  effectiveTo: IsoDateSchema.optional(),
  /** Legal basis in Vietnamese (number, date, article). */
  basis: text,
  exemptions: z.array(ExemptionSchema),
  supports: z.array(FeeSupportSchema),
  /** Why this line is 0 đồng by rule (not by exemption), shown as the waived reason. */
  freeReason: text.optional(),
  /** Confidence of the amount for every channel not listed in `channelConfidence`. */
  confidence: ConfidenceSchema,
  channelConfidence: ChannelConfidenceSchema.optional(),
  note: text.optional(),
});

/** A case of the same procedure with a different fee (đúng hạn / quá hạn, bản giấy / điện tử…). */
export const FeeVariantSchema = z.strictObject({
  code: slug,
  label: text,
  isDefault: z.boolean(),
});

// ─── Procedure ───────────────────────────────────────────────────────────────

export const FieldRefSchema = z.strictObject({ code: slug, name: text });

/** Every value of a procedure version that carries its own confidence mark. */
export const PROCEDURE_FACTS = [
  'code',
  'localCode',
  'name',
  'field',
  'onlineLevel',
  'timeLimit',
  'verificationTimeLimit',
  'supplementPauses',
  'financialObligationPauses',
  'resultRequired',
  'department',
  'components',
  'steps',
  'fees',
  'effectiveFrom',
  'effectiveTo',
] as const;
export type ProcedureFact = (typeof PROCEDURE_FACTS)[number];

export const ProcedureConfidenceSchema = z.strictObject({
  code: ConfidenceSchema,
  localCode: ConfidenceSchema,
  name: ConfidenceSchema,
  field: ConfidenceSchema,
  onlineLevel: ConfidenceSchema,
  timeLimit: ConfidenceSchema,
  verificationTimeLimit: ConfidenceSchema.optional(),
  supplementPauses: ConfidenceSchema,
  financialObligationPauses: ConfidenceSchema,
  resultRequired: ConfidenceSchema,
  department: ConfidenceSchema,
  components: ConfidenceSchema,
  steps: ConfidenceSchema,
  fees: ConfidenceSchema,
  effectiveFrom: ConfidenceSchema,
  effectiveTo: ConfidenceSchema.optional(),
});

const note = text.optional();
/** Vietnamese notes explaining a mark (source, doubt, what to verify); `general` for the whole entry. */
export const ProcedureNotesSchema = z.strictObject({
  general: note,
  code: note,
  localCode: note,
  name: note,
  field: note,
  onlineLevel: note,
  timeLimit: note,
  verificationTimeLimit: note,
  supplementPauses: note,
  financialObligationPauses: note,
  resultRequired: note,
  department: note,
  components: note,
  steps: note,
  fees: note,
  effectiveFrom: note,
  effectiveTo: note,
});

const ProcedureObjectSchema = z.strictObject({
  /** National code (e.g. "1.001193") or a LOCAL-… placeholder. */
  code: ProcedureCodeSchema,
  /** `<code>.000.00.00.H24` — the code Hải Phòng publishes. */
  localCode: z.string(),
  /** `<code>@<effectiveFrom>`, stable id of this version (dossiers keep it). */
  versionId: z.string(),
  name: text,
  field: FieldRefSchema,
  onlineLevel: OnlineLevelSchema,
  timeLimit: TimeLimitSchema,
  /** Longer limit when the case needs verification (trường hợp cần xác minh). */
  verificationTimeLimit: TimeLimitSchema.optional(),
  /** Does a supplement request during processing pause the clock? */
  supplementPauses: z.boolean(),
  /** Does waiting for the financial obligation (thuế, tiền sử dụng đất…) pause the clock? */
  financialObligationPauses: z.boolean(),
  /** Is the result a document (needed for QĐ 766 e-result and digitization ratios)? */
  resultRequired: z.boolean(),
  department: HandlingDepartmentSchema,
  components: z.array(ComponentSchema).min(1),
  steps: z.array(StepTemplateSchema).min(1),
  feeVariants: z.array(FeeVariantSchema),
  /** Empty when nothing is charged (see `confidence.fees` for how sure that is). */
  fees: z.array(FeeLineSchema),
  effectiveFrom: IsoDateSchema,
  effectiveTo: IsoDateSchema.optional(),
  confidence: ProcedureConfidenceSchema,
  notes: ProcedureNotesSchema,
});

type Issue = { message: string; path: (string | number)[] };

/** The day of an ISO date, NaN when the text is not one. */
function dayNumberOrNaN(date: string): number {
  return parseIsoDate(date) ?? Number.NaN;
}

/** Half-open periods [from, to) overlap; an open end is +∞. */
export function periodsOverlap(
  a: { effectiveFrom: string; effectiveTo?: string | undefined },
  b: { effectiveFrom: string; effectiveTo?: string | undefined },
): boolean {
  const aTo = a.effectiveTo === undefined ? Infinity : dayNumberOrNaN(a.effectiveTo);
  const bTo = b.effectiveTo === undefined ? Infinity : dayNumberOrNaN(b.effectiveTo);
  return dayNumberOrNaN(a.effectiveFrom) < bTo && dayNumberOrNaN(b.effectiveFrom) < aTo;
}

function checkPeriod(
  value: { effectiveFrom: string; effectiveTo?: string | undefined },
  path: (string | number)[],
): Issue[] {
  if (value.effectiveTo === undefined) return [];
  return dayNumberOrNaN(value.effectiveTo) > dayNumberOrNaN(value.effectiveFrom)
    ? []
    : [{ message: 'effectiveTo must be after effectiveFrom', path: [...path, 'effectiveTo'] }];
}

function checkFees(procedure: z.infer<typeof ProcedureObjectSchema>): Issue[] {
  const issues: Issue[] = [];
  const variantCodes = new Set(procedure.feeVariants.map((v) => v.code));
  if (procedure.feeVariants.length > 0 && procedure.feeVariants.filter((v) => v.isDefault).length !== 1) {
    issues.push({ message: 'exactly one fee variant must be the default', path: ['feeVariants'] });
  }
  procedure.fees.forEach((line, index) => {
    const path = ['fees', index];
    issues.push(...checkPeriod(line, path));
    line.supports.forEach((support, s) => issues.push(...checkPeriod(support, [...path, 'supports', s])));
    for (const variant of [line.variant, ...line.supports.map((s) => s.variant)]) {
      if (variant !== undefined && !variantCodes.has(variant)) {
        issues.push({ message: `unknown fee variant "${variant}"`, path });
      }
    }
    if (line.unit !== 'trang' && (line.pageTiers !== undefined || line.maxPerCopy !== undefined)) {
      issues.push({ message: 'page tiers and a per-copy cap need unit "trang"', path });
    }
    if (line.freeReason !== undefined && line.amount !== 0) {
      issues.push({ message: 'a line with freeReason must have amount 0', path });
    }
    // Two periods of the same fee must not overlap for the same variant.
    procedure.fees.forEach((other, j) => {
      if (j <= index || other.code !== line.code || other.variant !== line.variant) return;
      if (periodsOverlap(line, other)) {
        issues.push({ message: `fee line "${line.code}" has overlapping periods`, path: ['fees', j] });
      }
    });
  });
  return issues;
}

function checkProcedure(procedure: z.infer<typeof ProcedureObjectSchema>): Issue[] {
  const issues: Issue[] = [];
  if (procedure.localCode !== localCodeOf(procedure.code)) {
    issues.push({ message: `localCode must be ${localCodeOf(procedure.code)}`, path: ['localCode'] });
  }
  if (procedure.versionId !== versionIdOf(procedure.code, procedure.effectiveFrom)) {
    issues.push({ message: 'versionId must be <code>@<effectiveFrom>', path: ['versionId'] });
  }
  const shareSum = procedure.steps.reduce((sum, step) => sum + step.sharePercent, 0);
  if (Math.abs(shareSum - 100) > 1e-9) {
    issues.push({ message: `step shares add up to ${shareSum}, not 100`, path: ['steps'] });
  }
  if (new Set(procedure.steps.map((s) => s.code)).size !== procedure.steps.length) {
    issues.push({ message: 'step codes must be unique', path: ['steps'] });
  }
  for (const message of stepTemplateProblems(procedure.steps)) issues.push({ message, path: ['steps'] });
  if (new Set(procedure.components.map((c) => c.code)).size !== procedure.components.length) {
    issues.push({ message: 'component codes must be unique', path: ['components'] });
  }
  issues.push(...checkPeriod(procedure, []));
  // A value that exists must be marked, and a mark must not describe a missing value.
  for (const fact of ['verificationTimeLimit', 'effectiveTo'] as const) {
    if ((procedure[fact] === undefined) !== (procedure.confidence[fact] === undefined)) {
      issues.push({ message: `${fact} and confidence.${fact} go together`, path: ['confidence', fact] });
    }
  }
  if (isPlaceholderCode(procedure.code) && procedure.confidence.code === 'confirmed') {
    issues.push({ message: 'a placeholder code cannot be confirmed', path: ['confidence', 'code'] });
  }
  issues.push(...checkFees(procedure));
  return issues;
}

export const ProcedureSchema = ProcedureObjectSchema.superRefine((procedure, ctx) => {
  for (const issue of checkProcedure(procedure)) ctx.addIssue({ code: 'custom', ...issue });
});

/** The whole catalog: also checks that one code has at most one version in force on any day. */
export const CatalogSchema = z.array(ProcedureSchema).superRefine((procedures, ctx) => {
  procedures.forEach((a, i) => {
    procedures.forEach((b, j) => {
      if (j <= i || a.code !== b.code) return;
      if (periodsOverlap(a, b)) {
        ctx.addIssue({ code: 'custom', message: `two versions of ${a.code} overlap`, path: [j, 'effectiveFrom'] });
      }
    });
  });
});

// ─── Types ───────────────────────────────────────────────────────────────────

export type FieldRef = z.infer<typeof FieldRefSchema>;
export type Component = z.infer<typeof ComponentSchema>;
export type Exemption = z.infer<typeof ExemptionSchema>;
export type FeeSupport = z.infer<typeof FeeSupportSchema>;
export type FeeLine = z.infer<typeof FeeLineSchema>;
export type FeeVariant = z.infer<typeof FeeVariantSchema>;
export type ProcedureConfidence = z.infer<typeof ProcedureConfidenceSchema>;
export type ProcedureNotes = z.infer<typeof ProcedureNotesSchema>;
export type Procedure = z.infer<typeof ProcedureSchema>;

// Compile-time guards: the schemas describe exactly the shared domain types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<z.infer<typeof TimeLimitSchema>, TimeLimit>,
  Same<z.infer<typeof StepTemplateSchema>, StepTemplate>,
  Same<z.infer<typeof ConfidenceSchema>, Confidence>,
  Same<z.infer<typeof ChannelSchema>, Channel>,
] = [true, true, true, true];
void sameTypes;
