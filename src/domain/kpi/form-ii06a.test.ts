import { describe, expect, it } from 'vitest';
import { buildFormII06a, formII06aRowCells, formII06aTotalCells, FORM_II06A_COLUMN_KEYS, type FormII06aCounts } from './form-ii06a.ts';
import { FORM_II06A_HEADERS } from './labels.ts';
import { buildDossierState, buildEndedDossierState, daysFrom, minuteAt, waitingForSupplement } from '../../../test/support/kpi-builders.ts';
import type { DossierState } from '../dossier/state.ts';

const march = daysFrom('2026-03-01', '2026-03-31');
const asOf = minuteAt('2026-04-01T00:00');
const due = minuteAt('2026-03-10T17:00');
const received = minuteAt('2026-03-02T08:00');
const ended = (kind: 'processed' | 'returned' | 'stopped' | 'withdrawn', at: string, overrides: Partial<DossierState> = {}): DossierState =>
  buildEndedDossierState(kind, minuteAt(at), { receivedAt: received, legalDueAt: due, ...overrides });
const column = (counts: FormII06aCounts, number: keyof typeof FORM_II06A_COLUMN_KEYS): number => counts[FORM_II06A_COLUMN_KEYS[number]];

describe('Biểu II.06a columns', () => {
  it('has 13 column headers', () => {
    expect(FORM_II06A_HEADERS).toHaveLength(13);
  });

  it('(7) counts every end in the period, stops and withdrawals included', () => {
    const form = buildFormII06a(
      [ended('returned', '2026-03-05T10:00'), ended('processed', '2026-03-10T16:00'), ended('stopped', '2026-03-05T10:00'), ended('withdrawn', '2026-03-05T10:00')],
      march,
      { asOf },
    );
    expect(column(form.total, 7)).toBe(4);
    expect(column(form.total, 8)).toBe(2); // returned early + stopped early
    expect(column(form.total, 9)).toBe(2); // processed on the due day + withdrawn
    expect(column(form.total, 10)).toBe(0);
  });

  it('(8)–(10): a stop is judged by its time like any end; a withdrawal is always (9)', () => {
    const form = buildFormII06a([ended('stopped', '2026-03-12T10:00'), ended('withdrawn', '2026-03-12T10:00')], march, { asOf });
    expect([column(form.total, 8), column(form.total, 9), column(form.total, 10)]).toEqual([0, 1, 1]);
  });

  it('(4)–(6): online, in person or by post, carried over', () => {
    const form = buildFormII06a(
      [
        buildDossierState({ receivedAt: received, channel: 'online' }),
        buildDossierState({ receivedAt: received, channel: 'in_person' }),
        buildDossierState({ receivedAt: received, channel: 'post' }),
        buildDossierState({ receivedAt: minuteAt('2026-02-25T08:00'), channel: 'post' }),
      ],
      march,
      { asOf },
    );
    expect([3, 4, 5, 6].map((n) => column(form.total, n as 3 | 4 | 5 | 6))).toEqual([4, 1, 2, 1]);
  });

  it('(11)–(13): a dossier waiting for a supplement is within deadline; a late one is overdue', () => {
    const form = buildFormII06a(
      [
        buildDossierState({ receivedAt: received, legalDueAt: due, ...waitingForSupplement(minuteAt('2026-03-09T10:00')) }),
        buildDossierState({ receivedAt: received, legalDueAt: due }),
        buildDossierState({ receivedAt: received, legalDueAt: minuteAt('2026-04-20T17:00') }),
      ],
      march,
      { asOf },
    );
    expect([column(form.total, 11), column(form.total, 12), column(form.total, 13)]).toEqual([3, 2, 1]);
    expect(column(form.total, 3)).toBe(column(form.total, 7) + column(form.total, 11));
  });

  it('groups rows by field in Vietnamese order, or by unit with display names and listed empty rows', () => {
    const dossiers = [
      buildDossierState({ receivedAt: received, field: 'Hộ tịch', unitCode: 'X2' }),
      buildDossierState({ receivedAt: received, field: 'Chứng thực', unitCode: 'X1' }),
      buildDossierState({ receivedAt: received, field: 'Đất đai', unitCode: 'X1' }),
    ];
    const byField = buildFormII06a(dossiers, march, { asOf });
    expect(byField.rows.map((row) => [row.order, row.name])).toEqual([
      [1, 'Chứng thực'],
      [2, 'Đất đai'],
      [3, 'Hộ tịch'],
    ]);
    const byUnit = buildFormII06a(dossiers, march, { asOf, groupBy: 'unit', names: { X1: 'Xã An Lão', X2: 'Phường Gia Viên', X3: 'Xã Kiến Thụy' }, include: ['X3'] });
    expect(byUnit.rows.map((row) => [row.key, row.name, row.counts.received])).toEqual([
      ['X2', 'Phường Gia Viên', 1],
      ['X1', 'Xã An Lão', 2],
      ['X3', 'Xã Kiến Thụy', 0],
    ]);
  });

  it('prints 13 cells per row with Vietnamese thousands separators', () => {
    const dossiers = Array.from({ length: 1_205 }, () => buildDossierState({ receivedAt: received, legalDueAt: minuteAt('2026-04-20T17:00') }));
    const form = buildFormII06a(dossiers, march, { asOf });
    expect(formII06aRowCells(form.rows[0]!)).toEqual(['1', 'Hộ tịch', '1.205', '1.205', '0', '0', '0', '0', '0', '0', '1.205', '1.205', '0']);
    expect(formII06aTotalCells(form)).toEqual(['', 'Tổng số', '1.205', '1.205', '0', '0', '0', '0', '0', '0', '1.205', '1.205', '0']);
  });
});
