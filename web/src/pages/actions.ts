/** The lifecycle actions of the API (POST /api/dossiers/{code}/<action>) by domain event, with their Vietnamese names. */
import type { ClientPathsWithMethod } from 'openapi-fetch';
import type { client } from '../api.ts';
import type { paths } from '../api/schema.d.ts';

/** The lifecycle routes: each takes the action's body and answers the dossier after the event. */
export type ActionPath = Exclude<Extract<ClientPathsWithMethod<typeof client, 'post'>, `/api/dossiers/{code}/${string}`>, '/api/dossiers/{code}/files'>;

/** The body of one of those routes. */
export type ActionBody = paths[ActionPath]['post']['requestBody']['content']['application/json'];

export interface ActionSpec {
  path: ActionPath;
  label: string;
  danger?: boolean;
  primary?: boolean;
}

export const ACTIONS: Record<string, ActionSpec> = {
  received: { path: '/api/dossiers/{code}/receive', label: 'Tiếp nhận hồ sơ', primary: true },
  refused_at_reception: { path: '/api/dossiers/{code}/refuse', label: 'Từ chối tiếp nhận', danger: true },
  forwarded: { path: '/api/dossiers/{code}/forward', label: 'Chuyển xử lý', primary: true },
  step_assigned: { path: '/api/dossiers/{code}/assign', label: 'Phân công xử lý', primary: true },
  step_completed: { path: '/api/dossiers/{code}/complete-step', label: 'Hoàn thành bước', primary: true },
  step_returned: { path: '/api/dossiers/{code}/send-back', label: 'Trả lại', danger: true },
  supplement_requested: { path: '/api/dossiers/{code}/request-supplement', label: 'Yêu cầu bổ sung' },
  supplement_received: { path: '/api/dossiers/{code}/receive-supplement', label: 'Nhận hồ sơ bổ sung', primary: true },
  financial_obligation_requested: { path: '/api/dossiers/{code}/request-financial-obligation', label: 'Yêu cầu nghĩa vụ tài chính' },
  financial_obligation_paid: { path: '/api/dossiers/{code}/financial-obligation-paid', label: 'Đã thực hiện nghĩa vụ tài chính' },
  stopped: { path: '/api/dossiers/{code}/stop', label: 'Dừng giải quyết', danger: true },
  extended: { path: '/api/dossiers/{code}/extend', label: 'Xin lỗi và hẹn lại' },
  withdrawn: { path: '/api/dossiers/{code}/withdraw', label: 'Công dân rút hồ sơ', danger: true },
  result_ready: { path: '/api/dossiers/{code}/approve', label: 'Phê duyệt kết quả', primary: true },
  result_returned: { path: '/api/dossiers/{code}/return-result', label: 'Trả kết quả', primary: true },
  fee_paid: { path: '/api/dossiers/{code}/pay-fee', label: 'Thu phí, lệ phí' },
};
