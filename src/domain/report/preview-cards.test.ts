import { describe, expect, it } from 'vitest';
import { previewCards } from './preview-cards.ts';
import { buildFormII06a } from '../kpi/form-ii06a.ts';
import { computeFigures } from '../kpi/figures.ts';
import { buildDossierState, buildEndedDossierState, daysFrom, minuteAt } from '../../../test/support/kpi-builders.ts';
import type { DossierState } from '../dossier/state.ts';

const march = daysFrom('2026-03-01', '2026-03-31');
const asOf = minuteAt('2026-04-01T00:00');
const received = minuteAt('2026-03-02T08:00');
const due = minuteAt('2026-03-10T17:00');
const ended = (kind: 'processed' | 'returned' | 'stopped' | 'withdrawn', at: string): DossierState =>
  buildEndedDossierState(kind, minuteAt(at), { receivedAt: received, legalDueAt: due });

function cardsOf(dossiers: DossierState[]) {
  return previewCards(computeFigures(dossiers, march, { asOf }).total, buildFormII06a(dossiers, march, { asOf }).total);
}

describe('report preview cards', () => {
  it('say why "Đã giải quyết" and "Giải quyết quá hạn" differ from the II.06a columns (stops and withdrawals)', () => {
    const cards = cardsOf([
      ended('processed', '2026-03-05T10:00'),
      ended('returned', '2026-03-12T10:00'), // overdue
      ended('stopped', '2026-03-12T10:00'), // stopped after the due date
      ended('stopped', '2026-03-05T10:00'),
      ended('withdrawn', '2026-03-05T10:00'),
      buildDossierState({ receivedAt: received, legalDueAt: due }), // still in progress, overdue
    ]);
    expect(cards.map((c) => [c.title, c.value])).toEqual([
      ['Hồ sơ tiếp nhận', 6],
      ['Kỳ trước chuyển sang', 0],
      ['Đã giải quyết', 2],
      ['Giải quyết quá hạn', 1],
      ['Đang giải quyết', 1],
      ['Đang giải quyết quá hạn', 1],
    ]);
    expect(cards[2]!.note).toBe('Chỉ tính hồ sơ đã có kết quả hoặc trả lại. Cột “Đã giải quyết” của Biểu II.06a (5) tính cả 2 hồ sơ dừng xử lý, từ chối giải quyết và 1 hồ sơ công dân xin rút.');
    expect(cards[3]!.note).toBe('Chỉ tính hồ sơ đã có kết quả hoặc trả lại. Cột “Quá hạn” của Biểu II.06a (2) tính cả 1 hồ sơ dừng xử lý, từ chối giải quyết sau hạn.');
    expect(cards.filter((c) => c.note !== undefined)).toHaveLength(2);
  });

  it('name only the kinds of end that are there (a withdrawal alone)', () => {
    const cards = cardsOf([ended('processed', '2026-03-05T10:00'), ended('withdrawn', '2026-03-05T10:00')]);
    expect(cards[2]!.note).toBe('Chỉ tính hồ sơ đã có kết quả hoặc trả lại. Cột “Đã giải quyết” của Biểu II.06a (2) tính cả 1 hồ sơ công dân xin rút.');
    expect(cards[3]!.note).toBeUndefined();
  });

  it('carry no note when every end is a result (the card equals its column)', () => {
    const cards = cardsOf([ended('processed', '2026-03-05T10:00'), ended('returned', '2026-03-12T10:00')]);
    expect(cards.every((c) => c.note === undefined)).toBe(true);
  });
});
