/**
 * Default Vietnamese templates, one per kind and channel, until a center leader edits them.
 *
 * E-mail carries the whole notice (the electronic form of the paper). SMS is short: it says what
 * happened, the code, the date or reason when the citizen must act on it, and the lookup link for
 * the rest (see sms.ts on parts). Zalo ZNS sends only parameters of a template the unit registers
 * with Zalo: `sample` is the wording to submit for approval (with a button "Tra cứu hồ sơ" to
 * `<public address>/tra-cuu/<ma_tra_cuu>`, since Zalo wants links in buttons, not in the text);
 * `templateId` stays empty, so Zalo sends nothing until the unit enters the id Zalo gave it.
 */
import type { NoticeKind } from './kinds.ts';
import type { EmailTemplate, NoticeTemplate, SmsTemplate, ZaloParam, ZaloTemplate } from './template.ts';

const FOOTER = `
Cần hướng dẫn, xin liên hệ {lienHe}.
Đây là thư gửi tự động từ hệ thống một cửa của {tenDonVi}, xin vui lòng không trả lời thư này.`;

/** The first lines of every PAKN notice by e-mail: what the sender sent, and when. */
const PAKN_OPENING = `Kính gửi Ông/Bà,

Ngày {ngayTiepNhanPhanAnh}, {tenDonVi} nhận được phản ánh, kiến nghị của Ông/Bà (mã số {maPhanAnh}) với nội dung:
{tomTatNoiDung}
`;

const LOOKUP = 'Ông/Bà có thể tra cứu tình trạng giải quyết hồ sơ tại: {duongDanTraCuu}';

const EMAIL: Record<NoticeKind, Omit<EmailTemplate, 'channel' | 'kind'>> = {
  receipt: {
    subject: '[{tenDonVi}] Đã tiếp nhận hồ sơ {maHoSo}',
    body: `Kính gửi Ông/Bà,

{tenDonVi} đã tiếp nhận hồ sơ của Ông/Bà:
- Mã hồ sơ: {maHoSo}
- Thủ tục: {tenThuTuc}
- Thời gian tiếp nhận: {ngayTiepNhan}
- Thời gian hẹn trả kết quả: {ngayHenTra}
- Phí, lệ phí: {phiLePhi}

${LOOKUP}
${FOOTER}`,
  },
  supplement_request: {
    subject: '[{tenDonVi}] Yêu cầu bổ sung, hoàn thiện hồ sơ {maHoSo}',
    body: `Kính gửi Ông/Bà,

Hồ sơ {maHoSo} (thủ tục: {tenThuTuc}) cần được bổ sung, hoàn thiện. Đề nghị Ông/Bà bổ sung những giấy tờ sau:
{danhSachBoSung}

Lý do: {lyDo}

${LOOKUP}
${FOOTER}`,
  },
  refusal: {
    subject: '[{tenDonVi}] Thông báo từ chối tiếp nhận, giải quyết hồ sơ {maHoSo}',
    body: `Kính gửi Ông/Bà,

Qua xem xét, {tenDonVi} thông báo không tiếp nhận, giải quyết hồ sơ {maHoSo} (thủ tục: {tenThuTuc}) với lý do cụ thể như sau:
{lyDo}

Xin thông báo để Ông/Bà được biết và thực hiện.
${FOOTER}`,
  },
  stop: {
    subject: '[{tenDonVi}] Thông báo dừng giải quyết hồ sơ {maHoSo}',
    body: `Kính gửi Ông/Bà,

{tenDonVi} thông báo dừng giải quyết hồ sơ {maHoSo} (thủ tục: {tenThuTuc}).
Lý do: {lyDo}

${LOOKUP}
${FOOTER}`,
  },
  extension: {
    subject: '[{tenDonVi}] Xin lỗi và hẹn lại ngày trả kết quả hồ sơ {maHoSo}',
    body: `Kính gửi Ông/Bà,

Ngày {ngayTiepNhan}, {tenDonVi} tiếp nhận giải quyết hồ sơ {maHoSo} (thủ tục: {tenThuTuc}), hẹn trả kết quả vào {ngayHenTraCu}.
Tuy nhiên đến nay, hồ sơ của Ông/Bà chưa được giải quyết xong đúng hẹn. Lý do: {lyDo}

Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào {ngayHenTra}.

${LOOKUP}
${FOOTER}`,
  },
  result_ready: {
    subject: '[{tenDonVi}] Hồ sơ {maHoSo} đã có kết quả',
    body: `Kính gửi Ông/Bà,

Hồ sơ {maHoSo} (thủ tục: {tenThuTuc}) đã có kết quả giải quyết.
{noiNhanKetQua}
Phí, lệ phí: {phiLePhi}

${LOOKUP}
${FOOTER}`,
  },
  pakn_reply: {
    subject: '[{tenDonVi}] Trả lời phản ánh, kiến nghị {maPhanAnh}',
    body: `${PAKN_OPENING}
{tenDonVi} trả lời Ông/Bà như sau:
{noiDungTraLoi}

Văn bản trả lời (nếu có) được gửi kèm thư này.
Ông/Bà có thể theo dõi phản ánh, kiến nghị tại: {duongDanTheoDoi}
${FOOTER}`,
  },
  pakn_not_accepted: {
    subject: '[{tenDonVi}] Thông báo không tiếp nhận phản ánh, kiến nghị {maPhanAnh}',
    body: `${PAKN_OPENING}
{tenDonVi} thông báo không tiếp nhận phản ánh, kiến nghị này. Lý do: {lyDo}
${FOOTER}`,
  },
  pakn_forwarded: {
    subject: '[{tenDonVi}] Phản ánh, kiến nghị {maPhanAnh} đã được chuyển đến cơ quan có thẩm quyền',
    body: `${PAKN_OPENING}
Nội dung phản ánh, kiến nghị không thuộc thẩm quyền xử lý của {tenDonVi}; {tenDonVi} đã chuyển đến {coQuanTiepNhan} để xem xét, xử lý theo quy định.
Ông/Bà có thể theo dõi phản ánh, kiến nghị tại: {duongDanTheoDoi}
${FOOTER}`,
  },
};

const SMS: Record<NoticeKind, string> = {
  receipt: '{tenDonVi} đã tiếp nhận hồ sơ {maHoSo}, hẹn trả kết quả {ngayHenTra}. Tra cứu: {duongDanTraCuu}',
  supplement_request: 'Hồ sơ {maHoSo} cần bổ sung giấy tờ. Xem danh sách cần bổ sung: {duongDanTraCuu}',
  refusal: 'Hồ sơ {maHoSo} không được tiếp nhận, giải quyết. Lý do: {lyDo}',
  stop: 'Hồ sơ {maHoSo} đã dừng giải quyết. Lý do: {lyDo}. Tra cứu: {duongDanTraCuu}',
  extension: 'Xin lỗi Ông/Bà: hồ sơ {maHoSo} chưa có kết quả đúng hẹn, xin hẹn lại {ngayHenTra}. Tra cứu: {duongDanTraCuu}',
  result_ready: 'Hồ sơ {maHoSo} đã có kết quả. Cách nhận kết quả: {duongDanTraCuu}',
  pakn_reply: '{tenDonVi} đã trả lời phản ánh, kiến nghị {maPhanAnh} của Ông/Bà: {noiDungTraLoi}',
  pakn_not_accepted: '{tenDonVi} không tiếp nhận phản ánh, kiến nghị {maPhanAnh} của Ông/Bà. Lý do: {lyDo}',
  pakn_forwarded: 'Phản ánh, kiến nghị {maPhanAnh} của Ông/Bà đã được chuyển đến {coQuanTiepNhan} để xem xét, xử lý theo thẩm quyền.',
};

const param = (key: string, value: string, maxLength: number): ZaloParam => ({ key, value, maxLength });
const CODE = param('ma_ho_so', '{maHoSo}', 30);
const LOOKUP_CODE = param('ma_tra_cuu', '{maTraCuu}', 30);
const PROCEDURE = param('ten_thu_tuc', '{tenThuTuc}', 100);

const ZALO: Record<NoticeKind, Omit<ZaloTemplate, 'channel' | 'kind' | 'templateId'>> = {
  receipt: {
    params: [CODE, PROCEDURE, param('ngay_tiep_nhan', '{ngayTiepNhan}', 30), param('ngay_hen_tra', '{ngayHenTra}', 30), LOOKUP_CODE],
    sample: 'Hồ sơ <ma_ho_so> (<ten_thu_tuc>) của Ông/Bà đã được tiếp nhận lúc <ngay_tiep_nhan>. Thời gian hẹn trả kết quả: <ngay_hen_tra>. Mã tra cứu: <ma_tra_cuu>.',
  },
  supplement_request: {
    params: [CODE, PROCEDURE, param('danh_sach_bo_sung', '{danhSachBoSung}', 150), LOOKUP_CODE],
    sample: 'Hồ sơ <ma_ho_so> (<ten_thu_tuc>) cần bổ sung, hoàn thiện: <danh_sach_bo_sung>. Mã tra cứu: <ma_tra_cuu>.',
  },
  refusal: {
    params: [CODE, PROCEDURE, param('ly_do', '{lyDo}', 150)],
    sample: 'Hồ sơ <ma_ho_so> (<ten_thu_tuc>) không được tiếp nhận, giải quyết. Lý do: <ly_do>.',
  },
  stop: {
    params: [CODE, PROCEDURE, param('ly_do', '{lyDo}', 150), LOOKUP_CODE],
    sample: 'Hồ sơ <ma_ho_so> (<ten_thu_tuc>) đã dừng giải quyết. Lý do: <ly_do>. Mã tra cứu: <ma_tra_cuu>.',
  },
  extension: {
    params: [CODE, param('ngay_hen_tra_cu', '{ngayHenTraCu}', 30), param('ngay_hen_tra', '{ngayHenTra}', 30), param('ly_do', '{lyDo}', 150), LOOKUP_CODE],
    sample: 'Chúng tôi xin lỗi Ông/Bà: hồ sơ <ma_ho_so> hẹn trả <ngay_hen_tra_cu> chưa có kết quả đúng hẹn. Lý do: <ly_do>. Xin hẹn lại: <ngay_hen_tra>. Mã tra cứu: <ma_tra_cuu>.',
  },
  result_ready: {
    params: [CODE, PROCEDURE, param('phi_le_phi', '{phiLePhi}', 30), LOOKUP_CODE],
    sample: 'Hồ sơ <ma_ho_so> (<ten_thu_tuc>) đã có kết quả. Phí, lệ phí: <phi_le_phi>. Xem cách nhận kết quả bằng nút Tra cứu hồ sơ. Mã tra cứu: <ma_tra_cuu>.',
  },
  pakn_reply: {
    params: [param('ma_phan_anh', '{maPhanAnh}', 30), param('noi_dung', '{noiDungTraLoi}', 280)],
    sample: 'Phản ánh, kiến nghị <ma_phan_anh> của Ông/Bà đã được trả lời: <noi_dung>',
  },
  pakn_not_accepted: {
    params: [param('ma_phan_anh', '{maPhanAnh}', 30), param('ly_do', '{lyDo}', 150)],
    sample: 'Phản ánh, kiến nghị <ma_phan_anh> của Ông/Bà không được tiếp nhận. Lý do: <ly_do>.',
  },
  pakn_forwarded: {
    params: [param('ma_phan_anh', '{maPhanAnh}', 30), param('co_quan', '{coQuanTiepNhan}', 150)],
    sample: 'Phản ánh, kiến nghị <ma_phan_anh> của Ông/Bà đã được chuyển đến <co_quan> để xem xét, xử lý theo thẩm quyền.',
  },
};

const KINDS = Object.keys(EMAIL) as NoticeKind[];

/** The default template of every kind and channel. */
export const DEFAULT_TEMPLATES: readonly NoticeTemplate[] = KINDS.flatMap((kind): NoticeTemplate[] => [
  { channel: 'email', kind, ...EMAIL[kind] },
  { channel: 'sms', kind, body: SMS[kind] } satisfies SmsTemplate,
  { channel: 'zalo', kind, templateId: '', ...ZALO[kind] },
]);
