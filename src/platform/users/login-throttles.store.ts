/**
 * Failed sign-ins per account (table login_throttles; the rules are in app/auth/login-throttle.ts).
 * Each attempt is counted *before* its password is checked, in one statement that also refuses
 * it while the account is locked: attempts sent at the same moment, from any number of addresses
 * or server processes, cannot slip past the count. A successful sign-in deletes the row.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { loginThrottles } from '../db/schema.ts';

export interface ThrottleRule {
  /** Attempts allowed without delay. */
  freeAttempts: number;
  /** Lock after the first attempt past the free ones, in ms; it doubles with each further one. */
  firstDelayMs: number;
  /** Longest lock, in ms. */
  maxDelayMs: number;
  /** An account with no attempt for this long starts counting afresh, in ms. */
  forgetAfterMs: number;
}

/** The lowercased username as typed: accounts are case-insensitive (unique lower(username)). */
export const throttleKey = (username: string): string => username.trim().toLowerCase();

/**
 * Counts an attempt at `key` now. Returns undefined when the attempt may go on, or the instant
 * until which the account is locked (the attempt is then not counted).
 */
export async function countLoginAttempt(db: Database, key: string, now: Date, rule: ThrottleRule): Promise<Date | undefined> {
  const fresh = sql`${loginThrottles.lastAttemptAt} < ${new Date(now.getTime() - rule.forgetAfterMs)}`;
  const failures = sql`(CASE WHEN ${fresh} THEN 1 ELSE ${loginThrottles.failures} + 1 END)`;
  // 2^(n − free) doubling from firstDelayMs, capped; computed in SQL from the new count.
  const lockMs = sql`least(${rule.firstDelayMs}::float8 * power(2, ${failures} - ${rule.freeAttempts}), ${rule.maxDelayMs}::float8)`;
  const counted = await db
    .insert(loginThrottles)
    .values({ usernameKey: key, failures: 1, lastAttemptAt: now, lockedUntil: rule.freeAttempts <= 1 ? new Date(now.getTime() + rule.firstDelayMs) : null })
    .onConflictDoUpdate({
      target: loginThrottles.usernameKey,
      set: {
        failures,
        lastAttemptAt: now,
        lockedUntil: sql`CASE WHEN ${failures} >= ${rule.freeAttempts} THEN ${now}::timestamptz + ${lockMs} * interval '1 millisecond' ELSE NULL END`,
      },
      setWhere: sql`${loginThrottles.lockedUntil} IS NULL OR ${loginThrottles.lockedUntil} <= ${now}`,
    })
    .returning({ failures: loginThrottles.failures });
  if (counted.length > 0) return undefined;
  const [row] = await db.select({ lockedUntil: loginThrottles.lockedUntil }).from(loginThrottles).where(eq(loginThrottles.usernameKey, key));
  return row?.lockedUntil ?? undefined;
}

/** A successful sign-in or a new password: the account starts afresh; rows long quiet go too. */
export async function clearLoginAttempts(db: Database, key: string, now: Date, rule: ThrottleRule): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.usernameKey, key));
  await db.delete(loginThrottles).where(and(lt(loginThrottles.lastAttemptAt, new Date(now.getTime() - rule.forgetAfterMs)), sql`${loginThrottles.lockedUntil} IS NULL OR ${loginThrottles.lockedUntil} < ${now}`));
}
