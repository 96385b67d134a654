/**
 * The notice outbox (issue 17) against a real SMTP server in this process (smtp-server, through
 * test/support/smtp-sink.ts) and a real local HTTP server as the SMS gateway: notices written in
 * the event's transaction, sent once by the worker, retried with backoff, parked, handed to the
 * next consented channel after a permanent failure, resent by staff; consent and channel
 * configuration decide what is skipped and why. Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { startHttpGateway, type GatewayAnswer, type HttpGateway } from '../support/http-gateway.ts';
import { sendDueNotices } from '../../src/features/notices/send-due-notices.ts';

const APPLICANT = { kind: 'individual', name: 'Hoàng Thị Thư', idNumber: '031190001111', phone: '0912 000 111', address: 'Số 3 Trần Phú' };

interface Notice {
  id: string;
  kind: string;
  channel: string;
  status: string;
  recipient: string;
  skipReason: string | null;
  attempts: number;
  fallbackOf: string | null;
  resend: boolean;
  history: Array<{ outcome: string; permanent: boolean; reason: string | null }>;
}

forEachDriver('notice outbox', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let specialist: Session;
  let leader: Session;
  let sink: SmtpSink;
  let gateway: HttpGateway;
  let smsAnswer: GatewayAnswer = { status: 200, json: { CodeResult: '100', SMSID: 'sms-1' } };
  const send = () => sendDueNotices(t.ctx, { jitter: () => 0 });

  const channels = () => ({
    email: { host: '127.0.0.1', port: sink.port, security: 'none', from: { name: 'Trung tâm PVHCC Gia Viên', address: 'motcua@giavien.gov.vn' } },
    sms: {
      url: `${gateway.url}/sms`,
      body: { Phone: '{phone}', Content: '{message}', Brandname: '{brandname}', RequestId: '{requestId}' },
      brandname: 'UBND GIAVIEN',
      success: { path: 'CodeResult', equals: ['100'] },
      permanentErrors: ['99'],
      providerIdPath: 'SMSID',
    },
  });

  async function notices(code: string): Promise<Notice[]> {
    const response = await counter.get(`/api/dossiers/${code}/notices`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: Notice[] }).items;
  }

  async function receive(consents: Array<{ channel: string; address: string }>, preferred?: string): Promise<string> {
    const response = await counter.post('/api/dossiers', receptionBody({ applicant: APPLICANT, notices: { consents, ...(preferred ? { preferred } : {}) } }));
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { code: string }).code;
  }

  beforeAll(async () => {
    sink = await startSmtpSink({ refuse: (address) => (address.startsWith('khongco') ? { code: 550, message: 'No such user' } : undefined) });
    gateway = await startHttpGateway(() => smsAnswer);
    t = await createTestApp(getDb(), { env: { MOTCUA_PUBLIC_URL: 'https://tracuu.haiphong.gov.vn' } });
    t.setNow(t.now() + 60); // 09:00, inside the SMS sending hours
    [counter, specialist, leader] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('leader')]);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
    await gateway.close();
  });

  it('skips every channel, with why, while the unit has none configured', async () => {
    const code = await receive([{ channel: 'email', address: 'thu@example.vn' }]);
    const rows = await notices(code);
    expect(rows.map((r) => [r.channel, r.status, r.skipReason])).toEqual(
      expect.arrayContaining([
        ['email', 'skipped', 'Đơn vị chưa cấu hình kênh gửi này.'],
        ['sms', 'skipped', 'Người nộp hồ sơ chưa đồng ý nhận thông báo qua kênh này.'],
        ['zalo', 'skipped', 'Người nộp hồ sơ chưa đồng ý nhận thông báo qua kênh này.'],
      ]),
    );
    expect(await send()).toEqual({ sent: 0, failed: 0, parked: 0 });
  });

  it('lets the center leader configure the channels, and never shows a secret back', async () => {
    expect((await counter.put(`/api/units/${WARD}/notice-channels`, channels())).statusCode).toBe(403);
    const bad = await leader.put(`/api/units/${WARD}/notice-channels`, { email: { ...channels().email, host: 'smtp.example.vn' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/không mã hóa/);
    const saved = await leader.put(`/api/units/${WARD}/notice-channels`, { ...channels(), sms: { ...channels().sms, headers: { Authorization: 'Bearer bi-mat-cua-cong-sms' } } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toContain('bi-mat-cua-cong-sms');
    expect((await leader.get(`/api/units/${WARD}/notice-channels`)).body).not.toContain('bi-mat-cua-cong-sms');
  });

  it('writes the receipt with the reception and sends it once by e-mail, with the lookup link', async () => {
    const before = sink.messages.length;
    const code = await receive([{ channel: 'email', address: 'Thu.Hoang@Example.vn' }, { channel: 'sms', address: '0912000111' }], 'email');
    // Committed with the reception, not sent yet.
    const queued = await notices(code);
    expect(queued.find((r) => r.kind === 'receipt' && r.channel === 'email')).toMatchObject({ status: 'queued', recipient: 'thu.hoang@example.vn', attempts: 0 });
    expect(queued.find((r) => r.channel === 'zalo')).toMatchObject({ status: 'skipped' });
    expect(sink.messages.length).toBe(before);

    expect((await send()).sent).toBeGreaterThanOrEqual(1);
    expect(await send()).toEqual({ sent: 0, failed: 0, parked: 0 });
    const mine = sink.messages.filter((m) => m.text.includes(code));
    expect(mine).toHaveLength(1);
    expect(mine[0]!.envelopeTo).toEqual(['thu.hoang@example.vn']);
    expect(mine[0]!.text).toMatch(/https:\/\/tracuu\.haiphong\.gov\.vn\/tra-cuu\/[A-Za-z0-9_-]{21}[AQgw]/);
    expect(mine[0]!.text).not.toContain(APPLICANT.idNumber);
    const sent = (await notices(code)).find((r) => r.kind === 'receipt' && r.channel === 'email')!;
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
    expect(sent.history).toEqual([expect.objectContaining({ outcome: 'sent' })]);

    // A supplement request carries its list.
    const current = (await counter.get(`/api/dossiers/${code}`)).json() as { version: number };
    const forwarded = await counter.post(`/api/dossiers/${code}/forward`, { expectedVersion: current.version, to: 'tu-phap', assigneeId: t.userId('specialist') });
    const requested = await specialist.post(`/api/dossiers/${code}/request-supplement`, { expectedVersion: (forwarded.json() as { version: number }).version, reason: 'Thiếu giấy tờ', items: ['Giấy xác nhận cư trú', 'Bản sao Giấy khai sinh'] });
    expect(requested.statusCode, requested.body).toBe(200);
    await send();
    const supplement = sink.messages.filter((m) => m.text.includes(code)).at(-1)!;
    expect(supplement.text).toContain('Giấy xác nhận cư trú');
    expect(supplement.text).toContain('Bản sao Giấy khai sinh');
  });

  it('retries an SMS after a gateway error with the same request id, then records both attempts', async () => {
    const code = await receive([{ channel: 'sms', address: '0912000111' }]);
    smsAnswer = { status: 503, text: 'bận' };
    const seen = gateway.requests.length;
    expect((await send()).failed).toBe(1);
    expect((await notices(code)).find((r) => r.channel === 'sms')).toMatchObject({ status: 'failed', attempts: 1 });
    expect(await send()).toEqual({ sent: 0, failed: 0, parked: 0 }); // not due yet: backoff
    smsAnswer = { status: 200, json: { CodeResult: '100', SMSID: 'sms-2' } };
    t.advance(2);
    expect((await send()).sent).toBe(1);
    const calls = gateway.requests.slice(seen) as Array<{ json: { Phone: string; Content: string; RequestId: string }; headers: Record<string, unknown> }>;
    expect(calls).toHaveLength(2);
    expect(calls[0]!.json.Phone).toBe('84912000111');
    expect(calls[0]!.json.Content).toContain(code);
    expect(calls[1]!.json.RequestId).toBe(calls[0]!.json.RequestId);
    expect(calls[0]!.headers.authorization).toBe('Bearer bi-mat-cua-cong-sms');
    const sms = (await notices(code)).find((r) => r.channel === 'sms')!;
    expect(sms).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sms.history.map((h) => h.outcome)).toEqual(['failed', 'sent']);
  });

  it('hands a notice refused for good (550) to the next consented channel', async () => {
    const code = await receive([{ channel: 'email', address: 'khongco@example.vn' }, { channel: 'sms', address: '0912000111' }], 'email');
    await send();
    const rows = await notices(code);
    const email = rows.find((r) => r.channel === 'email')!;
    expect(email).toMatchObject({ status: 'parked' });
    expect(email.history[0]).toMatchObject({ outcome: 'parked', permanent: true });
    const sms = rows.find((r) => r.channel === 'sms' && r.fallbackOf === email.id)!;
    expect(sms.status).toBe('queued');
    await send();
    expect((await notices(code)).find((r) => r.id === sms.id)).toMatchObject({ status: 'sent' });
  });

  it('parks after 8 failed attempts, and staff resend it', async () => {
    const code = await receive([{ channel: 'sms', address: '0912000111' }]);
    smsAnswer = { status: 500, text: 'lỗi' };
    for (let i = 0; i < 8; i++) {
      await send();
      t.advance(60);
      t.setNow(Math.floor(t.now() / 1440) * 1440 + 9 * 60 + (i % 2)); // stay inside the sending hours
      t.advance(1440);
    }
    const parked = (await notices(code)).find((r) => r.channel === 'sms')!;
    expect(parked).toMatchObject({ status: 'parked', attempts: 8 });
    expect(parked.history.map((h) => h.outcome)).toEqual([...Array(7).fill('failed'), 'parked']);
    smsAnswer = { status: 200, json: { CodeResult: '100', SMSID: 'sms-3' } };
    expect((await specialist.post(`/api/notices/${parked.id}/resend`)).statusCode).toBe(404); // not the specialist's dossier yet
    const resend = await counter.post(`/api/notices/${parked.id}/resend`);
    expect(resend.statusCode, resend.body).toBe(204);
    await send();
    const rows = (await notices(code)).filter((r) => r.channel === 'sms');
    expect(rows.map((r) => [r.status, r.resend])).toEqual([
      ['parked', false],
      ['sent', true],
    ]);
  });

  it('records a withdrawal and a new preferred channel after reception; the next notice follows them', async () => {
    const code = await receive([{ channel: 'email', address: 'thu@example.vn' }], 'email');
    const bad = await counter.put(`/api/dossiers/${code}/notice-preferences`, { preferred: 'zalo' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toBe('Kênh ưu tiên phải là kênh người nộp hồ sơ đã đồng ý nhận thông báo.');
    const changed = await counter.put(`/api/dossiers/${code}/notice-preferences`, {
      consents: [
        { channel: 'email', address: 'thu@example.vn', granted: false },
        { channel: 'sms', address: '0912 000 111' },
      ],
      preferred: 'sms',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const view = (await counter.get(`/api/dossiers/${code}/notice-preferences`)).json() as { preferred: string; channels: Array<{ channel: string; granted: boolean | null; address?: string }> };
    expect(view.preferred).toBe('sms');
    expect(view.channels.map((c) => [c.channel, c.granted, c.address])).toEqual([
      ['email', false, 'thu@example.vn'],
      ['sms', true, '0912000111'],
      ['zalo', null, undefined],
    ]);
    const current = (await counter.get(`/api/dossiers/${code}`)).json() as { version: number };
    const forwarded = (await counter.post(`/api/dossiers/${code}/forward`, { expectedVersion: current.version, to: 'tu-phap', assigneeId: t.userId('specialist') })).json() as { version: number };
    expect((await specialist.post(`/api/dossiers/${code}/request-supplement`, { expectedVersion: forwarded.version, reason: 'Thiếu giấy tờ', items: ['Tờ khai'] })).statusCode).toBe(200);
    const rows = (await notices(code)).filter((r) => r.kind === 'supplement_request');
    expect(rows.map((r) => [r.channel, r.status, r.skipReason])).toEqual(
      expect.arrayContaining([
        ['email', 'skipped', 'Người nộp hồ sơ đã rút lại sự đồng ý nhận thông báo qua kênh này.'],
        ['sms', 'queued', null],
      ]),
    );
  });
});
