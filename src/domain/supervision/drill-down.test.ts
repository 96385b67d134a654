import { describe, expect, it } from 'vitest';
import { drillDownRows, totalOf } from './drill-down.ts';

const group = (key: string | null, overdue: number, inProgress: number, resolved = 0, resolvedOnTime = 0) => ({ key, received: 1, inProgress, overdue, dueSoon: 0, resolved, resolvedOnTime });

describe('drill-down rows', () => {
  it('names the groups, the unrouted one by its label, and puts the most overdue first', () => {
    const rows = drillDownRows([group('b', 0, 5), group(null, 1, 1), group('a', 3, 4)], (key) => `Phòng ${key.toUpperCase()}`, 'Chưa chuyển');
    expect(rows.map((r) => r.name)).toEqual(['Phòng A', 'Chưa chuyển', 'Phòng B']);
  });

  it('gives the on-time rate truncated to basis points, none when nothing was resolved', () => {
    const [two, none] = drillDownRows([group('x', 1, 0, 3, 2), group('y', 0, 0)], (key) => key, '');
    expect(two!.onTimeBasisPoints).toBe(6666);
    expect(none!.onTimeBasisPoints).toBeNull();
  });

  it('adds the rows into a total', () => {
    expect(totalOf([group('a', 1, 2, 3, 1), group('b', 2, 3, 1, 1)])).toEqual({ received: 2, inProgress: 5, overdue: 3, dueSoon: 0, resolved: 4, resolvedOnTime: 2 });
  });
});
