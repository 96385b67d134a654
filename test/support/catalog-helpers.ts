/** Shared helpers for the catalog tests (not part of the public API). */
import { parseIsoDate } from '../../src/domain/calendar/local-time.ts';
import type { DayNumber } from '../../src/domain/calendar/local-time.ts';
import { findProcedure } from '../../src/domain/catalog/catalog.ts';
import type { Procedure } from '../../src/domain/catalog/schema.ts';

export function day(iso: string): DayNumber {
  const result = parseIsoDate(iso);
  if (result === undefined) throw new Error(`bad test date ${iso}`);
  return result;
}

/** The version of `code` in force on `iso` (default 2026-09-01); throws when there is none. */
export function procedureOn(code: string, iso = '2026-09-01'): Procedure {
  const procedure = findProcedure(code, day(iso));
  if (procedure === undefined) throw new Error(`no version of ${code} on ${iso}`);
  return procedure;
}

/**
 * The mandatory papers of `code` (its version in force on `iso`) as a reception lists them:
 * issue 14 receives a dossier that lists papers only when every mandatory one is among them
 * (or is named missing), so walks that are not about the papers hand in all of these.
 */
export function mandatoryPapers(code: string, iso = '2026-11-23'): Array<{ code: string; name: string; form: Procedure['components'][number]['form']; quantity: number }> {
  return procedureOn(code, iso)
    .components.filter((c) => !c.optional)
    .map(({ code: paper, name, form, quantity }) => ({ code: paper, name, form, quantity }));
}
