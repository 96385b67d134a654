/**
 * PAKN through the HTTP API on PGlite and PostgreSQL (issue 19): the register from every
 * channel, classification by NĐ 20's outcomes, a wait for the sender pausing the clocks, the
 * answer, the reply letter (read by LibreOffice), publication and the public list, the public
 * form with its code, masking, and the append-only history.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, START, WARD, OTHER_WARD, type Session, type TestApp } from '../support/api.ts';
import { docxToPdfText, flatText } from '../support/libreoffice.ts';
import { PAKN_SENDER } from '../support/pakn-builders.ts';

interface Detail {
  code: string;
  version: number;
  status: string;
  statusName: string;
  sender: { name?: string; idNumber?: string; phone?: string };
  personalDataVisible: boolean;
  content: string | null;
  className: string | null;
  outcome: string | null;
  dueAt: string | null;
  paused: boolean;
  level: string | null;
  clocks: Array<{ id: string; status: string; dueAt: string | null; level: string | null }>;
  history: Array<{ type: string; actorRole: string }>;
  allowedActions: string[];
  endKind: string | null;
}

const CONTENT = 'Hồ sơ đăng ký khai sinh của con tôi bị yêu cầu nộp thêm bản sao giấy tờ không có trong quy định.';

forEachDriver('PAKN over HTTP', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let leader: Session;
  let chairman: Session;
  let specialist: Session;
  let supervisor: Session;
  let otherCounter: Session;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, leader, chairman, specialist, supervisor, otherCounter] = await Promise.all([t.login('counter'), t.login('leader'), t.login('chairman'), t.login('specialist'), t.login('supervisor'), t.login('otherCounter')]);
  });
  beforeEach(() => t.setNow(START));
  afterAll(async () => {
    await t.close();
  });

  async function register(body: Record<string, unknown> = {}): Promise<Detail> {
    const response = await counter.post('/api/pakn', { channel: 'in_person', kind: 'reflection', sender: PAKN_SENDER, content: CONTENT, ...body });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Detail;
  }

  async function act(session: Session, code: string, action: string, body: Record<string, unknown>, expected = 200): Promise<Detail> {
    const current = (await counter.get(`/api/pakn/${code}`)).json() as Detail;
    const response = await session.post(`/api/pakn/${code}/${action}`, { expectedVersion: current.version, ...body });
    expect(response.statusCode, `${action}: ${response.body}`).toBe(expected);
    return response.json() as Detail;
  }

  it('registers, classifies, waits for the sender, resolves, prints the reply letter and publishes', async () => {
    let d = await register({ channel: 'phone', concerns: { dossierCode: '000.01.24.H24-261120-0001' } });
    expect(d.code).toMatch(/^PAKN-000\.01\.24\.H24-261123-\d{3}$/);
    expect(d.status).toBe('registered');
    // Resolution 15 working days from Mon 23/11 08:00, Tuesday 24/11 off: Tue 15/12 08:00.
    expect(d.clocks.find((c) => c.id === 'resolve')?.dueAt).toBe('2026-12-15T08:00:00+07:00');
    expect(d.allowedActions).toEqual(expect.arrayContaining(['classified', 'not_accepted', 'information_requested']));

    t.advance(60);
    d = await act(counter, d.code, 'classify', { class: 'rules_and_procedures', competence: 'within_competence' });
    expect(d.status).toBe('in_handling');
    expect(d.className).toBe('Về quy định, chính sách, thủ tục hành chính');
    d = await act(counter, d.code, 'request-information', { request: 'Đề nghị cho biết ngày nộp hồ sơ.' });
    expect(d.status).toBe('awaiting_information');
    expect(d.paused).toBe(true);
    t.advance(2 * 24 * 60); // Wed 25/11 09:00: one working day of wait (24/11 is off)
    d = await act(counter, d.code, 'receive-information', { note: 'Người gửi bổ sung qua điện thoại.' });
    expect(d.paused).toBe(false);
    expect(d.clocks.find((c) => c.id === 'resolve')?.dueAt).toBe('2026-12-16T08:00:00+07:00');

    // The counter may not sign the answer; a department specialist cannot see a PAKN not assigned to them.
    await act(counter, d.code, 'resolve', { answer: 'Trả lời.', result: 'explained' }, 403);
    expect((await specialist.get(`/api/pakn/${d.code}`)).statusCode).toBe(404);
    d = await act(leader, d.code, 'assign', { handlerId: t.userId('specialist'), departmentCode: 'tu-phap' });
    expect((await specialist.get(`/api/pakn/${d.code}`)).statusCode).toBe(200);
    d = await act(specialist, d.code, 'draft-answer', { answer: 'Dự thảo trả lời.' });
    t.advance(60);
    d = await act(leader, d.code, 'resolve', { answer: 'Thành phần hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh; Trung tâm đã chấn chỉnh việc yêu cầu thêm giấy tờ.', result: 'explained', documentNumber: '15/TTPVHCC-PAKN' });
    expect(d.status).toBe('awaiting_publication');
    expect(d.endKind).toBe('resolved');
    expect(d.clocks.find((c) => c.id === 'resolve')?.status).toBe('met');

    const letter = await counter.get(`/api/pakn/${d.code}/reply.docx`);
    expect(letter.statusCode, letter.body.slice(0, 200)).toBe(200);
    expect(letter.headers['content-disposition']).toMatch(/^attachment; filename="tra-loi-PAKN-.+\.docx"/);
    const pdf = await docxToPdfText({ letter: letter.rawPayload });
    const text = flatText(pdf.letter!.text);
    for (const value of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 15/TTPVHCC-PAKN', 'TRẢ LỜI PHẢN ÁNH, KIẾN NGHỊ', `Kính gửi: Ông/Bà ${PAKN_SENDER.name}`, 'giấy chứng sinh', 'Giải thích, hướng dẫn']) {
      expect(text, `the letter should show "${value}"`).toContain(value);
    }

    // Publication refuses the sender's personal data, then publishes; the public list shows it without it.
    const refused = await counter.post(`/api/pakn/${d.code}/publish`, { expectedVersion: d.version, summary: `Bà ${PAKN_SENDER.name} phản ánh việc nộp thêm giấy tờ.`, answer: 'Đã chấn chỉnh.' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().message).toContain('họ tên');
    t.advance(60);
    d = await act(counter, d.code, 'publish', { summary: 'Công dân phản ánh việc bị yêu cầu nộp thêm giấy tờ khi đăng ký khai sinh.', answer: 'Trung tâm đã chấn chỉnh việc yêu cầu thêm giấy tờ.' });
    expect(d.status).toBe('published');
    const list = await t.app.inject({ method: 'GET', url: `/api/public/pakn?unitCode=${WARD}` });
    expect(list.statusCode).toBe(200);
    const item = (list.json().items as Array<{ code: string; published: { summary: string } | null }>).find((i) => i.code === d.code);
    expect(item?.published?.summary).toContain('đăng ký khai sinh');
    for (const secret of [PAKN_SENDER.name!, PAKN_SENDER.idNumber!, PAKN_SENDER.phone!, CONTENT]) expect(list.body).not.toContain(secret);
    expect(d.history.map((h) => h.type)).toEqual(['registered', 'classified', 'information_requested', 'information_received', 'assigned', 'answer_drafted', 'resolved', 'published']);
  });

  it('forwards a PAKN outside competence and refuses one without a sender', async () => {
    const outside = await register({ channel: 'letter', sender: { kind: 'individual', name: 'Lê Văn Chuyển' } });
    let d = await act(counter, outside.code, 'classify', { class: 'officer_conduct', competence: 'outside_competence' });
    expect(d.status).toBe('awaiting_forwarding');
    expect(d.clocks.find((c) => c.id === 'forward')?.dueAt).toBe('2026-12-01T08:00:00+07:00');
    await act(counter, outside.code, 'forward', { to: 'Công an thành phố' }, 403);
    d = await act(leader, outside.code, 'forward', { to: 'Công an thành phố Hải Phòng', documentNumber: '16/TTPVHCC-PAKN' });
    expect(d.status).toBe('forwarded');
    expect(d.allowedActions).toEqual([]);

    const anonymous = await register({ channel: 'email', sender: { kind: 'individual' } });
    d = await act(counter, anonymous.code, 'not-accept', { reason: 'missing_sender_information' });
    expect(d.status).toBe('not_accepted');
    expect(d.outcome).toBe('not_accepted');
  });

  it('shows the register with clock states, overdue ones flagged, and only to who may read it', async () => {
    const late = await register({ receivedAt: '2026-10-26T08:00', channel: 'national_portal', externalCode: 'DVC-123' });
    const page = (await counter.get('/api/pakn?overdue=true')).json() as { items: Array<{ code: string; level: string | null; senderName: string }> };
    const row = page.items.find((i) => i.code === late.code);
    expect(row?.level).toBe('overdue');
    expect(row?.senderName).toBe(PAKN_SENDER.name);
    expect(((await otherCounter.get('/api/pakn')).json() as { items: Array<{ code: string }> }).items.map((i) => i.code)).not.toContain(late.code);
    expect((await otherCounter.get(`/api/pakn/${late.code}`)).statusCode).toBe(404);
    // A city supervisor reads it with the sender masked and the content hidden, and may not act.
    const masked = (await supervisor.get(`/api/pakn/${late.code}`)).json() as Detail;
    expect(masked.personalDataVisible).toBe(false);
    expect(masked.sender.idNumber).toBe('*********321');
    expect(masked.sender.phone).toBeUndefined();
    expect(masked.content).toBeNull();
    expect(masked.allowedActions).toEqual([]);
    expect((await supervisor.post(`/api/pakn/${late.code}/classify`, { expectedVersion: 1, class: 'officer_conduct', competence: 'within_competence' })).statusCode).toBe(403);
    // Only the desk registers; a receipt in the future is refused in Vietnamese.
    expect((await chairman.post('/api/pakn', { channel: 'in_person', sender: PAKN_SENDER, content: CONTENT })).statusCode).toBe(403);
    const future = await counter.post('/api/pakn', { channel: 'in_person', sender: PAKN_SENDER, content: CONTENT, receivedAt: '2026-12-30T08:00' });
    expect(future.statusCode).toBe(400);
    expect(future.json().field).toBe('receivedAt');
  });

  it('takes a PAKN through the public form without login, gives a code to follow it, and keeps the history append-only', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/public/pakn', payload: { unitCode: OTHER_WARD, kind: 'recommendation', sender: { kind: 'individual', name: 'Phạm Công Khai', phone: '0901234567' }, content: 'Đề nghị bố trí thêm ghế chờ tại Trung tâm.' } });
    expect(response.statusCode, response.body).toBe(201);
    const { code } = response.json() as { code: string };
    expect(code).toMatch(/^PAKN-000\.02\.24\.H24-261123-\d{3}$/);
    const followed = await t.app.inject({ method: 'GET', url: `/api/public/pakn/${code}` });
    expect(followed.json()).toMatchObject({ code, status: 'registered', published: null });
    expect(followed.body).not.toContain('Phạm Công Khai');
    expect(followed.body).not.toContain('ghế chờ');
    const registered = (await otherCounter.get(`/api/pakn/${code}`)).json() as Detail;
    expect(registered.history[0]).toMatchObject({ type: 'registered', actorRole: 'citizen' });
    // A citizen may not pretend another channel, and an unknown unit is refused by name.
    const wrongUnit = await t.app.inject({ method: 'POST', url: '/api/public/pakn', payload: { unitCode: 'khong-co', sender: { kind: 'individual', name: 'A' }, content: 'Nội dung.' } });
    expect(wrongUnit.statusCode).toBe(400);
    expect(wrongUnit.json().field).toBe('unitCode');
    await expect(getDb().db.execute(sql`update pakn_events set type = 'withdrawn'`)).rejects.toThrow();
  });
});
