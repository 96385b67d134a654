/**
 * When to try a failed notice again, and when to give up ("park" it for staff to see and
 * resend). Pure: the worker passes the attempt number, the failure and a random jitter.
 *
 * - A permanent failure (the provider refused this message for good: bad address, unknown Zalo
 *   account, template rejected) is parked at once; trying again would be refused again.
 * - A transient failure (timeout, connection refused, 5xx, 429, quota, expired token,
 *   configuration being fixed) is retried with exponential backoff and "equal jitter": half the
 *   delay fixed, half random, so that a gateway coming back is not hit by every waiting notice
 *   at once while no retry comes sooner than half its delay.
 * - After `maxAttempts` failures the notice is parked.
 */
import { atMinute, dayOf, minuteOfDay, type LocalMinute } from '../calendar/local-time.ts';
import type { NoticeChannel } from './kinds.ts';

export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Total attempts, the first included. */
  maxAttempts: number;
}

/** 30 s, 1, 2, 4, 8, 16, 32 min, then parked after the 8th failure (about 2 hours of trying). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, maxAttempts: 8 };

export type RetryDecision = { action: 'retry'; delayMs: number } | { action: 'park'; why: 'permanent' | 'exhausted' };

/**
 * After the `attempt`-th attempt (1 for the first) failed: retry after how long, or park?
 * `jitter` is a random number in [0, 1).
 */
export function afterFailure(attempt: number, failure: { permanent: boolean }, jitter: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryDecision {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError('Số lần gửi phải là số nguyên dương.');
  if (!(jitter >= 0 && jitter < 1)) throw new RangeError('Độ nhiễu (jitter) phải nằm trong [0, 1).');
  if (failure.permanent) return { action: 'park', why: 'permanent' };
  if (attempt >= policy.maxAttempts) return { action: 'park', why: 'exhausted' };
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return { action: 'retry', delayMs: Math.round(delay / 2 + (jitter * delay) / 2) };
}

/** An HTTP answer of a gateway, as a failure: 408, 425, 429 and 5xx may pass later; other 4xx will not. */
export function httpStatusIsPermanent(status: number): boolean {
  if (status === 408 || status === 425 || status === 429) return false;
  return status >= 400 && status < 500;
}

/** Hours during which text messages may reach a phone (SMS, Zalo); e-mail goes at any hour. */
export interface SendWindow {
  /** Minutes since local midnight. */
  from: number;
  to: number;
}

/** 07:00–21:00: no notice wakes a citizen, and Zalo refuses some templates at night. */
export const DEFAULT_SEND_WINDOW: SendWindow = { from: 7 * 60, to: 21 * 60 };

/** The first moment at or after `at` when a notice may go out on this channel. */
export function nextSendMinute(at: LocalMinute, channel: NoticeChannel, window: SendWindow = DEFAULT_SEND_WINDOW): LocalMinute {
  if (channel === 'email') return at;
  const inDay = minuteOfDay(at);
  if (inDay >= window.from && inDay < window.to) return at;
  return inDay < window.from ? atMinute(dayOf(at), window.from) : atMinute(dayOf(at) + 1, window.from);
}
