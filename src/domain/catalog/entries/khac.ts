/**
 * Văn hóa, Giáo dục, Hòa giải cơ sở, Hội — reference.md §8 rows 41–44.
 */
import { FIELDS, days, defineProcedure, paper } from '../define.ts';
import type { Procedure } from '../schema.ts';

const TYPICAL_TIME_NOTE =
  'Bảng §8 không có thời hạn (⚪); giá trị điển hình, cần lấy từ quyết định công bố TTHC của thành phố.';
const NO_ONLINE_LEVEL_NOTE = 'Bảng §8 không ghi mức độ dịch vụ công trực tuyến (⚪); giá trị tạm.';
const NO_FEE_NOTE = 'Không thu phí, lệ phí (bảng §8, không đánh dấu).';

export const KHAC: Procedure[] = [
  defineProcedure({
    code: '1.003622',
    name: 'Thông báo tổ chức lễ hội cấp xã',
    field: FIELDS.vanHoa,
    onlineLevel: 'toan-trinh',
    timeLimit: days(5),
    resultRequired: false,
    department: 'van-hoa-xa-hoi',
    components: [
      paper(
        'van-ban-thong-bao',
        'Văn bản thông báo tổ chức lễ hội (tên lễ hội, thời gian, địa điểm, quy mô, nội dung, chương trình)',
        'ban-chinh',
      ),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪', resultRequired: '⚪' },
    notes: {
      timeLimit: TYPICAL_TIME_NOTE,
      resultRequired: 'Thủ tục thông báo: UBND xã chỉ trả lời bằng văn bản khi không đồng ý (⚪).',
      fees: NO_FEE_NOTE,
    },
  }),
  defineProcedure({
    code: '2.002481',
    name: 'Chuyển trường đối với học sinh trung học cơ sở',
    field: FIELDS.giaoDuc,
    onlineLevel: 'mot-phan',
    timeLimit: days(3),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('don-xin-chuyen-truong', 'Đơn xin chuyển trường của cha, mẹ hoặc người giám hộ', 'ban-chinh'),
      paper('hoc-ba', 'Học bạ', 'ban-chinh'),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪', department: '⚪' },
    notes: {
      timeLimit: TYPICAL_TIME_NOTE,
      onlineLevel: NO_ONLINE_LEVEL_NOTE,
      department: 'Hiệu trưởng nhà trường giải quyết; Phòng Văn hóa - Xã hội theo dõi (⚪).',
      fees: NO_FEE_NOTE,
    },
  }),
  defineProcedure({
    code: '2.000950',
    name: 'Công nhận tổ trưởng tổ hòa giải',
    field: FIELDS.hoaGiaiCoSo,
    onlineLevel: 'truc-tiep',
    timeLimit: days(3),
    department: 'tu-phap-ho-tich',
    components: [
      paper(
        'van-ban-de-nghi',
        'Văn bản đề nghị công nhận tổ trưởng tổ hòa giải của Trưởng ban công tác Mặt trận',
        'ban-chinh',
      ),
      paper('bien-ban-bau', 'Biên bản bầu tổ trưởng tổ hòa giải', 'ban-chinh'),
    ],
    marks: { code: '🟡', timeLimit: '⚪', fees: '🟡', onlineLevel: '⚪' },
    notes: { timeLimit: TYPICAL_TIME_NOTE, onlineLevel: NO_ONLINE_LEVEL_NOTE, fees: NO_FEE_NOTE },
  }),
  defineProcedure({
    code: '1.013703',
    name: 'Thành lập hội cấp xã',
    field: FIELDS.hoi,
    onlineLevel: 'mot-phan',
    timeLimit: days(30),
    department: 'van-hoa-xa-hoi',
    components: [
      paper('don-de-nghi', 'Đơn đề nghị thành lập hội', 'ban-chinh'),
      paper('du-thao-dieu-le', 'Dự thảo điều lệ hội', 'ban-chinh'),
      paper('danh-sach-ban-van-dong', 'Danh sách những người trong ban vận động thành lập hội', 'ban-chinh'),
      paper('so-yeu-ly-lich', 'Sơ yếu lý lịch của người đứng đầu ban vận động thành lập hội', 'ban-chinh'),
      paper('tru-so', 'Văn bản xác nhận nơi dự kiến đặt trụ sở của hội', 'ban-chup'),
    ],
    marks: { code: '✅', timeLimit: '⚪', fees: '⚪', onlineLevel: '⚪' },
    notes: {
      timeLimit: TYPICAL_TIME_NOTE,
      onlineLevel: NO_ONLINE_LEVEL_NOTE,
      fees: 'Bảng §8 không có thông tin phí, lệ phí (⚪); tạm coi là không thu.',
    },
  }),
];
