/**
 * Lĩnh vực Đăng ký hộ kinh doanh — reference.md §8 rows 23–27.
 * Fees: lệ phí đăng ký hộ kinh doanh 0 đồng on every channel from 08/8/2026 to the end of
 * 31/12/2031 (NQ 12/2026, ✅); the level before (NQ 45/2018 PL12) is not confirmed.
 */
import { FIELDS, authorization, days, defineProcedure, identityPaper, optionalPaper, paper } from '../define.ts';
import { hoKinhDoanhFee } from '../hai-phong-fees.ts';
import type { Procedure } from '../schema.ts';

const LEVEL_BEFORE_UNKNOWN =
  'Mức thu trước 08/8/2026 theo NQ 45/2018/NQ-HĐND Phụ lục 12 (đã bãi bỏ bởi NQ 12/2026) chưa xác định; hồ sơ trước ngày này cần nhập mức thu thủ công.';
const TIME_NOTE = '03 ngày làm việc (⚪).';

export const HO_KINH_DOANH: Procedure[] = [
  defineProcedure({
    code: '1.001612',
    name: 'Đăng ký thành lập hộ kinh doanh',
    field: FIELDS.hoKinhDoanh,
    onlineLevel: 'toan-trinh',
    timeLimit: days(3),
    department: 'kinh-te',
    components: [
      paper('giay-de-nghi', 'Giấy đề nghị đăng ký hộ kinh doanh (theo mẫu)', 'ban-chinh'),
      identityPaper('chủ hộ kinh doanh'),
      optionalPaper(
        'bien-ban-hop-gia-dinh',
        'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh',
        'ban-chup',
        'Khi các thành viên hộ gia đình cùng đăng ký hộ kinh doanh',
      ),
      authorization(),
    ],
    fees: hoKinhDoanhFee({
      code: 'le-phi-dang-ky-ho-kinh-doanh',
      label: 'Lệ phí đăng ký thành lập hộ kinh doanh',
      amountBefore: 150000,
      confidenceBefore: 'unconfirmed',
      noteBefore:
        'Mức 150.000 đồng theo dữ liệu DVCQG ghi nhận trong nguồn S4 trước NQ 12/2026; chưa đối chiếu NQ 45/2018/NQ-HĐND Phụ lục 12.',
    }),
    marks: { code: '✅', timeLimit: '⚪', fees: '✅', onlineLevel: '⚪' },
    notes: { timeLimit: TIME_NOTE },
  }),
  defineProcedure({
    code: '2.000720',
    name: 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
    field: FIELDS.hoKinhDoanh,
    onlineLevel: 'toan-trinh',
    timeLimit: days(3),
    department: 'kinh-te',
    components: [
      paper('thong-bao', 'Thông báo thay đổi nội dung đăng ký hộ kinh doanh (theo mẫu)', 'ban-chinh'),
      optionalPaper(
        'giay-to-thay-doi',
        'Giấy tờ tương ứng với nội dung thay đổi',
        'ban-chup',
        'Theo từng nội dung thay đổi (chủ hộ, địa chỉ, ngành nghề, vốn…)',
      ),
      authorization(),
    ],
    fees: hoKinhDoanhFee({
      code: 'le-phi-thay-doi-ho-kinh-doanh',
      label: 'Lệ phí đăng ký thay đổi nội dung đăng ký hộ kinh doanh',
      amountBefore: null,
      confidenceBefore: 'unconfirmed',
      noteBefore: LEVEL_BEFORE_UNKNOWN,
    }),
    marks: { code: '✅', timeLimit: '⚪', fees: '✅', onlineLevel: '⚪' },
    notes: { timeLimit: TIME_NOTE },
  }),
  defineProcedure({
    code: '1.001570',
    name: 'Tạm ngừng kinh doanh, tiếp tục kinh doanh của hộ kinh doanh',
    field: FIELDS.hoKinhDoanh,
    onlineLevel: 'toan-trinh',
    timeLimit: days(3),
    department: 'kinh-te',
    components: [
      paper('thong-bao', 'Thông báo về việc tạm ngừng kinh doanh hoặc tiếp tục kinh doanh trước thời hạn đã thông báo', 'ban-chinh'),
      authorization(),
    ],
    fees: [],
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: { timeLimit: TIME_NOTE, fees: 'Không thu (⚪).' },
  }),
  defineProcedure({
    code: '1.001266',
    name: 'Chấm dứt hoạt động hộ kinh doanh',
    field: FIELDS.hoKinhDoanh,
    onlineLevel: 'toan-trinh',
    timeLimit: days(3),
    department: 'kinh-te',
    components: [
      paper('thong-bao', 'Thông báo về việc chấm dứt hoạt động hộ kinh doanh', 'ban-chinh'),
      paper('giay-chung-nhan', 'Giấy chứng nhận đăng ký hộ kinh doanh', 'ban-chinh'),
      authorization(),
    ],
    fees: [],
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: { timeLimit: TIME_NOTE, fees: 'Không thu (⚪).' },
  }),
  defineProcedure({
    code: '2.000575',
    name: 'Cấp lại, cấp đổi Giấy chứng nhận đăng ký hộ kinh doanh',
    field: FIELDS.hoKinhDoanh,
    onlineLevel: 'toan-trinh',
    timeLimit: days(3),
    department: 'kinh-te',
    components: [
      paper('giay-de-nghi', 'Giấy đề nghị cấp lại, cấp đổi Giấy chứng nhận đăng ký hộ kinh doanh', 'ban-chinh'),
      optionalPaper(
        'giay-chung-nhan-cu',
        'Giấy chứng nhận đăng ký hộ kinh doanh đã được cấp',
        'ban-chinh',
        'Khi cấp đổi hoặc giấy chứng nhận bị hư hỏng',
      ),
      authorization(),
    ],
    fees: hoKinhDoanhFee({
      code: 'le-phi-cap-lai-ho-kinh-doanh',
      label: 'Lệ phí cấp lại Giấy chứng nhận đăng ký hộ kinh doanh',
      amountBefore: null,
      confidenceBefore: 'unconfirmed',
      noteBefore: LEVEL_BEFORE_UNKNOWN,
    }),
    marks: { code: '✅', timeLimit: '⚪', fees: '✅', onlineLevel: '⚪' },
    notes: { timeLimit: TIME_NOTE },
  }),
];
