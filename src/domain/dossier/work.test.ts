/**
 * What waits for whom (issue 14 §4): the work items of a dossier at each step, written out by
 * hand; the queues each officer sees; and properties over random walks: one queue per
 * dossier and officer, the queue agrees with whose turn it is, the counts add up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDossier } from './fold.ts';
import { ACTORS, HistoryBuilder, buildProcedureSnapshot } from '../../../test/support/dossier-builders.ts';
import { CAST, OFFICERS, UNIT, statesAtEachStep, walk, workableTemplates } from '../../../test/support/dossier-walks.ts';
import { standingOf, turnStep } from '../policy/turns.ts';
import { QUEUES, WORK_KINDS, WORK_KIND_ROLES, isWaitingFor, queueCounts, queuesFor, queuesOfRole, workItemsOf, type QueueKey } from './work.ts';
import { STATUS, type DossierState } from './state.ts';
import { STAFF_ROLES } from './roles.ts';
import { REVIEWED_STEPS } from '../deadline/types.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { parseIsoLocalDateTime } from '../calendar/local-time.ts';

const ctx = { calendar: new WorkingCalendar({ schedule: weekdaysOnlySchedule }) };
const at = (text: string): number => parseIsoLocalDateTime(text)!;
const T0 = at('2026-01-05T09:00');
const STATES = statesAtEachStep(ctx, T0);

describe('work items', () => {
  it('say what waits on the dossier at each step, and for whom (reviewed template, 3 working days from Mon 05/01 09:00)', () => {
    const unit = { unitCode: UNIT };
    expect(Object.fromEntries(Object.entries(STATES).map(([step, state]) => [step, workItemsOf(state)]))).toEqual({
      submitted: [{ kind: 'receive', role: 'counter_officer', ...unit }],
      'tiep-nhan': [{ kind: 'route', role: 'counter_officer', ...unit, stepCode: 'tiep-nhan', stepName: 'Tiếp nhận, chuyển hồ sơ', dueAt: at('2026-01-05T11:24') }],
      'xu-ly': [{ kind: 'process', role: 'specialist', ...unit, departmentCode: 'tu-phap', assigneeId: 'chuyen-vien', stepCode: 'xu-ly', stepName: 'Thẩm định, xử lý chuyên môn', dueAt: at('2026-01-07T07:24') }],
      'xu-ly-unassigned': [{ kind: 'assign', role: 'department_head', ...unit, departmentCode: 'tu-phap', stepCode: 'xu-ly', stepName: 'Thẩm định, xử lý chuyên môn', dueAt: at('2026-01-07T07:24') }],
      'xem-xet': [{ kind: 'review', role: 'department_head', ...unit, departmentCode: 'tu-phap', stepCode: 'xem-xet', stepName: 'Lãnh đạo phòng xem xét, trình ký', dueAt: at('2026-01-07T09:48') }],
      'phe-duyet': [{ kind: 'approve', role: 'chairman', ...unit, stepCode: 'phe-duyet', stepName: 'Lãnh đạo phê duyệt, ký', dueAt: at('2026-01-07T16:36') }],
      'phe-duyet-leader': [{ kind: 'approve', role: 'center_leader', ...unit, stepCode: 'phe-duyet', stepName: 'Lãnh đạo phê duyệt, ký', dueAt: at('2026-01-07T16:36') }],
      'tra-ket-qua': [{ kind: 'return', role: 'counter_officer', ...unit, stepCode: 'tra-ket-qua', stepName: 'Trả kết quả', dueAt: at('2026-01-08T09:00') }],
    });
  });

  it('wait for the desk while the citizen supplements or pays, then for the holder again', () => {
    const builder = new HistoryBuilder(UNIT, buildProcedureSnapshot({ steps: REVIEWED_STEPS, financialObligationPauses: true })).receive(T0).forward(T0 + 30).requestSupplement(T0 + 60);
    const waiting = foldDossier('X', builder.build(), ctx);
    expect(workItemsOf(waiting)).toMatchObject([{ kind: 'supplement', role: 'counter_officer', stepCode: 'xu-ly' }]);
    expect(isWaitingFor(waiting, CAST.specialist)).toBe(false);
    builder.supplementReceived(T0 + 600).requestFinancialObligation(T0 + 700);
    expect(workItemsOf(foldDossier('X', builder.build(), ctx))).toMatchObject([{ kind: 'financial', role: 'counter_officer' }]);
    builder.financialObligationPaid(T0 + 800);
    expect(queuesFor(foldDossier('X', builder.build(), ctx), CAST.specialist)).toEqual(['cho-xu-ly']);
    expect(workItemsOf(foldDossier('X', builder.stop(T0 + 900).build(), ctx))).toEqual([]);
  });

  it('give a department step nobody routed to the desk, and the same-day desk processing to the desk', () => {
    const unrouted = foldDossier('X', new HistoryBuilder(UNIT).receive(T0).completeStep(T0 + 30, 'tiep-nhan', { actor: ACTORS.counter }).build(), ctx);
    expect(workItemsOf(unrouted)).toMatchObject([{ kind: 'route', role: 'counter_officer', stepCode: 'xu-ly' }]);
  });
});

/** Which queue each officer finds the dossier in, at each step ("-": none of theirs). */
const QUEUE_MATRIX = `
officer          | submitted     | tiep-nhan  | xu-ly     | xu-ly-unassigned | xem-xet       | phe-duyet     | phe-duyet-leader | tra-ket-qua
counter          | cho-tiep-nhan | cho-chuyen | -         | -                | -             | -             | -                | cho-tra
specialist       | -             | -          | cho-xu-ly | -                | -             | -             | -                | -
colleague        | -             | -          | -         | -                | -             | -             | -                | -
otherSpecialist  | -             | -          | -         | -                | -             | -             | -                | -
head             | -             | -          | -         | cho-phan-cong    | cho-phe-duyet | -             | -                | -
otherHead        | -             | -          | -         | -                | -             | -             | -                | -
leader           | -             | -          | -         | -                | -             | -             | cho-phe-duyet    | -
chairman         | -             | -          | -         | -                | -             | cho-phe-duyet | -                | -
otherChairman    | -             | -          | -         | -                | -             | -             | -                | -
`;

describe('queues', () => {
  it('put each dossier in the queue of the officer whose turn it is, and in no one else\'s', () => {
    const [header, ...rows] = QUEUE_MATRIX.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
    const expected = Object.fromEntries(rows.map(([officer, ...cells]) => [officer, Object.fromEntries(cells.map((cell, i) => [header![i + 1], cell]))]));
    const queuesAt = (officer: (typeof OFFICERS)[number]) => Object.fromEntries(Object.entries(STATES).map(([step, state]) => [step, queuesFor(state, officer).join(',') || '-']));
    const actual = Object.fromEntries(Object.entries(CAST).map(([name, officer]) => [name, queuesAt(officer)]));
    expect(actual).toEqual(expected);
  });

  it('hold every kind of work in exactly one queue, and show each role its tabs', () => {
    for (const kind of WORK_KINDS) expect(QUEUES.filter((q) => (q.kinds as readonly string[]).includes(kind)), kind).toHaveLength(1);
    expect(Object.fromEntries(STAFF_ROLES.map((role) => [role, queuesOfRole(role)]))).toEqual({
      counter_officer: ['cho-tiep-nhan', 'cho-chuyen', 'cho-xu-ly', 'cho-bo-sung', 'nghia-vu-tai-chinh', 'cho-tra'],
      specialist: ['cho-xu-ly'],
      department_head: ['cho-phan-cong', 'cho-xu-ly', 'cho-phe-duyet'],
      center_leader: ['cho-phe-duyet'],
      chairman: ['cho-phe-duyet'],
      city_supervisor: [],
      administrator: [],
    });
  });

  it('agree with the turn table, list a dossier in one queue per officer, and count up to "Việc của tôi"', () => {
    const templates = fc.oneof(fc.constant(REVIEWED_STEPS), workableTemplates);
    const choices = fc.array(fc.record({ officer: fc.nat(), action: fc.nat(), pick: fc.nat() }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(templates, choices, (steps, picks) => {
        const states: DossierState[] = walk(buildProcedureSnapshot({ steps }), picks, ctx, T0).map((s) => s.after);
        for (const state of states) {
          for (const work of workItemsOf(state)) expect(WORK_KIND_ROLES[work.kind]).toContain(work.role);
          const step = turnStep(state);
          for (const officer of OFFICERS) {
            const queues = queuesFor(state, officer);
            expect(queues.length).toBeLessThanOrEqual(1);
            const waiting = isWaitingFor(state, officer);
            if (state.status === STATUS.received || state.status === STATUS.processing) {
              const standing = step ? standingOf(step, state, officer) : 'none';
              expect(waiting, `${officer.id} at ${step?.code}`).toBe(standing === 'holder' || (standing === 'head' && step?.holder.assigneeId === undefined));
            } else {
              expect(waiting).toBe(officer === CAST.counter && workItemsOf(state).length > 0);
            }
            // "Chờ phê duyệt" holds only the officer's own review or approval step, never an earlier one.
            if (queues[0] === 'cho-phe-duyet') expect([step?.act, step?.role]).toEqual([expect.stringMatching(/^(review|approve)$/), officer.role]);
          }
        }
        for (const officer of OFFICERS) {
          const counts = queueCounts(states, officer);
          const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
          expect(total).toBe(states.filter((s) => isWaitingFor(s, officer)).length);
        }
        const toReturn: QueueKey = 'cho-tra';
        expect(queueCounts(states, CAST.counter)[toReturn]).toBe(states.filter((s) => s.status === STATUS.processed).length);
      }),
      { numRuns: 120, seed: 144 },
    );
  });
});
