import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_QUEUE_CONFIG } from './queue-config.ts';
import { describeWait, estimateWait, type WaitEstimateInput } from './wait-estimate.ts';
import { queued, session } from '../../../test/support/queue-builders.ts';

const config = DEFAULT_QUEUE_CONFIG;
const base: WaitEstimateInput = {
  ticket: { serviceGroup: 'tu-phap-ho-tich', priorityRank: 0, position: 20 },
  tickets: [],
  recentServiceMinutes: [],
  openCounters: [session(2, ['tu-phap-ho-tich'])],
  config,
};

describe('estimateWait', () => {
  it('multiplies the tickets ahead by the median service time and divides by the counters', () => {
    const tickets = [
      queued('a', { serviceGroup: 'tu-phap-ho-tich', position: 3 }), // ahead
      queued('b', { serviceGroup: 'tu-phap-ho-tich', position: 25, priorityRank: 1 }), // later but priority: ahead
      queued('c', { serviceGroup: 'tu-phap-ho-tich', position: 30 }), // behind
      queued('d', { serviceGroup: 'chung-thuc', position: 1 }), // other group
      queued('e', { serviceGroup: 'tu-phap-ho-tich', position: 4, status: 'called' }), // already at a counter
    ];
    // 7 samples ≥ 5: median by nearest rank of [4, 6, 8, 9, 12, 15, 30] = 9.
    const estimate = estimateWait({ ...base, tickets, recentServiceMinutes: [9, 12, 4, 30, 6, 8, 15], openCounters: [session(2, ['tu-phap-ho-tich']), session(4, ['tu-phap-ho-tich', 'van-hoa-xa-hoi'])] });
    expect(estimate).toEqual({ ticketsAhead: 2, serviceMinutes: 9, serviceMinutesBasis: 'recent', counters: 2, minutes: 9 }); // ⌈2 × 9 / 2⌉
  });

  it('uses the group’s expected service time until enough tickets were served, and only the last K', () => {
    const tickets = [queued('a', { serviceGroup: 'tu-phap-ho-tich', position: 1 })];
    expect(estimateWait({ ...base, tickets, recentServiceMinutes: [3, 3, 3, 3] })).toMatchObject({ serviceMinutes: 10, serviceMinutesBasis: 'default', minutes: 10 });
    const lastTwentyAreFast = [...Array.from({ length: 20 }, () => 2), ...Array.from({ length: 30 }, () => 60)];
    expect(estimateWait({ ...base, tickets, recentServiceMinutes: lastTwentyAreFast })).toMatchObject({ serviceMinutes: 2, minutes: 2 });
  });

  it('counts counters that take other groups when none lists the group, except for exclusive groups', () => {
    const others = [session(1, ['chung-thuc']), session(3, ['kinh-te'], { takesOtherGroups: false })];
    expect(estimateWait({ ...base, openCounters: others })).toMatchObject({ counters: 1, minutes: 0 });
    expect(estimateWait({ ...base, ticket: { ...base.ticket, serviceGroup: 'cu-tru' }, openCounters: others })).toMatchObject({ counters: 0, minutes: null });
  });

  it('does not count the ticket itself', () => {
    const me = queued('me', { serviceGroup: 'tu-phap-ho-tich', position: 20 });
    expect(estimateWait({ ...base, ticket: me, tickets: [me] }).ticketsAhead).toBe(0);
  });

  it('never estimates a later arrival of the same priority shorter than an earlier one', () => {
    const ticketArb = fc.record({ position: fc.integer({ min: 1, max: 200 }), priorityRank: fc.constantFrom(0, 0, 1, 2) });
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 40 }), ticketArb, fc.integer({ min: 1, max: 50 }), (others, mine, later) => {
        const tickets = others.map((t, i) => queued(`t${i}`, { serviceGroup: 'tu-phap-ho-tich', ...t }));
        const first = estimateWait({ ...base, tickets, ticket: { serviceGroup: 'tu-phap-ho-tich', ...mine } });
        const second = estimateWait({ ...base, tickets, ticket: { serviceGroup: 'tu-phap-ho-tich', ...mine, position: mine.position + later } });
        expect(second.minutes!).toBeGreaterThanOrEqual(first.minutes!);
      }),
    );
  });
});

describe('describeWait', () => {
  it('rounds up to five minutes and says hours', () => {
    expect(describeWait(0)).toBe('Sắp đến lượt');
    expect(describeWait(4)).toBe('Sắp đến lượt');
    expect(describeWait(5)).toBe('Khoảng 5 phút');
    expect(describeWait(21)).toBe('Khoảng 25 phút');
    expect(describeWait(60)).toBe('Khoảng 1 giờ');
    expect(describeWait(71)).toBe('Khoảng 1 giờ 15 phút');
    expect(describeWait(null)).toBe('Chưa ước tính được (chưa có quầy phục vụ nhóm này)');
  });
});
