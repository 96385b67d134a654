/**
 * Staff sign-in: argon2 password hashes, opaque session tokens (only their SHA-256 is stored),
 * a CSRF token per session, and sessions that expire after a working day of inactivity.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { sessions, users } from '../../db/schema.ts';
import { authenticateUser } from '../../db/users.ts';
import type { CurrentUser } from '../context.ts';
import { AppError } from '../errors.ts';

export const SESSION_COOKIE = 'motcua_session';
export const SESSION_HOURS = 12;

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const randomToken = (): string => randomBytes(32).toString('base64url');

export interface SignedIn {
  token: string;
  csrfToken: string;
  user: CurrentUser;
}

function toCurrentUser(row: Pick<typeof users.$inferSelect, 'id' | 'username' | 'fullName' | 'role' | 'unitCode' | 'departmentCode'>): CurrentUser {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role,
    unitCode: row.unitCode,
    departmentCode: row.departmentCode,
  };
}

export async function login(db: Database, username: string, password: string, now: Date): Promise<SignedIn> {
  const row = await authenticateUser(db, username, password);
  if (!row) throw new AppError('unauthorized', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  const token = randomToken();
  const csrfToken = randomToken();
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.insert(sessions).values({
    id: tokenHash(token),
    userId: row.id,
    csrfToken,
    expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
  });
  return { token, csrfToken, user: toCurrentUser(row) };
}

export async function sessionUser(db: Database, token: string, now: Date): Promise<{ user: CurrentUser; csrfToken: string } | undefined> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, tokenHash(token)), gt(sessions.expiresAt, now)));
  if (!row || !row.user.active) return undefined;
  return { user: toCurrentUser(row.user), csrfToken: row.csrfToken };
}

export async function logout(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, tokenHash(token)));
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
