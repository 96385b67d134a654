/** Vietnamese messages of the queue's use cases (the domain's own are in src/domain/queue/labels.ts). */
export const QUEUE_USE_CASE_MESSAGES = {
  notOfficer: 'Chỉ công chức tiếp nhận tại quầy một cửa được mở quầy, gọi số và phục vụ.',
  counterNotOpen: (counter: number) => `Ông/bà chưa mở quầy số ${counter}. Hãy mở quầy trước khi gọi số.`,
  noOpenCounter: 'Ông/bà chưa mở quầy nào. Hãy mở quầy trước.',
  ticketNotFound: 'Không tìm thấy số thứ tự. Hãy kiểm tra lại mã trên phiếu.',
  otherUnit: 'Số thứ tự này thuộc đơn vị khác.',
  outcomeNeeded: 'Hãy ghi mã hồ sơ đã tiếp nhận, hoặc chọn "Chỉ hướng dẫn".',
  dossierNotReadable: (code: string) => `Không tìm thấy hồ sơ ${code} của đơn vị.`,
} as const;
