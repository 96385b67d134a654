import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterFailure, DEFAULT_RETRY_POLICY, httpStatusIsPermanent, nextSendMinute } from './retry.ts';
import { isoLocalDateTime, parseIsoLocalDateTime } from '../calendar/local-time.ts';

const transient = { permanent: false };

describe('retry policy', () => {
  it('doubles the delay from 30 s, capped at an hour, half of it jittered', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => afterFailure(n, transient, 0));
    expect(delays).toEqual([15_000, 30_000, 60_000, 120_000, 240_000, 480_000, 960_000].map((delayMs) => ({ action: 'retry', delayMs })));
    expect(afterFailure(3, transient, 0.5)).toEqual({ action: 'retry', delayMs: 90_000 });
    expect(afterFailure(7, transient, 0.5, { ...DEFAULT_RETRY_POLICY, maxAttempts: 20 })).toEqual({ action: 'retry', delayMs: 1_440_000 });
    expect(afterFailure(12, transient, 0.5, { ...DEFAULT_RETRY_POLICY, maxAttempts: 20 })).toEqual({ action: 'retry', delayMs: 2_700_000 });
  });

  it('parks a permanent failure at once and a transient one after the last attempt', () => {
    expect(afterFailure(1, { permanent: true }, 0.3)).toEqual({ action: 'park', why: 'permanent' });
    expect(afterFailure(8, transient, 0.3)).toEqual({ action: 'park', why: 'exhausted' });
    expect(afterFailure(2, transient, 0.3, { baseDelayMs: 1000, maxDelayMs: 10_000, maxAttempts: 2 })).toEqual({ action: 'park', why: 'exhausted' });
  });

  it('never waits less than half the delay nor more than the cap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, jitter) => {
        const decision = afterFailure(attempt, transient, jitter);
        const full = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
        expect(decision.action).toBe('retry');
        if (decision.action === 'retry') {
          expect(decision.delayMs).toBeGreaterThanOrEqual(full / 2);
          expect(decision.delayMs).toBeLessThanOrEqual(full);
        }
      }),
    );
  });

  it('refuses nonsense arguments', () => {
    expect(() => afterFailure(0, transient, 0)).toThrow(RangeError);
    expect(() => afterFailure(1, transient, 1)).toThrow(RangeError);
  });

  it('classifies gateway HTTP answers', () => {
    expect([400, 401, 403, 404, 410, 422].map(httpStatusIsPermanent)).toEqual([true, true, true, true, true, true]);
    expect([408, 425, 429, 500, 502, 503, 504].map(httpStatusIsPermanent)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('send window', () => {
  const at = (text: string): number => parseIsoLocalDateTime(text)!;
  const next = (text: string, channel: 'sms' | 'zalo' | 'email') => isoLocalDateTime(nextSendMinute(at(text), channel));

  it('holds text messages at night until 07:00 and lets e-mail go', () => {
    expect(next('2026-12-03T22:30', 'sms')).toBe('2026-12-04T07:00');
    expect(next('2026-12-04T05:10', 'zalo')).toBe('2026-12-04T07:00');
    expect(next('2026-12-04T07:00', 'sms')).toBe('2026-12-04T07:00');
    expect(next('2026-12-04T20:59', 'sms')).toBe('2026-12-04T20:59');
    expect(next('2026-12-04T21:00', 'sms')).toBe('2026-12-05T07:00');
    expect(next('2026-12-03T23:30', 'email')).toBe('2026-12-03T23:30');
  });
});
