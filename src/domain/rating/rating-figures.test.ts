import { describe, expect, it } from 'vitest';
import type { LocalMinute } from '../calendar/local-time.ts';
import { computeRatingFigures, dossiersWithDissatisfiedRating, satisfactionSummary, type RatingFigures } from './rating-figures.ts';
import type { Actor } from '../dossier/events.ts';
import { buildRating, dayAt, daysFrom, dossierCode, minuteAt, QUEUE_ACTORS, TicketBuilder } from '../../../test/support/queue-builders.ts';

const { officerA, officerB, officerC } = QUEUE_ACTORS;
const d2 = dayAt('2026-03-02');

function servedTicket(id: string, officer: Actor, counter: number, servedAt: LocalMinute, options: { dossier?: string; unitCode?: string } = {}) {
  return new TicketBuilder(id)
    .issue(servedAt - 20, { ...(options.unitCode ? { unitCode: options.unitCode } : {}) })
    .call(servedAt - 10, counter, officer)
    .start(servedAt - 9, officer)
    .serve(servedAt, options.dossier ? [options.dossier] : [], officer)
    .state();
}

// Hand-written ratings; each comment says where it counts.
const ratings = [
  // R1: officer A (department vp-hdnd-ubnd), everything "Hài lòng" → satisfied.
  buildRating(servedTicket('T1', officerA, 2, minuteAt('2026-03-02T08:30'), { dossier: dossierCode(d2, 1) }), { departmentCode: 'vp-hdnd-ubnd' }),
  // R2: officer A, overall and attitude "Không hài lòng" → dissatisfied; its dossier feeds QĐ 766 5.4.
  buildRating(servedTicket('T2', officerA, 2, minuteAt('2026-03-02T09:30'), { dossier: dossierCode(d2, 2) }), {
    departmentCode: 'vp-hdnd-ubnd',
    answers: { chung: 'khong-hai-long', 'thai-do': 'khong-hai-long', 'huong-dan': 'hai-long', 'thoi-gian': 'hai-long' },
  }),
  // R3: officer B (department van-hoa-xa-hoi), overall only, "Bình thường" → neutral.
  buildRating(servedTicket('T3', officerB, 4, minuteAt('2026-03-03T10:00')), { departmentCode: 'van-hoa-xa-hoi', answers: { chung: 'binh-thuong' } }),
  // R4: officer B, no department recorded → satisfied, under "(Chưa xác định)".
  buildRating(servedTicket('T4', officerB, 4, minuteAt('2026-03-03T10:30')), { channel: 'ticket_qr', at: minuteAt('2026-03-03T19:00') }),
  // R5: officer C at another unit → satisfied, no department.
  buildRating(servedTicket('T5', officerC, 1, minuteAt('2026-03-04T08:00'), { unitCode: 'OTHER-UNIT' })),
  // R6: served on 31 March, rated on 1 April through the QR → in April, not in March; dissatisfied.
  buildRating(servedTicket('T6', officerC, 1, minuteAt('2026-03-31T16:00'), { dossier: dossierCode(dayAt('2026-03-31'), 9) }), {
    channel: 'ticket_qr',
    at: minuteAt('2026-04-01T07:30'),
    answers: { chung: 'khong-hai-long' },
  }),
];

const report = computeRatingFigures(ratings, daysFrom('2026-03-01', '2026-03-31'));
const counts = (f: RatingFigures | undefined) => f && [f.ratings, f.satisfied, f.neutral, f.dissatisfied];

describe('computeRatingFigures on a hand-computed population', () => {
  it('counts March’s five ratings by their overall answer: 3 satisfied, 1 neutral, 1 dissatisfied', () => {
    expect(counts(report.total)).toEqual([5, 3, 1, 1]);
    expect(report.total.satisfiedRate).toEqual({ numerator: 3, denominator: 5, basisPoints: 6000 });
    expect(report.total.dissatisfiedRate).toEqual({ numerator: 1, denominator: 5, basisPoints: 2000 });
  });

  it('breaks the answers down by question (optional questions count only where answered)', () => {
    expect(report.total.byQuestion).toEqual({
      chung: { answers: 5, satisfied: 3, neutral: 1, dissatisfied: 1 },
      'thai-do': { answers: 4, satisfied: 3, neutral: 0, dissatisfied: 1 }, // R3 skipped it
      'huong-dan': { answers: 4, satisfied: 4, neutral: 0, dissatisfied: 0 },
      'thoi-gian': { answers: 4, satisfied: 4, neutral: 0, dissatisfied: 0 },
    });
  });

  it('per officer, department and unit', () => {
    const table = (groups: Record<string, RatingFigures>) => Object.fromEntries(Object.entries(groups).map(([key, f]) => [key, counts(f)]));
    expect(table(report.byOfficer)).toEqual({ 'can-bo-a': [2, 1, 0, 1], 'can-bo-b': [2, 1, 1, 0], 'can-bo-c': [1, 1, 0, 0] });
    expect(table(report.byDepartment)).toEqual({ '(Chưa xác định)': [2, 2, 0, 0], 'van-hoa-xa-hoi': [1, 0, 1, 0], 'vp-hdnd-ubnd': [2, 1, 0, 1] });
    expect(table(report.byUnit)).toEqual({ '000.00.24.H24': [4, 2, 1, 1], 'OTHER-UNIT': [1, 1, 0, 0] });
  });

  it('gives the report JSON its satisfaction object', () => {
    expect(satisfactionSummary(report.total)).toEqual({ ratings: 5, satisfied: 3, dissatisfied: 1 });
    expect(satisfactionSummary(computeRatingFigures(ratings, daysFrom('2026-04-01', '2026-04-30')).total)).toEqual({ ratings: 1, satisfied: 0, dissatisfied: 1 });
    expect(computeRatingFigures([], daysFrom('2026-04-01', '2026-04-30')).total.satisfiedRate.basisPoints).toBeNull();
  });

  it('lists the dossiers with a dissatisfied rating, for QĐ 766 5.4', () => {
    expect(dossiersWithDissatisfiedRating(ratings)).toEqual(['000.00.24.H24-260302-0002', '000.00.24.H24-260331-0009']);
  });
});
