/**
 * The mixes of the demo data: how dossiers arrive and how they end, as probabilities, with
 * defaults drawn from the seeds' reports (docs/demo-data.md gives each source). Every share is
 * configurable; the generator's test checks the produced figures against them.
 */

export interface DemoMix {
  /** Share of dossiers submitted online (seed 002: 2.483/4.466 = 55,59 %). */
  online: number;
  /** Share of in-person-capable dossiers sent by post (bưu chính công ích). */
  post: number;
  /** Share refused at reception (Mẫu 03), never received. */
  refusedAtReception: number;
  /** Share of received dossiers with a supplement request during processing (seed 000: 0,88 %). */
  supplement: number;
  /** Share withdrawn by the citizen (seed 000: 0,57 %; seed 002: 11/4.466). */
  withdrawn: number;
  /** Share stopped or refused after reception (seed 000: 0,67 %). */
  stopped: number;
  /** Share resolved after the legal due date (seed 002: 20/4.466 = 0,45 %; "under 1 %"). */
  overdue: number;
  /** Of overdue dossiers, share with an apology and a new appointment (Mẫu 04) before the due date. */
  extensionOfOverdue: number;
  /** Of dossiers with a fee, share paid online (seed 002: 1.212/3.144 = 38,54 %). */
  onlinePayment: number;
  /** Share of received dossiers whose components were digitized (seed 002: 4.365/4.368). */
  digitized: number;
  /** Share of received dossiers that reuse a document from the citizen's data store (target ≥ 50 %). */
  reused: number;
  /** Share of results issued as an electronic result file. */
  electronicResult: number;
  /** Share of applicants that are organizations rather than individuals. */
  organization: number;
}

export const DEFAULT_MIX: DemoMix = {
  online: 0.55,
  post: 0.01,
  refusedAtReception: 0.006,
  supplement: 0.012,
  withdrawn: 0.005,
  stopped: 0.006,
  overdue: 0.006,
  extensionOfOverdue: 0.6,
  onlinePayment: 0.4,
  digitized: 0.995,
  reused: 0.6,
  electronicResult: 0.97,
  organization: 0.03,
};

export function resolveMix(overrides: Partial<DemoMix> = {}): DemoMix {
  const mix = { ...DEFAULT_MIX, ...overrides };
  for (const [key, value] of Object.entries(mix)) {
    if (!(typeof value === 'number' && value >= 0 && value <= 1)) throw new RangeError(`Tỷ lệ "${key}" phải là số từ 0 đến 1.`);
  }
  if (mix.refusedAtReception + mix.withdrawn + mix.stopped + mix.overdue > 1) {
    throw new RangeError('Tổng các tỷ lệ từ chối tiếp nhận, rút hồ sơ, dừng giải quyết và quá hạn không được vượt 100 %.');
  }
  return mix;
}

/**
 * How often each procedure is asked for at a commune center (relative weights). Certification
 * of copies dominates every seed's counts; civil status and residence follow. Procedures not
 * listed get weight 0,3.
 */
export const PROCEDURE_WEIGHTS: Readonly<Record<string, number>> = {
  '2.000815': 34, // Chứng thực bản sao từ bản chính
  '2.000884': 7, // Chứng thực chữ ký
  '2.000908': 1.5, // Cấp bản sao từ sổ gốc
  '2.001035': 1.2, // Chứng thực giao dịch về động sản, quyền sử dụng đất
  '1.001193': 7, // Đăng ký khai sinh
  '1.000656': 2.5, // Đăng ký khai tử
  '1.000894': 2.5, // Đăng ký kết hôn
  '1.004873': 7, // Xác nhận tình trạng hôn nhân
  '2.000635': 5, // Bản sao trích lục hộ tịch
  '1.004859': 1, // Thay đổi, cải chính hộ tịch
  '1.004222': 4, // Đăng ký thường trú
  '1.004194': 4, // Đăng ký tạm trú
  '1.002755': 1, // Gia hạn tạm trú
  '1.003677': 0.8, // Khai báo tạm vắng
  '1.010038': 0.8, // Tách hộ
  '1.001612': 2.5, // Đăng ký thành lập hộ kinh doanh
  '2.000720': 1.2, // Thay đổi hộ kinh doanh
  '1.001570': 0.6, // Tạm ngừng hộ kinh doanh
  '1.001266': 0.6, // Chấm dứt hộ kinh doanh
  '1.001776': 2, // Trợ cấp xã hội hàng tháng
  '1.001731': 0.8, // Hỗ trợ mai táng
  '1.001699': 0.6, // Xác định mức độ khuyết tật
  '1.011606': 0.5, // Hộ nghèo, cận nghèo
  '1.010833': 0.8, // Xác nhận thân nhân người có công
  '1.013978': 2.5, // Đăng ký đất đai, cấp Giấy chứng nhận
  'LOCAL-XD-001': 1, // Giấy phép xây dựng nhà ở riêng lẻ
  '2.002481': 0.8, // Chuyển trường THCS
};

export const DEFAULT_PROCEDURE_WEIGHT = 0.3;
