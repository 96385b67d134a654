/**
 * The migration rule for histories written before issue 14 (docs/steps.md): they carry no
 * step-level events, and they fold today to the same state as before — status, due dates,
 * pauses, end, every step's clock and dates, the department and officer — checked against
 * the old fold kept frozen in fold.oracle.ts, on random histories of the old vocabulary.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDossier } from './fold.ts';
import { foldDossierBeforeSteps, type LegacyStepState } from './fold.oracle.ts';
import { DOSSIER_EVENT_TYPES, type Actor, type DossierEvent, type DossierEventInput, type DossierEventType, type ProcedureSnapshot } from './events.ts';
import { dossierEventSchema } from './events.ts';
import { ACTORS, buildProcedureSnapshot } from '../../../test/support/dossier-builders.ts';
import { TRANSITIONS, type FromState } from './transitions.ts';
import type { DossierState, StepState } from './state.ts';
import { SAME_DAY_STEPS } from '../catalog/define.ts';
import { DEFAULT_STEPS, STEP_ROLES, type StepTemplate } from '../deadline/types.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const START = parseIsoLocalDateTime('2026-03-02T08:00')!;
const NEW_EVENTS: readonly DossierEventType[] = ['step_assigned', 'step_returned'];
const OLD_EVENTS = DOSSIER_EVENT_TYPES.filter((type) => !NEW_EVENTS.includes(type));
const LEGACY_STEP_KEYS = ['code', 'name', 'budgetMinutes', 'dueAt', 'startedAt', 'completedAt', 'status', 'handlerUnit', 'handlerId'] as const satisfies readonly (keyof LegacyStepState)[];
const NEW_STATE_KEYS: readonly (keyof DossierState)[] = ['steps', 'currentSteps', 'papers', 'stepReturns', 'resultReference', 'collectedBy', 'returnTrackingNumber'];

/** One random choice per event: which event, which of its roles, and the values of its payload. */
const choiceArb = fc.record({ event: fc.nat(), role: fc.nat(), gap: fc.integer({ min: 0, max: 2400 }), pick: fc.nat(), flag: fc.boolean(), wild: fc.integer({ min: 0, max: 59 }) });
type Choice = typeof choiceArb extends fc.Arbitrary<infer T> ? T : never;

const randomTemplateArb: fc.Arbitrary<StepTemplate[]> = fc.array(fc.tuple(fc.constantFrom(...STEP_ROLES), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 6 }).map((rows) =>
  rows.map(([role, weight], i) => ({ code: `buoc-${i + 1}`, name: `Bước ${i + 1}`, sharePercent: weight * 10, role })),
);
/** The templates stored histories carry (catalog, imports), and any other. */
const templateArb = fc.oneof(fc.constant({ steps: DEFAULT_STEPS, known: true }), fc.constant({ steps: SAME_DAY_STEPS as StepTemplate[], known: true }), randomTemplateArb.map((steps) => ({ steps, known: false })));
const snapshotArb = fc
  .record({
    template: templateArb,
    limit: fc.constantFrom<ProcedureSnapshot['timeLimit']>({ kind: 'working-days', days: 3 }, { kind: 'working-days', days: 0.5 }, { kind: 'same-day' }, { kind: 'calendar-days', days: 7 }, { kind: 'working-hours', hours: 6 }),
    financialObligationPauses: fc.boolean(),
  })
  .map(({ template, limit, financialObligationPauses }) => ({ known: template.known, snapshot: buildProcedureSnapshot({ steps: template.steps, timeLimit: limit, financialObligationPauses }) }));

const ROLE_ACTORS: Record<string, Actor> = Object.fromEntries(Object.values(ACTORS).map((actor) => [actor.role, actor]));

/** The payload of an old event type, with values drawn from `c`. */
function payload(type: DossierEventType, at: number, c: Choice, snapshot: ProcedureSnapshot, started: boolean): Record<string, unknown> {
  const stepCodes = [...snapshot.steps.map((s) => s.code), 'khong-co'];
  switch (type) {
    case 'submitted_online':
      return { unitCode: 'GIAVIEN', procedure: snapshot, applicant: { kind: 'individual', name: 'Nguyễn Văn An' } };
    case 'received':
      return { unitCode: 'GIAVIEN', channel: c.flag ? 'in_person' : 'post', feeAmount: c.pick % 3 === 0 ? 5000 : 0, ...(started ? {} : { procedure: snapshot, applicant: { kind: 'individual', name: 'Trần Thị Bình' } }) };
    case 'refused_at_reception':
      return { reason: 'Không thuộc thẩm quyền', ...(started ? {} : { unitCode: 'GIAVIEN', procedure: snapshot }) };
    case 'supplement_requested':
      return { reason: 'Thiếu giấy tờ', items: ['Giấy xác nhận cư trú'] };
    case 'supplement_received':
      return {};
    case 'forwarded':
      return { to: c.flag ? 'tu-phap' : 'kinh-te', toKind: 'department', ...(c.pick % 2 === 0 ? { assigneeId: `cv-${c.pick % 3}` } : {}) };
    case 'step_completed':
      return { stepCode: stepCodes[c.pick % (c.wild === 0 ? stepCodes.length : stepCodes.length - 1)], ...(c.flag ? { assigneeId: `cv-${c.pick % 3}` } : {}) };
    case 'financial_obligation_requested':
      return { amount: 100_000, description: 'Lệ phí trước bạ' };
    case 'financial_obligation_paid':
      return { amount: 100_000 };
    case 'stopped':
      return { reason: 'Không đủ điều kiện', refusal: c.flag };
    case 'extended':
      return { newDueAt: at + 480 * (1 + (c.pick % 10)), reason: 'Cần xác minh' };
    case 'withdrawn':
      return { reason: 'Công dân đề nghị rút hồ sơ' };
    case 'result_ready':
      return { electronic: c.flag };
    case 'result_returned':
      return { method: (['desk', 'post', 'electronic'] as const)[c.pick % 3] };
    case 'fee_paid':
      return { amount: 5000, online: c.flag };
    case 'file_attached':
      return { kind: (['component', 'result', 'reused'] as const)[c.pick % 3], fileId: 'a'.repeat(64) };
    default:
      throw new Error(`not an old event: ${type}`);
  }
}

/**
 * A history of the old vocabulary: mostly events the table allows in the current status (by
 * one of their roles) until a terminal status, now and then any old event by any role (so that
 * refused histories are compared too: both folds must refuse them with the same reason).
 */
function historyFrom(snapshot: ProcedureSnapshot, choices: Choice[]): DossierEvent[] {
  const events: DossierEvent[] = [];
  let status: FromState = 'none';
  let at = START;
  for (const c of choices) {
    const allowed = TRANSITIONS.filter((t) => OLD_EVENTS.includes(t.event) && t.from.includes(status));
    if (allowed.length === 0) return events; // a terminal status: the history is complete
    const wild = c.wild === 0;
    const transition = wild ? TRANSITIONS.filter((t) => OLD_EVENTS.includes(t.event))[c.event % OLD_EVENTS.length]! : allowed[c.event % allowed.length]!;
    const roles = wild ? Object.keys(ROLE_ACTORS) : transition.roles;
    const actor = ROLE_ACTORS[roles[c.role % roles.length]!]!;
    at += c.gap;
    const input = { type: transition.event, at, actor, ...payload(transition.event, at, c, snapshot, status !== 'none') } as DossierEventInput;
    events.push(dossierEventSchema.parse(input));
    try {
      status = foldDossierBeforeSteps('X', events, ctx).status;
    } catch {
      return events;
    }
  }
  return events;
}

type Outcome = { ok: true; state: Record<string, unknown> } | { ok: false; error: string };

function outcome(fold: () => Record<string, unknown>): Outcome {
  try {
    return { ok: true, state: fold() };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** The new state as the old fold would have shown it: its fields, steps with their old fields. */
function legacyView(state: DossierState, withHandlers: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = Object.fromEntries(Object.entries(state).filter(([key]) => !NEW_STATE_KEYS.includes(key as keyof DossierState)));
  view.steps = state.steps.map((step: StepState) => legacySteps(step, withHandlers));
  return view;
}

function legacySteps(step: Record<string, unknown> | StepState, withHandlers: boolean): Record<string, unknown> {
  const entries = LEGACY_STEP_KEYS.filter((key) => withHandlers || (key !== 'handlerUnit' && key !== 'handlerId')).flatMap((key) => ((step as Record<string, unknown>)[key] === undefined ? [] : [[key, (step as Record<string, unknown>)[key]]]));
  return Object.fromEntries(entries);
}

describe('histories written before issue 14', () => {
  it('fold to the same state as before (status, due dates, pauses, end, steps, holder), or are refused alike', () => {
    let folded = 0;
    fc.assert(
      fc.property(snapshotArb, fc.array(choiceArb, { minLength: 1, maxLength: 16 }), ({ snapshot, known }, choices) => {
        const events = historyFrom(snapshot, choices);
        const before = outcome(() => foldDossierBeforeSteps('X', events, ctx));
        const now = outcome(() => foldDossier('X', events, ctx) as unknown as Record<string, unknown>);
        expect(now.ok).toBe(before.ok);
        if (!before.ok || !now.ok) {
          expect(now).toEqual(before);
          return;
        }
        folded += 1;
        // Handlers are compared on the templates stored histories carry; on a template with a
        // department step after another (none existed before), a later one inherits the department.
        const old = { ...before.state, steps: (before.state.steps as LegacyStepState[]).map((s) => legacySteps(s, known)) };
        expect(legacyView(now.state as unknown as DossierState, known)).toEqual(old);
      }),
      { numRuns: 600, seed: 14 },
    );
    // The generator reaches folded histories, not only refused ones.
    expect(folded).toBeGreaterThan(300);
  });
});
