/**
 * Fidelity through histories: the seed reports' counts rebuilt as real event histories,
 * each event admitted by decide() (transition table and roles), folded on the official
 * 2025–2026 working calendar, give exactly the figures the centres printed.
 */
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { decide } from '../dossier/decide.ts';
import { foldDossier } from '../dossier/fold.ts';
import { STATUS } from '../dossier/state.ts';
import { computeFigures } from './figures.ts';
import { buildSeedHistories } from '../../../test/support/seed-histories.ts';
import { SEED_PRINTING, type SeedKey } from '../../../test/support/seed-printing.ts';
import { SEED_POPULATIONS } from '../../../test/support/kpi-builders.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });

describe.each(Object.keys(SEED_POPULATIONS) as SeedKey[])('seed %s rebuilt from event histories', (key) => {
  const seed = SEED_POPULATIONS[key];
  const histories = buildSeedHistories(seed, calendar);
  const states = histories.map((history) => foldDossier(history.code, history.events, { calendar }));

  it('admits every event through decide() (transition table, roles, rules)', () => {
    const refusals: string[] = [];
    for (const history of histories) {
      history.events.forEach((event, index) => {
        const decision = decide(history.code, history.events.slice(0, index), event, { calendar });
        if (!decision.ok) refusals.push(`${history.code} #${index} ${event.type}: ${decision.reason}`);
      });
    }
    expect(refusals.slice(0, 5)).toEqual([]);
  });

  it('gives unique dossier codes', () => {
    expect(new Set(histories.map((history) => history.code)).size).toBe(histories.length);
  });

  it('prints exactly the figures of the seed report', () => {
    expect(SEED_PRINTING[key](states, seed.spec)).toEqual(seed.printed);
  });

  it('puts each dossier where its group says (timing from the computed due dates)', () => {
    const { total } = computeFigures(states, seed.spec.period, { asOf: seed.spec.asOf });
    const count = (outcome: string) => histories.filter((history) => history.outcome === outcome).length;
    expect(total.resolved).toMatchObject({ early: count('early'), onTime: count('onTime'), overdue: count('overdue') });
    expect(total.inProgress.overdue).toBe(count('inProgressOverdue'));
    expect(states.filter((state) => state.status === STATUS.supplementRequested)).toHaveLength(count('waitingSupplement'));
  });
});
