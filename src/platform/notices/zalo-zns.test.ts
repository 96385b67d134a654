import { describe, expect, it } from 'vitest';
import { createZaloZnsAdapter, zaloErrorIsPermanent } from './zalo-zns.ts';
import { zaloZnsConfigSchema, type ZaloZnsConfig } from './config.ts';
import { providerRequestId } from './idempotency.ts';
import { startHttpGateway } from '../../../test/support/http-gateway.ts';
import { closedAfterEach } from '../../../test/support/close-after-each.ts';
import type { ZaloMessage } from '../../domain/notice/message.ts';

const zalo = closedAfterEach(startHttpGateway);

const config = (url: string, overrides: Record<string, unknown> = {}): ZaloZnsConfig =>
  zaloZnsConfigSchema.parse({ accessToken: 'oa-access-token-bi-mat', endpoint: `${url}/message/template`, timeoutMs: 2000, ...overrides });

const message: ZaloMessage = {
  channel: 'zalo',
  idempotencyKey: 'GIAVIEN-260105-0001/1/receipt/zalo',
  to: '0912345678',
  templateId: '227941',
  data: { ma_ho_so: 'GIAVIEN-260105-0001', ten_thu_tuc: 'Cấp Giấy xác nhận tình trạng hôn nhân', ngay_hen_tra: '16:00 ngày 08/01/2026', ma_tra_cuu: 'AQIDBAUGBwgJCgsMDQ4PEA' },
};
const success = { error: 0, message: 'Success', data: { msg_id: 'f3a9c0d1e2', sent_time: '1767600000000', quota: { dailyQuota: '500', remainingQuota: '499' } } };

describe('Zalo ZNS adapter (→ a real local HTTP server in place of business.openapi.zalo.me)', () => {
  it('posts phone (84…), template_id, template_data and tracking_id with the access_token header', async () => {
    const server = await zalo(() => ({ status: 200, json: success }));
    const result = await createZaloZnsAdapter(config(server.url)).send(message);
    expect(result).toEqual({ ok: true, providerId: 'f3a9c0d1e2' });
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/message/template');
    expect(request.headers.access_token).toBe('oa-access-token-bi-mat');
    expect(request.json).toEqual({ phone: '84912345678', template_id: '227941', template_data: message.data, tracking_id: providerRequestId(message.idempotencyKey) });
  });

  it('asks Zalo for a development send when configured, and takes the token from a refresher when given', async () => {
    const server = await zalo(() => ({ status: 200, json: success }));
    await createZaloZnsAdapter(config(server.url, { mode: 'development' }), { accessToken: async () => 'token-moi-lam-moi' }).send(message);
    expect(server.requests[0]!.json).toMatchObject({ mode: 'development', phone: '84912345678' });
    expect(server.requests[0]!.headers.access_token).toBe('token-moi-lam-moi');
  });

  it('classifies Zalo’s error codes', async () => {
    const server = await zalo();
    const adapter = createZaloZnsAdapter(config(server.url));
    const cases: Array<[number, string, boolean]> = [
      [-118, 'Zalo account not existed', true],
      [-108, 'Phone number invalid', true],
      [-1121, 'customer_name data breaks max length', true],
      [-100, 'Unknown error', false],
      [-124, 'Access token invalid', false],
      [-144, 'OA has exceeded the daily quota', false],
    ];
    for (const [code, text, permanent] of cases) {
      server.answer(() => ({ status: 200, json: { error: code, message: text } }));
      expect(await adapter.send(message)).toEqual({ ok: false, permanent, reason: `Zalo báo lỗi ${code} (${text}).` });
    }
    expect(zaloErrorIsPermanent(-112)).toBe(true);
    expect(zaloErrorIsPermanent(-133)).toBe(false);
  });

  it('treats an HTTP error, a malformed answer or a timeout as transient', async () => {
    const server = await zalo(() => ({ status: 502, text: 'Bad Gateway' }));
    const adapter = createZaloZnsAdapter(config(server.url, { timeoutMs: 200 }));
    expect(await adapter.send(message)).toEqual({ ok: false, permanent: false, reason: 'Zalo trả lời HTTP 502: Bad Gateway' });
    server.answer(() => ({ status: 200, text: '<html>maintenance</html>' }));
    expect(await adapter.send(message)).toEqual({ ok: false, permanent: false, reason: 'Zalo trả lời không đúng định dạng: <html>maintenance</html>' });
    server.answer(() => 'hang');
    expect(await adapter.send(message)).toEqual({ ok: false, permanent: false, reason: 'Hết thời gian chờ Zalo trả lời.' });
  });

  it('refuses without calling Zalo when the number is not a mobile or the template has no approved id', async () => {
    const server = await zalo(() => ({ status: 200, json: success }));
    const adapter = createZaloZnsAdapter(config(server.url));
    expect(await adapter.send({ ...message, to: '02253842111' })).toMatchObject({ ok: false, permanent: true });
    expect(await adapter.send({ ...message, templateId: '' })).toEqual({ ok: false, permanent: true, reason: 'Chưa có mã mẫu ZNS đã được Zalo duyệt cho thông báo này.' });
    expect(server.requests).toHaveLength(0);
  });
});
