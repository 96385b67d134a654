/**
 * The demo generator at a small size: same seed → same data; every history re-decided event
 * by event against the transition table; the report figures of the folded states (KPI core
 * computeFigures) within the configured mixes; the lists alive (in progress, due soon, overdue).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../domain/calendar/local-time.ts';
import { decide } from '../../domain/dossier/decide.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import { STATUS } from '../../domain/dossier/state.ts';
import { checkTransition, type FromState } from '../../domain/dossier/transitions.ts';
import { computeFigures } from '../../domain/kpi/figures.ts';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../domain/calendar/year-schedule.ts';
import { DEFAULT_MIX, planDemo, type DemoOptions, type PlannedDossier } from './index.ts';

const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 10 * 60 + 30;
const OPTIONS: DemoOptions = { seed: 7, units: 2, from: dayNumberFromYmd(2026, 8, 1), to: dayNumberFromYmd(2026, 11, 23), now: NOW, dossiers: 2400 };
const calendar = new WorkingCalendar({ schedule: yearSchedule });

const planned: PlannedDossier[] = [...planDemo(OPTIONS).dossiers()];
const states = planned.map((d) => d.state);

function digest(dossiers: readonly PlannedDossier[]): string {
  return createHash('sha256').update(JSON.stringify(dossiers.map((d) => [d.code, d.events]))).digest('hex');
}

/** |observed − p| within 4 standard deviations of a binomial(n, p), plus two dossiers of slack. */
function expectShare(count: number, n: number, p: number, what: string): void {
  const tolerance = 4 * Math.sqrt((p * (1 - p)) / n) + 2 / n;
  const observed = count / n;
  expect(Math.abs(observed - p), `${what}: ${count}/${n} = ${observed.toFixed(4)}, configured ${p}`).toBeLessThanOrEqual(tolerance);
}

describe('demo plan', () => {
  it('plans the asked number of dossiers, coded per unit and day without gaps', () => {
    expect(planned.length).toBeGreaterThan(2300); // a few online submissions after `now` are dropped
    expect(planned.length).toBeLessThanOrEqual(2400);
    expect(new Set(planned.map((d) => d.code)).size).toBe(planned.length);
    const byDay = new Map<string, number[]>();
    for (const d of planned) {
      expect(d.code.startsWith(`${d.unitCode}-`)).toBe(true);
      const key = `${d.unitCode}|${d.codeDay}`;
      byDay.set(key, [...(byDay.get(key) ?? []), d.codeSequence]);
    }
    for (const sequences of byDay.values()) expect(sequences).toEqual(sequences.map((_, i) => i + 1));
  });

  it('gives the same data for the same seed and other data for another seed', () => {
    const again = [...planDemo(OPTIONS).dossiers()];
    expect(digest(again)).toBe(digest(planned));
    const other = [...planDemo({ ...OPTIONS, seed: 8 }).dossiers()];
    expect(digest(other)).not.toBe(digest(planned));
  });

  it('keeps a unit’s dossiers when more units are added', () => {
    const short = { ...OPTIONS, from: dayNumberFromYmd(2026, 11, 16), dossiers: undefined };
    const oneUnit = [...planDemo({ ...short, units: 1 }).dossiers()];
    const threeUnits = [...planDemo({ ...short, units: 3 }).dossiers()].filter((d) => d.unitCode === oneUnit[0]!.unitCode);
    expect(oneUnit.length).toBeGreaterThan(300);
    expect(digest(threeUnits)).toBe(digest(oneUnit));
  });

  it('sizes a ward at about 4.500 dossiers a quarter by default', () => {
    const quarter = planDemo({ seed: 1, units: 1, from: dayNumberFromYmd(2026, 7, 1), to: dayNumberFromYmd(2026, 9, 30), now: NOW });
    const volume = [...quarter.volumes.values()][0]!;
    expect(volume).toBeGreaterThan(4300);
    expect(volume).toBeLessThan(4800);
  });

  it('re-decides every event of every history against the transition table and re-folds to the planned state', () => {
    let events = 0;
    for (const dossier of planned) {
      let from: FromState = 'none';
      dossier.events.forEach((event, index) => {
        const edge = checkTransition(from, event.type, event.actor.role);
        expect(edge.ok, `${dossier.code} #${index + 1} ${event.type} from ${from}`).toBe(true);
        const decision = decide(dossier.code, dossier.events.slice(0, index), event, { calendar });
        expect(decision.ok, `${dossier.code} #${index + 1} ${event.type}: ${decision.ok ? '' : decision.reason}`).toBe(true);
        if (decision.ok) from = decision.state.status;
        events += 1;
      });
      expect(foldDossier(dossier.code, dossier.events, { calendar })).toEqual(dossier.state);
      expect(dossier.events.every((e) => e.at <= NOW)).toBe(true);
    }
    expect(events).toBeGreaterThan(planned.length * 5);
  });

  it('produces report figures within the configured mixes', () => {
    const period = { from: OPTIONS.from, to: OPTIONS.to };
    const { total } = computeFigures(states, period, { asOf: NOW });
    const newInPeriod = total.received.online + total.received.inPerson + total.received.post;
    expect(total.received.carriedOver).toBe(0);
    expectShare(total.received.online, newInPeriod, DEFAULT_MIX.online, 'online');
    expectShare(total.refusedAtReception, planned.length, DEFAULT_MIX.refusedAtReception, 'refused at reception');
    expectShare(total.withdrawn, total.received.total, DEFAULT_MIX.withdrawn, 'withdrawn');
    expectShare(total.refused, total.received.total, DEFAULT_MIX.stopped, 'stopped');
    expectShare(total.supplementRequested, total.received.total, DEFAULT_MIX.supplement, 'supplement');
    expectShare(total.paidOnline, total.withFee, DEFAULT_MIX.onlinePayment, 'online payment');
    expectShare(total.digitized, total.withResultFile, DEFAULT_MIX.digitized, 'digitization');
    expectShare(total.reused, newInPeriod, DEFAULT_MIX.reused, 'reuse');
    expectShare(total.electronicResult, total.resultRequired, DEFAULT_MIX.electronicResult, 'electronic result');
    // Overdue: the planned share of resolved dossiers, and under 1 % as in the seeds.
    const overdueShare = DEFAULT_MIX.overdue / (1 - DEFAULT_MIX.refusedAtReception - DEFAULT_MIX.withdrawn - DEFAULT_MIX.stopped);
    expectShare(total.resolved.overdue, total.resolved.total, overdueShare, 'overdue');
    expect(total.resolved.overdue / total.resolved.total).toBeLessThan(0.01);
    expect(total.withFee).toBeGreaterThan(0);
    expect(total.feesCollectedOnline).toBeGreaterThan(0);
  });

  it('leaves the lists alive: dossiers in progress, waiting, due soon, extended with an apology', () => {
    const open = states.filter((s) => s.endedAt === undefined && s.receivedAt !== undefined && s.status !== STATUS.refusedAtReception);
    expect(open.length).toBeGreaterThan(10);
    expect(open.some((s) => s.legalDueAt !== undefined && s.legalDueAt > NOW && s.legalDueAt - NOW < 3 * MINUTES_PER_DAY)).toBe(true);
    expect(states.some((s) => s.status === STATUS.submitted)).toBe(true);
    expect(states.some((s) => s.status === STATUS.processed)).toBe(true);
    expect(states.some((s) => s.extensions.length > 0)).toBe(true);
    expect(states.some((s) => s.pauses.some((p) => p.kind === 'financial'))).toBe(true);
    expect(new Set(states.map((s) => s.procedureCode)).size).toBeGreaterThan(20);
  });
});
