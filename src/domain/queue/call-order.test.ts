import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { callContext, callOrder, callSortKey, callTier, compareCallKeys, selectNext, type CallContext, type QueuedTicket } from './call-order.ts';
import type { CounterSession } from './counter.ts';
import { DEFAULT_QUEUE_CONFIG, queueConfigSchema } from './queue-config.ts';
import { queued, session } from '../../../test/support/queue-builders.ts';

const noneClosed: CallContext = { openCounters: [1, 2, 3], closedGroups: [], exclusiveGroups: ['cu-tru'] };
const counter1 = session(1, ['chung-thuc']);

describe('selectNext: the rule by hand', () => {
  it('takes the counter’s own groups first, then any, by priority then arrival', () => {
    const tickets = [
      queued('other-early-priority', { serviceGroup: 'kinh-te', priorityRank: 1, position: 1 }),
      queued('own-late', { position: 9 }),
      queued('own-early', { position: 5 }),
    ];
    expect(callOrder(tickets, counter1, noneClosed).map((t) => t.id)).toEqual(['own-early', 'own-late', 'other-early-priority']);
    expect(selectNext(tickets, counter1, noneClosed)?.id).toBe('own-early');
  });

  it('calls a priority ticket before earlier ordinary ones of the same group', () => {
    const tickets = [queued('ordinary', { position: 1 }), queued('elderly', { position: 7, priorityRank: 1 }), queued('disabled-rank-2', { position: 8, priorityRank: 2 })];
    expect(callOrder(tickets, counter1, noneClosed).map((t) => t.id)).toEqual(['disabled-rank-2', 'elderly', 'ordinary']);
  });

  it('calls a ticket transferred to this counter before everything else', () => {
    const tickets = [queued('own-priority', { priorityRank: 1, position: 1 }), queued('reserved', { serviceGroup: 'kinh-te', targetCounter: 1, position: 30 })];
    expect(selectNext(tickets, counter1, noneClosed)?.id).toBe('reserved');
  });

  it('leaves a ticket reserved for another open counter to it, but takes it back when that counter is closed', () => {
    const tickets = [queued('for-counter-2', { targetCounter: 2 })];
    expect(selectNext(tickets, counter1, noneClosed)).toBeUndefined();
    expect(selectNext(tickets, counter1, { ...noneClosed, openCounters: [1, 3] })?.id).toBe('for-counter-2');
  });

  it('never calls closed groups, nor exclusive groups it does not list, nor other groups when it takes none', () => {
    const tickets = [queued('closed', { serviceGroup: 'kinh-te' }), queued('police', { serviceGroup: 'cu-tru' })];
    expect(selectNext(tickets, counter1, { ...noneClosed, closedGroups: ['kinh-te'] })).toBeUndefined();
    expect(selectNext([queued('x', { serviceGroup: 'kinh-te' })], session(1, ['chung-thuc'], { takesOtherGroups: false }), noneClosed)).toBeUndefined();
    expect(selectNext(tickets, session(5, ['cu-tru'], { takesOtherGroups: false }), noneClosed)?.id).toBe('police');
  });

  it('skips tickets that are not waiting', () => {
    const tickets = [queued('called', { status: 'called', position: 1 }), queued('missed', { status: 'missed', position: 2 }), queued('waiting', { position: 3 })];
    expect(selectNext(tickets, counter1, noneClosed)?.id).toBe('waiting');
  });

  it('builds the context from the configuration and the open counters', () => {
    const config = queueConfigSchema.parse({ ...DEFAULT_QUEUE_CONFIG, serviceGroups: DEFAULT_QUEUE_CONFIG.serviceGroups.map((g) => (g.code === 'tra-ket-qua' ? { ...g, active: false } : g)) });
    expect(callContext(config, [session(2, ['tu-phap-ho-tich']), session(5, ['cu-tru'])])).toEqual({ openCounters: [2, 5], closedGroups: ['tra-ket-qua'], exclusiveGroups: ['cu-tru'] });
  });

  it('expresses the order as a sort key of plain columns: [tier, −priority, position, id]', () => {
    expect(callSortKey(queued('a', { priorityRank: 2, position: 17 }), counter1, noneClosed)).toEqual([1, -2, 17, 'a']);
    expect(callSortKey(queued('b', { serviceGroup: 'kinh-te', position: 3 }), counter1, noneClosed)).toEqual([2, 0, 3, 'b']);
    expect(callSortKey(queued('c', { targetCounter: 1, position: 3 }), counter1, noneClosed)).toEqual([0, 0, 3, 'c']);
    expect(callSortKey(queued('d', { status: 'served' }), counter1, noneClosed)).toBeUndefined();
  });
});

// ─── Properties ───────────────────────────────────────────────────────────────────────────────

const GROUPS = ['g1', 'g2', 'g3', 'g4'];
const COUNTERS = [1, 2, 3, 4];
const ticketArb = (id: number): fc.Arbitrary<QueuedTicket> =>
  fc.record({
    status: fc.constantFrom('waiting', 'waiting', 'waiting', 'called', 'missed', 'served'),
    serviceGroup: fc.constantFrom(...GROUPS),
    priorityRank: fc.constantFrom(0, 0, 0, 1, 2),
    targetCounter: fc.option(fc.constantFrom(...COUNTERS), { nil: undefined, freq: 4 }),
  }).map((fields) => {
    const ticket: QueuedTicket = { id: `t${String(id).padStart(3, '0')}`, status: fields.status, serviceGroup: fields.serviceGroup, priorityRank: fields.priorityRank, position: id + 1 };
    if (fields.targetCounter !== undefined) ticket.targetCounter = fields.targetCounter;
    return ticket;
  });
const ticketsArb = fc.integer({ min: 0, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ticketArb(i))));
const sessionArb: fc.Arbitrary<CounterSession> = fc.record({
  counter: fc.constantFrom(...COUNTERS),
  officerId: fc.constant('can-bo'),
  groups: fc.subarray(GROUPS, { minLength: 1 }),
  takesOtherGroups: fc.boolean(),
});
const contextArb: fc.Arbitrary<CallContext> = fc.record({
  openCounters: fc.subarray(COUNTERS),
  closedGroups: fc.subarray(GROUPS, { maxLength: 2 }),
  exclusiveGroups: fc.subarray(GROUPS, { maxLength: 2 }),
});
const scenario = fc.tuple(ticketsArb, sessionArb, contextArb).map(([tickets, s, context]) => ({
  tickets,
  session: s,
  context: { ...context, openCounters: [...new Set([...context.openCounters, s.counter])] },
}));

describe('selectNext: properties', () => {
  it('never picks a ticket of a closed group unless it was transferred to this very counter', () => {
    fc.assert(
      fc.property(scenario, ({ tickets, session: s, context }) => {
        const pick = selectNext(tickets, s, context);
        if (pick && context.closedGroups.includes(pick.serviceGroup)) expect(pick.targetCounter).toBe(s.counter);
      }),
    );
  });

  it('never picks a ticket that is not waiting, reserved for another open counter, or exclusive to other counters', () => {
    fc.assert(
      fc.property(scenario, ({ tickets, session: s, context }) => {
        const pick = selectNext(tickets, s, context);
        if (!pick) return;
        expect(pick.status).toBe('waiting');
        if (pick.targetCounter !== undefined && pick.targetCounter !== s.counter) expect(context.openCounters).not.toContain(pick.targetCounter);
        if (pick.targetCounter !== s.counter && !s.groups.includes(pick.serviceGroup)) {
          expect(s.takesOtherGroups).toBe(true);
          expect(context.exclusiveGroups).not.toContain(pick.serviceGroup);
        }
      }),
    );
  });

  it('finds something whenever something is eligible, and agrees with the first of the sorted key', () => {
    fc.assert(
      fc.property(scenario, ({ tickets, session: s, context }) => {
        const eligible = tickets.filter((t) => callTier(t, s, context) !== undefined);
        const pick = selectNext(tickets, s, context);
        expect(pick === undefined).toBe(eligible.length === 0);
        const sorted = eligible.map((t) => ({ t, key: callSortKey(t, s, context)! })).sort((a, b) => compareCallKeys(a.key, b.key));
        expect(pick?.id).toBe(sorted[0]?.t.id);
      }),
    );
  });

  it('is a total order that does not depend on the order of the input', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ tickets, session: s, context }, seed) => {
        const shuffled = [...tickets].sort((a, b) => ((a.position * 7919 + seed) % 97) - ((b.position * 7919 + seed) % 97));
        expect(callOrder(shuffled, s, context).map((t) => t.id)).toEqual(callOrder(tickets, s, context).map((t) => t.id));
        const keys = callOrder(tickets, s, context).map((t) => callSortKey(t, s, context)!);
        for (let i = 1; i < keys.length; i++) expect(compareCallKeys(keys[i - 1]!, keys[i]!)).toBeLessThan(0);
      }),
    );
  });

  it('never lets a higher priority wait behind a lower one of the same group and tier, nor a later arrival pass an earlier one of equal priority', () => {
    fc.assert(
      fc.property(scenario, ({ tickets, session: s, context }) => {
        const order = callOrder(tickets, s, context);
        order.forEach((earlier, i) =>
          order.slice(i + 1).forEach((later) => {
            if (earlier.serviceGroup !== later.serviceGroup || callTier(earlier, s, context) !== callTier(later, s, context)) return;
            expect(earlier.priorityRank).toBeGreaterThanOrEqual(later.priorityRank);
            if (earlier.priorityRank === later.priorityRank) expect(earlier.position).toBeLessThan(later.position);
          }),
        );
      }),
    );
  });

  it('calls its own groups before any other group', () => {
    fc.assert(
      fc.property(scenario, ({ tickets, session: s, context }) => {
        const pick = selectNext(tickets, s, context);
        const ownEligible = tickets.some((t) => callTier(t, s, context) === 1);
        if (pick && ownEligible && pick.targetCounter !== s.counter) expect(s.groups).toContain(pick.serviceGroup);
      }),
    );
  });

  it('drains the queue: counters taking turns call every eligible ticket exactly once, none twice, none lost', () => {
    const sessionsArb = fc.uniqueArray(sessionArb, { minLength: 1, maxLength: 4, selector: (s) => s.counter });
    fc.assert(
      fc.property(ticketsArb, sessionsArb, fc.subarray(GROUPS, { maxLength: 1 }), (tickets, sessions, exclusive) => {
        const context: CallContext = { openCounters: sessions.map((s) => s.counter), closedGroups: [], exclusiveGroups: exclusive };
        const state = new Map(tickets.map((t) => [t.id, { ...t }]));
        const callable = (t: QueuedTicket) => sessions.some((s) => callTier(t, s, context) !== undefined);
        const expected = tickets.filter(callable).map((t) => t.id).sort();
        const calledIds: string[] = [];
        for (let turn = 0; turn < tickets.length * sessions.length + 1; turn++) {
          const s = sessions[turn % sessions.length]!;
          const pick = selectNext([...state.values()], s, context);
          if (!pick) continue;
          calledIds.push(pick.id);
          state.set(pick.id, { ...pick, status: 'called' });
        }
        expect(calledIds.length).toBe(new Set(calledIds).size);
        expect([...calledIds].sort()).toEqual(expected);
      }),
    );
  });
});
