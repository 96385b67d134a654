import { describe, expect, it } from 'vitest';
import { describeTimeLimit, parseTimeLimit, timeLimitToText } from './time-limit.ts';

describe('time-limit grammar', () => {
  it.each([
    ['3 working-days', { kind: 'working-days', days: 3 }],
    ['0.5 working-days', { kind: 'working-days', days: 0.5 }],
    ['1,5 working-days', { kind: 'working-days', days: 1.5 }],
    ['1 working-day', { kind: 'working-days', days: 1 }],
    ['4 working-hours', { kind: 'working-hours', hours: 4 }],
    ['15 days', { kind: 'calendar-days', days: 15 }],
    ['same-day', { kind: 'same-day' }],
    ['  SAME-DAY ', { kind: 'same-day' }],
  ])('parses %s', (text, expected) => {
    expect(parseTimeLimit(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['', 'ba ngày', '0.3 working-days', '1.5 days', '-2 working-days', '3 weeks'])('rejects %j with a Vietnamese reason', (text) => {
    const result = parseTimeLimit(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/không hợp lệ|bội số|số nguyên/);
  });

  it('round-trips and describes in Vietnamese', () => {
    expect(timeLimitToText({ kind: 'working-days', days: 2.5 })).toBe('2.5 working-days');
    expect(describeTimeLimit({ kind: 'working-days', days: 3 })).toBe('03 ngày làm việc');
    expect(describeTimeLimit({ kind: 'working-days', days: 0.5 })).toBe('0,5 ngày làm việc');
    expect(describeTimeLimit({ kind: 'calendar-days', days: 15 })).toBe('15 ngày');
  });
});
