/**
 * Vietnamese wording of the periodic report (headings, default paragraphs, table headers,
 * progress), in one place so that a Vietnamese reader can review it in one sitting.
 */
export const REPORT_TEXT = {
  noData: 'Chưa có dữ liệu',
  documentType: 'BÁO CÁO',
  titleOf: (periodInText: string) => `Tình hình, kết quả giải quyết thủ tục hành chính ${periodInText}`,
  cityTitleOf: (periodInText: string) => `Tình hình, kết quả giải quyết thủ tục hành chính ${periodInText} của các xã, phường`,
  progress: {
    units: 'Đọc đơn vị',
    figures: 'Đếm hồ sơ theo lĩnh vực và thủ tục',
    groups: 'Đếm theo phòng ban và cán bộ',
    states: 'Đọc hồ sơ trong kỳ',
    serviceIndex: 'Tính chỉ số phục vụ (QĐ 766) và hồ sơ quá hạn',
    assemble: 'Lập báo cáo',
  },
  overdueCause: {
    noSteps: 'Hồ sơ không có quy trình các bước để xác định bước chậm.',
    stepLate: (where: string, due: string, done: string) => `Chậm ở bước ${where}: hạn của bước ${due}, hoàn thành ${done}.`,
    stillAt: (where: string, due: string) => `Đang ở bước ${where}, hạn của bước ${due}.`,
    endedLate: (where: string, due: string) => `Kết thúc sau hạn giải quyết ${due}; bước cuối: ${where}.`,
  },
  sections: {
    reception: '1. Tiếp nhận hồ sơ thủ tục hành chính',
    resolution: '2. Kết quả giải quyết hồ sơ',
    overdue: '3. Hồ sơ quá hạn',
    payment: '4. Phí, lệ phí và thanh toán trực tuyến',
    digitization: '5. Số hóa hồ sơ, kết quả giải quyết',
    feedback: '6. Tiếp nhận, xử lý phản ánh, kiến nghị',
    serviceIndex: 'II. TỰ ĐÁNH GIÁ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QUYẾT ĐỊNH SỐ 766/QĐ-TTg)',
    assessment: 'III. ĐÁNH GIÁ CHUNG',
    plan: 'IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
    proposals: 'V. KIẾN NGHỊ, ĐỀ XUẤT',
    ranking: 'VI. XẾP HẠNG CÁC XÃ, PHƯỜNG',
  },
  partOne: 'I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
  appendix: 'PHỤ LỤC',
  recipientsDefault: (governing: string) => [`${governing} (để báo cáo)`, 'Lãnh đạo Trung tâm', 'Lưu: VT, TTPVHCC'],
  notComputable: 'Không tính được',
  notScored: 'Không chấm',
} as const;

/** Table titles and column headers. */
export const REPORT_TABLES = {
  byProcedure: 'Kết quả giải quyết theo thủ tục hành chính',
  byDepartment: 'Tỷ lệ giải quyết đúng hạn theo phòng, ban, đơn vị',
  byOfficer: 'Tỷ lệ giải quyết đúng hạn theo cán bộ tiếp nhận',
  byUnit: 'Kết quả giải quyết theo đơn vị',
  overdue: 'Danh sách hồ sơ quá hạn theo lĩnh vực',
  serviceIndex: 'Tự đánh giá chỉ số phục vụ theo Quyết định số 766/QĐ-TTg',
  ranking: 'Xếp hạng các xã, phường',
  figures: 'Các chỉ tiêu của báo cáo',
  groupColumns: ['TT', 'Tên', 'Tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn', 'Đang giải quyết', 'Đang quá hạn', 'Từ chối', 'Rút'],
  overdueColumns: ['TT', 'Lĩnh vực', 'Mã hồ sơ', 'Thủ tục', 'Tình trạng', 'Hạn giải quyết', 'Bước', 'Nguyên nhân'],
  serviceIndexColumns: ['Mã', 'Chỉ tiêu', 'Tỷ lệ', 'Mục tiêu', 'Điểm tối đa', 'Điểm', 'Hồ sơ làm mất điểm', 'Ghi chú'],
  rankingColumns: ['Hạng', 'Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Tỷ lệ đúng hạn', 'Tỷ lệ trực tuyến', 'Điểm QĐ 766', 'Trên tổng điểm tính được'],
  figureColumns: ['Chỉ tiêu', 'Số liệu'],
} as const;
