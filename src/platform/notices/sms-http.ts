/**
 * SMS through a generic HTTP gateway: the unit configures the URL, method, authentication
 * headers, a JSON body template and how success reads (Vietnamese brandname gateways take
 * roughly {phone, message, brandname} and answer a result code).
 */
import type { ChannelAdapter, SendResult, SmsMessage } from '../../domain/notice/message.ts';
import { httpStatusIsPermanent } from '../../domain/notice/retry.ts';
import { stripDiacritics } from '../../domain/notice/sms.ts';
import { vietnameseMobile } from '../../domain/notice/phone.ts';
import type { SmsGatewayConfig } from './config.ts';
import { excerpt, sendJson, valueAt } from './http.ts';
import { providerRequestId } from './idempotency.ts';

/** The body template with its {names} filled in every string (values are inserted as text, never as JSON). */
export function fillBody(template: unknown, values: Record<string, string>): unknown {
  if (typeof template === 'string') return template.replace(/\{([A-Za-z]+)\}/gu, (whole, name: string) => values[name] ?? whole);
  if (Array.isArray(template)) return template.map((item) => fillBody(item, values));
  if (template && typeof template === 'object') return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, fillBody(v, values)]));
  return template;
}

const sameScalar = (a: unknown, b: unknown): boolean => a === b || (a !== undefined && a !== null && String(a) === String(b));

export function createSmsGatewayAdapter(config: SmsGatewayConfig): ChannelAdapter<'sms'> {
  return {
    channel: 'sms',
    async send(message: SmsMessage): Promise<SendResult> {
      const mobile = vietnameseMobile(message.to);
      if (!mobile) return { ok: false, permanent: true, reason: 'Số điện thoại nhận tin không phải số di động Việt Nam hợp lệ.' };
      const requestId = providerRequestId(message.idempotencyKey);
      const text = config.unicode ? message.text.normalize('NFC') : stripDiacritics(message.text);
      const body = fillBody(config.body, { phone: mobile[config.phoneFormat], message: text, brandname: config.brandname, requestId });
      const outcome = await sendJson(config.url, { method: config.method, headers: config.headers, body, timeoutMs: config.timeoutMs });
      if (outcome.kind === 'timeout') return { ok: false, permanent: false, reason: 'Hết thời gian chờ cổng SMS trả lời.' };
      if (outcome.kind === 'network') return { ok: false, permanent: false, reason: `Không kết nối được cổng SMS (${outcome.code}).` };
      if (outcome.status < 200 || outcome.status > 299) {
        return { ok: false, permanent: httpStatusIsPermanent(outcome.status), reason: `Cổng SMS trả lời HTTP ${outcome.status}: ${excerpt(outcome.text)}` };
      }
      if (config.success) {
        const result = valueAt(outcome.json, config.success.path);
        if (!config.success.equals.some((expected) => sameScalar(result, expected))) {
          const permanent = config.permanentErrors.some((code) => sameScalar(result, code));
          return { ok: false, permanent, reason: `Cổng SMS báo lỗi ${String(result)}: ${excerpt(outcome.text)}` };
        }
      }
      const providerId = config.providerIdPath ? valueAt(outcome.json, config.providerIdPath) : undefined;
      return { ok: true, providerId: providerId === undefined || providerId === null ? requestId : String(providerId) };
    },
  };
}
