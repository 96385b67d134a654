import { describe, expect, it } from 'vitest';
import { TERMINAL_STATUSES, TRANSITIONS, allowedEvents, checkTransition, type FromState } from './transitions.ts';
import { DOSSIER_EVENT_TYPES, type DossierEvent, type DossierEventInput, type DossierEventType } from './events.ts';
import { STATUS, STATUS_NAMES, type DossierState, type StatusCode } from './state.ts';
import { STAFF_ROLES, type Role } from './roles.ts';
import { decide } from './decide.ts';
import { HistoryBuilder, buildProcedureSnapshot } from '../../../test/support/dossier-builders.ts';
import { CAST, OFFICERS, UNIT, payloadFor } from '../../../test/support/dossier-walks.ts';
import { allowedActions } from '../policy/turns.ts';
import { SAME_DAY_STEPS } from '../catalog/define.ts';
import { DEFAULT_STEPS, REVIEWED_STEPS } from '../deadline/types.ts';
import { stepActs } from '../deadline/steps.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ALL_STATUSES = Object.values(STATUS) as StatusCode[];
const ALL_ROLES: Role[] = [...STAFF_ROLES, 'citizen', 'system'];

describe('transition table', () => {
  it('has exactly one row per event of the vocabulary', () => {
    expect(TRANSITIONS.map((t) => t.event).sort()).toEqual([...DOSSIER_EVENT_TYPES].sort());
  });

  it('reaches every status from an empty history', () => {
    const reached = new Set<FromState>(['none']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        for (const from of t.from) {
          if (!reached.has(from) || typeof t.to !== 'number' || reached.has(t.to)) continue;
          reached.add(t.to);
          grew = true;
        }
      }
    }
    for (const status of ALL_STATUSES) expect(reached.has(status), STATUS_NAMES[status]).toBe(true);
  });

  it('gives terminal statuses no exits and every other status at least one', () => {
    for (const status of ALL_STATUSES) {
      const exits = TRANSITIONS.filter((t) => t.from.includes(status));
      if (TERMINAL_STATUSES.includes(status)) expect(exits, STATUS_NAMES[status]).toHaveLength(0);
      else expect(exits.length, STATUS_NAMES[status]).toBeGreaterThan(0);
    }
  });

  it('gives every action at least one role and a basis', () => {
    for (const t of TRANSITIONS) {
      expect(t.roles.length, t.event).toBeGreaterThan(0);
      expect(t.basis.length, t.event).toBeGreaterThan(5);
    }
  });

  it('never lets a city supervisor or an administrator change a dossier', () => {
    for (const status of ['none', ...ALL_STATUSES] as FromState[]) {
      expect(allowedEvents(status, 'city_supervisor')).toEqual([]);
      expect(allowedEvents(status, 'administrator')).toEqual([]);
    }
  });

  it('agrees with checkTransition on every state × event × role', () => {
    for (const from of ['none', ...ALL_STATUSES] as FromState[]) {
      for (const role of ALL_ROLES) {
        const allowed = new Set(allowedEvents(from, role));
        for (const event of DOSSIER_EVENT_TYPES) {
          const result = checkTransition(from, event, role);
          expect(result.ok, `${from} ${event} ${role}`).toBe(allowed.has(event));
          if (!result.ok) expect(result.reason).toMatch(/Không thể|không được phép|đã kết thúc/);
        }
      }
    }
  });

  it('rejects illegal actions with a Vietnamese reason', () => {
    expect(checkTransition(STATUS.processing, 'result_returned', 'counter_officer')).toEqual({
      ok: false,
      cause: 'state',
      reason: 'Không thể "Trả kết quả" khi hồ sơ ở trạng thái "Đang xử lý".',
    });
    expect(checkTransition(STATUS.processed, 'result_returned', 'specialist')).toEqual({
      ok: false,
      cause: 'role',
      reason: 'Vai trò "Chuyên viên phòng chuyên môn" không được phép "Trả kết quả".',
    });
    expect(checkTransition(STATUS.returned, 'withdrawn', 'citizen')).toEqual({
      ok: false,
      cause: 'state',
      reason: 'Hồ sơ đã kết thúc (trạng thái "Đã trả kết quả"), không thể "Công dân rút hồ sơ".',
    });
  });

  it('offers the counter officer what the desk does', () => {
    expect(allowedEvents('none', 'counter_officer').sort()).toEqual(['received', 'refused_at_reception']);
    expect(allowedEvents(STATUS.processed, 'counter_officer').sort()).toEqual(['fee_paid', 'file_attached', 'result_returned']);
  });
});

describe('the step dimension (issue 14)', () => {
  const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
  const T0 = parseIsoLocalDateTime('2026-01-05T09:00')!;
  const ADVANCE: Record<string, DossierEventType> = { receive: 'forwarded', process: 'step_completed', review: 'step_completed', approve: 'result_ready', return: 'result_returned' };

  /** Takes `type` by the first officer offered it, with the payload a walk would send. */
  function act(events: DossierEvent[], state: DossierState, type: DossierEventType, at: number): { events: DossierEvent[]; state: DossierState } {
    const officer = OFFICERS.find((o) => allowedActions(state, o).some((a) => a.event === type));
    expect(officer, `nobody is offered ${type} at ${state.currentSteps[0]?.code}`).toBeDefined();
    const action = allowedActions(state, officer!).find((a) => a.event === type)!;
    // Choice 2: forward to tu-phap assigned to a named officer; send back to the previous step.
    const input = { type, at, actor: { id: officer!.id, role: officer!.role }, ...payloadFor(action, state, officer!, type === 'step_returned' ? 0 : 2) } as DossierEventInput;
    const decision = decide('X', events, input, { ...ctx, officer: officer! });
    if (!decision.ok) throw new Error(decision.reason);
    return { events: [...events, decision.event], state: decision.state };
  }

  for (const [name, steps] of [['default', DEFAULT_STEPS], ['same-day', SAME_DAY_STEPS], ['reviewed', REVIEWED_STEPS]] as const) {
    it(`reaches every step of the ${name} template through its holders, and sends back from every step after the first until the result`, () => {
      const reception = decide('X', [], new HistoryBuilder(UNIT, buildProcedureSnapshot({ steps: [...steps] })).receive(T0).build()[0]!, { ...ctx, officer: CAST.counter });
      if (!reception.ok) throw new Error(reception.reason);
      let walked = { events: [reception.event], state: reception.state };
      const visited: string[] = [];
      const sentBackFrom: string[] = [];
      for (let at = T0 + 10; walked.state.currentSteps.length > 0; at += 10) {
        const step = walked.state.currentSteps[0]!;
        visited.push(step.code);
        const index = walked.state.steps.indexOf(step);
        if (index > 0 && walked.state.status !== STATUS.processed) {
          const back = act(walked.events, walked.state, 'step_returned', at);
          expect(back.state.steps[index - 1]!.state).toBe('returned');
          expect(back.state.currentSteps[0]!.code).toBe(walked.state.steps[index - 1]!.code);
          sentBackFrom.push(step.code);
        }
        walked = act(walked.events, walked.state, ADVANCE[step.act]!, at + 5);
        expect(walked.state.steps[index]!.state).toBe(step.act === 'approve' && index === steps.length - 1 ? 'active' : 'done');
        if (step.act === 'approve' && index === steps.length - 1) walked = act(walked.events, walked.state, 'result_returned', at + 7);
      }
      expect([...new Set(visited)]).toEqual(steps.map((s) => s.code));
      const approval = steps.findIndex((_, i) => stepActs(steps)[i] === 'approve');
      expect(sentBackFrom).toEqual(steps.slice(1, approval + 1).map((s) => s.code));
      expect(walked.state.status).toBe(STATUS.returned);
    });
  }
});
