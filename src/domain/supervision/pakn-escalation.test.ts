import { describe, expect, it } from 'vitest';
import { foldPakn } from '../pakn/fold.ts';
import type { PaknState } from '../pakn/state.ts';
import { at, PAKN_SENDER, PAKN_UNIT, PaknHistoryBuilder } from '../../../test/support/pakn-builders.ts';
import { liveContext, unitStaff } from '../../../test/support/supervision-builders.ts';
import { supervisionConfigSchema } from './config.ts';
import { paknAlertsToRaise } from './pakn-escalation.ts';

const CODE = 'PAKN-000.01.24.H24-261116-001';
const staff = unitStaff(PAKN_UNIT);
// Received Monday 16/11/2026 08:00, classified within competence: "Xử lý, trả lời" is due
// Tuesday 08/12/2026 08:00 (15 working days, the 24/11 holiday skipped: clocks.test.ts).
const classified = () => new PaknHistoryBuilder().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00'));
const fold = (builder: PaknHistoryBuilder): PaknState => foldPakn(CODE, builder.build(), { calendar: liveContext(0).calendar });
const raise = (now: string, state: PaknState = fold(classified()), raised: ReadonlySet<string> = new Set(), config = liveContext(0).config) =>
  paknAlertsToRaise({ pakn: [state], context: liveContext(at(now), { config }), staff, raised });

describe('PAKN clocks in the unit’s ladder', () => {
  it('nothing while more than one working day is left (Monday 07/12 07:59: 481 working minutes)', () => {
    expect(raise('2026-12-07T07:59')).toEqual({ alerts: [], unaddressed: [] });
  });

  it('one working day before the resolve clock ends: the center leaders, naming the code and the clock, not the sender', () => {
    const { alerts } = raise('2026-12-07T08:00');
    expect(alerts).toEqual([
      {
        key: `${PAKN_UNIT}/pakn:${CODE}/resolve/sap-den-han`,
        unitCode: PAKN_UNIT,
        dossierCode: CODE,
        stepCode: 'resolve',
        rungId: 'sap-den-han',
        trigger: 'legal-due-within',
        addressees: [`${PAKN_UNIT}.giam-doc`, `${PAKN_UNIT}.pho-giam-doc`],
        text: `Phản ánh, kiến nghị ${CODE}: thời hạn "Xử lý, trả lời" sắp hết (hạn 08:00 08/12/2026).`,
        raisedAt: at('2026-12-07T08:00'),
        dueAt: at('2026-12-08T08:00'),
      },
    ]);
    expect(JSON.stringify(alerts)).not.toContain(PAKN_SENDER.name);
  });

  it('past the clock: the chairman, once; the rung already raised is not raised again', () => {
    const first = raise('2026-12-08T08:01', fold(classified()), new Set([`${PAKN_UNIT}/pakn:${CODE}/resolve/sap-den-han`]));
    expect(first.alerts.map((a) => [a.rungId, a.addressees, a.text])).toEqual([
      ['qua-han', [`${PAKN_UNIT}.chu-tich`], `Phản ánh, kiến nghị ${CODE}: thời hạn "Xử lý, trả lời" đã quá (hạn 08:00 08/12/2026).`],
    ]);
    const raised = new Set([`${PAKN_UNIT}/pakn:${CODE}/resolve/sap-den-han`, ...first.alerts.map((a) => a.key)]);
    expect(raise('2026-12-20T08:00', fold(classified()), raised).alerts).toEqual([]);
  });

  it('a clock held while the sender is awaited raises nothing, even long after the first due date', () => {
    expect(raise('2027-01-20T08:00', fold(classified().requestInformation(at('2026-11-18T10:00')))).alerts).toEqual([]);
  });

  it('a resolved PAKN raises nothing for the resolve clock', () => {
    const resolved = fold(classified().resolve(at('2026-12-01T08:00')));
    expect(raise('2026-12-20T08:00', resolved).alerts.filter((a) => a.stepCode === 'resolve')).toEqual([]);
  });

  it('step rungs do not apply; a department-head rung without a department falls back to the center leaders', () => {
    const config = supervisionConfigSchema.parse({
      ladder: [
        { id: 'buoc', name: 'Bước quá hạn', trigger: { kind: 'step-overdue' }, notify: 'department_head' },
        { id: 'tre', name: 'Quá hạn', trigger: { kind: 'legal-overdue', overdueWorkingDays: 1 }, notify: 'department_head' },
      ],
    });
    expect(raise('2026-12-08T17:00', fold(classified()), new Set(), config).alerts).toEqual([]);
    const { alerts } = raise('2026-12-09T08:00', fold(classified()), new Set(), config);
    expect(alerts.map((a) => [a.rungId, a.addressees])).toEqual([['tre', [`${PAKN_UNIT}.giam-doc`, `${PAKN_UNIT}.pho-giam-doc`]]]);
  });
});
