/**
 * The leader's notice templates (issue 17 item 2): the list with the fields each may use, the
 * preview and its Vietnamese errors (unknown field, SMS and Zalo lengths), who may save, the
 * change log, and a saved template used by the next notice actually sent (read from a real SMTP
 * server in this process). Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, WARD, type Session, type TestApp } from '../support/api.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { sendDueNotices } from '../../src/features/notices/send-due-notices.ts';

interface Entry {
  kind: string;
  kindName: string;
  channel: string;
  custom: boolean;
  template: Record<string, unknown>;
  fields: Array<{ name: string; label: string }>;
}
interface Preview {
  valid: boolean;
  problems: string[];
  warnings: string[];
  rendered?: { channel: string; subject?: string; text?: string };
}

const EMAIL_RECEIPT = {
  channel: 'email',
  kind: 'receipt',
  subject: 'Phường đã nhận hồ sơ {maHoSo}',
  body: 'Kính gửi {hoTen},\n{tenDonVi} đã nhận hồ sơ {maHoSo} ({tenThuTuc}), hẹn trả {ngayHenTra}.\nTra cứu: {duongDanTraCuu}',
};

forEachDriver('notice templates', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let leader: Session;
  let admin: Session;
  let otherChairman: Session;
  let sink: SmtpSink;
  const url = `/api/units/${WARD}/notice-templates`;
  const preview = async (template: Record<string, unknown>, dossierCode?: string): Promise<Preview> => {
    const response = await leader.post(`${url}/preview`, { template, ...(dossierCode ? { dossierCode } : {}) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Preview;
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(getDb(), { env: { MOTCUA_PUBLIC_URL: 'https://tracuu.haiphong.gov.vn' } });
    t.setNow(t.now() + 60);
    [counter, leader, admin, otherChairman] = await Promise.all([t.login('counter'), t.login('leader'), t.login('admin'), t.login('otherChairman')]);
    const channels = { email: { host: '127.0.0.1', port: sink.port, security: 'none', from: { name: 'Trung tâm PVHCC Gia Viên', address: 'motcua@giavien.gov.vn' } } };
    expect((await leader.put(`/api/units/${WARD}/notice-channels`, channels)).statusCode).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('lists every kind and channel with the default and the fields it may use', async () => {
    const response = await leader.get(url);
    expect(response.statusCode, response.body).toBe(200);
    const items = (response.json() as { items: Entry[] }).items;
    expect(items).toHaveLength(27); // 9 kinds (6 of a dossier, 3 of a PAKN: w3-reply) × 3 channels
    expect(items.every((i) => !i.custom)).toBe(true);
    const sms = items.find((i) => i.kind === 'receipt' && i.channel === 'sms')!;
    const email = items.find((i) => i.kind === 'receipt' && i.channel === 'email')!;
    expect(sms.fields.map((f) => f.name)).toContain('ngayHenTra');
    // The name goes by e-mail only; a receipt has no reason.
    expect(sms.fields.map((f) => f.name)).not.toContain('hoTen');
    expect(email.fields.map((f) => f.name)).toContain('hoTen');
    expect(email.fields.map((f) => f.name)).not.toContain('lyDo');
    expect(email.template).toMatchObject({ channel: 'email', kind: 'receipt' });
    // w3-reply: the PAKN reply is offered with its own fields; the sender's words go by e-mail only.
    const reply = items.find((i) => i.kind === 'pakn_reply' && i.channel === 'email')!;
    expect(reply.kindName).toBe('Trả lời phản ánh, kiến nghị');
    expect(reply.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['maPhanAnh', 'noiDungTraLoi', 'tomTatNoiDung', 'duongDanTheoDoi', 'tenDonVi']));
    expect(reply.fields.map((f) => f.name)).not.toContain('maHoSo');
    const replySms = items.find((i) => i.kind === 'pakn_reply' && i.channel === 'sms')!;
    expect(replySms.fields.map((f) => f.name)).not.toContain('tomTatNoiDung');
    expect(items.filter((i) => i.kind.startsWith('pakn_')).map((i) => i.kindName)).toContain('Thông báo không tiếp nhận phản ánh, kiến nghị');
  });

  it('previews a PAKN reply with its sample values, and refuses a dossier field in it (w3-reply)', async () => {
    const good = await preview({ channel: 'email', kind: 'pakn_reply', subject: 'Trả lời {maPhanAnh}', body: '{tomTatNoiDung}\n{noiDungTraLoi}\n{duongDanTheoDoi}' });
    expect(good.valid).toBe(true);
    expect(JSON.stringify(good.rendered)).toContain('PAKN-000.01.24.H24-261203-002');
    expect(JSON.stringify(good.rendered)).toContain('/phan-anh-kien-nghi?ma=');
    const bad = await preview({ channel: 'sms', kind: 'pakn_reply', body: 'Hồ sơ {maHoSo}: {tomTatNoiDung}' });
    expect(bad.valid).toBe(false);
    expect(bad.problems.join(' ')).toMatch(/\{maHoSo\}.*\{tomTatNoiDung\}|\{tomTatNoiDung\}.*\{maHoSo\}/su);
  });

  it('previews with sample values and names what is wrong, in Vietnamese', async () => {
    const ok = await preview(EMAIL_RECEIPT);
    expect(ok.valid).toBe(true);
    expect(ok.rendered).toMatchObject({ channel: 'email', subject: 'Phường đã nhận hồ sơ 000.01.24.H24-261203-0047' });

    const unknown = await preview({ ...EMAIL_RECEIPT, subject: 'Hồ sơ {maHoSoo}' });
    expect(unknown.valid).toBe(false);
    expect(unknown.problems.join(' ')).toContain('{maHoSoo}');

    const tooLong = await preview({ channel: 'sms', kind: 'receipt', body: `Hồ sơ {maHoSo} ${'rất dài '.repeat(90)}` });
    expect(tooLong.valid).toBe(false);
    expect(tooLong.problems.join(' ')).toContain('tối đa 640 ký tự');

    const zalo = await preview({ channel: 'zalo', kind: 'receipt', templateId: '123', params: [{ key: 'ma_ho_so', value: '{maHoSo}', maxLength: 300 }], sample: `Hồ sơ <ma_ho_so> ${'đã được tiếp nhận. '.repeat(8)}` });
    expect(zalo.valid).toBe(false);
    expect(zalo.problems.join(' ')).toMatch(/vượt giới hạn 400 ký tự của Zalo/);

    const name = await preview({ channel: 'sms', kind: 'receipt', body: 'Kính gửi {hoTen}, hồ sơ {maHoSo}' });
    expect(name.valid).toBe(false);
    expect(name.problems.join(' ')).toContain('{hoTen}');
  });

  it('previews against a named dossier of the unit', async () => {
    const created = await counter.post('/api/dossiers', receptionBody({}));
    expect(created.statusCode, created.body).toBe(201);
    const code = (created.json() as { code: string }).code;
    const shown = await preview(EMAIL_RECEIPT, code);
    expect(shown.rendered?.subject).toBe(`Phường đã nhận hồ sơ ${code}`);
    expect((await leader.post(`${url}/preview`, { template: EMAIL_RECEIPT, dossierCode: 'KHONG-CO' })).statusCode).toBe(404);
  });

  it('lets only the unit leader and administrators save, refuses a broken template, logs the change', async () => {
    const target = `${url}/receipt/email`;
    expect((await counter.put(target, { template: EMAIL_RECEIPT })).statusCode).toBe(403);
    expect((await otherChairman.put(target, { template: EMAIL_RECEIPT })).statusCode).toBe(403);
    expect((await counter.post(`${url}/preview`, { template: EMAIL_RECEIPT })).statusCode).toBe(403);
    const broken = await leader.put(target, { template: { ...EMAIL_RECEIPT, body: 'Hồ sơ {maHoSoo}' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('{maHoSoo}');
    const mismatch = await leader.put(`${url}/receipt/sms`, { template: EMAIL_RECEIPT });
    expect(mismatch.statusCode).toBe(400);
    expect((await admin.put(target, { template: EMAIL_RECEIPT })).statusCode).toBe(200);
    const saved = await leader.put(target, { template: EMAIL_RECEIPT });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ custom: true, template: { subject: EMAIL_RECEIPT.subject } });
    const log = (await leader.get(`/api/admin/changes?unitCode=${WARD}`)).json() as { items: Array<{ kind: string; target: string }> };
    expect(log.items.filter((c) => c.kind === 'notice_template.set').map((c) => c.target)).toEqual(['receipt/email', 'receipt/email']);
  });

  it('uses the saved template for the next notice sent, and the default again after a reset', async () => {
    const receive = async () => {
      const response = await counter.post('/api/dossiers', receptionBody({ notices: { consents: [{ channel: 'email', address: 'thu@example.vn' }] } }));
      expect(response.statusCode, response.body).toBe(201);
      return (response.json() as { code: string }).code;
    };
    const code = await receive();
    await sendDueNotices(t.ctx, { jitter: () => 0 });
    const mail = sink.messages.find((m) => m.text.includes(code));
    expect(mail?.subject).toBe(`Phường đã nhận hồ sơ ${code}`);
    expect(mail?.text).toContain('https://tracuu.haiphong.gov.vn/tra-cuu/');

    const reset = await leader.delete(`${url}/receipt/email`);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json()).toMatchObject({ custom: false });
    const next = await receive();
    await sendDueNotices(t.ctx, { jitter: () => 0 });
    expect(sink.messages.find((m) => m.text.includes(next))?.subject).not.toBe(`Phường đã nhận hồ sơ ${next}`);
    const log = (await admin.get(`/api/admin/changes?unitCode=${WARD}`)).json() as { items: Array<{ kind: string }> };
    expect(log.items[0]!.kind).toBe('notice_template.reset');
  });
});
