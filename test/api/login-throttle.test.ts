/**
 * Logins resist guessing (issue 12 item 5). Per account, in the database (so several server
 * processes count together): five attempts at once, then 1 s, 2 s, 4 s … between attempts, at
 * most 15 minutes; the wait is checked before the password; success or a new password starts
 * afresh. The attack — 40 wrong passwords from 4 addresses, then the right one from a
 * fifth — no longer gets in. Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS, createTestApp, PASSWORD, type TestApp } from '../support/api.ts';
import { login } from '../../src/platform/sessions/sessions.ts';
import { AppError } from '../../src/platform/errors.ts';
import { LOGIN_THROTTLE } from '../../src/platform/users/login-throttle.ts';
import { countLoginAttempt } from '../../src/platform/users/login-throttles.store.ts';
import { findUserByUsername, setUserPassword } from '../../src/platform/users/users.store.ts';

const T0 = new Date('2026-11-23T01:00:00Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

/** What login() answers at `now`: 'ok', 'wrong', or the 429 message. */
async function attempt(db: TestApp['ctx']['db'], username: string, password: string, now: Date): Promise<string> {
  try {
    await login(db, username, password, now);
    return 'ok';
  } catch (error) {
    if (error instanceof AppError && error.kind === 'unauthorized') return 'wrong';
    if (error instanceof AppError && error.kind === 'rate_limited') return error.message;
    throw error;
  }
}

forEachDriver('login throttling per account', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses the right password from a fifth address after 40 wrong ones from four', async () => {
    const username = ACCOUNTS.specialist.username;
    const answers: number[] = [];
    for (let i = 0; i < 40; i++) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: `10.0.0.${1 + (i % 4)}`, payload: { username, password: `doan-mo-${i}` } });
      answers.push(response.statusCode);
    }
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(answers.filter((status) => status === 429).length).toBeGreaterThan(20);
    const right = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.5', payload: { username: username.toUpperCase(), password: PASSWORD } });
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({ error: 'qua_nhieu_yeu_cau', message: expect.stringMatching(/mật khẩu bị nhập sai nhiều lần liên tiếp\. Hãy thử lại sau \d+ (giây|phút) \(lúc \d\d:\d\d:\d\d\)/) });
    expect(right.headers['set-cookie']).toBeUndefined();
  });

  it('grows the wait 1 s, 2 s, 4 s … after five attempts, checks it before the password, and forgets it on success', async () => {
    const db = t.ctx.db;
    const username = ACCOUNTS.head.username;
    for (let i = 0; i < 5; i++) expect(await attempt(db, username, 'sai-mat-khau', at(i * 0.1))).toBe('wrong');
    // Locked for 1 s after the fifth: even the right password is not checked.
    expect(await attempt(db, username, PASSWORD, at(0.5))).toMatch(/thử lại sau 1 giây/);
    expect(await attempt(db, username, 'sai-mat-khau', at(1.5))).toBe('wrong'); // 6th: 2 s
    expect(await attempt(db, username, 'sai-mat-khau', at(3))).toMatch(/thử lại sau 1 giây/);
    expect(await attempt(db, username, 'sai-mat-khau', at(3.6))).toBe('wrong'); // 7th: 4 s
    expect(await attempt(db, username, PASSWORD, at(7))).toMatch(/thử lại sau 1 giây/);
    expect(await attempt(db, username, PASSWORD, at(7.7))).toBe('ok');
    // Success started the account afresh: five free attempts again.
    for (let i = 0; i < 5; i++) expect(await attempt(db, username, 'sai-mat-khau', at(8 + i * 0.1))).toBe('wrong');
    expect(await attempt(db, username, PASSWORD, at(8.5))).toMatch(/thử lại sau/);
  });

  it('never locks for more than 15 minutes, and a new password set by a manager lifts the wait', async () => {
    const db = t.ctx.db;
    const username = ACCOUNTS.otherHead.username;
    let now = 0;
    for (let i = 0; i < 30; i++) {
      const answer = await attempt(db, username, 'sai-mat-khau', at(now));
      expect(answer).toBe('wrong');
      // Wait exactly as long as asked: the lock of attempt n is min(2^(n−5), 900) s.
      now += i + 1 >= LOGIN_THROTTLE.freeAttempts ? Math.min(2 ** (i + 1 - LOGIN_THROTTLE.freeAttempts), 900) : 0.1;
    }
    const locked = await attempt(db, username, PASSWORD, at(now - 1));
    expect(locked).toMatch(/thử lại sau 1 giây/);
    expect(await attempt(db, username, PASSWORD, at(now - 899))).toMatch(/thử lại sau 15 phút/);
    const user = await findUserByUsername(db, username);
    await setUserPassword(db, user!.id, 'mat-khau-moi-sau-khi-khoa');
    expect(await attempt(db, username, 'mat-khau-moi-sau-khi-khoa', at(now - 899))).toBe('ok');
  });

  it('honours a lock recorded by another server process on the same database, for unknown names too', async () => {
    const username = ACCOUNTS.otherSpecialist.username;
    // Another process counted five attempts just now (the shared table is all they share).
    for (let i = 0; i < 5; i++) expect(await countLoginAttempt(t.ctx.db, username, new Date(), LOGIN_THROTTLE)).toBeUndefined();
    const refused = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.1.1', payload: { username, password: PASSWORD } });
    expect(refused.statusCode).toBe(429);
    // An unknown name answers like a known one: it is throttled alike and says nothing more.
    for (let i = 0; i < 5; i++) expect(await attempt(t.ctx.db, 'khong.ton.tai', 'sai-mat-khau', at(i))).toBe('wrong');
    expect(await attempt(t.ctx.db, 'khong.ton.tai', 'sai-mat-khau', at(4.5))).toMatch(/thử lại sau 1 giây/);
  });

  it('counts wrong current passwords of "Đổi mật khẩu" against the account too', async () => {
    const chairman = await t.sessionFor(ACCOUNTS.chairman.username);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await chairman.post('/api/auth/password', { currentPassword: `doan-${i}`, newPassword: 'que-huong-cau-tre-mua-thu' })).statusCode);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});
