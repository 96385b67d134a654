/**
 * Issue 14, item 10: demo histories are step-level — holders, reassignments, work done on behalf,
 * send-backs, a paper result's reference, the collector at the desk — and every event an officer
 * takes passes the turn table when re-decided with that officer.
 */
import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../domain/calendar/local-time.ts';
import { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../domain/calendar/year-schedule.ts';
import { decide } from '../../domain/dossier/decide.ts';
import { allOfficers, planCity, planDemo, type DemoOptions } from './index.ts';

const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 10 * 60 + 30;
const OPTIONS: DemoOptions = { seed: 11, units: 2, from: dayNumberFromYmd(2026, 9, 1), to: dayNumberFromYmd(2026, 11, 23), now: NOW, dossiers: 1500 };
const calendar = new WorkingCalendar({ schedule: yearSchedule });
const planned = [...planDemo(OPTIONS).dossiers()];
const officers = new Map(allOfficers(planCity(OPTIONS.seed, OPTIONS.units)).map((o) => [o.id, o]));

describe('step-level demo histories', () => {
  it('holds reassignments, work on behalf, send-backs, result references and collectors', () => {
    const events = planned.flatMap((d) => d.events);
    const count = (predicate: (e: (typeof events)[number]) => boolean) => events.filter(predicate).length;
    expect(count((e) => e.type === 'step_assigned')).toBeGreaterThan(10);
    expect(count((e) => e.type === 'step_returned')).toBeGreaterThan(5);
    expect(count((e) => e.type === 'step_completed' && e.onBehalfOf !== undefined)).toBeGreaterThan(3);
    expect(count((e) => e.type === 'result_ready' && e.resultReference !== undefined)).toBeGreaterThan(10);
    expect(count((e) => e.type === 'result_returned' && e.method === 'desk' && e.collectedBy !== undefined)).toBe(count((e) => e.type === 'result_returned' && e.method === 'desk'));
    expect(count((e) => e.type === 'result_returned' && e.collectedBy?.kind === 'authorised')).toBeGreaterThan(0);
    // A send-back leaves its mark on the folded steps.
    expect(planned.some((d) => d.state.stepReturns > 0)).toBe(true);
  });

  it('passes the turn table: every officer’s event re-decided with that officer', () => {
    let checked = 0;
    for (const dossier of planned) {
      dossier.events.forEach((event, index) => {
        const officer = officers.get(event.actor.id);
        if (!officer) return;
        const decision = decide(dossier.code, dossier.events.slice(0, index), event, { calendar, officer });
        expect(decision.ok, `${dossier.code} #${index + 1} ${event.type}: ${decision.ok ? '' : decision.reason}`).toBe(true);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(planned.length * 3);
  });
});
