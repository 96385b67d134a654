/**
 * `defineProcedure` turns a compact, reviewer-friendly draft (marks written as in reference.md:
 * ✅ 🟡 ⚪) into a full `Procedure`, filling the documented defaults and marking each default
 * as such. Only the entry files use it.
 */
import type { Confidence } from '../calendar/types.ts';
import { DEFAULT_STEPS } from '../deadline/types.ts';
import type { StepTemplate, TimeLimit } from '../deadline/types.ts';
import { TWO_LEVEL_GOVERNMENT_START } from './hai-phong-fees.ts';
import { isPlaceholderCode, localCodeOf, versionIdOf } from './schema.ts';
import type {
  Component,
  ComponentForm,
  HandlingDepartment,
  FeeLine,
  FeeVariant,
  FieldRef,
  OnlineLevel,
  Procedure,
  ProcedureConfidence,
  ProcedureFact,
  ProcedureNotes,
} from './schema.ts';

/** The reference's marks: ✅ confirmed, 🟡 single source or inferred, ⚪ unconfirmed. */
export type Mark = '✅' | '🟡' | '⚪';

const MARK_CONFIDENCE: Record<Mark, Confidence> = {
  '✅': 'confirmed',
  '🟡': 'single-source',
  '⚪': 'unconfirmed',
};

/**
 * Same-day procedures (trong ngày, 15:00 rule): the officer at the desk receives and processes
 * the dossier, the leader signs and the desk returns the result. The four-step default would
 * give the reception step under an hour of a one-day budget, which no officer can act on.
 */
export const SAME_DAY_STEPS: readonly StepTemplate[] = [
  { code: 'tiep-nhan-xu-ly', name: 'Tiếp nhận, kiểm tra và xử lý hồ sơ', sharePercent: 70, role: 'counter_officer' },
  { code: 'ky-tra-ket-qua', name: 'Lãnh đạo ký, trả kết quả', sharePercent: 30, role: 'chairman' },
];

export const FIELDS = {
  hoTich: { code: 'ho-tich', name: 'Hộ tịch' },
  chungThuc: { code: 'chung-thuc', name: 'Chứng thực' },
  hoKinhDoanh: { code: 'dang-ky-ho-kinh-doanh', name: 'Đăng ký hộ kinh doanh' },
  baoTroXaHoi: { code: 'bao-tro-xa-hoi', name: 'Bảo trợ xã hội' },
  giamNgheo: { code: 'giam-ngheo', name: 'Giảm nghèo' },
  nguoiCoCong: { code: 'nguoi-co-cong', name: 'Người có công' },
  xayDung: { code: 'xay-dung', name: 'Xây dựng' },
  datDai: { code: 'dat-dai', name: 'Đất đai' },
  vanHoa: { code: 'van-hoa', name: 'Văn hóa' },
  giaoDuc: { code: 'giao-duc', name: 'Giáo dục' },
  hoaGiaiCoSo: { code: 'hoa-giai-co-so', name: 'Hòa giải cơ sở' },
  hoi: { code: 'hoi', name: 'Hội' },
  cuTru: { code: 'cu-tru', name: 'Đăng ký, quản lý cư trú' },
} as const satisfies Record<string, FieldRef>;

const LOCAL_CODE_NOTE =
  'Hậu tố H24 (Hải Phòng) suy ra theo quy tắc thứ tự chữ cái tên tỉnh (reference §5.2), chưa đối chiếu phụ lục QĐ 20/2020/QĐ-TTg.';
/** Default Vietnamese notes for the three §8 columns when a value is not confirmed. */
const UNCONFIRMED_NOTES: Partial<Record<ProcedureFact, string>> = {
  timeLimit: 'Thời hạn chưa được nguồn xác nhận; cần đối chiếu quyết định công bố TTHC của thành phố.',
  fees: 'Phí, lệ phí chưa được nguồn xác nhận; cần đối chiếu nghị quyết của HĐND thành phố.',
  onlineLevel: 'Mức độ dịch vụ công trực tuyến tùy danh mục do thành phố công bố (reference §8 ⚪).',
};

const EFFECTIVE_FROM_NOTE =
  'Ngày chính quyền địa phương hai cấp và NĐ 118/2025/NĐ-CP có hiệu lực; chưa đối chiếu quyết định công bố TTHC của thành phố.';

export interface ProcedureDraft {
  code: string;
  name: string;
  field: FieldRef;
  onlineLevel: OnlineLevel;
  timeLimit: TimeLimit;
  verificationTimeLimit?: TimeLimit;
  department: HandlingDepartment;
  components: Component[];
  /** Empty or absent: nothing is charged. */
  fees?: FeeLine[];
  feeVariants?: FeeVariant[];
  /** Default true: a supplement request during processing pauses the clock (§1.3). */
  supplementPauses?: boolean;
  /** Default false: only procedures with taxes or land charges wait for them. */
  financialObligationPauses?: boolean;
  /** Default true: the result is a document (giấy chứng nhận, trích lục, văn bản…). */
  resultRequired?: boolean;
  /** Default: SAME_DAY_STEPS for same-day limits, otherwise DEFAULT_STEPS. */
  steps?: readonly StepTemplate[];
  /** Default TWO_LEVEL_GOVERNMENT_START. */
  effectiveFrom?: string;
  effectiveTo?: string;
  /** Marks from reference.md §8 for code, time limit, fee and online level; others optional. */
  marks: { code: Mark; timeLimit: Mark; fees: Mark; onlineLevel: Mark } & Partial<Record<ProcedureFact, Mark>>;
  /** Facts whose value is this catalog's documented default rather than a source. */
  defaults?: readonly ProcedureFact[];
  notes?: ProcedureNotes;
}

function confidenceOf(draft: ProcedureDraft, fact: ProcedureFact, fallback: Confidence): Confidence {
  const mark = draft.marks[fact];
  if (mark !== undefined) return MARK_CONFIDENCE[mark];
  if (draft.defaults?.includes(fact)) return 'default-rule';
  return fallback;
}

export function defineProcedure(draft: ProcedureDraft): Procedure {
  const placeholder = isPlaceholderCode(draft.code);
  const effectiveFrom = draft.effectiveFrom ?? TWO_LEVEL_GOVERNMENT_START;
  const steps = draft.steps ?? (draft.timeLimit.kind === 'same-day' ? SAME_DAY_STEPS : DEFAULT_STEPS);
  const unmarked: Confidence = 'single-source';

  const confidence: ProcedureConfidence = {
    code: confidenceOf(draft, 'code', 'unconfirmed'),
    localCode: confidenceOf(draft, 'localCode', placeholder ? 'unconfirmed' : 'single-source'),
    // §8: "Codes/names ✅ where marked" — a name is as sure as its code.
    name: confidenceOf(draft, 'name', MARK_CONFIDENCE[draft.marks.code]),
    // The Lĩnh vực column carries no mark of its own.
    field: confidenceOf(draft, 'field', unmarked),
    onlineLevel: confidenceOf(draft, 'onlineLevel', 'unconfirmed'),
    timeLimit: confidenceOf(draft, 'timeLimit', 'unconfirmed'),
    ...(draft.verificationTimeLimit === undefined
      ? {}
      : { verificationTimeLimit: confidenceOf(draft, 'verificationTimeLimit', 'unconfirmed') }),
    supplementPauses: confidenceOf(draft, 'supplementPauses', 'default-rule'),
    financialObligationPauses: confidenceOf(draft, 'financialObligationPauses', 'default-rule'),
    resultRequired: confidenceOf(draft, 'resultRequired', 'default-rule'),
    department: confidenceOf(draft, 'department', 'unconfirmed'),
    components: confidenceOf(draft, 'components', 'unconfirmed'),
    steps: confidenceOf(draft, 'steps', 'default-rule'),
    fees: confidenceOf(draft, 'fees', 'unconfirmed'),
    effectiveFrom: confidenceOf(draft, 'effectiveFrom', draft.effectiveFrom === undefined ? 'default-rule' : 'unconfirmed'),
    ...(draft.effectiveTo === undefined ? {} : { effectiveTo: confidenceOf(draft, 'effectiveTo', 'unconfirmed') }),
  };

  const defaultNotes = Object.fromEntries(
    (['timeLimit', 'fees', 'onlineLevel'] as const)
      .filter((fact) => confidence[fact] !== 'confirmed')
      .map((fact) => [fact, UNCONFIRMED_NOTES[fact]]),
  );
  const notes: ProcedureNotes = {
    ...defaultNotes,
    ...(placeholder ? {} : { localCode: LOCAL_CODE_NOTE }),
    ...(draft.effectiveFrom === undefined ? { effectiveFrom: EFFECTIVE_FROM_NOTE } : {}),
    ...draft.notes,
  };

  return {
    code: draft.code,
    localCode: localCodeOf(draft.code),
    versionId: versionIdOf(draft.code, effectiveFrom),
    name: draft.name,
    field: { ...draft.field },
    onlineLevel: draft.onlineLevel,
    timeLimit: draft.timeLimit,
    ...(draft.verificationTimeLimit === undefined ? {} : { verificationTimeLimit: draft.verificationTimeLimit }),
    supplementPauses: draft.supplementPauses ?? true,
    financialObligationPauses: draft.financialObligationPauses ?? false,
    resultRequired: draft.resultRequired ?? true,
    department: draft.department,
    components: draft.components,
    steps: steps.map((step) => ({ ...step })),
    feeVariants: draft.feeVariants ?? [],
    fees: draft.fees ?? [],
    effectiveFrom,
    ...(draft.effectiveTo === undefined ? {} : { effectiveTo: draft.effectiveTo }),
    confidence,
    notes,
  };
}

// ─── Small builders that keep the data files short and readable ─────────────

/** A required component, 1 copy. */
export function paper(code: string, name: string, form: ComponentForm, extra: Partial<Component> = {}): Component {
  return { code, name, form, quantity: 1, optional: false, ...extra };
}

/** A component needed only in some cases. */
export function optionalPaper(code: string, name: string, form: ComponentForm, note: string): Component {
  return { code, name, form, quantity: 1, optional: true, note };
}

/** The applicant's identity paper, shown at the desk unless read from the population database. */
export function identityPaper(whose = 'người yêu cầu'): Component {
  return paper('giay-to-tuy-than', `Giấy tờ tùy thân của ${whose} (Thẻ căn cước/CCCD, hộ chiếu)`, 'ban-chinh', {
    note: 'Xuất trình để đối chiếu; không phải nộp khi thông tin đã được khai thác từ Cơ sở dữ liệu quốc gia về dân cư',
  });
}

export function authorization(): Component {
  return optionalPaper('van-ban-uy-quyen', 'Văn bản ủy quyền', 'ban-sao-chung-thuc', 'Khi người khác nộp hồ sơ thay');
}

export const days = (n: number): TimeLimit => ({ kind: 'working-days', days: n });
export const calendarDays = (n: number): TimeLimit => ({ kind: 'calendar-days', days: n });
export const SAME_DAY: TimeLimit = { kind: 'same-day' };
