import { describe, expect, it } from 'vitest';
import { at, officialCalendar } from '../../../test/support/supervision-builders.ts';
import { liveBoundsOf } from './live-bounds.ts';

describe('liveBoundsOf', () => {
  // Friday 2026-01-09 10:00; the next working day is Monday 2026-01-12.
  const now = at('2026-01-09T10:00');

  it('splits the day and the next working day, and sets the apology bound by the unit’s own window', () => {
    const bounds = liveBoundsOf('GIAVIEN', {}, now, officialCalendar);
    expect(bounds).toEqual({
      unitCode: 'GIAVIEN',
      now,
      today: at('2026-01-09T00:00'),
      nextWorkingDay: at('2026-01-12T00:00'),
      afterNextWorkingDay: at('2026-01-13T00:00'),
      // Default: two working days from Friday 10:00 is Tuesday 10:00.
      apologyRisk: at('2026-01-13T10:00'),
    });
    // A unit that owes its apology from half a working day (four hours) before the date: 10:00–11:30, then 13:30–16:00.
    expect(liveBoundsOf('KIMTHANH', { supervision: { apologyRiskRemainingWorkingDays: 0.5 } }, now, officialCalendar).apologyRisk).toBe(at('2026-01-09T16:00'));
  });

  it('falls back to the default window when the unit’s settings do not parse', () => {
    const fallback = liveBoundsOf('GIAVIEN', { supervision: { apologyRiskRemainingWorkingDays: 'hai' } }, now, officialCalendar);
    expect(fallback.apologyRisk).toBe(liveBoundsOf('GIAVIEN', null, now, officialCalendar).apologyRisk);
  });
});
