/**
 * Whose turn it is (issue 14 §2): the role × step × holder/not-holder matrix of the pure turn
 * function, written by hand below (never computed by the code under test); decide() with the
 * officer; and properties over random walks of offered actions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../dossier/decide.ts';
import type { DossierEventInput, DossierEventType } from '../dossier/events.ts';
import { foldDossier } from '../dossier/fold.ts';
import { ACTORS, HistoryBuilder, buildProcedureSnapshot } from '../../../test/support/dossier-builders.ts';
import { CAST, OFFICERS, UNIT, statesAtEachStep, walk, workableTemplates } from '../../../test/support/dossier-walks.ts';
import { allowedActions, checkTurn, TURNS, type Officer } from './turns.ts';
import type { DossierState } from '../dossier/state.ts';
import { REVIEWED_STEPS } from '../deadline/types.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const at = (text: string): number => parseIsoLocalDateTime(text)!;
const T0 = at('2026-01-05T09:00');
const base = (procedure = buildProcedureSnapshot({ steps: REVIEWED_STEPS })) => new HistoryBuilder(UNIT, procedure);

const STATES = statesAtEachStep(ctx, T0);

const LETTERS: Record<string, DossierEventType> = { F: 'forwarded', A: 'step_assigned', C: 'step_completed', R: 'step_returned', P: 'result_ready', S: 'supplement_requested', N: 'financial_obligation_requested' };

/**
 * Step-tied actions each officer is offered, by the step the dossier is at. F forward, A assign,
 * C complete, R send back, P approve (result ready), S request a supplement, N request the
 * financial obligation; "-" none. Holder of "xu-ly": specialist; colleague: same department,
 * not the holder; otherSpecialist/otherHead: department kinh-te; otherChairman: another unit.
 */
const MATRIX = `
officer          | submitted | tiep-nhan | xu-ly     | xu-ly-unassigned | xem-xet | phe-duyet | phe-duyet-leader | tra-ket-qua
counter          | S         | FCSN      | -         | -                | -       | -         | -                | -
specialist       | -         | -         | CRSN      | -                | -       | -         | -                | -
colleague        | -         | -         | -         | -                | -       | -         | -                | -
otherSpecialist  | -         | -         | -         | -                | -       | -         | -                | -
head             | -         | -         | FACRSN    | FACRSN           | FCRSN   | -         | -                | -
otherHead        | -         | -         | -         | -                | -       | -         | -                | -
leader           | -         | -         | -         | -                | -       | -         | RP               | -
chairman         | -         | -         | -         | -                | -       | RP        | -                | -
otherChairman    | -         | -         | -         | -                | -       | -         | -                | -
`;

function parse(text: string): Record<string, Record<string, string>> {
  const [header, ...rows] = text.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
  return Object.fromEntries(rows.map(([officer, ...cells]) => [officer!, Object.fromEntries(cells.map((cell, i) => [header![i + 1]!, cell]))]));
}

const stepTied = new Set(TURNS.map((r) => r.event));
const letters = (state: DossierState, officer: Officer): string => {
  const offered = allowedActions(state, officer).filter((a) => stepTied.has(a.event)).map((a) => Object.keys(LETTERS).find((l) => LETTERS[l] === a.event)!);
  return offered.length === 0 ? '-' : offered.sort((a, b) => 'FACRPSN'.indexOf(a) - 'FACRPSN'.indexOf(b)).join('');
};

describe('the turn matrix', () => {
  it('offers each officer the step-tied actions of the table above, and nothing else', () => {
    const actual = Object.fromEntries(Object.entries(CAST).map(([name, officer]) => [name, Object.fromEntries(Object.entries(STATES).map(([step, state]) => [step, letters(state, officer)]))]));
    expect(actual).toEqual(parse(MATRIX));
  });

  it('records the head completing for the named holder, and nobody for an unassigned step', () => {
    const complete = (state: DossierState, officer: Officer) => allowedActions(state, officer).find((a) => a.event === 'step_completed');
    expect(complete(STATES['xu-ly']!, CAST.head)).toEqual({ event: 'step_completed', stepCode: 'xu-ly', onBehalfOf: 'chuyen-vien' });
    expect(complete(STATES['xu-ly']!, CAST.specialist)).toEqual({ event: 'step_completed', stepCode: 'xu-ly' });
    expect(complete(STATES['xu-ly-unassigned']!, CAST.head)).toEqual({ event: 'step_completed', stepCode: 'xu-ly' });
  });

  it('lists the steps a send-back may go to: the previous one, then earlier officers\' steps', () => {
    const back = (state: DossierState, officer: Officer) => allowedActions(state, officer).find((a) => a.event === 'step_returned')?.returnTo;
    expect(back(STATES['phe-duyet']!, CAST.chairman)).toEqual(['xem-xet', 'xu-ly']);
    expect(back(STATES['xem-xet']!, CAST.head)).toEqual(['xu-ly']);
    expect(back(STATES['xu-ly']!, CAST.specialist)).toEqual(['tiep-nhan']);
  });

  it('keeps the hand-over and the other actions of the table for the desk once the result is ready', () => {
    expect(allowedActions(STATES['tra-ket-qua']!, CAST.counter).map((a) => a.event).sort()).toEqual(['fee_paid', 'file_attached', 'result_returned']);
    expect(allowedActions(STATES['tra-ket-qua']!, CAST.otherChairman)).toEqual([]);
  });

  it('explains a refusal in Vietnamese, naming the steps, never a code', () => {
    expect(checkTurn(STATES['xu-ly']!, 'result_ready', CAST.chairman)).toEqual({ ok: false, reason: 'Chỉ "Có kết quả giải quyết" ở bước "Lãnh đạo phê duyệt, ký"; hồ sơ đang ở bước "Thẩm định, xử lý chuyên môn".' });
    expect(checkTurn(STATES['xu-ly']!, 'step_completed', CAST.colleague, 'xu-ly')).toEqual({ ok: false, reason: 'Chưa đến lượt bạn "Hoàn thành bước xử lý": bước "Thẩm định, xử lý chuyên môn" do công chức được giao xử lý.' });
    expect(checkTurn(STATES['phe-duyet']!, 'step_completed', CAST.specialist, 'phe-duyet')).toEqual({ ok: false, reason: 'Bước "Lãnh đạo phê duyệt, ký" kết thúc bằng thao tác "Có kết quả giải quyết" (phê duyệt, ký), không bằng "Hoàn thành bước xử lý".' });
    expect(checkTurn(STATES['phe-duyet']!, 'step_completed', CAST.specialist, 'xu-ly')).toEqual({ ok: false, reason: 'Bước "Thẩm định, xử lý chuyên môn" không phải bước đang xử lý; hồ sơ đang ở bước "Lãnh đạo phê duyệt, ký".' });
    expect(checkTurn(STATES['xu-ly-unassigned']!, 'step_completed', CAST.specialist, 'xu-ly')).toEqual({ ok: false, reason: 'Chưa đến lượt bạn "Hoàn thành bước xử lý": bước "Thẩm định, xử lý chuyên môn" do phòng đang giữ hồ sơ (chưa phân công; Lãnh đạo phòng chuyên môn phân công) xử lý.' });
  });
});

describe('decide() with the officer', () => {
  const history = base().receive(T0).forward(T0 + 30).build();
  const input = (type: DossierEventType, actor: Officer, extra: Record<string, unknown> = {}) => ({ type, at: T0 + 60, actor: { id: actor.id, role: actor.role }, ...extra }) as DossierEventInput;
  const judge = (officer: Officer, type: DossierEventType, extra: Record<string, unknown> = {}, events = history) => decide('X', events, input(type, officer, extra), { ...ctx, officer });

  it('refuses the approval at the specialist step (cause "turn"), which the same call without the officer accepts as before', () => {
    const refused = judge(CAST.chairman, 'result_ready', { resultReference: '1/UBND' });
    expect(refused).toMatchObject({ ok: false, cause: 'turn' });
    expect(decide('X', history, input('result_ready', CAST.chairman, { resultReference: '1/UBND' }), ctx).ok).toBe(true);
  });

  it("refuses a colleague's completion, and a head's completion that does not say whose step it was", () => {
    expect(judge(CAST.colleague, 'step_completed', { stepCode: 'xu-ly' })).toMatchObject({ ok: false, cause: 'turn' });
    expect(judge(CAST.head, 'step_completed', { stepCode: 'xu-ly' })).toMatchObject({ ok: false, cause: 'rule', field: 'onBehalfOf' });
    expect(judge(CAST.specialist, 'step_completed', { stepCode: 'xu-ly', onBehalfOf: 'chuyen-vien' })).toMatchObject({ ok: false, cause: 'rule', field: 'onBehalfOf' });
    const onBehalf = judge(CAST.head, 'step_completed', { stepCode: 'xu-ly', onBehalfOf: 'chuyen-vien' });
    expect(onBehalf.ok && onBehalf.state.steps[1]).toMatchObject({ completedBy: 'truong-phong', onBehalfOf: 'chuyen-vien' });
  });

  it('refuses an officer that is not the actor of the event', () => {
    expect(decide('X', history, input('step_completed', CAST.specialist, { stepCode: 'xu-ly' }), { ...ctx, officer: CAST.head })).toMatchObject({ ok: false, cause: 'invalid', field: 'actor' });
  });

  it('asks the approver for the result document: a file, or the reference of a paper result', () => {
    const atApproval = base().receive(T0).forward(T0 + 30).completeStep(T0 + 40, 'xu-ly').completeStep(T0 + 50, 'xem-xet', { actor: ACTORS.head }).build();
    expect(judge(CAST.chairman, 'result_ready', {}, atApproval)).toMatchObject({ ok: false, cause: 'rule', field: 'resultReference' });
    expect(judge(CAST.chairman, 'result_ready', { electronic: true, resultReference: '1/UBND' }, atApproval)).toMatchObject({ ok: false, cause: 'rule', field: 'electronic' });
    expect(judge(CAST.chairman, 'result_ready', { resultReference: '1/UBND' }, atApproval).ok).toBe(true);
    const withFile = [...atApproval, ...base().attach(T0 + 55, 'result').build()];
    expect(judge(CAST.chairman, 'result_ready', { electronic: true }, withFile).ok).toBe(true);
    const noDocument = base(buildProcedureSnapshot({ steps: REVIEWED_STEPS, resultRequired: false })).receive(T0).forward(T0 + 30).completeStep(T0 + 40, 'xu-ly').completeStep(T0 + 50, 'xem-xet', { actor: ACTORS.head }).build();
    expect(judge(CAST.chairman, 'result_ready', {}, noDocument).ok).toBe(true);
  });

  it('asks the desk who collected the result; by post or electronically nobody', () => {
    const ready = base().receive(T0).forward(T0 + 30).completeStep(T0 + 40, 'xu-ly').completeStep(T0 + 50, 'xem-xet', { actor: ACTORS.head }).ready(T0 + 55, false, '1/UBND').build();
    expect(judge(CAST.counter, 'result_returned', { method: 'desk' }, ready)).toMatchObject({ ok: false, cause: 'rule', field: 'collectedBy' });
    expect(judge(CAST.counter, 'result_returned', { method: 'post', trackingNumber: 'EB123456789VN' }, ready).ok).toBe(true);
    expect(judge(CAST.counter, 'result_returned', { method: 'electronic' }, ready).ok).toBe(true);
    const authorised = { kind: 'authorised', name: 'Trần Văn Bình', idNumber: '031090009999' };
    // An authorised person shows the authorisation, whoever records it.
    expect(decide('X', ready, input('result_returned', CAST.counter, { method: 'desk', collectedBy: authorised }), ctx)).toMatchObject({ ok: false, cause: 'rule', field: 'collectedBy.authorisation' });
    expect(judge(CAST.counter, 'result_returned', { method: 'desk', collectedBy: { ...authorised, authorisation: 'Văn bản ủy quyền ngày 05/01/2026' } }, ready).ok).toBe(true);
  });

  it('refuses a send-back that skips a step without naming the officer, or that goes forward', () => {
    const atApproval = base().receive(T0).forward(T0 + 30).completeStep(T0 + 40, 'xu-ly').completeStep(T0 + 50, 'xem-xet', { actor: ACTORS.head }).build();
    const back = (extra: Record<string, unknown>) => judge(CAST.chairman, 'step_returned', { stepCode: 'phe-duyet', reason: 'Sai thông tin', ...extra }, atApproval);
    expect(back({ toStepCode: 'xu-ly' })).toMatchObject({ ok: false, cause: 'rule', field: 'toAssigneeId' });
    expect(back({ toStepCode: 'xem-xet', toAssigneeId: 'chuyen-vien' })).toMatchObject({ ok: false, cause: 'rule', field: 'toAssigneeId' });
    expect(back({ toStepCode: 'tra-ket-qua' })).toMatchObject({ ok: false, cause: 'rule', field: 'toStepCode' });
    expect(back({ toStepCode: 'tiep-nhan' })).toMatchObject({ ok: false, cause: 'rule', field: 'toStepCode' });
    expect(back({ toStepCode: 'xu-ly', toAssigneeId: 'chuyen-vien-2' }).ok).toBe(true);
    expect(back({ toStepCode: 'xem-xet' }).ok).toBe(true);
  });

  it('assigns only within the department holding the step, to someone new', () => {
    expect(judge(CAST.head, 'step_assigned', { stepCode: 'xu-ly', assigneeId: 'chuyen-vien' })).toMatchObject({ ok: false, cause: 'rule', field: 'assigneeId' });
    expect(judge(CAST.head, 'step_assigned', { stepCode: 'xu-ly', assigneeId: 'chuyen-vien-2', departmentCode: 'kinh-te' })).toMatchObject({ ok: false, cause: 'rule', field: 'departmentCode' });
    expect(judge(CAST.otherHead, 'step_assigned', { stepCode: 'xu-ly', assigneeId: 'chuyen-vien-2' })).toMatchObject({ ok: false, cause: 'turn' });
    expect(judge(CAST.head, 'step_assigned', { stepCode: 'xu-ly', assigneeId: 'chuyen-vien-2' }).ok).toBe(true);
  });
});

describe('turn properties', () => {
  const workable = workableTemplates;
  const choices = fc.array(fc.record({ officer: fc.nat(), action: fc.nat(), pick: fc.nat() }), { minLength: 1, maxLength: 40 });
  const templates = fc.oneof(fc.constant(REVIEWED_STEPS), workable);

  it('accepts every action it offers, and offers no step-tied action to two roles other than the department head', () => {
    fc.assert(
      fc.property(templates, choices, (steps, picks) => {
        for (const { after } of walk(buildProcedureSnapshot({ steps }), picks, ctx, T0)) {
          for (const event of stepTied) {
            const roles = new Set(OFFICERS.filter((o) => o.role !== 'department_head' && allowedActions(after, o).some((a) => a.event === event)).map((o) => o.role));
            expect(roles.size, `${event} at ${after.currentSteps[0]?.code}`).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 150, seed: 141 },
    );
  });

  it('offers the approval exactly when the approval step is current, completing the steps in order', () => {
    fc.assert(
      fc.property(workable, (steps) => {
        const procedure = buildProcedureSnapshot({ steps });
        let events = new HistoryBuilder(UNIT, procedure).receive(T0).build();
        for (let guard = 0; guard < steps.length + 2; guard++) {
          const state = foldDossier('X', events, ctx);
          const current = state.currentSteps[0];
          const approvers = OFFICERS.filter((o) => allowedActions(state, o).some((a) => a.event === 'result_ready'));
          expect(approvers.length > 0, current?.code).toBe(current?.act === 'approve');
          if (!current || current.act === 'approve') return;
          // The holder moves on: the desk forwards a reception; the holder completes any other step.
          const mover = OFFICERS.find((o) => allowedActions(state, o).some((a) => a.event === (current.act === 'receive' ? 'forwarded' : 'step_completed')))!;
          const action = allowedActions(state, mover).find((a) => a.event === (current.act === 'receive' ? 'forwarded' : 'step_completed'))!;
          const input = current.act === 'receive' ? { to: 'tu-phap', toKind: 'department', assigneeId: 'chuyen-vien' } : { stepCode: action.stepCode, ...(action.onBehalfOf ? { onBehalfOf: action.onBehalfOf } : {}) };
          const decision = decide('X', events, { type: action.event, at: T0 + 10 * (guard + 1), actor: { id: mover.id, role: mover.role }, ...input } as DossierEventInput, { ...ctx, officer: mover });
          expect(decision.ok).toBe(true);
          if (decision.ok) events = [...events, decision.event];
        }
        throw new Error('the approval step was never reached');
      }),
      { numRuns: 200, seed: 142 },
    );
  });

  it('never moves the completion time of a step before the one sent back to, nor any planned due date', () => {
    let returns = 0;
    fc.assert(
      fc.property(templates, choices, (steps, picks) => {
        for (const { before, event, after } of walk(buildProcedureSnapshot({ steps }), picks, ctx, T0)) {
          if (event.type !== 'step_returned') continue;
          returns += 1;
          const target = after.steps.findIndex((s) => s.code === event.toStepCode);
          expect(after.steps.slice(0, target).map((s) => s.completedAt)).toEqual(before.steps.slice(0, target).map((s) => s.completedAt));
          const pausedSince = before.pauses.length > 0;
          if (!pausedSince) expect(after.steps.map((s) => s.dueAt)).toEqual(before.steps.map((s) => s.dueAt));
          expect(after.stepReturns).toBe(before.stepReturns + 1);
        }
      }),
      { numRuns: 150, seed: 143 },
    );
    expect(returns).toBeGreaterThan(20);
  });
});
