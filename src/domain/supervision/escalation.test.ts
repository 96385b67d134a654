import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, inProcessing, liveContext, supervised, UNIT, unitStaff } from '../../../test/support/supervision-builders.ts';
import { calendarContext, dossierWithPersonalDataArb, personalValuesIn } from '../../../test/support/dossier-arbitraries.ts';
import { DEFAULT_SUPERVISION_CONFIG, supervisionConfigSchema } from './config.ts';
import { acknowledgeAlert, addresseesOf, alertSchema, alertsFor, alertsToRaise, type Alert } from './escalation.ts';
import type { DossierState } from '../dossier/state.ts';

const staff = unitStaff();
// Legal due Thu 08/01/2026 09:00; "Thẩm định, xử lý chuyên môn" (tu-phap, chuyen-vien) due Wed 07/01 09:48.
const dossier = inProcessing(at('2026-01-05T09:00'), { code: 'GIAVIEN-260105-0001' });
const raise = (now: string, dossiers: DossierState[] = [dossier], raised: ReadonlySet<string> = new Set(), people = staff) =>
  alertsToRaise({ dossiers, contextOf: () => liveContext(at(now)), staff: people, raised });

describe('alerts raised by the default ladder', () => {
  it('raises nothing while the dossier is on course', () => {
    expect(raise('2026-01-07T08:59')).toEqual({ alerts: [], unaddressed: [] });
  });
  it('one working day before the legal date: the center leaders, with the apology still owed', () => {
    const { alerts } = raise('2026-01-07T09:00');
    expect(alerts).toEqual([
      {
        key: 'GIAVIEN/GIAVIEN-260105-0001/-/sap-den-han',
        unitCode: UNIT,
        dossierCode: 'GIAVIEN-260105-0001',
        rungId: 'sap-den-han',
        trigger: 'legal-due-within',
        addressees: ['GIAVIEN.giam-doc', 'GIAVIEN.pho-giam-doc'],
        text: 'Hồ sơ GIAVIEN-260105-0001 (Cấp Giấy xác nhận tình trạng hôn nhân) sắp đến hạn giải quyết theo quy định (hạn 09:00 08/01/2026). Đang ở bước "Thẩm định, xử lý chuyên môn". Chưa có văn bản xin lỗi, hẹn lại. Gửi văn bản xin lỗi, hẹn lại chậm nhất 09:00 07/01/2026.',
        raisedAt: at('2026-01-07T09:00'),
        dueAt: at('2026-01-08T09:00'),
      },
    ]);
    expect(alerts.every((alert) => alertSchema.safeParse(alert).success)).toBe(true);
  });
  it('a step past its due date: the head of the step\'s department', () => {
    const { alerts } = raise('2026-01-07T09:49', [dossier], new Set(['GIAVIEN/GIAVIEN-260105-0001/-/sap-den-han']));
    expect(alerts.map((a) => [a.key, a.addressees, a.text])).toEqual([
      ['GIAVIEN/GIAVIEN-260105-0001/xu-ly/buoc-qua-han', ['GIAVIEN.truong-phong-tu-phap'], 'Hồ sơ GIAVIEN-260105-0001 (Cấp Giấy xác nhận tình trạng hôn nhân): bước "Thẩm định, xử lý chuyên môn" đã quá hạn xử lý của bước (hạn 09:48 07/01/2026).'],
    ]);
  });
  it('the legal date missed: the chairman; a dossier jumping straight there gets every rung once', () => {
    const { alerts } = raise('2026-01-08T09:01');
    expect(alerts.map((a) => [a.rungId, a.addressees])).toEqual([
      ['buoc-qua-han', ['GIAVIEN.truong-phong-tu-phap']],
      ['sap-den-han', ['GIAVIEN.giam-doc', 'GIAVIEN.pho-giam-doc']],
      ['qua-han', ['GIAVIEN.chu-tich']],
    ]);
    expect(alerts[2]!.text).toBe('Hồ sơ GIAVIEN-260105-0001 (Cấp Giấy xác nhận tình trạng hôn nhân) đã quá hạn giải quyết theo quy định (hạn 09:00 08/01/2026). Đang ở bước "Thẩm định, xử lý chuyên môn".');
  });
  it('is idempotent: with the raised keys, a later call raises only what is new', () => {
    const first = raise('2026-01-07T09:49').alerts;
    const keys = new Set(first.map((a) => a.key));
    expect(raise('2026-01-07T09:49', [dossier], keys).alerts).toEqual([]);
    expect(raise('2026-01-08T09:01', [dossier], keys).alerts.map((a) => a.rungId)).toEqual(['qua-han']);
  });
  it('honours a unit\'s ladder: overdue by two working days before the chairman hears of it', () => {
    const config = supervisionConfigSchema.parse({ ladder: [{ id: 'qua-han-2', name: 'Quá hạn 2 ngày', trigger: { kind: 'legal-overdue', overdueWorkingDays: 2 }, notify: 'chairman' }] });
    const run = (now: string) => alertsToRaise({ dossiers: [dossier], contextOf: () => liveContext(at(now), { config }), staff, raised: new Set() }).alerts;
    expect(run('2026-01-12T08:59')).toEqual([]); // Thu 09:00 + 2 working days = Mon 12/01 09:00
    expect(run('2026-01-12T09:00').map((a) => a.rungId)).toEqual(['qua-han-2']);
  });
  it('over Tết a rung counted in working days waits for working time; one counted from the moment does not', () => {
    // One working day from Fri 13/02/2026 09:00: due Mon 23/02 09:00 (16–20/02 off).
    const beforeTet = supervised((h) => h.receive(at('2026-02-13T09:00')), { procedure: { timeLimit: { kind: 'working-days', days: 1 } }, code: 'GIAVIEN-TET' });
    const config = supervisionConfigSchema.parse({
      ladder: [
        { id: 'qua-han', name: 'Quá hạn', trigger: { kind: 'legal-overdue' }, notify: 'center_leader' },
        { id: 'qua-han-1', name: 'Quá hạn 1 ngày', trigger: { kind: 'legal-overdue', overdueWorkingDays: 1 }, notify: 'chairman' },
        { id: 'con-1-ngay', name: 'Còn 1 ngày', trigger: { kind: 'legal-due-within', remainingWorkingDays: 1 }, notify: 'center_leader' },
      ],
    });
    const run = (now: string) => alertsToRaise({ dossiers: [beforeTet], contextOf: () => liveContext(at(now), { config }), staff, raised: new Set() }).alerts.map((a) => a.rungId);
    expect(run('2026-02-13T08:59')).toEqual([]);
    expect(run('2026-02-13T09:00')).toEqual(['con-1-ngay']); // exactly one working day left, though ten calendar days
    expect(run('2026-02-23T09:01')).toEqual(['qua-han', 'con-1-ngay']);
    expect(run('2026-02-24T09:00')).toEqual(['qua-han', 'qua-han-1', 'con-1-ngay']);
    expect(run('2026-02-24T08:59')).toEqual(['qua-han', 'con-1-ngay']);
  });
  it('at the end of the working day: due Monday 17:00 reaches "one working day left" on Friday at 17:00', () => {
    const monday = supervised((h) => h.receive(at('2026-01-05T07:00')), { procedure: { timeLimit: { kind: 'working-days', days: 6 } }, code: 'GIAVIEN-EOD' });
    expect(monday.legalDueAt).toBe(at('2026-01-12T17:00'));
    const legal = (now: string) => raise(now, [monday]).alerts.filter((a) => a.stepCode === undefined).map((a) => a.rungId);
    expect(legal('2026-01-09T16:59')).toEqual([]);
    expect(legal('2026-01-09T17:00')).toEqual(['sap-den-han']);
    expect(legal('2026-01-12T17:00')).toEqual(['sap-den-han']);
    expect(legal('2026-01-12T17:01')).toEqual(['sap-den-han', 'qua-han']);
  });
  it('a paused dossier raises nothing; an ended one neither', () => {
    const waiting = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).requestSupplement(at('2026-01-06T09:00')));
    const ended = supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).ready(at('2026-01-06T09:00')));
    expect(raise('2026-01-20T09:00', [waiting, ended]).alerts).toEqual([]);
  });
});

describe('addressees', () => {
  it('a department without a head falls back to the center leaders, then the chairman', () => {
    expect(addresseesOf('department_head', UNIT, 'nong-nghiep', staff)).toEqual(['GIAVIEN.giam-doc', 'GIAVIEN.pho-giam-doc']);
    expect(addresseesOf('department_head', UNIT, undefined, staff.filter((o) => o.role !== 'center_leader'))).toEqual(['GIAVIEN.chu-tich']);
    expect(addresseesOf('chairman', UNIT, undefined, unitStaff('KHAC'))).toEqual([]);
  });
  it('a unit with nobody to notify reports the rung as unaddressed instead of raising it', () => {
    const result = raise('2026-01-07T09:00', [dossier], new Set(), unitStaff('KHAC'));
    expect(result).toEqual({ alerts: [], unaddressed: [{ key: 'GIAVIEN/GIAVIEN-260105-0001/-/sap-den-han', unitCode: UNIT, dossierCode: 'GIAVIEN-260105-0001', rungId: 'sap-den-han' }] });
  });
});

describe('acknowledgement', () => {
  const alert: Alert = raise('2026-01-07T09:00').alerts[0]!;
  const leader = staff.find((o) => o.id === 'GIAVIEN.giam-doc')!;
  const deputy = staff.find((o) => o.id === 'GIAVIEN.pho-giam-doc')!;
  it('an addressee acknowledges; the same person again changes nothing; another addressee is refused', () => {
    const first = acknowledgeAlert(alert, leader, at('2026-01-07T09:30'));
    expect(first).toEqual({ ok: true, alert: { ...alert, acknowledgedAt: at('2026-01-07T09:30'), acknowledgedBy: 'GIAVIEN.giam-doc' } });
    if (!first.ok) return;
    expect(acknowledgeAlert(first.alert, leader, at('2026-01-07T10:00'))).toEqual({ ok: true, alert: first.alert });
    expect(acknowledgeAlert(first.alert, deputy, at('2026-01-07T10:00'))).toEqual({ ok: false, reason: 'Cảnh báo đã được xác nhận (bởi GIAVIEN.giam-doc).' });
  });
  it('someone it is not addressed to, or of another unit, may not', () => {
    const chairman = staff.find((o) => o.role === 'chairman')!;
    expect(acknowledgeAlert(alert, chairman, at('2026-01-07T09:30'))).toEqual({ ok: false, reason: 'Bạn không phải người nhận cảnh báo này nên không xác nhận được.' });
    expect(acknowledgeAlert(alert, { ...leader, unitCode: 'KHAC' }, at('2026-01-07T09:30'))).toEqual({ ok: false, reason: 'Cảnh báo thuộc đơn vị khác.' });
  });
  it('lists an officer\'s alerts, those not yet acknowledged first', () => {
    const later = { ...alert, key: 'k2', raisedAt: alert.raisedAt + 10 };
    const done = { ...alert, key: 'k3', raisedAt: alert.raisedAt + 20, acknowledgedAt: alert.raisedAt + 30, acknowledgedBy: leader.id };
    expect(alertsFor(leader, [done, alert, later]).map((a) => a.key)).toEqual(['k2', alert.key, 'k3']);
    expect(alertsFor(staff.find((o) => o.role === 'chairman')!, [done, alert, later])).toEqual([]);
  });
});

describe('properties', () => {
  const context = (now: number) => ({ now, calendar: calendarContext.calendar, config: DEFAULT_SUPERVISION_CONFIG });
  it('over any run of moments every (dossier, step, rung) is raised at most once, and alert texts carry no personal data', () => {
    fc.assert(
      fc.property(dossierWithPersonalDataArb, fc.array(fc.integer({ min: 0, max: 25 * 1440 }), { minLength: 1, maxLength: 6 }), ({ personal, events, state }, offsets) => {
        const start = events.at(-1)!.at;
        const raised = new Set<string>();
        const all: Alert[] = [];
        for (const offset of [...offsets].sort((a, b) => a - b)) {
          const { alerts } = alertsToRaise({ dossiers: [state], contextOf: () => context(start + offset), staff: unitStaff(state.unitCode), raised });
          for (const alert of alerts) {
            expect(raised.has(alert.key)).toBe(false);
            raised.add(alert.key);
            all.push(alert);
          }
        }
        expect(new Set(all.map((a) => a.key)).size).toBe(all.length);
        expect(personalValuesIn(all.map((a) => a.text), personal)).toEqual([]);
        for (const alert of all) expect(alertSchema.safeParse(alert).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
