/**
 * The fold at the step level (issue 14 §1, §3, §5, §6): holders, assignment and reassignment,
 * completion on behalf, sends-back, papers, result reference and collector — hand-computed on
 * the default 3-working-day procedure (10/60/20/10 %) received Monday 05/01/2026 09:00:
 * step due dates Mon 11:24, Wed 07/01 09:48, Wed 16:36, Thu 08/01 09:00.
 */
import { describe, expect, it } from 'vitest';
import { foldDossier } from './fold.ts';
import { ACTORS, HistoryBuilder, buildProcedureSnapshot } from '../../../test/support/dossier-builders.ts';
import { STATUS, type DossierState } from './state.ts';
import { REVIEWED_STEPS } from '../deadline/types.ts';
import { approvalStepIndex, stepActs, stepTemplateProblems } from '../deadline/steps.ts';
import { SAME_DAY_STEPS } from '../catalog/define.ts';
import { DEFAULT_STEPS, type StepRole } from '../deadline/types.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { isoLocalDateTime, parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const at = (text: string): number => parseIsoLocalDateTime(text)!;
const iso = (m: number | undefined): string | undefined => (m === undefined ? undefined : isoLocalDateTime(m));
const fold = (builder: HistoryBuilder): DossierState => foldDossier('GIAVIEN-260105-0001', builder.build(), ctx);
const phases = (state: DossierState) => state.steps.map((s) => `${s.code}:${s.state}`);
const cv2 = { id: 'chuyen-vien-2', role: 'specialist' } as const;

describe('step templates', () => {
  it('derive who holds each step and what it does', () => {
    expect(stepActs(DEFAULT_STEPS)).toEqual(['receive', 'process', 'approve', 'return']);
    expect(stepActs(REVIEWED_STEPS)).toEqual(['receive', 'process', 'review', 'approve', 'return']);
    // Same-day: the desk processes, the chairman signs and the result is handed back at that step.
    expect(stepActs(SAME_DAY_STEPS)).toEqual(['process', 'approve']);
    // Without a leader, the head approves; without a head either, the step before the last.
    expect(approvalStepIndex([{ role: 'counter_officer' }, { role: 'department_head' }, { role: 'counter_officer' }])).toBe(1);
    expect(approvalStepIndex([{ role: 'counter_officer' }, { role: 'specialist' }, { role: 'counter_officer' }])).toBe(1);
    expect(approvalStepIndex([{ role: 'counter_officer' }])).toBe(0);
  });

  it('refuse a template that does not start at the desk, approves out of place, nobody may approve, or returns elsewhere', () => {
    expect(stepTemplateProblems(DEFAULT_STEPS)).toEqual([]);
    expect(stepTemplateProblems(SAME_DAY_STEPS)).toEqual([]);
    expect(stepTemplateProblems(REVIEWED_STEPS)).toEqual([]);
    const roles = (...list: StepRole[]) => list.map((role) => ({ role }));
    expect(stepTemplateProblems(roles('specialist', 'chairman', 'counter_officer'))).toEqual(['the first step is the reception at the desk: its role must be counter_officer']);
    expect(stepTemplateProblems(roles('counter_officer', 'chairman', 'specialist', 'counter_officer'))).toEqual(['the approval step (the last leader step) must be the last step or the one before it']);
    expect(stepTemplateProblems(roles('counter_officer', 'chairman', 'specialist'))).toEqual(['the step after the approval returns the result: its role must be counter_officer']);
    expect(stepTemplateProblems(roles('counter_officer', 'specialist', 'counter_officer'))).toEqual(['the approval step needs a role that may approve: department_head, center_leader or chairman']);
  });
});

describe('the fold at the step level', () => {
  const walk = new HistoryBuilder()
    .receive(at('2026-01-05T09:00'))
    .forward(at('2026-01-05T09:30'), 'tu-phap', null)
    .assign(at('2026-01-05T10:00'), 'xu-ly', 'chuyen-vien')
    .assign(at('2026-01-05T10:30'), 'xu-ly', 'chuyen-vien-2')
    .completeStep(at('2026-01-05T14:00'), 'xu-ly', { actor: cv2 })
    .sendBack(at('2026-01-06T09:00'), 'phe-duyet', 'xu-ly', { reason: 'Sai họ tên trên dự thảo' })
    .completeStep(at('2026-01-06T10:00'), 'xu-ly', { actor: ACTORS.head, onBehalfOf: 'chuyen-vien-2' })
    .ready(at('2026-01-06T15:00'), false, '12/UBND-TP')
    .returnResult(at('2026-01-07T08:00'), 'desk', { kind: 'authorised', name: 'Trần Văn Bình', idNumber: '031090009999', authorisation: 'Giấy ủy quyền ngày 06/01/2026' });
  const events = walk.build();
  const upTo = (n: number): DossierState => foldDossier('X', events.slice(0, n), ctx);

  it('holds the processing step by the department until its head assigns it, then by the officer', () => {
    const forwarded = upTo(2);
    expect(phases(forwarded)).toEqual(['tiep-nhan:done', 'xu-ly:active', 'phe-duyet:pending', 'tra-ket-qua:pending']);
    expect(forwarded.steps[0]).toMatchObject({ completedBy: 'can-bo-mot-cua', completedAt: at('2026-01-05T09:30') });
    expect(forwarded.steps[1]!.holder).toEqual({ departmentCode: 'tu-phap' });
    expect(forwarded.currentSteps.map((s) => s.code)).toEqual(['xu-ly']);
    const assigned = upTo(3);
    expect(assigned.steps[1]!.holder).toEqual({ departmentCode: 'tu-phap', assigneeId: 'chuyen-vien' });
    expect(assigned.assigneeId).toBe('chuyen-vien');
    const reassigned = upTo(4);
    expect(reassigned.steps[1]!).toMatchObject({ holder: { departmentCode: 'tu-phap', assigneeId: 'chuyen-vien-2' }, handlerUnit: 'tu-phap', handlerId: 'chuyen-vien-2' });
    expect(reassigned.assigneeId).toBe('chuyen-vien-2');
    // Assignments do not move the planned due dates.
    expect(reassigned.steps.map((s) => iso(s.dueAt))).toEqual(['2026-01-05T11:24', '2026-01-07T09:48', '2026-01-07T16:36', '2026-01-08T09:00']);
  });

  it('sends back to the previous step: reopened with the reason, its due date kept, earlier steps untouched', () => {
    const completed = upTo(5);
    expect(completed.steps[1]).toMatchObject({ state: 'done', completedBy: 'chuyen-vien-2', completedAt: at('2026-01-05T14:00') });
    expect(completed.currentSteps.map((s) => s.code)).toEqual(['phe-duyet']);
    const returned = upTo(6);
    expect(phases(returned)).toEqual(['tiep-nhan:done', 'xu-ly:returned', 'phe-duyet:pending', 'tra-ket-qua:pending']);
    const step = returned.steps[1]!;
    expect(step.status).toBe('active');
    expect(step.completedAt).toBeUndefined();
    expect(step.completedBy).toBeUndefined();
    expect(iso(step.startedAt)).toBe('2026-01-06T09:00');
    expect(iso(step.dueAt)).toBe('2026-01-07T09:48');
    expect(step.returns).toEqual({ count: 1, lastAt: at('2026-01-06T09:00'), lastReason: 'Sai họ tên trên dự thảo', lastFromStepCode: 'phe-duyet', lastById: 'chu-tich' });
    expect(step.holder).toEqual({ departmentCode: 'tu-phap', assigneeId: 'chuyen-vien-2' });
    expect(returned.steps[0]!.completedAt).toBe(at('2026-01-05T09:30'));
    expect(returned.steps[2]!.startedAt).toBeUndefined();
    expect(returned.stepReturns).toBe(1);
    expect(returned.status).toBe(STATUS.processing);
    expect(iso(returned.legalDueAt)).toBe('2026-01-08T09:00');
  });

  it('shifts a reopened step by a pause closed after its first completion, like any step not done', () => {
    const builder = new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T09:30')).completeStep(at('2026-01-05T14:00'), 'xu-ly').requestSupplement(at('2026-01-06T09:00')).supplementReceived(at('2026-01-07T09:00'));
    const paused = fold(builder);
    // Done before the pause: not shifted. The approval and the legal date move by one working day.
    expect(paused.steps.map((s) => iso(s.dueAt))).toEqual(['2026-01-05T11:24', '2026-01-07T09:48', '2026-01-08T16:36', '2026-01-09T09:00']);
    const reopened = fold(builder.sendBack(at('2026-01-07T10:00'), 'phe-duyet', 'xu-ly'));
    expect(reopened.steps.map((s) => iso(s.dueAt))).toEqual(['2026-01-05T11:24', '2026-01-08T09:48', '2026-01-08T16:36', '2026-01-09T09:00']);
    expect(iso(reopened.legalDueAt)).toBe('2026-01-09T09:00');
  });

  it('records a completion on behalf, the result reference and who collected the result', () => {
    const redone = upTo(7);
    expect(redone.steps[1]).toMatchObject({ state: 'done', completedBy: 'truong-phong', onBehalfOf: 'chuyen-vien-2', completedAt: at('2026-01-06T10:00') });
    expect(redone.steps[1]!.returns?.count).toBe(1);
    expect(iso(redone.steps[2]!.startedAt)).toBe('2026-01-06T10:00');
    const ready = upTo(8);
    expect(ready.resultReference).toBe('12/UBND-TP');
    expect(ready.steps[2]).toMatchObject({ state: 'done', completedBy: 'chu-tich' });
    // After the result the return step is the desk's turn, while its clock has stopped.
    expect(ready.steps[3]).toMatchObject({ state: 'active', status: 'pending' });
    expect(ready.currentSteps.map((s) => s.code)).toEqual(['tra-ket-qua']);
    const handed = upTo(9);
    expect(handed.collectedBy).toEqual({ kind: 'authorised', name: 'Trần Văn Bình', idNumber: '031090009999', authorisation: 'Giấy ủy quyền ngày 06/01/2026' });
    expect(handed.currentSteps).toEqual([]);
    expect(phases(handed).every((p) => p.endsWith(':done'))).toBe(true);
  });

  it('sends back over a step to a named officer, and gives a head review the department holding the dossier', () => {
    const state = fold(
      new HistoryBuilder('GIAVIEN', buildProcedureSnapshot({ steps: REVIEWED_STEPS }))
        .receive(at('2026-01-05T09:00'))
        .forward(at('2026-01-05T09:30'))
        .completeStep(at('2026-01-05T14:00'), 'xu-ly')
        .completeStep(at('2026-01-05T15:00'), 'xem-xet', { actor: ACTORS.head })
        .sendBack(at('2026-01-06T09:00'), 'phe-duyet', 'xu-ly', { toAssigneeId: 'chuyen-vien-2' }),
    );
    expect(phases(state)).toEqual(['tiep-nhan:done', 'xu-ly:returned', 'xem-xet:pending', 'phe-duyet:pending', 'tra-ket-qua:pending']);
    expect(state.steps[1]!.holder).toEqual({ departmentCode: 'tu-phap', assigneeId: 'chuyen-vien-2' });
    expect(state.steps[2]!).toMatchObject({ holder: { departmentCode: 'tu-phap' } });
    expect(state.steps[2]!.completedAt).toBeUndefined();
    expect(state.assigneeId).toBe('chuyen-vien-2');
  });

  it('records the papers: submitted, missing, a supplement request due in the same action, and what a supplement brings', () => {
    const birth = { code: 'to-khai', name: 'Tờ khai', form: 'ban-chinh', quantity: 1 } as const;
    const residence = { code: 'cu-tru', name: 'Giấy xác nhận cư trú', form: 'ban-sao-chung-thuc', quantity: 1 } as const;
    const builder = new HistoryBuilder().receive(at('2026-01-05T09:00'), { components: [birth], missing: [residence], withSupplementRequest: true });
    const received = fold(builder);
    expect(received.papers).toEqual({ submitted: [birth], missing: [residence], supplementRequestDue: true });
    builder.requestSupplement(at('2026-01-05T09:00'));
    expect(fold(builder).papers.supplementRequestDue).toBe(false);
    const supplemented = foldDossier('X', [...builder.build(), { type: 'supplement_received', at: at('2026-01-07T09:00'), actor: ACTORS.counter, components: [residence] }], ctx);
    expect(supplemented.papers).toEqual({ submitted: [birth, residence], missing: [], supplementRequestDue: false });
    const confirmed = fold(new HistoryBuilder().receive(at('2026-01-05T09:00'), { components: [birth], missing: [residence], missingConfirmed: 'Công dân cam kết nộp bản chính khi nhận kết quả' }));
    expect(confirmed.papers.missingConfirmed).toEqual({ at: at('2026-01-05T09:00'), byId: 'can-bo-mot-cua', reason: 'Công dân cam kết nộp bản chính khi nhận kết quả', missing: [residence] });
  });
});

describe('histories without step events (the migration rule)', () => {
  it('forwarding makes the department and officer the holder of the processing step', () => {
    const state = fold(new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')));
    expect(state.steps[1]).toMatchObject({ state: 'active', holder: { departmentCode: 'tu-phap', assigneeId: 'chuyen-vien' } });
    expect(state.steps[0]).toMatchObject({ state: 'done', completedBy: 'can-bo-mot-cua' });
  });

  it('the result completes every step through the approval, by the approver; the hand-over completes the rest', () => {
    const ready = fold(new HistoryBuilder().receive(at('2026-01-05T09:00')).forward(at('2026-01-05T10:00')).ready(at('2026-01-06T10:00')));
    expect(ready.steps.map((s) => [s.code, s.state, s.completedBy ?? null])).toEqual([
      ['tiep-nhan', 'done', 'can-bo-mot-cua'],
      ['xu-ly', 'done', 'chu-tich'],
      ['phe-duyet', 'done', 'chu-tich'],
      ['tra-ket-qua', 'active', null],
    ]);
    expect(ready.stepReturns).toBe(0);
    expect(ready.papers).toEqual({ submitted: [], missing: [], supplementRequestDue: false });
  });

  it('a step completed ahead completes the steps before it', () => {
    const state = fold(new HistoryBuilder().receive(at('2026-01-05T09:00')).completeStep(at('2026-01-05T11:00'), 'xu-ly'));
    expect(phases(state)).toEqual(['tiep-nhan:done', 'xu-ly:done', 'phe-duyet:active', 'tra-ket-qua:pending']);
    expect(state.steps[0]!.completedAt).toBe(at('2026-01-05T11:00'));
    expect(state.status).toBe(STATUS.received);
  });
});
