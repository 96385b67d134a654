import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOf, type LocalMinute } from '../calendar/local-time.ts';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import type { DossierState } from '../dossier/state.ts';
import { formatRatioPercent } from '../format/percent.ts';
import { buildDossierState, buildEndedDossierState, daysFrom } from '../../../test/support/kpi-builders.ts';
import { formatPaknCode } from './code.ts';
import type { PaknEvent } from './events.ts';
import { classifyContext, classifyPakn, computePaknFigures, paknReportJson, type PaknFigureCounts } from './report.ts';
import { computePaknServiceItems } from './service-index.ts';
import type { PaknState } from './state.ts';
import { ACTORS, admit, at, PaknHistoryBuilder, PAKN_UNIT } from '../../../test/support/pakn-builders.ts';

// November 2026 (calendar month), judged at its end. Working days: 02–06, 09–13, 16–20, 23,
// 25–27 and 30/11; Tuesday 24/11 (Ngày Văn hóa Việt Nam) is off. Every due date below was
// counted by hand on that calendar, working days counted in working time (docs/deadlines.md).
const calendar = new WorkingCalendar({ schedule: yearSchedule });
const november = daysFrom('2026-11-01', '2026-11-30');
const asOf = at('2026-12-01T00:00');
const UNIT_B = '000.02.24.H24';

function pakn(sequence: number, builder: PaknHistoryBuilder): PaknState {
  const events: PaknEvent[] = builder.build();
  const first = events[0]!;
  const unit = first.type === 'registered' ? first.unitCode : PAKN_UNIT;
  const received = first.type === 'registered' ? first.receivedAt : first.at;
  return admit(formatPaknCode(unit, dayOf(received), sequence), events, calendar);
}
const b = (): PaknHistoryBuilder => new PaknHistoryBuilder();

const D1 = '000.01.24.H24-261102-0001';
const D4 = '000.01.24.H24-261102-0004';
const D6 = '000.01.24.H24-261102-0006';

const P = {
  // Carried over: received in October, handling not ended on 01/11.
  // P01: 15 working days from Thu 22/10 09:00 → Thu 12/11 09:00; resolved Mon 02/11: on time.
  //      Publish by Wed 04/11 10:00 (2 working days): published then, on time.
  P01: pakn(1, b().register(at('2026-10-22T09:00')).classify(at('2026-10-22T10:00')).resolve(at('2026-11-02T10:00')).publish(at('2026-11-04T10:00'))),
  // P02: about an officer, received Mon 19/10 08:00, due Mon 09/11 08:00, never resolved: in progress, overdue at the end.
  P02: pakn(2, b().register(at('2026-10-19T08:00'), { channel: 'letter' }).classify(at('2026-10-19T09:00'), 'officer_conduct')),
  // P03: resolved Tue 20/10 (before the period: not handled in it); publish was due Thu 22/10 10:00,
  //      published Mon 02/11: counted only among November's publications, late.
  P03: pakn(3, b().register(at('2026-10-05T08:00')).classify(at('2026-10-05T09:00')).resolve(at('2026-10-20T10:00')).publish(at('2026-11-02T09:00'))),
  // P04: anonymous note in the box, received Fri 30/10 15:00; refusal due Tue 03/11 15:00 (2 working days), refused then: on time.
  P04: pakn(4, b().register(at('2026-10-30T15:00'), { channel: 'suggestion_box', sender: { kind: 'individual' } }).notAccept(at('2026-11-03T15:00'))),

  // New in November.
  // P05: received Mon 16/11 08:00, asked for information Wed 18/11 (request due Mon 23/11: on time), answered
  //      Fri 20/11: two working days paused, resolution due Thu 10/12 08:00 → in progress within the deadline.
  P05: pakn(5, b().register(at('2026-11-16T08:00')).classify(at('2026-11-16T10:00')).requestInformation(at('2026-11-18T10:00')).informationReceived(at('2026-11-20T10:00'))),
  // P06: from the national portal, received Mon 02/11 08:00, due Mon 23/11 08:00, resolved Wed 25/11: late.
  //      Publish due Fri 27/11 10:00, published Thu 26/11: on time. Concerns dossier D6.
  P06: pakn(6, b().register(at('2026-11-02T08:00'), { channel: 'national_portal', concerns: { dossierCode: D6 } }).classify(at('2026-11-02T09:00')).resolve(at('2026-11-25T10:00')).publish(at('2026-11-26T10:00'))),
  // P07: about an officer of another body, received Tue 03/11 09:00; forwarding due Tue 10/11 09:00, forwarded Mon 09/11: on time.
  P07: pakn(7, b().register(at('2026-11-03T09:00'), { channel: 'email' }).classify(at('2026-11-03T10:00'), 'officer_conduct', 'outside_competence').forward(at('2026-11-09T09:00'))),
  // P08: by phone, received Wed 18/11 14:00, outside competence; forwarding due Thu 26/11 14:00 (24/11 skipped),
  //      not forwarded: in progress, overdue at the end.
  P08: pakn(8, b().register(at('2026-11-18T14:00'), { channel: 'phone' }).classify(at('2026-11-19T09:00'), 'rules_and_procedures', 'outside_competence')),
  // P09: through the public form, received Mon 23/11 09:00; refusal due Thu 26/11 09:00 (24/11 skipped),
  //      refused at 09:01: late. Names dossier D4, but a PAKN not accepted is not held against it.
  P09: pakn(9, b().register(at('2026-11-23T09:00'), { channel: 'public_form', actor: ACTORS.citizen, concerns: { dossierCode: D4 } }).notAccept(at('2026-11-26T09:01'), 'unclear_content')),
  // P10: a letter received Wed 25/11 10:00, withdrawn by the sender Fri 27/11: withdrawn, judged by no clock.
  P10: pakn(10, b().register(at('2026-11-25T10:00'), { channel: 'letter' }).withdraw(at('2026-11-27T10:00'))),
  // P11: received Mon 09/11 08:00, due Tue 01/12 08:00, resolved Fri 20/11: on time; publication due Wed 25/11 10:00
  //      (24/11 skipped), not published by the end: resolved on time but not published, and late for QĐ 766 5.2.
  P11: pakn(11, b().register(at('2026-11-09T08:00')).classify(at('2026-11-09T09:00')).resolve(at('2026-11-20T10:00'))),
  // P12: from the portal, about dossier D1; resolved Thu 12/11 and published Fri 13/11, both on time;
  //      two dislikes imported Mon 16/11, one like Tue 17/11: unsatisfied (dislikes > likes).
  P12: pakn(
    12,
    b()
      .register(at('2026-11-10T09:00'), { channel: 'national_portal', concerns: { dossierCode: D1 } })
      .classify(at('2026-11-10T10:00'))
      .resolve(at('2026-11-12T10:00'))
      .publish(at('2026-11-13T09:00'))
      .vote(at('2026-11-16T09:00'), 'dislike', 2)
      .vote(at('2026-11-17T09:00'), 'like'),
  ),
  // P13: an opinion form, resolved Fri 13/11 and published Mon 16/11 on time; the sender wrote again about the result: unsatisfied.
  P13: pakn(13, b().register(at('2026-11-11T09:00'), { channel: 'survey_form' }).classify(at('2026-11-11T10:00')).resolve(at('2026-11-13T09:00')).publish(at('2026-11-16T09:00')).followUp(at('2026-11-18T09:00'))),
  // P14: unit B; resolved Fri 06/11, published Mon 09/11 (due Tue 10/11 08:00), liked: on time and satisfied.
  P14: pakn(14, b().register(at('2026-11-05T08:00'), { unitCode: UNIT_B }).classify(at('2026-11-05T09:00')).resolve(at('2026-11-06T08:00')).publish(at('2026-11-09T08:00')).vote(at('2026-11-10T09:00'), 'like')),
  // P15: imported from the portal, received Mon 30/11 16:00 (the last working day), not classified yet: in progress within.
  P15: pakn(15, b().register(at('2026-11-30T16:00'), { channel: 'national_portal', actor: ACTORS.system })),
  // P16: received Tue 01/12: after the period, counted nowhere.
  P16: pakn(16, b().register(at('2026-12-01T08:00'))),
  // P18: by e-mail, received Mon 02/11 09:00; information asked Tue 10/11 09:00 (request due Mon 09/11 09:00: late),
  //      answered Mon 30/11 09:00: 13 working days paused, resolution due Fri 11/12 09:00 → in progress within,
  //      but late for QĐ 766 5.2 because of the request.
  P18: pakn(18, b().register(at('2026-11-02T09:00'), { channel: 'email' }).classify(at('2026-11-02T10:00')).requestInformation(at('2026-11-10T09:00')).informationReceived(at('2026-11-30T09:00'))),
};
const ALL = Object.values(P);
const codes = (...names: Array<keyof typeof P>): string[] => names.map((name) => P[name].code).sort();

describe('hand-computed clocks of the population', () => {
  it('puts the due dates where the comments say', () => {
    const due = (name: keyof typeof P, id: string) => P[name].clocks.find((clock) => clock.id === id)?.dueAt;
    expect(due('P01', 'resolve')).toBe(at('2026-11-12T09:00'));
    expect(due('P02', 'resolve')).toBe(at('2026-11-09T08:00'));
    expect(due('P03', 'publish')).toBe(at('2026-10-22T10:00'));
    expect(due('P04', 'refuse')).toBe(at('2026-11-03T15:00'));
    expect(due('P05', 'resolve')).toBe(at('2026-12-10T08:00'));
    expect(due('P06', 'resolve')).toBe(at('2026-11-23T08:00'));
    expect(due('P07', 'forward')).toBe(at('2026-11-10T09:00'));
    expect(due('P08', 'forward')).toBe(at('2026-11-26T14:00'));
    expect(due('P09', 'refuse')).toBe(at('2026-11-26T09:00'));
    expect(due('P11', 'publish')).toBe(at('2026-11-25T10:00'));
    expect(due('P14', 'publish')).toBe(at('2026-11-10T08:00'));
    expect(due('P18', 'request_information')).toBe(at('2026-11-09T09:00'));
    expect(due('P18', 'resolve')).toBe(at('2026-12-11T09:00'));
  });
});

describe('the PAKN table of November 2026', () => {
  const report = computePaknFigures(ALL, november, { asOf });

  it('counts every handled PAKN once, where the comments say', () => {
    const expected: PaknFigureCounts = {
      // P01, P02, P04 carried over; P05–P15 and P18 new (P03 ended in October, P16 came in December).
      received: { total: 15, new: 12, carriedOver: 3 },
      byClass: { rulesAndProcedures: 9, officerConduct: 2, unclassified: 4 },
      byChannel: { in_person: 4, phone: 1, letter: 2, email: 2, public_form: 1, national_portal: 3, suggestion_box: 1, survey_form: 1 },
      // P01, P11, P12, P13, P14 on time; P06 late. Published by the end: all but P11.
      resolved: { total: 6, onTime: 5, overdue: 1, published: 5 },
      forwarded: { total: 1, onTime: 1, overdue: 0 },
      // P04 on time, P09 a minute late.
      notAccepted: { total: 2, onTime: 1, overdue: 1 },
      withdrawn: 1,
      // P02 and P08 overdue; P05, P15, P18 within.
      inProgress: { total: 5, withinDeadline: 3, overdue: 2 },
      informationRequested: 2,
      // Published in November: P01, P06, P12, P13, P14 on time; P03 late.
      published: { total: 6, onTime: 5, overdue: 1 },
    };
    const { rates, ...counts } = report.total;
    expect(counts).toEqual(expected);
    expect(formatRatioPercent(rates.resolvedOnTime)).toBe('83,33%');
    expect(formatRatioPercent(rates.resolvedOverdue)).toBe('16,66%');
    expect(formatRatioPercent(rates.resolvedPublished)).toBe('83,33%');
  });

  it('adds up: every handled PAKN is resolved, forwarded, not accepted, withdrawn or in progress', () => {
    const t = report.total;
    expect(t.received.total).toBe(t.resolved.total + t.forwarded.total + t.notAccepted.total + t.withdrawn + t.inProgress.total);
  });

  it('splits by unit', () => {
    expect(Object.keys(report.byUnit)).toEqual([PAKN_UNIT, UNIT_B]);
    expect(report.byUnit[UNIT_B]!.received.total).toBe(1);
    expect(report.byUnit[UNIT_B]!.published).toEqual({ total: 1, onTime: 1, overdue: 0 });
    expect(report.byUnit[PAKN_UNIT]!.received.total).toBe(14);
  });

  it('gives the report JSON exactly the shape of issue 19', () => {
    expect(paknReportJson(report.total)).toEqual({ received: { total: 15, carriedOver: 3 }, resolved: { total: 6, onTime: 5, overdue: 1 }, inProgress: { total: 5, overdue: 2 }, published: 6 });
  });

  it('judges the current period at the snapshot: P02 is within its deadline on Thursday 05/11', () => {
    const early = computePaknFigures([P.P02], november, { asOf: at('2026-11-05T12:00') });
    expect(early.total.inProgress).toEqual({ total: 1, withinDeadline: 1, overdue: 0 });
  });

  it('prints "no PAKN" figures for an empty month', () => {
    const empty = computePaknFigures([P.P16], november, { asOf });
    expect(paknReportJson(empty.total)).toEqual({ received: { total: 0, carriedOver: 0 }, resolved: { total: 0, onTime: 0, overdue: 0 }, inProgress: { total: 0, overdue: 0 }, published: 0 });
    expect(empty.total.rates.resolvedOnTime.basisPoints).toBeNull();
  });
});

describe('QĐ 766 PAKN items, November 2026', () => {
  // Dossiers handled in November for 5.4: D1 on time but named by P12; D2 on time; D3 late; D4 on time,
  // named only by P09 (not accepted); D5 on time but rated "không hài lòng"; D6 late and named by P06.
  const received = at('2026-11-02T08:00');
  const due = at('2026-11-05T08:00');
  const ended = (code: string, end: LocalMinute): DossierState => buildEndedDossierState('returned', end, { code, receivedAt: received, legalDueAt: due });
  const dossiers = [
    ended(D1, at('2026-11-04T10:00')),
    ended('000.01.24.H24-261102-0002', at('2026-11-04T10:00')),
    ended('000.01.24.H24-261102-0003', at('2026-11-06T10:00')),
    ended(D4, at('2026-11-04T10:00')),
    ended('000.01.24.H24-261102-0005', at('2026-11-04T10:00')),
    ended(D6, at('2026-11-09T10:00')),
    buildDossierState({ code: '000.01.24.H24-261201-0001', receivedAt: at('2026-12-01T08:00') }),
  ];
  const items = computePaknServiceItems(ALL, dossiers, november, { asOf, dislikedDossiers: new Set(['000.01.24.H24-261102-0005']) });

  it('5.1 by class: 8 of the 12 new PAKN are about rules and procedures (tracking only, no points)', () => {
    const item = items['5.1'];
    expect([item.rate.numerator, item.rate.denominator]).toEqual([8, 12]);
    expect(item.byClass).toEqual({ rulesAndProcedures: codes('P05', 'P06', 'P08', 'P11', 'P12', 'P13', 'P14', 'P18'), officerConduct: codes('P07'), unclassified: codes('P09', 'P10', 'P15') });
    expect(item.pointsHundredths).toBe(0);
  });

  it('5.2 on time: 9 of the 15 handled; late: P02 and P08 overdue, P06 resolved late, P09 refused late, P11 unpublished, P18 asked late', () => {
    const item = items['5.2'];
    expect(item.population).toEqual(codes('P01', 'P02', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P18'));
    expect(item.failing).toEqual(codes('P02', 'P06', 'P08', 'P09', 'P11', 'P18'));
    expect(formatRatioPercent(item.rate)).toBe('60%');
    expect(item.pointsHundredths).toBe(360);
  });

  it('5.3 satisfied: 5 of the 12 new; unsatisfied: the five late ones, P12 (more dislikes) and P13 (wrote again)', () => {
    const item = items['5.3'];
    expect(item.population).toEqual(codes('P05', 'P06', 'P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P18'));
    expect(item.failing).toEqual(codes('P06', 'P08', 'P09', 'P11', 'P12', 'P13', 'P18'));
    expect([item.rate.numerator, item.rate.denominator]).toEqual([5, 12]);
    expect(item.pointsHundredths).toBe(250);
  });

  it('5.4 = 100 % − (overdue % + with a PAKN or a dislike %): 100 % − (2/6 + 3/6) = 1/6, against a 90 % target', () => {
    const item = items['5.4'];
    expect(item.population).toHaveLength(6);
    expect([item.overdue.numerator, item.overdue.denominator]).toEqual([2, 6]);
    expect([item.withPaknOrDislike.numerator, item.withPaknOrDislike.denominator]).toEqual([3, 6]);
    expect(formatRatioPercent(item.rate)).toBe('16,66%');
    // 6 × (1/6) / 0,9 = 1,11 points.
    expect(item.pointsHundredths).toBe(111);
    expect(item.failing).toEqual([D1, '000.01.24.H24-261102-0003', '000.01.24.H24-261102-0005', D6].sort());
    expect(item.pakn).toEqual(codes('P06', 'P12'));
    expect(item.note).toBeUndefined();
  });

  it('5.2 holds a withdrawal after the due date against the PAKN, not one before it', () => {
    // Received Mon 02/11 08:00, resolution due Mon 23/11 08:00.
    const withdrawnAt = (time: string) => pakn(30, b().register(at('2026-11-02T08:00')).classify(at('2026-11-02T09:00')).withdraw(at(time)));
    const late = computePaknServiceItems([withdrawnAt('2026-11-25T10:00')], [], november, { asOf });
    expect(late['5.2'].failing).toHaveLength(1);
    const early = computePaknServiceItems([withdrawnAt('2026-11-20T10:00')], [], november, { asOf });
    expect(early['5.2'].failing).toEqual([]);
  });

  it('filters by unit, and leaves an item without cases unscored', () => {
    const unitB = computePaknServiceItems(ALL, dossiers, november, { asOf, unitCode: UNIT_B });
    expect(unitB['5.2'].population).toEqual(codes('P14'));
    expect(unitB['5.2'].pointsHundredths).toBe(600);
    expect(unitB['5.4'].pointsHundredths).toBeNull();
    expect(unitB['5.4'].note).toMatch(/Không phát sinh trong kỳ/);
    expect(unitB['5.4'].note).toMatch(/Chưa có dữ liệu đánh giá không hài lòng/);
  });
});

describe('report invariants over arbitrary periods and snapshots', () => {
  it('received = resolved + forwarded + not accepted + withdrawn + in progress; classes and channels add up; units add up to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 60 * 1440 }), (fromOffset, length, asOfOffset) => {
        const from = dayOf(at('2026-10-01T00:00')) + fromOffset;
        const period = { from, to: from + length };
        const snapshot = at('2026-10-01T00:00') + asOfOffset;
        const report = computePaknFigures(ALL, period, { asOf: snapshot });
        const t = report.total;
        expect(t.received.total).toBe(t.resolved.total + t.forwarded.total + t.notAccepted.total + t.withdrawn + t.inProgress.total);
        expect(t.received.total).toBe(t.received.new + t.received.carriedOver);
        expect(t.received.total).toBe(t.byClass.rulesAndProcedures + t.byClass.officerConduct + t.byClass.unclassified);
        expect(t.received.total).toBe(Object.values(t.byChannel).reduce((sum, n) => sum + n, 0));
        for (const timed of [t.resolved, t.forwarded, t.notAccepted, t.published]) expect(timed.total).toBe(timed.onTime + timed.overdue);
        expect(t.inProgress.total).toBe(t.inProgress.withinDeadline + t.inProgress.overdue);
        expect(Object.values(report.byUnit).reduce((sum, unit) => sum + unit.received.total, 0)).toBe(t.received.total);
        const context = classifyContext(period, snapshot);
        expect(ALL.filter((state) => classifyPakn(state, context) !== undefined)).toHaveLength(t.received.total);
      }),
      { numRuns: 200 },
    );
  });
});
