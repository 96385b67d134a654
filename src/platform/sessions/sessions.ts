/**
 * Staff sign-in: argon2 password hashes, opaque session tokens (only their SHA-256 is stored),
 * a CSRF token per session, and sessions that expire after a working day of inactivity.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { perDatabase, type Database } from '../db/client.ts';
import { changeFeedOf } from '../changes/change-feed.ts';
import { deleteSession, deleteSessionsOfUser, findLiveSession, insertSession, type SessionUserRow } from './sessions.store.ts';
import type { CurrentUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { checkPasswordThrottled } from '../users/login-throttle.ts';

export const SESSION_COOKIE = 'motcua_session';
export const SESSION_HOURS = 12;

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const randomToken = (): string => randomBytes(32).toString('base64url');

export interface SignedIn {
  token: string;
  csrfToken: string;
  user: CurrentUser;
}

function toCurrentUser(row: Pick<SessionUserRow, 'id' | 'username' | 'fullName' | 'role' | 'unitCode' | 'departmentCode'>): CurrentUser {
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
  const row = await checkPasswordThrottled(db, username, password, now);
  if (!row) throw new AppError('unauthorized', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  const token = randomToken();
  const csrfToken = randomToken();
  await insertSession(db, { id: tokenHash(token), userId: row.id, csrfToken, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000) }, now);
  return { token, csrfToken, user: toCurrentUser(row) };
}

/**
 * A session looked up is kept in memory for SESSION_CACHE_MS and reused without a query: every
 * API request checks the session, and at the counter's pace that query was a tenth of a
 * reception's work. Ending sessions (logout, a locked account, a password reset) drops them
 * from the cache of EVERY server process on the database at once: it is announced on the
 * change feed (platform/changes, LISTEN/NOTIFY), and each process drops that user's cached
 * sessions when the notice arrives. The cache is used only while the feed is listening: before
 * LISTEN is in place, and while its connection is lost (a notice may have been missed), every
 * request reads its session from the database, and the cache is emptied when the feed drops.
 * Unknown tokens are never cached.
 *
 * Writes never trust the cache (`fresh`, w3-follow): a request that changes something reads its
 * session from the database, so a logout or a locked account on another process, once
 * committed, refuses the next write everywhere — without waiting for the notice, which arrives a
 * few milliseconds later. Reads may still be answered from the cache in that window (at most
 * the notice's delay, bounded by SESSION_CACHE_MS): what the user could read a moment before.
 * docs/security.md ("Live updates and sessions across processes") gives the measured cost.
 */
export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;

interface CachedSession {
  session: { user: CurrentUser; csrfToken: string };
  expiresAt: number;
  cachedUntil: number;
}

const sessionCacheOf = perDatabase((db) => {
  const cache = new Map<string, CachedSession>();
  const feed = changeFeedOf(db);
  const dropUser = (userId: string) => {
    for (const [id, cached] of cache) if (cached.session.user.id === userId) cache.delete(id);
  };
  feed.subscribe((change) => {
    if (change.kind === 'sessions') dropUser(change.userId);
  });
  feed.onState(() => cache.clear());
  return { cache, feed, dropUser };
});

export async function sessionUser(db: Database, token: string, now: Date, options: { fresh?: boolean } = {}): Promise<{ user: CurrentUser; csrfToken: string } | undefined> {
  const id = tokenHash(token);
  const { cache, feed } = sessionCacheOf(db);
  const at = now.getTime();
  const cached = cache.get(id);
  if (!options.fresh && cached && cached.cachedUntil > at && cached.expiresAt > at) return cached.session;
  cache.delete(id);
  const row = await findLiveSession(db, id, now);
  if (!row || !row.user.active) return undefined;
  const session = { user: toCurrentUser(row.user), csrfToken: row.csrfToken };
  if (!feed.listening) return session;
  if (cache.size >= SESSION_CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(id, { session, expiresAt: row.expiresAt.getTime(), cachedUntil: at + SESSION_CACHE_MS });
  return session;
}

/**
 * Ends every session of a user (a locked account, a password reset), or every other one (a
 * password changed by its owner keeps the session that changed it). Like logout, it applies at
 * once in every process on the database (the notice on the change feed).
 */
export async function endSessionsOfUser(db: Database, userId: string, keepToken?: string): Promise<void> {
  const keep = keepToken === undefined ? undefined : tokenHash(keepToken);
  const { cache } = sessionCacheOf(db);
  for (const [id, cached] of cache) if (cached.session.user.id === userId && id !== keep) cache.delete(id);
  await deleteSessionsOfUser(db, userId, keep);
}

export async function logout(db: Database, token: string): Promise<void> {
  const id = tokenHash(token);
  sessionCacheOf(db).cache.delete(id);
  await deleteSession(db, id);
}

/** Constant-time comparison of the CSRF header with the session's token. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
