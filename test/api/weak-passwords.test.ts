/**
 * Weak passwords are refused wherever the API sets one (issue 12 item 5): a new account, a
 * reset by a manager, one's own change. `12345678`, `password`, whitespace only, the username
 * itself, keyboard rows and the common lists of zxcvbn-ts; a 400 naming the field, in
 * Vietnamese, saying why. Nothing is changed. Runs on PGlite and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, PASSWORD, WARD, type Session, type TestApp } from '../support/api.ts';
import { login } from '../../src/platform/sessions/sessions.ts';
import { createUser } from '../../src/platform/users/users.store.ts';

const WEAK: Array<[string, RegExp]> = [
  ['12345678', /bị dùng nhiều nhất/],
  ['password', /bị dùng nhiều nhất/],
  ['          ', /chỉ gồm khoảng trắng/],
  ['qwertyuiop', /bị dùng nhiều nhất|hàng phím/],
  ['aaaaaaaaaa', /lặp lại/],
];

forEachDriver('weak passwords', (getDb) => {
  let t: TestApp;
  let leader: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    leader = await t.sessionFor('trungtam.lanhdao');
  });
  afterAll(async () => {
    await t.close();
  });

  const canSignIn = (username: string, password: string) => login(t.ctx.db, username, password, new Date()).then(() => true, () => false);

  it('refuses them when an account is created, and the username as its own password', async () => {
    const body = (username: string, password: string) => ({ username, fullName: 'Trần Thị Mai', password, role: 'counter_officer', unitCode: WARD });
    for (const [password, why] of WEAK) {
      const response = await leader.post('/api/users', body('yeu.matkhau', password));
      expect(response.statusCode, password).toBe(400);
      expect(response.json(), password).toMatchObject({ field: 'password', message: expect.stringMatching(why) });
      expect(response.json<{ message: string }>().message).toMatch(/^Mật khẩu quá yếu: .*Hãy dùng một cụm từ dài hơn/);
    }
    const same = await leader.post('/api/users', body('tranthimai', 'TranThiMai'));
    expect(same.json()).toMatchObject({ field: 'password', message: expect.stringMatching(/không được trùng tên đăng nhập/) });
    const derived = await leader.post('/api/users', body('tranthimai', 'tranthimai2026'));
    expect(derived.json()).toMatchObject({ field: 'password', message: expect.stringMatching(/tên đăng nhập hoặc họ tên/) });
    expect((await leader.get('/api/users')).body).not.toContain('tranthimai');
    const strong = await leader.post('/api/users', body('tranthimai', 'que-huong-cau-tre-mua-thu'));
    expect(strong.statusCode).toBe(201);
  });

  it('refuses them on a reset by a manager and on one\'s own change, keeping the old password', async () => {
    const user = await createUser(t.ctx.db, { username: 'doi.matkhau', fullName: 'Lê Văn Đức', password: PASSWORD, role: 'counter_officer', unitCode: WARD });
    for (const [password, why] of WEAK) {
      const reset = await leader.post(`/api/users/${user.id}/password`, { newPassword: password });
      expect(reset.statusCode, password).toBe(400);
      expect(reset.json(), password).toMatchObject({ field: 'newPassword', message: expect.stringMatching(why) });
    }
    const own = await t.sessionFor('doi.matkhau');
    const changed = await own.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'doi.matkhau' });
    expect(changed.statusCode).toBe(400);
    expect(changed.json()).toMatchObject({ field: 'newPassword', message: expect.stringMatching(/không được trùng tên đăng nhập/) });
    expect(await canSignIn('doi.matkhau', PASSWORD)).toBe(true);
    const good = await own.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'ca-phe-sang-ben-song-han' });
    expect(good.statusCode).toBe(204);
  });
});
