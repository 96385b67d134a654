/**
 * Builders for the supervision core's tests (and, later, its store and board tests): dossiers
 * folded from real histories on the official calendar, the staff of a unit, and live contexts.
 *   supervised((h) => h.receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')))
 */
import type { LocalMinute } from '../../src/domain/calendar/local-time.ts';
import { minuteAt } from './kpi-builders.ts';
import { WorkingCalendar } from '../../src/domain/calendar/working-calendar.ts';
import { yearSchedule } from '../../src/domain/calendar/year-schedule.ts';
import type { ProcedureSnapshot } from '../../src/domain/dossier/events.ts';
import { foldDossier } from '../../src/domain/dossier/fold.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { HistoryBuilder, buildProcedureSnapshot } from './dossier-builders.ts';
import type { Officer } from '../../src/domain/policy/turns.ts';
import { DEFAULT_SUPERVISION_CONFIG, type SupervisionConfig } from '../../src/domain/supervision/config.ts';
import type { LiveContext } from '../../src/domain/supervision/warnings.ts';

/** The official calendar (holidays, Tết, compensatory days) with the default hours. */
export const officialCalendar = new WorkingCalendar({ schedule: yearSchedule });

/** `2026-01-05T09:00` → LocalMinute; throws on a malformed time so tests fail loudly. */
export const at = minuteAt;

export const UNIT = 'GIAVIEN';
let sequence = 0;

export interface SupervisedOptions {
  unitCode?: string;
  procedure?: Partial<ProcedureSnapshot>;
  code?: string;
  calendar?: WorkingCalendar;
}

/** A dossier folded from the history `build` writes (3 working days, default steps unless overridden). */
export function supervised(build: (history: HistoryBuilder) => HistoryBuilder, options: SupervisedOptions = {}): DossierState {
  sequence += 1;
  const unitCode = options.unitCode ?? UNIT;
  const history = build(new HistoryBuilder(unitCode, buildProcedureSnapshot(options.procedure ?? {})));
  const code = options.code ?? `${unitCode}-260105-${String(sequence).padStart(4, '0')}`;
  return foldDossier(code, history.build(), { calendar: options.calendar ?? officialCalendar });
}

/** Received at `receivedAt` and forwarded an hour later to `tu-phap`, held by `chuyen-vien`. */
export function inProcessing(receivedAt: LocalMinute, options: SupervisedOptions & { assigneeId?: string | null; department?: string } = {}): DossierState {
  return supervised((h) => h.receive(receivedAt).forward(receivedAt + 60, options.department ?? 'tu-phap', options.assigneeId === undefined ? 'chuyen-vien' : options.assigneeId), options);
}

export function liveContext(now: LocalMinute, overrides: { config?: SupervisionConfig; calendar?: WorkingCalendar } = {}): LiveContext {
  return { now, calendar: overrides.calendar ?? officialCalendar, config: overrides.config ?? DEFAULT_SUPERVISION_CONFIG };
}

/** The staff of a unit: one of each role, two department heads (tu-phap, kinh-te), two center leaders. */
export function unitStaff(unitCode = UNIT): Officer[] {
  return [
    { id: `${unitCode}.mot-cua`, role: 'counter_officer', unitCode },
    { id: 'chuyen-vien', role: 'specialist', unitCode, departmentCode: 'tu-phap' },
    { id: `${unitCode}.truong-phong-tu-phap`, role: 'department_head', unitCode, departmentCode: 'tu-phap' },
    { id: `${unitCode}.truong-phong-kinh-te`, role: 'department_head', unitCode, departmentCode: 'kinh-te' },
    { id: `${unitCode}.giam-doc`, role: 'center_leader', unitCode },
    { id: `${unitCode}.pho-giam-doc`, role: 'center_leader', unitCode },
    { id: `${unitCode}.chu-tich`, role: 'chairman', unitCode },
  ];
}
