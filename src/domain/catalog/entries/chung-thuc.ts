/**
 * Lĩnh vực Chứng thực — reference.md §8 rows 15–22, plus the repealed 2.001009 as a closed version.
 * Fees: TT 226/2016/TT-BTC (national), NQ 43/2025 (100% support for electronic copies).
 * Phí chứng thực is not among the fees that NQ 23/2026 makes free online.
 */
import { FIELDS, SAME_DAY, days, defineProcedure, identityPaper, optionalPaper, paper } from '../define.ts';
import { BASIS, NQ43_E_COPY_SUPPORT, TT226_2016_START, flatFee } from '../hai-phong-fees.ts';
import type { Component, FeeLine, FeeUnit, Procedure } from '../schema.ts';

const TYPICAL_TIME_NOTE = 'Bảng §8 không có thời hạn (⚪); giá trị điển hình theo thủ tục chứng thực hợp đồng, giao dịch.';

function chungThucFee(code: string, label: string, unit: FeeUnit, amount: number | null, note?: string): FeeLine[] {
  return [
    flatFee({
      code,
      kind: 'phi',
      label,
      unit,
      amount,
      basis: BASIS.tt226_2016,
      confidence: 'unconfirmed',
      effectiveFrom: TT226_2016_START,
      ...(note === undefined ? {} : { note }),
    }),
  ];
}

const contractPapers = (draftName: string): Component[] => [
  paper('du-thao', draftName, 'ban-chinh'),
  paper('giay-to-tuy-than-cac-ben', 'Bản sao giấy tờ tùy thân của người yêu cầu chứng thực', 'ban-chup', {
    note: 'Kèm bản chính để đối chiếu',
  }),
  paper(
    'giay-to-tai-san',
    'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản',
    'ban-chup',
    { note: 'Kèm bản chính để đối chiếu' },
  ),
];

export const CHUNG_THUC: Procedure[] = [
  defineProcedure({
    code: '2.000815',
    name: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    field: FIELDS.chungThuc,
    onlineLevel: 'toan-trinh',
    timeLimit: SAME_DAY,
    department: 'tu-phap-ho-tich',
    components: [
      paper('ban-chinh', 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao', 'ban-chinh'),
      optionalPaper('ban-sao', 'Bản sao cần chứng thực', 'ban-chup', 'Khi người yêu cầu tự chuẩn bị bản sao'),
    ],
    feeVariants: [
      { code: 'ban-sao-giay', label: 'Bản sao giấy', isDefault: true },
      { code: 'ban-sao-dien-tu', label: 'Bản sao điện tử từ bản chính', isDefault: false },
    ],
    fees: [
      {
        ...flatFee({
          code: 'phi-chung-thuc-ban-sao',
          kind: 'phi',
          label: 'Phí chứng thực bản sao từ bản chính',
          unit: 'trang',
          amount: 2000,
          basis: BASIS.tt226_2016,
          confidence: 'single-source',
          effectiveFrom: TT226_2016_START,
          supports: [NQ43_E_COPY_SUPPORT],
          note: '2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang; tối đa 200.000 đồng/bản (🟡). Hải Phòng hỗ trợ 100% cho bản sao điện tử từ 01/01/2026 đến hết 31/12/2030 (✅).',
        }),
        pageTiers: [{ fromPage: 3, amount: 1000 }],
        maxPerCopy: 200000,
      },
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: {
      timeLimit: 'Trong ngày; tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo (⚪, NĐ 23/2015 Điều 7).',
      onlineLevel: 'Toàn trình đối với bản sao điện tử (⚪).',
      fees: 'Phí theo TT 226/2016/TT-BTC (🟡); hỗ trợ 100% phí chứng thực bản sao điện tử theo NQ 43/2025/NQ-HĐND (✅).',
    },
  }),
  defineProcedure({
    code: '2.000884',
    name: 'Chứng thực chữ ký trong các văn bản (áp dụng cho cả trường hợp chứng thực điểm chỉ và trường hợp người yêu cầu chứng thực không điểm chỉ được)',
    field: FIELDS.chungThuc,
    onlineLevel: 'truc-tiep',
    timeLimit: SAME_DAY,
    department: 'tu-phap-ho-tich',
    components: [
      identityPaper('người yêu cầu chứng thực'),
      paper('van-ban-can-chung-thuc', 'Giấy tờ, văn bản cần chứng thực chữ ký', 'ban-chinh'),
    ],
    fees: [
      flatFee({
        code: 'phi-chung-thuc-chu-ky',
        kind: 'phi',
        label: 'Phí chứng thực chữ ký',
        unit: 'truong-hop',
        amount: 10000,
        basis: BASIS.tt226_2016,
        confidence: 'single-source',
        effectiveFrom: TT226_2016_START,
      }),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: 'Trong ngày; tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo (⚪).' },
  }),
  defineProcedure({
    code: '2.001035',
    name: 'Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở',
    field: FIELDS.chungThuc,
    onlineLevel: 'truc-tiep',
    timeLimit: days(2),
    department: 'tu-phap-ho-tich',
    components: contractPapers('Dự thảo hợp đồng, giao dịch'),
    fees: chungThucFee('phi-chung-thuc-hop-dong', 'Phí chứng thực hợp đồng, giao dịch', 'hop-dong', 50000),
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: { timeLimit: 'Không quá 02 ngày làm việc (⚪).' },
  }),
  defineProcedure({
    code: '2.000913',
    name: 'Chứng thực việc sửa đổi, bổ sung, hủy bỏ giao dịch',
    field: FIELDS.chungThuc,
    onlineLevel: 'truc-tiep',
    timeLimit: days(2),
    department: 'tu-phap-ho-tich',
    components: [
      paper('du-thao', 'Dự thảo hợp đồng, giao dịch sửa đổi, bổ sung, hủy bỏ', 'ban-chinh'),
      paper('hop-dong-da-chung-thuc', 'Hợp đồng, giao dịch đã được chứng thực', 'ban-chinh'),
      identityPaper('các bên'),
    ],
    fees: chungThucFee(
      'phi-chung-thuc-sua-doi-hop-dong',
      'Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch',
      'hop-dong',
      30000,
    ),
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: { timeLimit: 'Không quá 02 ngày làm việc (⚪).' },
  }),
  defineProcedure({
    code: '2.001406',
    name: 'Chứng thực văn bản thỏa thuận phân chia di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    field: FIELDS.chungThuc,
    onlineLevel: 'truc-tiep',
    timeLimit: days(2),
    department: 'tu-phap-ho-tich',
    components: [
      ...contractPapers('Dự thảo văn bản thỏa thuận phân chia di sản'),
      paper('giay-chung-tu', 'Bản sao Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết', 'ban-chup'),
      paper('quan-he-thua-ke', 'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản', 'ban-chup'),
    ],
    fees: chungThucFee('phi-chung-thuc-phan-chia-di-san', 'Phí chứng thực văn bản thỏa thuận phân chia di sản', 'van-ban', 50000),
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: { timeLimit: 'Không quá 02 ngày làm việc (⚪).' },
  }),
  defineProcedure({
    code: '2.001016',
    name: 'Chứng thực văn bản từ chối nhận di sản',
    field: FIELDS.chungThuc,
    onlineLevel: 'truc-tiep',
    timeLimit: days(2),
    department: 'tu-phap-ho-tich',
    components: [
      paper('du-thao', 'Dự thảo văn bản từ chối nhận di sản', 'ban-chinh'),
      identityPaper('người từ chối nhận di sản'),
      paper('giay-chung-tu', 'Bản sao Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết', 'ban-chup'),
    ],
    fees: chungThucFee(
      'phi-chung-thuc-tu-choi-di-san',
      'Phí chứng thực văn bản từ chối nhận di sản',
      'van-ban',
      null,
      'Mức phí theo TT 226/2016/TT-BTC chưa xác định trong danh mục (⚪).',
    ),
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, fees: 'Bảng §8 không có mức phí (⚪).' },
  }),
  defineProcedure({
    code: '2.001019',
    name: 'Chứng thực di chúc',
    field: FIELDS.chungThuc,
    onlineLevel: 'truc-tiep',
    timeLimit: days(2),
    department: 'tu-phap-ho-tich',
    components: [
      paper('du-thao', 'Dự thảo di chúc', 'ban-chinh'),
      identityPaper('người lập di chúc'),
      optionalPaper(
        'giay-to-tai-san',
        'Bản sao giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản',
        'ban-chup',
        'Khi di chúc liên quan đến tài sản phải đăng ký quyền sở hữu, quyền sử dụng',
      ),
    ],
    fees: chungThucFee('phi-chung-thuc-di-chuc', 'Phí chứng thực di chúc', 'van-ban', 50000),
    marks: { code: '🟡', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: { timeLimit: 'Không quá 02 ngày làm việc (⚪).' },
  }),
  defineProcedure({
    code: '2.000908',
    name: 'Cấp bản sao từ sổ gốc',
    field: FIELDS.chungThuc,
    onlineLevel: 'toan-trinh',
    timeLimit: SAME_DAY,
    department: 'tu-phap-ho-tich',
    components: [
      paper('de-nghi', 'Văn bản đề nghị cấp bản sao từ sổ gốc', 'ban-chinh'),
      identityPaper(),
      optionalPaper(
        'giay-to-quan-he',
        'Giấy tờ chứng minh quan hệ với người được cấp bản chính (cha, mẹ, con, vợ, chồng, anh, chị, em ruột, người thừa kế)',
        'ban-chup',
        'Khi người yêu cầu không phải là người được cấp bản chính',
      ),
    ],
    fees: [],
    marks: { code: '🟡', timeLimit: '🟡', fees: '🟡', onlineLevel: '⚪' },
    notes: {
      timeLimit: 'Trong ngày; tiếp nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo (🟡, nguồn S8).',
      fees: 'Không thu phí (🟡, một nguồn S8).',
    },
  }),
  // Repealed: kept as a closed version so that dossiers received while it was in force still
  // find their procedure, fee and time limit.
  defineProcedure({
    code: '2.001009',
    name: 'Chứng thực văn bản khai nhận di sản mà di sản là động sản, quyền sử dụng đất, nhà ở',
    field: FIELDS.chungThuc,
    onlineLevel: 'truc-tiep',
    timeLimit: days(2),
    department: 'tu-phap-ho-tich',
    components: [
      ...contractPapers('Dự thảo văn bản khai nhận di sản'),
      paper('giay-chung-tu', 'Bản sao Giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết', 'ban-chup'),
      paper('quan-he-thua-ke', 'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản', 'ban-chup'),
    ],
    fees: chungThucFee('phi-chung-thuc-khai-nhan-di-san', 'Phí chứng thực văn bản khai nhận di sản', 'van-ban', 50000),
    effectiveTo: '2026-01-01',
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪', effectiveTo: '⚪' },
    notes: {
      general: 'Đã bãi bỏ khỏi danh mục TTHC cấp xã của Hải Phòng (01/2026, ✅ nguồn S4); chỉ dùng cho hồ sơ tiếp nhận trước ngày hết hiệu lực.',
      name: 'Bảng §8 ghi "Chứng thực văn bản khai nhận di sản".',
      timeLimit: TYPICAL_TIME_NOTE,
      effectiveTo: 'Ngày hết hiệu lực chính xác chưa đối chiếu (⚪); tạm lấy 01/01/2026 theo danh mục tháng 01/2026.',
    },
  }),
];
