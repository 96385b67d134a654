/** The lifecycle actions of the API (POST /api/dossiers/:code/<route>) by domain event, with their Vietnamese names. */
export interface ActionSpec {
  route: string;
  label: string;
  danger?: boolean;
  primary?: boolean;
}

export const ACTIONS: Record<string, ActionSpec> = {
  received: { route: 'receive', label: 'Tiếp nhận hồ sơ', primary: true },
  refused_at_reception: { route: 'refuse', label: 'Từ chối tiếp nhận', danger: true },
  forwarded: { route: 'forward', label: 'Chuyển xử lý', primary: true },
  step_completed: { route: 'complete-step', label: 'Hoàn thành bước' },
  supplement_requested: { route: 'request-supplement', label: 'Yêu cầu bổ sung' },
  supplement_received: { route: 'receive-supplement', label: 'Nhận hồ sơ bổ sung', primary: true },
  financial_obligation_requested: { route: 'request-financial-obligation', label: 'Yêu cầu nghĩa vụ tài chính' },
  financial_obligation_paid: { route: 'financial-obligation-paid', label: 'Đã thực hiện nghĩa vụ tài chính' },
  stopped: { route: 'stop', label: 'Dừng giải quyết', danger: true },
  extended: { route: 'extend', label: 'Xin lỗi và hẹn lại' },
  withdrawn: { route: 'withdraw', label: 'Công dân rút hồ sơ', danger: true },
  result_ready: { route: 'approve', label: 'Phê duyệt kết quả', primary: true },
  result_returned: { route: 'return-result', label: 'Trả kết quả', primary: true },
  fee_paid: { route: 'pay-fee', label: 'Thu phí, lệ phí' },
};
