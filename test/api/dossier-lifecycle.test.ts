/**
 * Every lifecycle action of the domain core through the HTTP API, on PGlite and PostgreSQL:
 * whole dossiers walked by the people who would act on them.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, receptionBody, START, type Session, type TestApp } from '../support/api.ts';
import { verifyAuditChain } from '../../src/platform/events/audit-chain.ts';
import { dossierEvents } from '../../src/platform/db/schema.ts';

interface Detail {
  code: string;
  version: number;
  status: number;
  statusName: string;
  legalDueAt: string | null;
  appointmentDueAt: string | null;
  endedAt: string | null;
  endKind: string | null;
  paused: boolean;
  pausedWorkingMinutes: number;
  feeAmount: number;
  paidOnline: boolean;
  applicant: { name: string; idNumber?: string; phone?: string };
  personalDataVisible: boolean;
  steps: Array<{ code: string; status: string; dueAt: string | null }>;
  history: Array<{ type: string; actorRole: string; hash: string }>;
  allowedActions: string[];
}

forEachDriver('dossier lifecycle over HTTP', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let head: Session;
  let specialist: Session;
  let chairman: Session;
  let leader: Session;

  // One seeded city per driver; every test works on its own dossiers and resets the clock.
  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, head, specialist, chairman, leader] = await Promise.all([t.login('counter'), t.login('head'), t.login('specialist'), t.login('chairman'), t.login('leader')]);
  });
  beforeEach(() => t.setNow(START));
  afterAll(async () => {
    await t.close();
  });

  async function act(session: Session, code: string, action: string, body: Record<string, unknown>, expected = 200): Promise<Detail> {
    const current = (await session.get(`/api/dossiers/${code}`)).json() as Detail;
    const response = await session.post(`/api/dossiers/${code}/${action}`, { expectedVersion: current.version, ...body });
    expect(response.statusCode, `${action}: ${response.body}`).toBe(expected);
    return response.json() as Detail;
  }

  async function receive(overrides: Record<string, unknown> = {}): Promise<Detail> {
    const response = await counter.post('/api/dossiers', receptionBody(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Detail;
  }

  it('receives, forwards, pauses for a supplement, approves and returns', async () => {
    const received = await receive();
    expect(received.code).toMatch(/^000\.01\.24\.H24-261123-\d{4}$/);
    expect(received.status).toBe(2);
    // 3 working days from Monday 23/11 08:00; Tuesday 24/11 is Ngày Văn hóa Việt Nam.
    expect(received.legalDueAt).toBe('2026-11-27T08:00:00+07:00');
    expect(received.feeAmount).toBe(5000);
    expect(received.allowedActions).toContain('forwarded');

    t.advance(60);
    let d = await act(counter, received.code, 'forward', { to: 'tu-phap', toKind: 'department', assigneeId: t.userId('specialist') });
    expect(d.status).toBe(4);
    t.advance(60);
    d = await act(specialist, received.code, 'request-supplement', { reason: 'Thiếu giấy xác nhận cư trú', items: ['Giấy xác nhận thông tin về cư trú'] });
    expect(d.status).toBe(5);
    expect(d.paused).toBe(true);
    t.advance(2 * 24 * 60); // Wednesday 25/11 10:00: one working day (Tuesday is off) later
    d = await act(counter, received.code, 'receive-supplement', {});
    expect(d.status).toBe(4);
    expect(d.pausedWorkingMinutes).toBe(480);
    expect(d.legalDueAt).toBe('2026-11-30T08:00:00+07:00');
    t.advance(60);
    d = await act(specialist, received.code, 'complete-step', { stepCode: 'xu-ly' });
    t.advance(60);
    // Issue 14: a procedure with a result document is approved with the result (file or reference).
    d = await act(chairman, received.code, 'approve', { resultReference: '15/XN-UBND' });
    expect(d.status).toBe(9);
    expect(d.endKind).toBe('processed');
    t.advance(30);
    d = await act(counter, received.code, 'pay-fee', { amount: 5000, online: false });
    // Issue 14: the desk records who collected the result.
    d = await act(counter, received.code, 'return-result', { method: 'desk', collectedBy: { kind: 'applicant', name: 'Nguyễn Thị Bình', idNumber: '031190004567' } });
    expect(d.status).toBe(10);
    expect(d.statusName).toBe('Đã trả kết quả');
    expect(d.steps.every((s) => s.status === 'done')).toBe(true);
    expect(d.allowedActions).toEqual([]);
    expect(d.history.map((h) => h.type)).toEqual(['received', 'forwarded', 'supplement_requested', 'supplement_received', 'step_completed', 'result_ready', 'fee_paid', 'result_returned']);
    const chain = await verifyAuditChain(getDb().db);
    expect(chain.ok).toBe(true);
    expect(chain.checked).toBeGreaterThanOrEqual(8);
  });

  it("forwards only to an active department of the dossier's unit, and to one of its officers", async () => {
    const received = await receive();
    const refuse = async (body: Record<string, unknown>) => {
      const response = await counter.post(`/api/dossiers/${received.code}/forward`, { expectedVersion: received.version, ...body });
      expect(response.statusCode, response.body).toBe(400);
      return response.json<{ field: string; message: string }>();
    };
    // A mistyped code would take the dossier out of every work queue.
    expect(await refuse({ to: 'tu-phapp' })).toEqual({ error: 'du_lieu_khong_hop_le', field: 'to', message: 'Đơn vị không có phòng, cơ quan "tu-phapp". Hãy chọn nơi xử lý trong danh sách phòng chuyên môn, cơ quan ngành dọc của đơn vị.' });
    expect((await refuse({ to: 'dat-dai', toKind: 'department' })).field).toBe('toKind');
    expect(await refuse({ to: 'tu-phap', assigneeId: t.userId('otherSpecialist') })).toMatchObject({ field: 'assigneeId', message: 'Người được giao không phải cán bộ đang làm việc của Phòng Văn hóa - Xã hội (Tư pháp, hộ tịch).' });
    expect((await refuse({ to: 'tu-phap', assigneeId: 'khong-phai-ma' })).field).toBe('assigneeId');
    // Nothing was appended by the refusals; the kind comes from the department when left out.
    const d = await act(counter, received.code, 'forward', { to: 'dat-dai' });
    expect(d.version).toBe(received.version + 1);
    const forwards = await getDb().db.select({ payload: dossierEvents.payload }).from(dossierEvents).where(and(eq(dossierEvents.dossierCode, received.code), eq(dossierEvents.type, 'forwarded')));
    expect(forwards.map((row) => (row.payload as { toKind: string }).toKind)).toEqual(['vertical_agency']);
  });

  it('refuses to act on a terminal dossier with 409 and a Vietnamese reason', async () => {
    const received = await receive();
    await act(counter, received.code, 'forward', { to: 'tu-phap' });
    await act(head, received.code, 'stop', { reason: 'Không đủ điều kiện cấp giấy xác nhận', refusal: true });
    const response = await counter.post(`/api/dossiers/${received.code}/withdraw`, { expectedVersion: 3 });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toBe('Hồ sơ đã kết thúc (trạng thái "Dừng xử lý"), không thể "Công dân rút hồ sơ".');
  });

  it('extends with an apology while keeping the legal due date', async () => {
    const received = await receive();
    await act(counter, received.code, 'forward', { to: 'tu-phap' });
    const d = await act(leader, received.code, 'extend', { newDueAt: '2026-12-02T16:00', reason: 'Cần xác minh thông tin tại nơi cư trú trước đây' });
    expect(d.legalDueAt).toBe('2026-11-27T08:00:00+07:00');
    expect(d.appointmentDueAt).toBe('2026-12-02T16:00:00+07:00');
    const earlier = await leader.post(`/api/dossiers/${received.code}/extend`, { expectedVersion: d.version, newDueAt: '2026-11-30T16:00', reason: 'Hẹn lại' });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().field).toBe('newDueAt');
  });

  it('walks an online submission, financial obligation, withdrawal and refusal', async () => {
    const submitted = await receive({ mode: 'submit', channel: 'online' });
    expect(submitted.status).toBe(1);
    expect(submitted.legalDueAt).toBeNull();
    const received = await act(counter, submitted.code, 'receive', {});
    expect(received.status).toBe(2);
    expect(received.legalDueAt).toBe('2026-11-27T08:00:00+07:00');
    // Issue 14: the specialist acts on a step assigned to them by name.
    await act(counter, submitted.code, 'forward', { to: 'tu-phap', assigneeId: t.userId('specialist') });
    let d = await act(specialist, submitted.code, 'request-financial-obligation', { amount: 100000, description: 'Nộp lệ phí' });
    expect(d.status).toBe(6);
    d = await act(counter, submitted.code, 'financial-obligation-paid', { amount: 100000 });
    expect(d.status).toBe(4);
    d = await act(counter, submitted.code, 'withdraw', { reason: 'Công dân đề nghị rút để bổ sung sau' });
    expect(d.status).toBe(7);
    expect(d.endKind).toBe('withdrawn');

    const other = await receive({ mode: 'submit', channel: 'online' });
    const refused = await act(counter, other.code, 'refuse', { reason: 'Thủ tục không thuộc thẩm quyền của phường' });
    expect(refused.status).toBe(3);

    const walkIn = await counter.post('/api/dossiers', receptionBody({ mode: 'refuse', refusalReason: 'Hồ sơ thuộc thẩm quyền cấp tỉnh' }));
    expect(walkIn.statusCode).toBe(201);
    expect((walkIn.json() as Detail).status).toBe(3);
  });

  it('rejects an action the role may not take with 403, a stale version with 409', async () => {
    const received = await receive();
    const byCounter = await counter.post(`/api/dossiers/${received.code}/approve`, { expectedVersion: received.version });
    expect(byCounter.statusCode).toBe(403);
    expect(byCounter.json().message).toContain('không được phép');
    await act(counter, received.code, 'forward', { to: 'tu-phap' });
    const stale = await head.post(`/api/dossiers/${received.code}/approve`, { expectedVersion: received.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().message).toContain('vừa được người khác cập nhật');
  });

  it('lists with filters: status, overdue, due soon, text search', async () => {
    const person = (name: string) => ({ applicant: { kind: 'individual', name, idNumber: '031090001111' } });
    const a = await receive(person('Lê Thị Hoa Lọc'));
    // Papers not listed (the API's earlier shape): recorded as before issue 14, not checked against the tờ khai list.
    const b = await receive({ ...person('Trần Văn Đức Lọc'), procedureCode: '2.000815', pages: 2, components: undefined });
    await act(counter, a.code, 'forward', { to: 'tu-phap' });
    const codes = async (query: string): Promise<string[]> => (await counter.get(`/api/dossiers?${query}`)).json().items.map((i: { code: string }) => i.code);
    expect(await codes('q=tran%20van%20duc%20loc')).toEqual([b.code]);
    expect(await codes('q=loc&status=4')).toEqual([a.code]);
    expect(await codes(`q=${encodeURIComponent(b.code)}`)).toEqual([b.code]);
    // Same-day procedure 2.000815 received 08:00 is due at 17:00 today: due soon right away.
    expect(await codes('q=loc&dueSoon=true')).toEqual([b.code]);
    t.setNow(START + 2 * 24 * 60);
    expect(await codes('q=loc&overdue=true')).toEqual([b.code]);
    const overdue = (await counter.get('/api/dossiers?q=loc&overdue=true')).json();
    expect(overdue.items[0].deadlineLevel).toBe('overdue');
    const bad = await counter.get('/api/dossiers?status=abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('trạng thái');
  });

  it('replays a creation with the same idempotency key instead of receiving twice', async () => {
    const body = receptionBody({ applicant: { kind: 'individual', name: 'Phạm Văn Lặp Lại' } });
    const first = await counter.post('/api/dossiers', body, { 'idempotency-key': 'quay-1-lan-bam-1' });
    const again = await counter.post('/api/dossiers', body, { 'idempotency-key': 'quay-1-lan-bam-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json().code).toBe(first.json().code);
    const other = await counter.post('/api/dossiers', { ...body, channel: 'post' }, { 'idempotency-key': 'quay-1-lan-bam-1' });
    expect(other.statusCode).toBe(409);
    expect((await counter.get('/api/dossiers?q=pham%20van%20lap%20lai')).json().total).toBe(1);
  });
});

