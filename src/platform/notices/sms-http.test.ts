import { describe, expect, it } from 'vitest';
import { createSmsGatewayAdapter } from './sms-http.ts';
import { smsGatewayConfigSchema, type SmsGatewayConfig } from './config.ts';
import { providerRequestId } from './idempotency.ts';
import { closedPort, startHttpGateway, type GatewayAnswer } from '../../../test/support/http-gateway.ts';
import { closedAfterEach } from '../../../test/support/close-after-each.ts';
import type { SmsMessage } from '../../domain/notice/message.ts';

const gateway = closedAfterEach(startHttpGateway);

/** A typical Vietnamese brandname gateway: JSON in, {CodeResult, SMSID} out, 100 = accepted. */
const config = (url: string, overrides: Record<string, unknown> = {}): SmsGatewayConfig =>
  smsGatewayConfigSchema.parse({
    url: `${url}/MainService.svc/json/SendMultipleMessage_V4_post_json/`,
    headers: { Authorization: 'Bearer khoa-bi-mat-cua-don-vi' },
    body: { Phone: '{phone}', Content: '{message}', Brandname: '{brandname}', SmsType: '2', RequestId: '{requestId}' },
    brandname: 'UBND GIAVIEN',
    success: { path: 'CodeResult', equals: ['100'] },
    providerIdPath: 'SMSID',
    permanentErrors: ['99', '108'],
    timeoutMs: 2000,
    ...overrides,
  });

const message: SmsMessage = {
  channel: 'sms',
  idempotencyKey: 'GIAVIEN-260105-0001/1/receipt/sms',
  to: '0912 345 678',
  text: 'UBND phường Gia Viên đã tiếp nhận hồ sơ GIAVIEN-260105-0001, hẹn trả kết quả 16:00 ngày 08/01/2026.',
};
const accepted: GatewayAnswer = { status: 200, json: { CodeResult: '100', SMSID: 'a1b2c3' } };

describe('SMS adapter (HTTP gateway → a real local HTTP server)', () => {
  it('posts the configured JSON with the number, the Vietnamese text, the brandname and a request id', async () => {
    const server = await gateway(() => accepted);
    const result = await createSmsGatewayAdapter(config(server.url)).send(message);
    expect(result).toEqual({ ok: true, providerId: 'a1b2c3' });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/MainService.svc/json/SendMultipleMessage_V4_post_json/');
    expect(request.headers.authorization).toBe('Bearer khoa-bi-mat-cua-don-vi');
    expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(request.json).toEqual({ Phone: '84912345678', Content: message.text, Brandname: 'UBND GIAVIEN', SmsType: '2', RequestId: providerRequestId(message.idempotencyKey) });
  });

  it('sends the same request id on every attempt of a notice, so the gateway can drop a duplicate', async () => {
    const server = await gateway(() => accepted);
    const adapter = createSmsGatewayAdapter(config(server.url));
    await adapter.send(message);
    await adapter.send(message);
    await adapter.send({ ...message, idempotencyKey: 'GIAVIEN-260105-0001/5/result_ready/sms' });
    const ids = server.requests.map((r) => (r.json as { RequestId: string }).RequestId);
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/u);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('removes diacritics for a gateway without Unicode, and writes the national number when asked', async () => {
    const server = await gateway(() => accepted);
    await createSmsGatewayAdapter(config(server.url, { unicode: false, phoneFormat: 'national', method: 'PUT' })).send(message);
    expect(server.requests[0]!.method).toBe('PUT');
    expect(server.requests[0]!.json).toMatchObject({ Phone: '0912345678', Content: 'UBND phuong Gia Vien da tiep nhan ho so GIAVIEN-260105-0001, hen tra ket qua 16:00 ngay 08/01/2026.' });
  });

  it('reads the gateway’s error codes: listed ones are permanent, others are retried', async () => {
    const server = await gateway((request) => ({ status: 200, json: { CodeResult: (request.json as { Phone: string }).Phone.endsWith('678') ? '99' : '103', ErrorMessage: 'Số dư không đủ' } }));
    const adapter = createSmsGatewayAdapter(config(server.url));
    expect(await adapter.send(message)).toEqual({ ok: false, permanent: true, reason: 'Cổng SMS báo lỗi 99: {"CodeResult":"99","ErrorMessage":"Số dư không đủ"}' });
    expect(await adapter.send({ ...message, to: '0987654321' })).toMatchObject({ ok: false, permanent: false, reason: expect.stringMatching(/^Cổng SMS báo lỗi 103/u) });
  });

  it('classifies HTTP answers: 4xx permanent, 429 and 5xx transient; success is any 2xx when no rule is set', async () => {
    const server = await gateway(() => ({ status: 400, text: 'Bad Request' }));
    const adapter = createSmsGatewayAdapter(config(server.url));
    expect(await adapter.send(message)).toEqual({ ok: false, permanent: true, reason: 'Cổng SMS trả lời HTTP 400: Bad Request' });
    server.answer(() => ({ status: 429, text: 'slow down' }));
    expect(await adapter.send(message)).toMatchObject({ ok: false, permanent: false });
    server.answer(() => ({ status: 503, text: '<html>' + 'x'.repeat(500) + '</html>' }));
    const unavailable = await adapter.send(message);
    expect(unavailable).toMatchObject({ ok: false, permanent: false });
    expect(unavailable.ok === false && unavailable.reason.length).toBeLessThan(240);
    server.answer(() => ({ status: 202, text: '' }));
    const plain = createSmsGatewayAdapter(config(server.url, { success: undefined, providerIdPath: undefined }));
    expect(await plain.send(message)).toEqual({ ok: true, providerId: providerRequestId(message.idempotencyKey) });
  });

  it('treats a gateway that does not answer in time, or is down, as transient', async () => {
    const server = await gateway(() => 'hang');
    expect(await createSmsGatewayAdapter(config(server.url, { timeoutMs: 200 })).send(message)).toEqual({ ok: false, permanent: false, reason: 'Hết thời gian chờ cổng SMS trả lời.' });
    const down = await createSmsGatewayAdapter(config(`http://127.0.0.1:${await closedPort()}`)).send(message);
    expect(down).toEqual({ ok: false, permanent: false, reason: 'Không kết nối được cổng SMS (ECONNREFUSED).' });
  });

  it('refuses a number that is not a Vietnamese mobile without calling the gateway', async () => {
    const server = await gateway(() => accepted);
    expect(await createSmsGatewayAdapter(config(server.url)).send({ ...message, to: '0225 3842 111' })).toEqual({
      ok: false,
      permanent: true,
      reason: 'Số điện thoại nhận tin không phải số di động Việt Nam hợp lệ.',
    });
    expect(server.requests).toHaveLength(0);
  });
});
