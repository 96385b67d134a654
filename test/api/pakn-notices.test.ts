/**
 * PAKN replies through the notices (w3-reply: issue 19 item 3, issue 17 item 2): the sender's
 * consent at registration (desk and public form), the notice of the answer, of not accepting and
 * of forwarding written in the PAKN event's transaction and sent by the same worker to a real SMTP
 * server in this process, the reply letter attached; no consent → skipped with why; the PAKN page's
 * list and the resend. PGlite and PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, WARD, type Session, type TestApp } from '../support/api.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { docxToPdfText, flatText } from '../support/libreoffice.ts';
import { PAKN_SENDER } from '../support/pakn-builders.ts';
import { sendDueNotices } from '../../src/features/notices/send-due-notices.ts';

interface Notice {
  id: string;
  kind: string;
  channel: string;
  status: string;
  recipient: string;
  skipReason: string | null;
  attempts: number;
  resend: boolean;
}

const CONTENT = 'Đề nghị Trung tâm bố trí thêm giờ tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy.';
const ANSWER = 'Từ ngày 05/12/2026, Trung tâm tiếp nhận hồ sơ hộ tịch vào sáng thứ Bảy tại quầy số 2.';

forEachDriver('PAKN replies through the notices', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let leader: Session;
  let supervisor: Session;
  let otherCounter: Session;
  let sink: SmtpSink;
  const send = () => sendDueNotices(t.ctx, { jitter: () => 0 });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp(getDb(), { env: { MOTCUA_PUBLIC_URL: 'https://motcua.haiphong.gov.vn' } });
    t.setNow(t.now() + 60);
    [counter, leader, supervisor, otherCounter] = await Promise.all([t.login('counter'), t.login('leader'), t.login('supervisor'), t.login('otherCounter')]);
    const email = { host: '127.0.0.1', port: sink.port, security: 'none', from: { name: 'Trung tâm PVHCC Gia Viên', address: 'motcua@giavien.gov.vn' } };
    const saved = await leader.put(`/api/units/${WARD}/notice-channels`, { email });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  async function register(body: Record<string, unknown>): Promise<{ code: string; version: number }> {
    const response = await counter.post('/api/pakn', { channel: 'in_person', kind: 'recommendation', sender: PAKN_SENDER, content: CONTENT, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }
  async function act(session: Session, code: string, action: string, body: Record<string, unknown>): Promise<void> {
    const { version } = (await counter.get(`/api/pakn/${code}`)).json() as { version: number };
    const response = await session.post(`/api/pakn/${code}/${action}`, { expectedVersion: version, ...body });
    expect(response.statusCode, `${action}: ${response.body}`).toBe(200);
  }
  async function notices(code: string, session = counter): Promise<Notice[]> {
    const response = await session.get(`/api/pakn/${code}/notices`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: Notice[] }).items;
  }
  const consentByEmail = { notices: { consents: [{ channel: 'email', address: PAKN_SENDER.email }], preferred: 'email' } };

  it('sends the answer by e-mail with the reply letter attached, once, after the PAKN is resolved', async () => {
    const { code } = await register(consentByEmail);
    expect(await notices(code)).toEqual([]); // registering tells nothing
    await act(counter, code, 'classify', { class: 'rules_and_procedures', competence: 'within_competence' });
    await act(leader, code, 'resolve', { answer: ANSWER, result: 'rule_amended', documentNumber: '21/TTPVHCC-PAKN' });

    // Committed with the 'resolved' event, not sent yet.
    const queued = await notices(code);
    expect(queued.find((n) => n.channel === 'email')).toMatchObject({ kind: 'pakn_reply', status: 'queued', recipient: PAKN_SENDER.email, attempts: 0 });
    expect(queued.filter((n) => n.channel !== 'email').map((n) => [n.channel, n.status, n.skipReason])).toEqual([
      ['sms', 'skipped', 'Người gửi phản ánh, kiến nghị chưa đồng ý nhận thông báo qua kênh này.'],
      ['zalo', 'skipped', 'Người gửi phản ánh, kiến nghị chưa đồng ý nhận thông báo qua kênh này.'],
    ]);
    const { rows } = (await t.ctx.db.execute(sql`select count(*)::int as count from notice_outbox where pakn_code = ${code} and dossier_code is null`)) as unknown as { rows: Array<{ count: number }> };
    expect(Number(rows[0]!.count)).toBe(3);

    const before = sink.messages.length;
    expect((await send()).sent).toBe(1);
    expect(await send()).toEqual({ sent: 0, failed: 0, parked: 0 });
    const mine = sink.messages.slice(before);
    expect(mine).toHaveLength(1);
    const mail = mine[0]!;
    expect(mail.envelopeTo).toEqual([PAKN_SENDER.email]);
    expect(mail.subject.endsWith(`Gia Viên] Trả lời phản ánh, kiến nghị ${code}`), mail.subject).toBe(true);
    expect(mail.text).toContain(ANSWER);
    expect(mail.text).toContain(CONTENT);
    expect(mail.text).toContain(`https://motcua.haiphong.gov.vn/phan-anh-kien-nghi?ma=${encodeURIComponent(code)}`);
    expect(mail.text).not.toContain(PAKN_SENDER.idNumber!);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([[`tra-loi-${code}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']]);
    const letter = flatText((await docxToPdfText({ letter: mail.attachments[0]!.content })).letter!.text);
    for (const value of ['TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ', 'Số: 21/TTPVHCC-PAKN', `Kính gửi: Ông/Bà ${PAKN_SENDER.name}`, 'Từ ngày 05/12/2026, Trung tâm tiếp nhận']) expect(letter).toContain(value);
    expect((await notices(code)).find((n) => n.channel === 'email')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('skips every channel with why when the sender gave no consent; nothing reaches the mail server', async () => {
    const { code } = await register({});
    await act(counter, code, 'classify', { class: 'rules_and_procedures', competence: 'within_competence' });
    await act(leader, code, 'resolve', { answer: ANSWER, result: 'rule_amended' });
    const rows = await notices(code);
    expect(rows.map((n) => [n.kind, n.channel, n.status, n.skipReason])).toEqual([
      ['pakn_reply', 'email', 'skipped', 'Người gửi phản ánh, kiến nghị chưa đồng ý nhận thông báo qua kênh này.'],
      ['pakn_reply', 'sms', 'skipped', 'Người gửi phản ánh, kiến nghị chưa đồng ý nhận thông báo qua kênh này.'],
      ['pakn_reply', 'zalo', 'skipped', 'Người gửi phản ánh, kiến nghị chưa đồng ý nhận thông báo qua kênh này.'],
    ]);
    const before = sink.messages.length;
    expect(await send()).toEqual({ sent: 0, failed: 0, parked: 0 });
    expect(sink.messages.length).toBe(before);
  });

  it('tells the sender of not accepting (with the reason) and of forwarding (to whom)', async () => {
    const refused = await register(consentByEmail);
    await act(counter, refused.code, 'not-accept', { reason: 'missing_sender_information', note: 'Thiếu địa chỉ liên hệ' });
    const forwarded = await register(consentByEmail);
    await act(counter, forwarded.code, 'classify', { class: 'officer_conduct', competence: 'outside_competence' });
    await act(leader, forwarded.code, 'forward', { to: 'Công an thành phố Hải Phòng' });
    const before = sink.messages.length;
    expect((await send()).sent).toBe(2);
    const mails = sink.messages.slice(before);
    const notAccepted = mails.find((m) => m.subject.includes(refused.code))!;
    expect(notAccepted.subject).toContain('Thông báo không tiếp nhận phản ánh, kiến nghị');
    expect(notAccepted.text).toMatch(/Lý do: .*\(Thiếu địa chỉ liên hệ\)/u);
    expect(notAccepted.attachments).toEqual([]);
    const forwardMail = mails.find((m) => m.subject.includes(forwarded.code))!;
    expect(forwardMail.text).toContain('đã chuyển đến Công an thành phố Hải Phòng');
    expect((await notices(forwarded.code)).find((n) => n.channel === 'email')).toMatchObject({ kind: 'pakn_forwarded', status: 'sent' });
  });

  it('rejects a bad consent address at registration with a Vietnamese message, writing nothing', async () => {
    const response = await counter.post('/api/pakn', { channel: 'in_person', kind: 'reflection', sender: PAKN_SENDER, content: CONTENT, notices: { consents: [{ channel: 'email', address: 'khong-phai-thu' }] } });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ message: string }>().message).toContain('Địa chỉ thư điện tử không hợp lệ');
  });

  it('takes the consent on the public form, and lets only the unit resend', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/public/pakn',
      payload: { unitCode: WARD, kind: 'reflection', sender: { kind: 'individual', name: 'Phạm Văn Gửi', email: 'gui@example.vn' }, content: CONTENT, notices: { consents: [{ channel: 'email', address: 'gui@example.vn' }], preferred: 'email' } },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const { code } = submitted.json() as { code: string };
    await act(counter, code, 'classify', { class: 'rules_and_procedures', competence: 'within_competence' });
    await act(leader, code, 'resolve', { answer: ANSWER, result: 'explained' });
    await send();
    const sent = (await notices(code)).find((n) => n.channel === 'email')!;
    expect(sent).toMatchObject({ status: 'sent', recipient: 'gui@example.vn' });

    expect((await otherCounter.get(`/api/pakn/${code}/notices`)).statusCode).toBe(404);
    expect((await otherCounter.post(`/api/notices/${sent.id}/resend`)).statusCode).toBe(404);
    expect((await supervisor.post(`/api/notices/${sent.id}/resend`)).statusCode).toBe(403);
    expect((await counter.post(`/api/notices/${sent.id}/resend`)).statusCode).toBe(204);
    const before = sink.messages.length;
    expect((await send()).sent).toBe(1);
    expect(sink.messages.slice(before)[0]!.attachments).toHaveLength(1);
    expect((await notices(code)).filter((n) => n.channel === 'email').map((n) => [n.status, n.resend])).toEqual([
      ['sent', false],
      ['sent', true],
    ]);
  });
});
