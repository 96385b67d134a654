/**
 * A unit's notice channels through the API (issue 17 item 3, and the web card's needs): secrets
 * masked and kept unless retyped, each save in the change log without a secret, a test message
 * through the saved SMTP server (a real one in this process, smtp-server) and SMS gateway (a
 * real local HTTP server). Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, WARD, type Session, type TestApp } from '../support/api.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { startHttpGateway, type HttpGateway } from '../support/http-gateway.ts';
import { channelConfigOf } from '../../src/features/notices/notices.queries.ts';

const MASK = '••••••';
const FROM = { name: 'Trung tâm PVHCC Gia Viên', address: 'motcua@giavien.gov.vn' };

interface Change {
  kind: string;
  kindName: string;
  actor: { username: string } | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

forEachDriver('notice channel settings', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let counter: Session;
  let sink: SmtpSink;
  let gateway: HttpGateway;
  const url = `/api/units/${WARD}/notice-channels`;

  const email = (extra: Record<string, unknown> = {}) => ({ host: '127.0.0.1', port: sink.port, security: 'none', user: 'motcua', password: 'mat-khau-smtp-1', from: FROM, ...extra });
  const sms = () => ({ url: `${gateway.url}/sms`, headers: { Authorization: 'Bearer khoa-sms-1' }, body: { to: '{phone}', text: '{message}', brand: '{brandname}' }, brandname: 'UBND GIAVIEN' });
  const changes = async (): Promise<Change[]> => ((await leader.get(`/api/admin/changes?unitCode=${WARD}`)).json() as { items: Change[] }).items.filter((c) => c.kind === 'notice_channels.set');

  beforeAll(async () => {
    sink = await startSmtpSink({ login: { user: 'motcua', pass: 'mat-khau-smtp-1' } });
    gateway = await startHttpGateway(() => ({ status: 200, json: { ok: true } }));
    t = await createTestApp(getDb());
    [leader, counter] = await Promise.all([t.login('leader'), t.login('counter')]);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
    await gateway.close();
  });

  it('keeps a masked secret as stored, changes it only when retyped, and says which field was wrong', async () => {
    expect((await leader.put(url, { email: email(), sms: sms(), zalo: { appId: '4321', secretKey: 'khoa-ung-dung', refreshToken: 'rt-1' } })).statusCode).toBe(200);
    const shown = (await leader.get(url)).json() as { email: Record<string, unknown>; sms: { headers: Record<string, string> }; zalo: Record<string, unknown> };
    expect(shown.email.password).toBe(MASK);
    expect(shown.sms.headers).toEqual({ Authorization: MASK });
    expect(shown.zalo).toMatchObject({ appId: '4321', secretKey: MASK, refreshToken: MASK });

    // The page sends back what it was shown, with one field changed: the secrets stay.
    const resaved = await leader.put(url, { ...shown, email: { ...shown.email, host: 'localhost' } });
    expect(resaved.statusCode, resaved.body).toBe(200);
    const stored = (await channelConfigOf(t.ctx.db, WARD)) as { email: Record<string, unknown>; sms: { headers: Record<string, string> }; zalo: Record<string, unknown> };
    expect(stored.email).toMatchObject({ host: 'localhost', password: 'mat-khau-smtp-1' });
    expect(stored.sms.headers).toEqual({ Authorization: 'Bearer khoa-sms-1' });
    expect(stored.zalo).toMatchObject({ secretKey: 'khoa-ung-dung', refreshToken: 'rt-1' });

    expect((await leader.put(url, { ...shown, email: { ...shown.email, password: 'mat-khau-moi' } })).statusCode).toBe(200);
    expect(((await channelConfigOf(t.ctx.db, WARD)) as { email: { password: string } }).email.password).toBe('mat-khau-moi');

    const bad = await leader.put(url, { ...shown, email: { ...shown.email, port: 70000 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ message: 'Cổng SMTP từ 1 đến 65535.', field: 'email.port' });
    expect((await counter.put(url, shown)).statusCode).toBe(403);
  });

  it('records each save in the change log: who, which fields, secrets as "đã thay đổi" and never their values', async () => {
    const log = await changes();
    // Newest first: the password change, the host change, the first save.
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ kindName: 'Đổi cấu hình kênh gửi thông báo', actor: { username: expect.any(String) }, before: { 'email.password': MASK }, after: { 'email.password': 'đã thay đổi' } });
    expect(log[1]!.before).toEqual({ 'email.host': '127.0.0.1' });
    expect(log[1]!.after).toEqual({ 'email.host': 'localhost' });
    expect(log[2]!.after).toMatchObject({ 'email.host': '127.0.0.1', 'email.password': 'đã thay đổi', 'sms.headers': 'đã thay đổi', 'zalo.refreshToken': 'đã thay đổi', 'zalo.appId': '4321' });
    const text = JSON.stringify(await leader.get(`/api/admin/changes?unitCode=${WARD}`).then((r) => r.json()));
    for (const secret of ['mat-khau-smtp-1', 'mat-khau-moi', 'khoa-sms-1', 'khoa-ung-dung', 'rt-1']) expect(text).not.toContain(secret);
    // Saving what is stored again changes nothing and adds no line.
    const shown = (await leader.get(url)).json();
    expect((await leader.put(url, shown)).statusCode).toBe(200);
    expect(await changes()).toHaveLength(3);
  });

  it('sends a test e-mail and a test SMS through the saved channels, and says why one fails', async () => {
    const shown = (await leader.get(url)).json() as { email: Record<string, unknown> };
    expect((await leader.put(url, { ...shown, email: { ...shown.email, password: 'mat-khau-smtp-1' } })).statusCode).toBe(200);
    const mail = await leader.post(`${url}/test`, { channel: 'email', to: 'lanh.dao@giavien.gov.vn' });
    expect(mail.statusCode, mail.body).toBe(200);
    expect(mail.json()).toEqual({ sent: true, message: 'Đã gửi thử tới lanh.dao@giavien.gov.vn.' });
    expect(sink.messages.at(-1)).toMatchObject({ envelopeTo: ['lanh.dao@giavien.gov.vn'], user: 'motcua' });
    expect(sink.messages.at(-1)!.text).toContain('Đây là tin thử của hệ thống Một Cửa');

    const text = await leader.post(`${url}/test`, { channel: 'sms', to: '0912 345 678' });
    expect(text.json()).toEqual({ sent: true, message: 'Đã gửi thử tới 0912 345 678.' });
    expect(gateway.requests.at(-1)!.json).toMatchObject({ to: '84912345678', brand: 'UBND GIAVIEN' });
    expect(gateway.requests.at(-1)!.headers.authorization).toBe('Bearer khoa-sms-1');

    const badAddress = await leader.post(`${url}/test`, { channel: 'email', to: 'khong-phai-dia-chi' });
    expect(badAddress.statusCode).toBe(400);
    expect(badAddress.json()).toMatchObject({ field: 'to', message: 'Địa chỉ thư điện tử nhận thư thử không hợp lệ.' });

    expect((await leader.put(url, { ...shown, email: { ...shown.email, password: 'sai-mat-khau' } })).statusCode).toBe(200);
    const refused = await leader.post(`${url}/test`, { channel: 'email', to: 'lanh.dao@giavien.gov.vn' });
    expect(refused.json()).toEqual({ sent: false, message: 'Chưa gửi được: Máy chủ thư từ chối đăng nhập: kiểm tra tên đăng nhập, mật khẩu SMTP trong cấu hình.' });
    const zalo = await leader.post(`${url}/test`, { channel: 'zalo', to: '0912345678' });
    expect(zalo.statusCode).toBe(400);
    expect(zalo.body).toContain('Chỉ gửi thử được qua thư điện tử hoặc SMS');
  });
});
