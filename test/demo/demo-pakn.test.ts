/**
 * Demo PAKN (issue 19): every unit gets PAKN, some past their clock, some about its officers,
 * some forwarded, some published — each history admitted by decidePakn when written.
 */
import { expect, it } from 'vitest';
import { dayNumberFromYmd, MINUTES_PER_DAY } from '../../src/domain/calendar/local-time.ts';
import { generateDemo, type DemoOptions } from '../../src/features/demo/index.ts';
import { pakn } from '../../src/platform/db/schema.ts';
import { forEachDriver } from '../support/db.ts';
import { temporaryFileStore } from '../support/temporary-file-store.ts';
import type { PaknState } from '../../src/domain/pakn/state.ts';

const NOW = dayNumberFromYmd(2026, 11, 23) * MINUTES_PER_DAY + 16 * 60;
const OPTIONS: DemoOptions = { seed: 11, units: 2, from: dayNumberFromYmd(2026, 11, 2), to: dayNumberFromYmd(2026, 11, 23), now: NOW, dossiers: 40 };

forEachDriver('demo PAKN', (getDb) => {
  const fileStore = temporaryFileStore();
  it('gives each unit PAKN late, about officers, forwarded and published', async () => {
    const { db } = getDb();
    const { plan } = await generateDemo(db, OPTIONS, { batchSize: 50, fileStore });
    const states = (await db.select({ state: pakn.state }).from(pakn)).map((row) => row.state as PaknState);
    const units = plan.city.units.map((u) => u.code);
    expect(units.length).toBe(2);
    for (const unit of units) {
      const own = states.filter((s) => s.unitCode === unit);
      expect(own.length, unit).toBe(6);
      expect(own.some((s) => s.concerns.officerId !== undefined && s.class === 'officer_conduct'), unit).toBe(true);
      expect(own.some((s) => s.status === 'forwarded'), unit).toBe(true);
      expect(own.some((s) => s.status === 'published'), unit).toBe(true);
      // Late: resolved past its clock, or still open past it at the data set's "now".
      expect(own.some((s) => s.onTime.resolve === false), unit).toBe(true);
      expect(own.some((s) => s.endedAt === undefined && s.dueAt !== undefined && s.dueAt < NOW && !s.paused), unit).toBe(true);
      expect(own.some((s) => s.paused), unit).toBe(true);
    }
  }, 120_000);
});
