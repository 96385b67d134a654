/**
 * Escalation alerts stored (w3-alerts; issue 16 §3, issue 19 §2), on both drivers: the raising
 * pass stores what the supervision core raises exactly once (also with two passes racing), tells
 * the addressee's live stream, lists it as "mine", lets only an addressee acknowledge it (again by
 * the same person: 200 unchanged; by another: 409), shows both in the dossier's alert history in
 * words; the table refuses UPDATE and DELETE; the unit's thresholds and ladder are read and set by
 * the right people, recorded in the change log, kept by the unit settings PUT; PAKN clocks reach
 * the same ladder.
 */
import type { AddressInfo } from 'node:net';
import { and, count, eq } from 'drizzle-orm';
import { alertEvents } from '../../src/platform/db/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, PASSWORD, prepareDossier, START, WARD, type Session, type TestApp } from '../support/api.ts';
import { openTestStream } from '../support/event-stream.ts';
import { PAKN_SENDER } from '../support/pakn-builders.ts';
import { createUser } from '../../src/platform/users/users.store.ts';
import { MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { raiseAlerts } from '../../src/features/alerts/raise-alerts.ts';

interface AlertItem {
  id: number;
  subject: string;
  code: string;
  stepCode: string | null;
  rungId: string;
  reason: string;
  text: string;
  addresseeNames: string[];
  dueAt: string | null;
  raisedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
}
interface MyAlerts {
  open: number;
  items: AlertItem[];
}

const DAY = MINUTES_PER_DAY;

forEachDriver('escalation alerts', (getDb) => {
  let t: TestApp;
  let counter: Session;
  let specialist: Session;
  let chairman: Session;
  let head: Session;
  let otherHead: Session;
  let leader: Session;
  let secondHead: Session;
  let late: { code: string; version: number };

  const mine = async (session: Session): Promise<MyAlerts> => {
    const response = await session.get('/api/alerts');
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MyAlerts;
  };
  const rowsOf = (key: string) => t.ctx.db.select({ kind: alertEvents.kind }).from(alertEvents).where(eq(alertEvents.alertKey, key)).orderBy(alertEvents.id);

  beforeAll(async () => {
    t = await createTestApp(getDb());
    [counter, specialist, chairman, head, otherHead, leader] = await Promise.all([t.login('counter'), t.login('specialist'), t.login('chairman'), t.login('head'), t.login('otherHead'), t.login('leader')]);
    await createUser(t.ctx.db, { username: 'tuphap.photruongphong', fullName: 'Phạm Văn Phó', password: PASSWORD, role: 'department_head', unitCode: WARD, departmentCode: 'tu-phap' });
    secondHead = await t.sessionFor('tuphap.photruongphong');
    // Forwarded to "tu-phap" ten days ago, nobody named: its step is overdue now.
    t.setNow(START - 10 * DAY);
    late = await prepareDossier({ counter, specialist, chairman }, 'processing');
    t.setNow(START);
  });
  afterAll(async () => {
    await t.close();
  });

  it('raises the overdue step to the heads of its department once, and tells their live stream', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const stream = await openTestStream(`${base}/api/stream`, head.cookie);
    expect(stream.status).toBe(200);
    await stream.next((event) => event.event === 'ready');
    try {
      const before = await mine(head);
      expect(before.items.filter((a) => a.code === late.code)).toEqual([]);
      const first = await raiseAlerts(t.ctx, { unitCode: WARD });
      expect(first.raised).toBeGreaterThan(0);
      const heard = await stream.next((event) => event.event === 'change' && (event.data as { kind: string }).kind === 'alerts');
      expect(heard.data).toEqual({ kind: 'alerts', unitCode: WARD });
      const again = await raiseAlerts(t.ctx, { unitCode: WARD });
      expect(again.raised).toBe(0);
      const key = `${WARD}/${late.code}/xu-ly/buoc-qua-han`;
      expect(await rowsOf(key)).toEqual([{ kind: 'raised' }]);
    } finally {
      stream.close();
    }
    const alerts = await mine(head);
    const step = alerts.items.find((a) => a.code === late.code && a.rungId === 'buoc-qua-han')!;
    expect(step).toMatchObject({ subject: 'dossier', stepCode: 'xu-ly', reason: 'bước quá hạn', acknowledgedAt: null });
    expect(step.text).toContain(late.code);
    expect(step.text).not.toContain('Nguyễn Thị Bình');
    expect(step.addresseeNames).toEqual(expect.arrayContaining(['Trưởng phòng Phạm Văn Phó']));
    expect(step.addresseeNames).toHaveLength(2);
    expect(step.dueAt).toMatch(/^2026-11-\d\dT\d\d:\d\d:00\+07:00$/);
    expect(alerts.open).toBe(alerts.items.filter((a) => a.acknowledgedAt === null).length);
    // The head of another department and the specialist are not told.
    expect((await mine(otherHead)).items.map((a) => a.code)).not.toContain(late.code);
    expect((await mine(specialist)).items).toEqual([]);
  });

  it('two raising passes racing store each alert once', async () => {
    t.setNow(START - 10 * DAY);
    const fresh = await prepareDossier({ counter, specialist, chairman }, 'processing');
    t.setNow(START);
    const [a, b] = await Promise.all([raiseAlerts(t.ctx, { unitCode: WARD }), raiseAlerts(t.ctx, { unitCode: WARD })]);
    const stored = await t.ctx.db.select({ alert_key: alertEvents.alertKey }).from(alertEvents).where(and(eq(alertEvents.subjectCode, fresh.code), eq(alertEvents.kind, 'raised')));
    expect(stored.length).toBeGreaterThan(0);
    expect(new Set(stored.map((r) => r.alert_key)).size).toBe(stored.length);
    expect(a.raised + b.raised).toBe(stored.length);
  });

  it('only an addressee acknowledges; again by the same person is 200 unchanged, by another addressee 409', async () => {
    const alert = (await mine(head)).items.find((a) => a.code === late.code && a.rungId === 'buoc-qua-han')!;
    const refused = await otherHead.post(`/api/alerts/${alert.id}/acknowledge`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toBe('Bạn không phải người nhận cảnh báo này nên không xác nhận được.');
    expect((await leader.post(`/api/alerts/${alert.id}/acknowledge`, {})).statusCode).toBe(403);
    expect((await head.post('/api/alerts/999999999/acknowledge', {})).statusCode).toBe(404);
    t.setNow(START + 30);
    const done = await head.post(`/api/alerts/${alert.id}/acknowledge`, { note: 'Đã nhắc chuyên viên' });
    expect(done.statusCode, done.body).toBe(200);
    const me = ((await head.get('/api/auth/me')).json() as { user: { fullName: string } }).user.fullName;
    expect(done.json()).toMatchObject({ id: alert.id, acknowledgedByName: me, acknowledgedAt: '2026-11-23T08:30:00+07:00', note: 'Đã nhắc chuyên viên' });
    t.setNow(START + 60);
    const retried = await head.post(`/api/alerts/${alert.id}/acknowledge`, {});
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual(done.json());
    const other = await secondHead.post(`/api/alerts/${alert.id}/acknowledge`, {});
    expect(other.statusCode).toBe(409);
    expect(other.json().message).toBe(`Cảnh báo đã được ${me} xác nhận lúc 08:30 23/11/2026; không cần xác nhận lại.`);
    expect(await rowsOf(`${WARD}/${late.code}/xu-ly/buoc-qua-han`)).toEqual([{ kind: 'raised' }, { kind: 'acknowledged' }]);
    // Acknowledged for both heads: open first, so it moved after the open ones.
    const second = await mine(secondHead);
    expect(second.items.find((a) => a.id === alert.id)?.acknowledgedByName).toBe(me);
    expect(second.items.findIndex((a) => a.id === alert.id)).toBe(second.open);
  });

  it('the dossier shows its alerts in words to whoever reads it', async () => {
    const me = ((await head.get('/api/auth/me')).json() as { user: { fullName: string } }).user.fullName;
    const response = await specialist.get(`/api/dossiers/${late.code}/alerts`);
    expect(response.statusCode, response.body).toBe(200);
    const lines = (response.json() as { items: Array<{ kind: string; description: string }> }).items.map((i) => i.description);
    expect(lines.filter((l) => l.includes('bước quá hạn'))).toHaveLength(1);
    expect(lines.some((l) => new RegExp(`^Cảnh báo gửi (Trưởng phòng ${me}, Trưởng phòng Phạm Văn Phó|Trưởng phòng Phạm Văn Phó, Trưởng phòng ${me}): bước quá hạn \\(hạn \\d\\d:\\d\\d \\d\\d/11/2026\\)$`).test(l))).toBe(true);
    expect(lines).toContain(`Đã xác nhận bởi ${me} (ghi chú: Đã nhắc chuyên viên)`);
    expect((await otherHead.get(`/api/dossiers/${late.code}/alerts`)).statusCode).toBe(404);
  });

  it('alert_events is append-only', async () => {
    await expect(t.ctx.db.update(alertEvents).set({ text: 'x' })).rejects.toThrow();
    await expect(t.ctx.db.delete(alertEvents)).rejects.toThrow();
    const [row] = await t.ctx.db.select({ n: count() }).from(alertEvents);
    expect(row!.n).toBeGreaterThan(0);
  });

  describe('supervision settings', () => {
    it('read by the unit’s staff, set by its center leader (change log), refused to others, kept by the unit settings PUT', async () => {
      const initial = await head.get(`/api/units/${WARD}/supervision-settings`);
      expect(initial.statusCode, initial.body).toBe(200);
      expect(initial.json()).toMatchObject({ unitCode: WARD, isDefault: true, settings: { dueSoonRemainingWorkingDays: 1 } });
      const ladder = [{ id: 'buoc-cham', name: 'Bước chậm 1 ngày: báo Lãnh đạo Trung tâm', trigger: { kind: 'step-overdue', overdueWorkingDays: 1 }, notify: 'center_leader' }];
      const denied = await head.put(`/api/units/${WARD}/supervision-settings`, { ladder });
      expect(denied.statusCode).toBe(403);
      expect(denied.json().message).toContain('Lãnh đạo Trung tâm');
      const duplicate = await leader.put(`/api/units/${WARD}/supervision-settings`, { ladder: [ladder[0], ladder[0]] });
      expect(duplicate.statusCode).toBe(400);
      expect(duplicate.body).toContain('bị trùng mã');
      const set = await leader.put(`/api/units/${WARD}/supervision-settings`, { dueSoonRemainingWorkingDays: 0.5, ladder });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toMatchObject({ isDefault: false, settings: { dueSoonRemainingWorkingDays: 0.5, ladder } });
      const log = (await leader.get(`/api/admin/changes?unitCode=${WARD}`)).json() as { items: Array<{ kind: string; target: string }> };
      expect(log.items.filter((c) => c.kind === 'unit.supervision').map((c) => c.target)).toEqual([WARD]);
      // The unit's other settings: listed without it, and a PUT of them keeps it.
      const units = await leader.get('/api/units');
      expect(units.statusCode, units.body).toBe(200);
      expect(units.body).not.toContain('buoc-cham');
      const unit = (units.json() as { items: Array<{ code: string; settings: Record<string, unknown> }> }).items.find((u) => u.code === WARD)!;
      expect((await leader.put(`/api/units/${WARD}/settings`, { ...unit.settings, placeName: 'Gia Viên' })).statusCode).toBe(200);
      expect((await head.get(`/api/units/${WARD}/supervision-settings`)).json()).toMatchObject({ isDefault: false, settings: { ladder } });
      // The next pass uses the unit's ladder: the step late by more than a day goes to the center leader.
      await raiseAlerts(t.ctx, { unitCode: WARD });
      expect((await mine(leader)).items.filter((a) => a.code === late.code && a.rungId === 'buoc-cham')).toHaveLength(1);
    });
  });

  it('a PAKN past its clock reaches the same ladder', async () => {
    await leader.put(`/api/units/${WARD}/supervision-settings`, {});
    t.setNow(START - 30 * DAY);
    const registered = await counter.post('/api/pakn', { channel: 'in_person', kind: 'reflection', sender: PAKN_SENDER, content: 'Phản ánh thái độ phục vụ tại quầy.' });
    expect(registered.statusCode, registered.body).toBe(201);
    const paknCode = (registered.json() as { code: string }).code;
    t.setNow(START);
    await raiseAlerts(t.ctx, { unitCode: WARD });
    const chair = (await mine(chairman)).items.filter((a) => a.code === paknCode);
    expect(chair.map((a) => [a.subject, a.rungId, a.reason])).toContainEqual(['pakn', 'qua-han', 'quá hạn giải quyết']);
    expect(chair[0]!.text).toContain(paknCode);
    expect(chair[0]!.text).not.toContain(PAKN_SENDER.name);
    expect((await mine(leader)).items.some((a) => a.code === paknCode && a.rungId === 'sap-den-han')).toBe(true);
  });
});
