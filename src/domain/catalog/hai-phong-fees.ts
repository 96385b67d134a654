/**
 * Hải Phòng's fee rules as reusable fee-line builders, so that each resolution is written once
 * and every procedure that it governs cites the same text and dates.
 *
 * Sources: reference.md §8 "Hải Phòng fee context" (✅, read from the official resolutions by the
 * S4 project), plus dates and article numbers from the same S4 registry
 * (hongdienvbhp/BangNiemYetVinhBao `data/phu-luc/phi-le-phi-van-ban.json`, verified 01/10/2026).
 */
import type { Confidence } from '../calendar/types.ts';
import type { Exemption, FeeKind, FeeLine, FeeSupport, FeeUnit } from './schema.ts';

// ─── Legal bases (Vietnamese, as printed on receipts and fee tables) ────────

export const BASIS = {
  nq12_2018: 'Nghị quyết số 12/2018/NQ-HĐND ngày 12/7/2018 của HĐND thành phố Hải Phòng, Phụ lục 04 điểm a',
  nq16_2023: 'Nghị quyết số 16/2023/NQ-HĐND ngày 08/12/2023 của HĐND thành phố Hải Phòng',
  nq45_2018: 'Nghị quyết số 45/2018/NQ-HĐND ngày 10/12/2018 của HĐND thành phố Hải Phòng, Phụ lục 10',
  nq34_2025: 'Nghị quyết số 34/2025/NQ-HĐND ngày 10/12/2025 của HĐND thành phố Hải Phòng',
  nq17_2024: 'Nghị quyết số 17/2024/NQ-HĐND ngày 06/12/2024 của HĐND thành phố Hải Phòng',
  nq23_2026:
    'Nghị quyết số 23/2026/NQ-HĐND ngày 28/7/2026 của HĐND thành phố Hải Phòng (mức thu 0 đồng khi thực hiện trực tuyến, hiệu lực từ 08/8/2026)',
  nq12_2026:
    'Nghị quyết số 12/2026/NQ-HĐND ngày 28/7/2026 của HĐND thành phố Hải Phòng (lệ phí đăng ký kinh doanh 0 đồng, từ 08/8/2026 đến hết 31/12/2031)',
  nq45_2018_hkd: 'Nghị quyết số 45/2018/NQ-HĐND ngày 10/12/2018 của HĐND thành phố Hải Phòng, Phụ lục 12',
  nq43_2025:
    'Nghị quyết số 43/2025/NQ-HĐND ngày 10/12/2025 của HĐND thành phố Hải Phòng (hỗ trợ phí chứng thực bản sao điện tử từ bản chính, từ 01/01/2026 đến hết 31/12/2030)',
  tt226_2016: 'Thông tư số 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính (phí chứng thực)',
  tt281_2016:
    'Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính (phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch)',
  hdndUnknown: 'Mức thu do HĐND thành phố Hải Phòng quyết định (chưa xác định văn bản áp dụng cho UBND cấp xã)',
} as const;

// ─── Key dates ───────────────────────────────────────────────────────────────

/** Two-level local government and NĐ 118/2025 in force; commune catalogs published from here. */
export const TWO_LEVEL_GOVERNMENT_START = '2025-07-01';
/** NQ 16/2023/NQ-HĐND in force (current list of hộ tịch exemptions). */
export const NQ16_2023_START = '2023-12-18';
/** NQ 45/2018/NQ-HĐND in force (lệ phí giấy phép xây dựng). */
export const NQ45_2018_START = '2019-01-01';
/** NQ 34/2025/NQ-HĐND in force (phí, lệ phí đất đai). */
export const NQ34_2025_START = '2026-01-01';
/** NQ 23/2026 (online 0 đồng) and NQ 12/2026 (HKD 0 đồng) in force. */
export const NQ23_2026_START = '2026-08-08';
/** First day after NQ 12/2026's period (in force until the end of 31/12/2031). */
export const NQ12_2026_END = '2032-01-01';
/** NQ 43/2025 support period [01/01/2026, 31/12/2030]. */
export const NQ43_2025_START = '2026-01-01';
export const NQ43_2025_END = '2031-01-01';
/** Phí chứng thực (TT 226/2016/TT-BTC) in force. */
export const TT226_2016_START = '2017-01-01';
/** Phí khai thác thông tin hộ tịch (TT 281/2016/TT-BTC) in force. */
export const TT281_2016_START = '2017-01-01';

// ─── Exemption categories ────────────────────────────────────────────────────

function exemption(code: string, label: string, basis: string, confidence: Confidence): Exemption {
  return { code, label, basis, confidence };
}

/** NQ 16/2023 (amending NQ 12/2018 PL04 point c): payers exempt from every lệ phí hộ tịch. ✅ */
export const HO_TICH_EXEMPTIONS: readonly Exemption[] = [
  exemption('tre-em', 'Trẻ em', BASIS.nq16_2023, 'confirmed'),
  exemption('ho-ngheo', 'Hộ nghèo', BASIS.nq16_2023, 'confirmed'),
  exemption('nguoi-cao-tuoi', 'Người cao tuổi', BASIS.nq16_2023, 'confirmed'),
  exemption('nguoi-khuyet-tat', 'Người khuyết tật', BASIS.nq16_2023, 'confirmed'),
  exemption('nguoi-co-cong', 'Người có công với cách mạng', BASIS.nq16_2023, 'confirmed'),
  exemption(
    'dtts-xa-dbkk',
    'Đồng bào dân tộc thiểu số ở xã có điều kiện kinh tế - xã hội đặc biệt khó khăn',
    BASIS.nq16_2023,
    'confirmed',
  ),
];

/** NQ 45/2018 PL10 exemptions from lệ phí giấy phép xây dựng (S4 only, not in reference §8). 🟡 */
export const GPXD_EXEMPTIONS: readonly Exemption[] = [
  exemption('nguoi-co-cong-ho-tro-nha-o', 'Người có công với cách mạng được hỗ trợ xây dựng nhà ở', BASIS.nq45_2018, 'single-source'),
  exemption('ho-ngheo', 'Hộ nghèo (có xác nhận của chính quyền địa phương)', BASIS.nq45_2018, 'single-source'),
  exemption(
    'nguoi-khuyet-tat-nang-ho-tro-nha-o',
    'Người khuyết tật nặng được hỗ trợ kinh phí xây dựng nhà ở',
    BASIS.nq45_2018,
    'single-source',
  ),
];

/** NQ 34/2025 exemptions from phí, lệ phí cấp GCN (S4 only, not in reference §8). 🟡 */
export const DAT_DAI_EXEMPTIONS: readonly Exemption[] = [
  exemption('tre-em', 'Trẻ em', BASIS.nq34_2025, 'single-source'),
  exemption('ho-ngheo', 'Hộ nghèo', BASIS.nq34_2025, 'single-source'),
  exemption('nguoi-cao-tuoi', 'Người cao tuổi', BASIS.nq34_2025, 'single-source'),
  exemption('nguoi-khuyet-tat', 'Người khuyết tật', BASIS.nq34_2025, 'single-source'),
  exemption('nguoi-co-cong', 'Người có công với cách mạng', BASIS.nq34_2025, 'single-source'),
];

/** Every exemption code the catalog knows, with one label each (for pickers and validation). */
export const EXEMPTION_CATEGORIES: ReadonlyMap<string, string> = new Map(
  [...HO_TICH_EXEMPTIONS, ...GPXD_EXEMPTIONS, ...DAT_DAI_EXEMPTIONS].map((e) => [e.code, e.label]),
);

// ─── Builders ────────────────────────────────────────────────────────────────

interface LineSpec {
  code: string;
  kind: FeeKind;
  label: string;
  unit: FeeUnit;
  amount: number | null;
  basis: string;
  confidence: Confidence;
  variant?: string;
  exemptions?: readonly Exemption[];
  supports?: readonly FeeSupport[];
  note?: string;
}

function line(spec: LineSpec, period: { effectiveFrom: string; effectiveTo?: string }): FeeLine {
  return {
    code: spec.code,
    kind: spec.kind,
    label: spec.label,
    unit: spec.unit,
    amount: spec.amount,
    ...(spec.variant === undefined ? {} : { variant: spec.variant }),
    effectiveFrom: period.effectiveFrom,
    ...(period.effectiveTo === undefined ? {} : { effectiveTo: period.effectiveTo }),
    basis: spec.basis,
    exemptions: [...(spec.exemptions ?? [])],
    supports: [...(spec.supports ?? [])],
    confidence: spec.confidence,
    ...(spec.note === undefined ? {} : { note: spec.note }),
  };
}

const ONLINE_BEFORE_NQ23_NOTE =
  'Trước 08/8/2026, mức thu khi nộp trực tuyến theo NQ 08/2025/NQ-HĐND (Hải Phòng) và NQ 07/2025/NQ-HĐND (Hải Dương cũ) — chưa đối chiếu; tạm dùng mức thu trực tiếp.';

/**
 * A fee covered by NQ 23/2026 (4 lệ phí and 7 phí): the same amount on every channel until
 * 07/8/2026, then 0 đồng online from 08/8/2026. The online amount before 08/8/2026 is
 * unconfirmed (NQ 08/2025 not read), so it keeps the counter amount and says so.
 */
export function onlineFreeFromNq23(spec: LineSpec & { effectiveFrom: string }): FeeLine[] {
  const before = line(spec, { effectiveFrom: spec.effectiveFrom, effectiveTo: NQ23_2026_START });
  const after = line(
    { ...spec, basis: `${spec.basis}; ${BASIS.nq23_2026}` },
    { effectiveFrom: NQ23_2026_START },
  );
  return [
    {
      ...before,
      channelConfidence: { online: 'unconfirmed' },
      note: spec.note === undefined ? ONLINE_BEFORE_NQ23_NOTE : `${spec.note} ${ONLINE_BEFORE_NQ23_NOTE}`,
    },
    { ...after, channelAmounts: { online: 0 }, channelConfidence: { online: 'confirmed' } },
  ];
}

/** Lệ phí hộ tịch at the commune (NQ 12/2018 PL04 a, exemptions NQ 16/2023, online 0 NQ 23/2026). */
export function hoTichFee(spec: {
  code: string;
  label: string;
  amount: number | null;
  confidence: Confidence;
  variant?: string;
  basis?: string;
  note?: string;
}): FeeLine[] {
  return onlineFreeFromNq23({
    code: spec.code,
    kind: 'le-phi',
    label: spec.label,
    unit: 'lan',
    amount: spec.amount,
    basis: spec.basis ?? `${BASIS.nq12_2018}; miễn theo ${BASIS.nq16_2023}`,
    confidence: spec.confidence,
    exemptions: HO_TICH_EXEMPTIONS,
    effectiveFrom: NQ16_2023_START,
    ...(spec.variant === undefined ? {} : { variant: spec.variant }),
    ...(spec.note === undefined ? {} : { note: spec.note }),
  });
}

/** A hộ tịch case that is free by NQ 16/2023 itself (khai sinh/khai tử đúng hạn, giám hộ, kết hôn). */
export function hoTichFreeCase(spec: { code: string; label: string; reason: string; variant?: string }): FeeLine {
  return {
    ...line(
      {
        code: spec.code,
        kind: 'le-phi',
        label: spec.label,
        unit: 'lan',
        amount: 0,
        basis: BASIS.nq16_2023,
        confidence: 'confirmed',
        ...(spec.variant === undefined ? {} : { variant: spec.variant }),
      },
      { effectiveFrom: NQ16_2023_START },
    ),
    freeReason: spec.reason,
  };
}

/** A flat fee line that no Hải Phòng resolution changes (phí chứng thực, phí trích lục…). */
export function flatFee(spec: LineSpec & { effectiveFrom: string; effectiveTo?: string }): FeeLine {
  return line(spec, spec);
}

/**
 * Lệ phí đăng ký hộ kinh doanh: the amount before 08/8/2026 (NQ 45/2018 PL12, repealed by
 * NQ 12/2026), then 0 đồng on every channel from 08/8/2026 to the end of 31/12/2031.
 */
export function hoKinhDoanhFee(spec: {
  code: string;
  label: string;
  amountBefore: number | null;
  confidenceBefore: Confidence;
  noteBefore: string;
}): FeeLine[] {
  const base = { code: spec.code, kind: 'le-phi' as const, label: spec.label, unit: 'lan' as const };
  return [
    line(
      { ...base, amount: spec.amountBefore, basis: BASIS.nq45_2018_hkd, confidence: spec.confidenceBefore, note: spec.noteBefore },
      { effectiveFrom: TWO_LEVEL_GOVERNMENT_START, effectiveTo: NQ23_2026_START },
    ),
    {
      ...line(
        { ...base, amount: 0, basis: BASIS.nq12_2026, confidence: 'confirmed' },
        { effectiveFrom: NQ23_2026_START, effectiveTo: NQ12_2026_END },
      ),
      freeReason: 'Mức thu 0 đồng đối với mọi hình thức nộp hồ sơ (NQ 12/2026/NQ-HĐND)',
    },
  ];
}

/** NQ 43/2025: the city budget pays 100% of phí chứng thực for electronic copies. ✅ */
export const NQ43_E_COPY_SUPPORT: FeeSupport = {
  label: 'Ngân sách thành phố hỗ trợ 100% phí chứng thực bản sao điện tử từ bản chính',
  sharePercent: 100,
  variant: 'ban-sao-dien-tu',
  effectiveFrom: NQ43_2025_START,
  effectiveTo: NQ43_2025_END,
  basis: BASIS.nq43_2025,
  confidence: 'confirmed',
};
