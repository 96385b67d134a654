import { describe, expect, it } from 'vitest';
import { computeQueueFigures, queueSummary, ticketHandler, type QueueFigures } from './queue-figures.ts';
import type { TicketState } from './ticket.ts';
import { dayAt, daysFrom, dossierCode, minuteAt, QUEUE_ACTORS, TicketBuilder, UNIT } from '../../../test/support/queue-builders.ts';

const { officerB, officerC, citizen } = QUEUE_ACTORS;
const m2 = (clock: string) => minuteAt(`2026-03-02T${clock}`);
const m3 = (clock: string) => minuteAt(`2026-03-03T${clock}`);
const d2 = dayAt('2026-03-02');

// A hand-written population. Each comment says where the ticket counts and with which minutes.
const population: TicketState[] = [
  // T1 chứng thực, 07h: served with a dossier at counter 1 by A; wait 4 (07:30→07:34), service 5.
  new TicketBuilder('T1').issue(m2('07:30'), { number: 1001, position: 1 }).call(m2('07:34'), 1).start(m2('07:35')).serve(m2('07:40'), [dossierCode(d2, 1)]).state(),
  // T2 chứng thực, 07h: guidance only at counter 1 by A; wait 10, service 3.
  new TicketBuilder('T2').issue(m2('07:45'), { number: 1002, position: 2 }).call(m2('07:55'), 1).start(m2('07:56')).serve(m2('07:59')).state(),
  // T3 hộ tịch, elderly priority, 08h: dossier at counter 2 by B; wait 2, service 20.
  new TicketBuilder('T3').issue(m2('08:00'), { group: 'tu-phap-ho-tich', priority: 'nguoi-cao-tuoi', number: 2001, position: 3 }).call(m2('08:02'), 2, officerB).start(m2('08:03'), officerB).serve(m2('08:23'), [dossierCode(d2, 2)], officerB).state(),
  // T4 hộ tịch, 08h: called by B at counter 2, recalled twice, no-show; wait 30, no service.
  new TicketBuilder('T4').issue(m2('08:10'), { group: 'tu-phap-ho-tich', number: 2002, position: 4 }).call(m2('08:40'), 2, officerB).recall(m2('08:41'), officerB).recall(m2('08:42'), officerB).noShow(m2('08:43'), officerB).state(),
  // T5 hộ tịch, 08h: no-show, rejoined, served with a dossier by B → served, not a no-show; wait 25 (first call), service 14.
  new TicketBuilder('T5')
    .issue(m2('08:20'), { group: 'tu-phap-ho-tich', number: 2003, position: 5 })
    .call(m2('08:45'), 2, officerB).recall(m2('08:46'), officerB).recall(m2('08:47'), officerB).noShow(m2('08:48'), officerB)
    .rejoin(m2('09:30'), 40, citizen)
    .call(m2('09:50'), 2, officerB).start(m2('09:51'), officerB).serve(m2('10:05'), [dossierCode(d2, 3)], officerB)
    .state(),
  // T6 kinh tế, 09h: called by A at counter 1 (another group), 4 minutes there, transferred to counter 3,
  // served there by C with a dossier → counter 3, officer C, group kinh-te; wait 15, service 4 + 30 = 34.
  new TicketBuilder('T6')
    .issue(m2('09:05'), { group: 'kinh-te', number: 3001, position: 6 })
    .call(m2('09:20'), 1).start(m2('09:21')).transfer(m2('09:25'), { toCounter: 3 })
    .call(m2('09:40'), 3, officerC).start(m2('09:41'), officerC).serve(m2('10:11'), [dossierCode(d2, 4)], officerC)
    .state(),
  // T7 chứng thực, 09h: the citizen left before being called → cancelled, no counter, no officer.
  new TicketBuilder('T7').issue(m2('09:10'), { number: 1003, position: 7 }).cancel(m2('09:30'), 'citizen_left', citizen).state(),
  // T8 văn hóa - xã hội, next day 13h: guidance at counter 4 by A; wait 15, service 24.
  new TicketBuilder('T8').issue(m3('13:40'), { group: 'van-hoa-xa-hoi', number: 4001, position: 9 }).call(m3('13:55'), 4).start(m3('13:56')).serve(m3('14:20')).state(),
  // T9 văn hóa - xã hội, 16h: still waiting when the snapshot was taken → open.
  new TicketBuilder('T9').issue(m3('16:50'), { group: 'van-hoa-xa-hoi', number: 4002, position: 10 }).state(),
  // T10 trả kết quả, 10h: guidance at counter 6 by B; wait 1, service 2.
  new TicketBuilder('T10').issue(m3('10:00'), { group: 'tra-ket-qua', number: 6001, position: 8 }).call(m3('10:01'), 6, officerB).start(m3('10:02'), officerB).serve(m3('10:04'), [], officerB).state(),
  // Outside: issued on 1 April (another period) and at another unit.
  new TicketBuilder('T11').issue(minuteAt('2026-04-01T08:00')).call(minuteAt('2026-04-01T08:01'), 1).start(minuteAt('2026-04-01T08:01')).serve(minuteAt('2026-04-01T08:05')).state(),
  new TicketBuilder('T12').issue(m2('08:00'), { unitCode: 'OTHER-UNIT' }).state(),
];

const march = daysFrom('2026-03-01', '2026-03-31');
const report = computeQueueFigures(population, march, { unitCode: UNIT });

const counts = (f: QueueFigures | undefined) => f && [f.tickets, f.served, f.withDossier, f.guidanceOnly, f.noShow, f.cancelled, f.open];

describe('computeQueueFigures on a hand-computed population', () => {
  it('totals: 10 tickets (T1–T10), 7 served (4 with a dossier, 3 guidance), 1 no-show, 1 cancelled, 1 open', () => {
    expect(counts(report.total)).toEqual([10, 7, 4, 3, 1, 1, 1]);
  });

  it('wait minutes over the 8 called tickets: 1, 2, 4, 10, 15, 15, 25, 30 → median 10 (4th), p90 30 (8th)', () => {
    expect(report.total.waitMinutes).toEqual({ count: 8, median: 10, p90: 30 });
  });

  it('service minutes over the 7 served tickets: 2, 3, 5, 14, 20, 24, 34 → median 14 (4th), p90 34 (7th)', () => {
    expect(report.total.serviceMinutes).toEqual({ count: 7, median: 14, p90: 34 });
  });

  it('by hour of issue', () => {
    expect(Object.keys(report.byHour)).toEqual(['7', '8', '9', '10', '13', '16']);
    expect(counts(report.byHour['7'])).toEqual([2, 2, 1, 1, 0, 0, 0]);
    expect(report.byHour['7']!.waitMinutes).toEqual({ count: 2, median: 4, p90: 10 });
    expect(report.byHour['7']!.serviceMinutes).toEqual({ count: 2, median: 3, p90: 5 });
    expect(counts(report.byHour['8'])).toEqual([3, 2, 2, 0, 1, 0, 0]);
    expect(report.byHour['8']!.waitMinutes).toEqual({ count: 3, median: 25, p90: 30 }); // 2, 25, 30
    expect(counts(report.byHour['9'])).toEqual([2, 1, 1, 0, 0, 1, 0]);
    expect(counts(report.byHour['16'])).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('by the group chosen at the kiosk (T6 stays in kinh-te, where it was issued)', () => {
    expect(Object.fromEntries(Object.entries(report.byServiceGroup).map(([key, f]) => [key, counts(f)]))).toEqual({
      'chung-thuc': [3, 2, 1, 1, 0, 1, 0],
      'kinh-te': [1, 1, 1, 0, 0, 0, 0],
      'tra-ket-qua': [1, 1, 0, 1, 0, 0, 0],
      'tu-phap-ho-tich': [3, 2, 2, 0, 1, 0, 0],
      'van-hoa-xa-hoi': [2, 1, 0, 1, 0, 0, 1],
    });
  });

  it('by the counter and officer who served (else who called last); never-called tickets apart', () => {
    expect(Object.fromEntries(Object.entries(report.byCounter).map(([key, f]) => [key, f.tickets]))).toEqual({ '1': 2, '2': 3, '3': 1, '4': 1, '6': 1, '(Chưa xác định)': 2 });
    expect(Object.fromEntries(Object.entries(report.byOfficer).map(([key, f]) => [key, f.tickets]))).toEqual({ 'can-bo-a': 3, 'can-bo-b': 4, 'can-bo-c': 1, '(Chưa xác định)': 2 });
    expect(report.byOfficer['can-bo-b']!.noShow).toBe(1);
    expect(ticketHandler(population[5]!)).toEqual({ counter: 3, officerId: 'can-bo-c' });
    expect(ticketHandler(population[3]!)).toEqual({ counter: 2, officerId: 'can-bo-b' });
  });

  it('gives the report JSON its queue object', () => {
    expect(queueSummary(report.total)).toEqual({ tickets: 10, served: 7, noShow: 1, waitMinutes: { median: 10, p90: 30 } });
  });

  it('takes every unit when none is asked for, and nothing outside the period', () => {
    expect(computeQueueFigures(population, march).total.tickets).toBe(11);
    expect(computeQueueFigures(population, daysFrom('2026-04-01', '2026-04-30')).total).toMatchObject({ tickets: 1, served: 1, waitMinutes: { median: 1 } });
    expect(computeQueueFigures([], march).total).toMatchObject({ tickets: 0, waitMinutes: { count: 0, median: null, p90: null } });
  });
});
