/**
 * Xây dựng and Đất đai — reference.md §8 rows 38–40.
 * Fees: lệ phí giấy phép xây dựng (NQ 45/2018 PL10), phí và lệ phí cấp GCN (NQ 34/2025,
 * from 01/01/2026), all 0 đồng online from 08/8/2026 (NQ 23/2026).
 */
import { FIELDS, calendarDays, days, defineProcedure, optionalPaper, paper } from '../define.ts';
import {
  BASIS,
  DAT_DAI_EXEMPTIONS,
  GPXD_EXEMPTIONS,
  NQ34_2025_START,
  NQ45_2018_START,
  TWO_LEVEL_GOVERNMENT_START,
  flatFee,
  onlineFreeFromNq23,
} from '../hai-phong-fees.ts';
import type { Procedure } from '../schema.ts';
import { REVIEWED_STEPS } from '../../deadline/types.ts';

const LAND_BEFORE_2026_NOTE =
  'Từ 01/7/2025 đến 31/12/2025 mức thu theo NQ 17/2024/NQ-HĐND (đã bãi bỏ từ 01/01/2026) — chưa nhập vào danh mục.';

export const DAT_DAI_XAY_DUNG: Procedure[] = [
  defineProcedure({
    code: 'LOCAL-XD-001',
    name: 'Cấp giấy phép xây dựng nhà ở riêng lẻ',
    field: FIELDS.xayDung,
    onlineLevel: 'mot-phan',
    timeLimit: calendarDays(15),
    department: 'kinh-te',
    // A permit is drafted by the specialist, reviewed by the head of the department, signed by the chairman.
    steps: REVIEWED_STEPS,
    components: [
      paper('don-de-nghi', 'Đơn đề nghị cấp giấy phép xây dựng (theo mẫu)', 'ban-chinh'),
      paper('giay-to-dat', 'Giấy tờ chứng minh quyền sử dụng đất', 'ban-sao-chung-thuc'),
      paper(
        'ban-ve-thiet-ke',
        'Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng, sơ đồ đấu nối hạ tầng kỹ thuật)',
        'ban-chinh',
        { quantity: 2 },
      ),
      optionalPaper(
        'nang-luc-thiet-ke',
        'Bản kê khai năng lực, kinh nghiệm của tổ chức, cá nhân thiết kế',
        'ban-chinh',
        'Khi thiết kế do tổ chức, cá nhân hành nghề thiết kế thực hiện',
      ),
    ],
    fees: onlineFreeFromNq23({
      code: 'le-phi-giay-phep-xay-dung',
      kind: 'le-phi',
      label: 'Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ',
      unit: 'giay-phep',
      amount: 75000,
      basis: BASIS.nq45_2018,
      confidence: 'confirmed',
      exemptions: GPXD_EXEMPTIONS,
      effectiveFrom: NQ45_2018_START,
    }),
    marks: { code: '⚪', timeLimit: '⚪', fees: '✅', onlineLevel: '⚪' },
    notes: {
      general: 'Chuyển về UBND cấp xã từ 07/2025.',
      code: 'Bảng §8 không có mã (⚪): LOCAL-XD-001 là mã tạm của hệ thống, không gửi lên Cổng DVCQG. Nguồn S4 ghi mã 1.013225 "Cấp giấy phép xây dựng mới đối với công trình cấp III, cấp IV và nhà ở riêng lẻ" — cần đối chiếu trước khi thay.',
      localCode: 'Mã tạm, không phải mã công bố của thành phố.',
      timeLimit: '15 ngày (⚪).',
      steps: 'Quy trình nội bộ có bước "Lãnh đạo phòng xem xét, trình ký" trước khi Chủ tịch ký (quy trình mặc định của hệ thống cho thủ tục cấp phép; đơn vị đối chiếu với quy trình nội bộ được phê duyệt).',
      fees: 'Cấp giấy phép 75.000 đồng/giấy phép; gia hạn, cấp lại 15.000 đồng/lần (thủ tục riêng); nộp trực tuyến 0 đồng từ 08/8/2026 (✅).',
    },
  }),
  defineProcedure({
    code: '1.013978',
    name: 'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu (hộ gia đình, cá nhân)',
    field: FIELDS.datDai,
    onlineLevel: 'mot-phan',
    timeLimit: days(20),
    financialObligationPauses: true,
    department: 'kinh-te',
    components: [
      paper('don-dang-ky', 'Đơn đăng ký đất đai, tài sản gắn liền với đất (theo mẫu)', 'ban-chinh'),
      optionalPaper(
        'giay-to-quyen-su-dung-dat',
        'Giấy tờ về quyền sử dụng đất',
        'ban-sao-chung-thuc',
        'Khi có một trong các loại giấy tờ về quyền sử dụng đất',
      ),
      optionalPaper(
        'giay-to-tai-san',
        'Giấy tờ về quyền sở hữu tài sản gắn liền với đất',
        'ban-sao-chung-thuc',
        'Khi đăng ký cả tài sản gắn liền với đất',
      ),
      optionalPaper(
        'chung-tu-nghia-vu-tai-chinh',
        'Chứng từ thực hiện nghĩa vụ tài chính hoặc giấy tờ liên quan đến việc miễn, giảm',
        'ban-chup',
        'Khi có',
      ),
    ],
    feeVariants: [
      { code: 'dat', label: 'Đăng ký quyền sử dụng đất', isDefault: true },
      { code: 'dat-va-tai-san', label: 'Đăng ký quyền sử dụng đất và tài sản gắn liền với đất', isDefault: false },
    ],
    fees: [
      flatFee({
        code: 'le-phi-cap-gcn',
        kind: 'le-phi',
        label: 'Lệ phí cấp Giấy chứng nhận lần đầu (cá nhân)',
        unit: 'ho-so',
        amount: null,
        basis: BASIS.nq17_2024,
        confidence: 'unconfirmed',
        effectiveFrom: TWO_LEVEL_GOVERNMENT_START,
        effectiveTo: NQ34_2025_START,
        note: LAND_BEFORE_2026_NOTE,
      }),
      ...onlineFreeFromNq23({
        code: 'le-phi-cap-gcn',
        kind: 'le-phi',
        label: 'Lệ phí cấp Giấy chứng nhận lần đầu (cá nhân)',
        unit: 'ho-so',
        amount: 35000,
        basis: `${BASIS.nq34_2025}, Phụ lục I`,
        confidence: 'confirmed',
        exemptions: DAT_DAI_EXEMPTIONS,
        effectiveFrom: NQ34_2025_START,
      }),
      flatFee({
        code: 'phi-tham-dinh-ho-so-gcn',
        kind: 'phi',
        label: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận lần đầu (cá nhân)',
        unit: 'ho-so',
        amount: null,
        basis: BASIS.nq17_2024,
        confidence: 'unconfirmed',
        effectiveFrom: TWO_LEVEL_GOVERNMENT_START,
        effectiveTo: NQ34_2025_START,
        note: LAND_BEFORE_2026_NOTE,
      }),
      ...onlineFreeFromNq23({
        code: 'phi-tham-dinh-ho-so-gcn',
        kind: 'phi',
        label: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận lần đầu (cá nhân) — đất',
        unit: 'ho-so',
        amount: 100000,
        variant: 'dat',
        basis: `${BASIS.nq34_2025}, Phụ lục II`,
        confidence: 'confirmed',
        exemptions: DAT_DAI_EXEMPTIONS,
        effectiveFrom: NQ34_2025_START,
      }),
      ...onlineFreeFromNq23({
        code: 'phi-tham-dinh-ho-so-gcn',
        kind: 'phi',
        label: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận lần đầu (cá nhân) — đất và tài sản gắn liền với đất',
        unit: 'ho-so',
        amount: 155000,
        variant: 'dat-va-tai-san',
        basis: `${BASIS.nq34_2025}, Phụ lục II`,
        confidence: 'confirmed',
        exemptions: DAT_DAI_EXEMPTIONS,
        effectiveFrom: NQ34_2025_START,
      }),
    ],
    marks: { code: '🟡', timeLimit: '⚪', fees: '✅', onlineLevel: '⚪', financialObligationPauses: '⚪' },
    notes: {
      timeLimit: 'Theo NĐ 101/2024/NĐ-CP (⚪); giá trị điển hình 20 ngày làm việc, không kể thời gian thực hiện nghĩa vụ tài chính.',
      financialObligationPauses: 'Thời gian người sử dụng đất thực hiện nghĩa vụ tài chính không tính vào thời hạn giải quyết (⚪).',
      department: 'Phòng Kinh tế tiếp nhận, phối hợp Chi nhánh Văn phòng đăng ký đất đai (⚪).',
      fees: 'Lệ phí 35.000 đồng; phí thẩm định 100.000 đồng (đất) hoặc 155.000 đồng (đất và tài sản); nộp trực tuyến 0 đồng từ 08/8/2026 (✅).',
    },
  }),
  defineProcedure({
    code: '1.012812',
    name: 'Hòa giải tranh chấp đất đai',
    field: FIELDS.datDai,
    onlineLevel: 'truc-tiep',
    timeLimit: calendarDays(30),
    department: 'kinh-te',
    components: [
      paper('don-yeu-cau', 'Đơn yêu cầu hòa giải tranh chấp đất đai', 'ban-chinh'),
      optionalPaper('tai-lieu-lien-quan', 'Giấy tờ, tài liệu liên quan đến thửa đất tranh chấp', 'ban-chup', 'Khi có'),
    ],
    marks: { code: '🟡', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: 'Không quá 30 ngày (⚪).', fees: 'Không thu phí, lệ phí (bảng §8, không đánh dấu).' },
  }),
];
