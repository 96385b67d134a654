/**
 * Bảo trợ xã hội, Giảm nghèo, Người có công — reference.md §8 rows 28–37.
 * None of them charges a fee ("không thu", unmarked in §8 → 'single-source').
 */
import { FIELDS, authorization, days, defineProcedure, optionalPaper, paper } from '../define.ts';
import type { Procedure } from '../schema.ts';

const TYPICAL_TIME_NOTE =
  'Bảng §8 không có thời hạn (⚪); giá trị điển hình, cần lấy từ quyết định công bố TTHC của thành phố.';
const NO_FEE_NOTE = 'Không thu phí, lệ phí (bảng §8, không đánh dấu).';

const deathPaper = () =>
  paper('giay-bao-tu', 'Giấy báo tử hoặc Trích lục khai tử', 'ban-chup', {
    note: 'Không phải nộp khi đã khai thác được từ cơ sở dữ liệu hộ tịch điện tử',
  });

export const XA_HOI: Procedure[] = [
  defineProcedure({
    code: '1.001776',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hàng tháng',
    field: FIELDS.baoTroXaHoi,
    onlineLevel: 'mot-phan',
    timeLimit: days(10),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('to-khai', 'Tờ khai đề nghị trợ giúp xã hội (theo mẫu)', 'ban-chinh'),
      optionalPaper('giay-xac-nhan-khuyet-tat', 'Giấy xác nhận khuyết tật', 'ban-chup', 'Đối với người khuyết tật'),
    ],
    marks: { code: '✅', timeLimit: '🟡', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: '10 ngày làm việc, Chủ tịch UBND xã quyết định (🟡).', fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '1.014027',
    name: 'Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội',
    field: FIELDS.baoTroXaHoi,
    onlineLevel: 'mot-phan',
    timeLimit: days(10),
    department: 'van-hoa-xa-hoi',
    components: [paper('to-khai', 'Tờ khai đề nghị hưởng trợ cấp hưu trí xã hội (theo mẫu)', 'ban-chinh')],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '1.001731',
    name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội',
    field: FIELDS.baoTroXaHoi,
    onlineLevel: 'mot-phan',
    timeLimit: days(3),
    department: 'van-hoa-xa-hoi',
    components: [paper('to-khai', 'Tờ khai đề nghị hỗ trợ chi phí mai táng (theo mẫu)', 'ban-chinh'), deathPaper()],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '1.014028',
    name: 'Hỗ trợ chi phí mai táng đối với đối tượng hưởng trợ cấp hưu trí xã hội',
    field: FIELDS.baoTroXaHoi,
    onlineLevel: 'mot-phan',
    timeLimit: days(3),
    department: 'van-hoa-xa-hoi',
    components: [paper('to-khai', 'Tờ khai đề nghị hỗ trợ chi phí mai táng (theo mẫu)', 'ban-chinh'), deathPaper()],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '1.001699',
    name: 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật',
    field: FIELDS.baoTroXaHoi,
    onlineLevel: 'mot-phan',
    timeLimit: days(25),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('don-de-nghi', 'Đơn đề nghị xác định mức độ khuyết tật (theo mẫu)', 'ban-chinh'),
      optionalPaper(
        'ho-so-y-te',
        'Giấy tờ liên quan đến khuyết tật (bệnh án, giấy tờ khám, điều trị, phẫu thuật…)',
        'ban-chup',
        'Khi có',
      ),
      optionalPaper('giay-xac-nhan-cu', 'Giấy xác nhận khuyết tật đã được cấp', 'ban-chinh', 'Khi đề nghị xác định lại'),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: {
      timeLimit: `${TYPICAL_TIME_NOTE} Giả định: 20 ngày làm việc để Hội đồng xác định mức độ khuyết tật họp, cộng 05 ngày làm việc cấp giấy.`,
      fees: NO_FEE_NOTE,
    },
  }),
  defineProcedure({
    code: '1.011606',
    name: 'Công nhận hộ nghèo, cận nghèo; thoát nghèo, thoát cận nghèo định kỳ hằng năm',
    field: FIELDS.giamNgheo,
    onlineLevel: 'truc-tiep',
    timeLimit: days(15),
    department: 'van-hoa-xa-hoi',
    components: [
      paper(
        'giay-de-nghi',
        'Giấy đề nghị xét duyệt hộ nghèo, hộ cận nghèo hoặc xét duyệt thoát nghèo, thoát cận nghèo (theo mẫu)',
        'ban-chinh',
      ),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: {
      timeLimit:
        'Thực hiện theo kế hoạch rà soát định kỳ hằng năm (⚪); không có thời hạn cố định cho từng hồ sơ — 15 ngày làm việc chỉ để tính hạn xử lý nội bộ.',
      onlineLevel: 'Bảng §8 không ghi mức độ dịch vụ công trực tuyến (⚪).',
      fees: NO_FEE_NOTE,
    },
  }),
  defineProcedure({
    code: '1.010803',
    name: 'Giải quyết chế độ trợ cấp thờ cúng liệt sĩ',
    field: FIELDS.nguoiCoCong,
    onlineLevel: 'mot-phan',
    timeLimit: days(10),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('don-de-nghi', 'Đơn đề nghị giải quyết chế độ thờ cúng liệt sĩ (theo mẫu)', 'ban-chinh'),
      optionalPaper(
        'van-ban-uy-quyen-tho-cung',
        'Văn bản ủy quyền thờ cúng liệt sĩ của thân nhân',
        'ban-chinh',
        'Khi người thờ cúng không phải là thân nhân liệt sĩ',
      ),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '1.010824',
    name: 'Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần',
    field: FIELDS.nguoiCoCong,
    onlineLevel: 'mot-phan',
    timeLimit: days(10),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('to-khai', 'Tờ khai của thân nhân đề nghị hưởng trợ cấp (theo mẫu)', 'ban-chinh'),
      deathPaper(),
      authorization(),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '1.010833',
    name: 'Cấp giấy xác nhận thân nhân của người có công',
    field: FIELDS.nguoiCoCong,
    onlineLevel: 'mot-phan',
    timeLimit: days(5),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('don-de-nghi', 'Đơn đề nghị cấp giấy xác nhận thân nhân của người có công (theo mẫu)', 'ban-chinh'),
      paper('giay-to-quan-he', 'Giấy tờ chứng minh quan hệ thân nhân với người có công', 'ban-chup'),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '2.002307',
    name: 'Mai táng phí đối với cựu chiến binh',
    field: FIELDS.nguoiCoCong,
    onlineLevel: 'mot-phan',
    timeLimit: days(10),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('to-khai', 'Tờ khai của thân nhân đề nghị hưởng mai táng phí (theo mẫu)', 'ban-chinh'),
      deathPaper(),
      paper('giay-to-cuu-chien-binh', 'Giấy tờ chứng minh là cựu chiến binh', 'ban-chup'),
    ],
    marks: { code: '🟡', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: {
      field: 'Bảng §8 ghi lĩnh vực "Người có công/CCB" (chính sách cựu chiến binh).',
      timeLimit: TYPICAL_TIME_NOTE,
      onlineLevel: 'Bảng §8 không ghi mức độ dịch vụ công trực tuyến (⚪).',
      fees: NO_FEE_NOTE,
    },
  }),
];
