/**
 * Per-account throttling of password checks (sign-in, and the current password of "Đổi mật
 * khẩu"), on top of the per-address limit of the routes (10 a minute): an attacker with many
 * addresses, or everyone behind one reverse proxy, no longer gets unlimited guesses at one
 * account. Five attempts go through at once; then each further attempt must wait 1 s, 2 s,
 * 4 s … after the one before, at most 15 minutes. The wait is checked *before* the password
 * hash is verified. A successful sign-in, or a new password set by the owner, a manager or
 * `motcua user password`, starts the account afresh; a day without attempts forgets them.
 *
 * Why this does not let an attacker lock a real user out for long: nothing is ever locked for
 * more than 15 minutes after the last attempt, and the state is shared through the database,
 * so several server processes count together (src/db/login-throttles.ts).
 */
import type { Database } from '../db/client.ts';
import { clearLoginAttempts, countLoginAttempt, throttleKey, type ThrottleRule } from './login-throttles.store.ts';
import { authenticateUser, type User } from './users.store.ts';
import { AppError } from '../errors.ts';

export const LOGIN_THROTTLE: ThrottleRule = { freeAttempts: 5, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 24 * 3_600_000 };

/** The Vietnamese answer to an attempt at a locked account: how long to wait, and until when. */
export function lockedMessage(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait = seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
  const at = new Date(until.getTime() + 7 * 3_600_000).toISOString().slice(11, 19);
  return `Tài khoản này tạm thời chưa đăng nhập được vì mật khẩu bị nhập sai nhiều lần liên tiếp. Hãy thử lại sau ${wait} (lúc ${at}). Nếu quên mật khẩu, hãy nhờ lãnh đạo đơn vị hoặc quản trị viên đặt lại.`;
}

/**
 * The active user with this username and password, else undefined; throws a 429 AppError
 * (lockedMessage) without checking the password while the account must wait.
 */
export async function checkPasswordThrottled(db: Database, username: string, password: string, now: Date): Promise<User | undefined> {
  const key = throttleKey(username);
  const lockedUntil = await countLoginAttempt(db, key, now, LOGIN_THROTTLE);
  if (lockedUntil) throw new AppError('rate_limited', lockedMessage(lockedUntil, now));
  const user = await authenticateUser(db, username, password);
  if (user) await clearLoginAttempts(db, key, now, LOGIN_THROTTLE);
  return user;
}
