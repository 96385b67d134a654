/**
 * Zalo ZNS: POST {phone: "84…", template_id, template_data, tracking_id} to
 * business.openapi.zalo.me/message/template with the OA's `access_token` header. Zalo answers
 * HTTP 200 with `{error: 0, data: {msg_id, …}}` on success, and a negative `error` code otherwise.
 */
import type { ChannelAdapter, SendResult, ZaloMessage } from '../../domain/notice/message.ts';
import { httpStatusIsPermanent } from '../../domain/notice/retry.ts';
import { vietnameseMobile } from '../../domain/notice/phone.ts';
import type { ZaloZnsConfig } from './config.ts';
import { excerpt, sendJson, valueAt, type HttpOutcome } from './http.ts';
import { providerRequestId } from './idempotency.ts';

/**
 * Zalo error codes that will fail again for this message (public ZNS error guide and the code of
 * public integrations): invalid phone (-108), template id (-109), template data empty or invalid
 * (-111, -112), no Zalo account for the number (-118), account that cannot receive ZNS (-119), and
 * the per-parameter checks (-1000 and below, e.g. a value over its length). Everything else —
 * unknown error (-100), invalid or expired access token, quota, sending hours — may pass later.
 */
const PERMANENT_ZALO_ERRORS = new Set([-108, -109, -111, -112, -118, -119]);

export function zaloErrorIsPermanent(code: number): boolean {
  return PERMANENT_ZALO_ERRORS.has(code) || code <= -1000;
}

/** Zalo's "access token invalid / expired" answers: refresh the token and try once more. */
const EXPIRED_TOKEN_ERRORS = new Set([-124, -216]);

export interface ZaloZnsOptions {
  /**
   * Where the current access token comes from, when a refresher keeps it (default: the configured
   * one); `expired: true` after Zalo refused the token, to get a renewed one.
   */
  accessToken?: (expired?: boolean) => Promise<string | undefined>;
}

function tokenRefused(outcome: HttpOutcome): boolean {
  if (outcome.kind !== 'response') return false;
  const error = valueAt(outcome.json, 'error');
  return outcome.status === 401 || (typeof error === 'number' && EXPIRED_TOKEN_ERRORS.has(error));
}

export function createZaloZnsAdapter(config: ZaloZnsConfig, options: ZaloZnsOptions = {}): ChannelAdapter<'zalo'> {
  const token = options.accessToken ?? (async () => config.accessToken);
  return {
    channel: 'zalo',
    async send(message: ZaloMessage): Promise<SendResult> {
      const mobile = vietnameseMobile(message.to);
      if (!mobile) return { ok: false, permanent: true, reason: 'Số điện thoại nhận tin Zalo không phải số di động Việt Nam hợp lệ.' };
      if (!/^\d+$/u.test(message.templateId)) return { ok: false, permanent: true, reason: 'Chưa có mã mẫu ZNS đã được Zalo duyệt cho thông báo này.' };
      const body = {
        ...(config.mode === 'development' ? { mode: 'development' } : {}),
        phone: mobile.international,
        template_id: message.templateId,
        template_data: message.data,
        tracking_id: providerRequestId(message.idempotencyKey),
      };
      const post = async (accessToken: string) => sendJson(config.endpoint, { method: 'POST', headers: { access_token: accessToken }, body, timeoutMs: config.timeoutMs });
      const current = await token();
      if (!current) return { ok: false, permanent: false, reason: 'Chưa có access token Zalo: nhập access token hoặc refresh token trong cấu hình kênh.' };
      let outcome = await post(current);
      if (tokenRefused(outcome)) {
        const renewed = await token(true);
        if (renewed && renewed !== current) outcome = await post(renewed);
      }
      if (outcome.kind === 'timeout') return { ok: false, permanent: false, reason: 'Hết thời gian chờ Zalo trả lời.' };
      if (outcome.kind === 'network') return { ok: false, permanent: false, reason: `Không kết nối được Zalo (${outcome.code}).` };
      if (outcome.status < 200 || outcome.status > 299) {
        return { ok: false, permanent: httpStatusIsPermanent(outcome.status), reason: `Zalo trả lời HTTP ${outcome.status}: ${excerpt(outcome.text)}` };
      }
      const error = valueAt(outcome.json, 'error');
      if (typeof error !== 'number') return { ok: false, permanent: false, reason: `Zalo trả lời không đúng định dạng: ${excerpt(outcome.text)}` };
      if (error !== 0) {
        const detail = valueAt(outcome.json, 'message');
        return { ok: false, permanent: zaloErrorIsPermanent(error), reason: `Zalo báo lỗi ${error}${typeof detail === 'string' ? ` (${detail})` : ''}.` };
      }
      const msgId = valueAt(outcome.json, 'data.msg_id');
      return { ok: true, providerId: typeof msgId === 'string' && msgId ? msgId : body.tracking_id };
    },
  };
}
