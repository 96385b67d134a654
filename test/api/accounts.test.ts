/**
 * Accounts after they are created: a user changes their own password (the server asks the
 * administrator to, on first start); a unit's leader or an administrator resets a forgotten
 * password and locks or unlocks an account. Each signs out the sessions it must, and leaves a
 * line in the configuration change log without the password.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { ACCOUNTS, createTestApp, PASSWORD, type Session, type TestApp } from '../support/api.ts';
import { login } from '../../src/platform/sessions/sessions.ts';
import { createUser } from '../../src/platform/users/users.store.ts';

forEachDriver('accounts: passwords and locking', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    [leader, admin] = await Promise.all([t.login('leader'), t.login('admin')]);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A fresh account of the ward, so that the tests do not lock each other out. */
  const account = async (username: string, role: 'counter_officer' | 'chairman' = 'counter_officer') => {
    const user = await createUser(t.ctx.db, { username, fullName: `Cán bộ ${username}`, password: PASSWORD, role, unitCode: ACCOUNTS.leader.unitCode });
    return { user, session: await t.sessionFor(username) };
  };
  const canSignIn = (username: string, password: string) => login(t.ctx.db, username, password, new Date()).then(() => true, () => false);
  const logOf = async (kind: string) => ((await admin.get('/api/admin/changes?limit=200')).json() as { items: Array<{ kind: string; target: string; actor: { username: string } | null }> }).items.filter((c) => c.kind === kind);

  it('lets a user change their own password, signing out their other sessions only', async () => {
    const { session } = await account('tudoi.matkhau');
    const other = await t.sessionFor('tudoi.matkhau');
    const wrong = await session.post('/api/auth/password', { currentPassword: 'không phải mật khẩu', newPassword: 'mat-khau-moi-2026' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.' });
    const same = await session.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(same.json()).toMatchObject({ field: 'newPassword', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
    const short = await session.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'ngan' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ field: 'newPassword' });
    expect(short.json<{ message: string }>().message).toContain('ít nhất 8 ký tự');

    const changed = await session.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'mat-khau-moi-2026' });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await session.get('/api/auth/me')).statusCode).toBe(200);
    expect((await other.get('/api/auth/me')).statusCode).toBe(401);
    expect(await canSignIn('tudoi.matkhau', PASSWORD)).toBe(false);
    expect(await canSignIn('tudoi.matkhau', 'mat-khau-moi-2026')).toBe(true);

    const log = await logOf('user.password_changed');
    expect(log).toEqual([expect.objectContaining({ target: 'tudoi.matkhau', actor: expect.objectContaining({ username: 'tudoi.matkhau' }) })]);
    expect(JSON.stringify(await admin.get('/api/admin/changes?limit=200').then((r) => r.json()))).not.toContain('mat-khau-moi-2026');
  });

  it("resets a forgotten password: the unit's leader or an administrator, nobody else", async () => {
    const { user, session } = await account('quen.matkhau');
    const reset = await leader.post(`/api/users/${user.id}/password`, { newPassword: 'dat-lai-2026' });
    expect(reset.statusCode, reset.body).toBe(204);
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect(await canSignIn('quen.matkhau', 'dat-lai-2026')).toBe(true);
    expect(await logOf('user.password_reset')).toEqual([expect.objectContaining({ target: 'quen.matkhau', actor: expect.objectContaining({ username: ACCOUNTS.leader.username }) })]);

    // Not the administrator's account, not another ward's, not by a counter officer.
    expect((await leader.post(`/api/users/${t.userId('admin')}/password`, { newPassword: 'dat-lai-2026' })).statusCode).toBe(403);
    const otherWard = await leader.post(`/api/users/${t.userId('otherCounter')}/password`, { newPassword: 'dat-lai-2026' });
    expect(otherWard.statusCode).toBe(403);
    expect(otherWard.json<{ message: string }>().message).toBe('Bạn không có quyền quản lý tài khoản này.');
    const counter = await t.sessionFor(ACCOUNTS.counter.username);
    expect((await counter.post(`/api/users/${user.id}/password`, { newPassword: 'dat-lai-2026' })).statusCode).toBe(403);
    expect((await admin.post(`/api/users/${t.userId('otherCounter')}/password`, { newPassword: 'dat-lai-2026' })).statusCode).toBe(204);
    // Not one's own: that needs the current password.
    const own = await leader.post(`/api/users/${t.userId('leader')}/password`, { newPassword: 'dat-lai-2026' });
    expect(own.statusCode).toBe(400);
    expect(own.json<{ message: string }>().message).toContain('Đổi mật khẩu');
    // Unknown and malformed ids.
    expect((await admin.post('/api/users/00000000-0000-4000-8000-000000000000/password', { newPassword: 'dat-lai-2026' })).statusCode).toBe(404);
    const malformed = await admin.post('/api/users/khong-phai-ma/password', { newPassword: 'dat-lai-2026' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.body).toContain('mã người dùng không hợp lệ');
  });

  it("edits a user's name, role and department (a transfer), within the unit's rules", async () => {
    const { user } = await account('chuyen.phong');
    const moved = await leader.put(`/api/users/${user.id}`, { fullName: 'Trần Văn Chuyển', role: 'specialist', departmentCode: 'kinh-te' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ username: 'chuyen.phong', fullName: 'Trần Văn Chuyển', role: 'specialist', roleName: 'Chuyên viên phòng chuyên môn', departmentCode: 'kinh-te' });
    // The same values again: nothing to log.
    expect((await leader.put(`/api/users/${user.id}`, { fullName: 'Trần Văn Chuyển', role: 'specialist', departmentCode: 'kinh-te' })).statusCode).toBe(200);
    expect(await logOf('user.updated')).toEqual([
      expect.objectContaining({
        target: 'chuyen.phong',
        before: { fullName: 'Cán bộ chuyen.phong', role: 'counter_officer', departmentCode: null, departmentName: null },
        after: { fullName: 'Trần Văn Chuyển', role: 'specialist', departmentCode: 'kinh-te', departmentName: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
      }),
    ]);

    const noDepartment = await leader.put(`/api/users/${user.id}`, { fullName: 'Trần Văn Chuyển', role: 'department_head', departmentCode: null });
    expect(noDepartment.json()).toMatchObject({ field: 'departmentCode', message: 'Chuyên viên và lãnh đạo phòng phải thuộc một phòng chuyên môn.' });
    const otherUnitDepartment = await leader.put(`/api/users/${user.id}`, { fullName: 'Trần Văn Chuyển', role: 'specialist', departmentCode: 'khong-co' });
    expect(otherUnitDepartment.statusCode).toBe(400);
    expect((await leader.put(`/api/users/${user.id}`, { fullName: 'Trần Văn Chuyển', role: 'administrator', departmentCode: null })).statusCode).toBe(403);
    expect((await leader.put(`/api/users/${user.id}`, { fullName: 'Trần Văn Chuyển', role: 'specialist', departmentCode: 'kinh-te', unitCode: 'khác' })).statusCode).toBe(400);
    const ownRole = await leader.put(`/api/users/${t.userId('leader')}`, { fullName: 'Cán bộ trungtam.lanhdao', role: 'chairman', departmentCode: null });
    expect(ownRole.json()).toMatchObject({ field: 'role', message: 'Không thể tự đổi vai trò của chính mình.' });
    expect((await leader.put(`/api/users/${t.userId('leader')}`, { fullName: 'Đặng Xuân Quân', role: 'center_leader', departmentCode: null })).statusCode).toBe(200);
  });

  it('locks an account (signed out, cannot sign in) and unlocks it; never oneself', async () => {
    const { user, session } = await account('nghi.viec', 'chairman');
    const locked = await leader.put(`/api/users/${user.id}/active`, { active: false });
    expect(locked.statusCode, locked.body).toBe(200);
    expect(locked.json()).toMatchObject({ username: 'nghi.viec', active: false, roleName: 'Chủ tịch, Phó Chủ tịch UBND' });
    expect((await session.get('/api/auth/me')).statusCode).toBe(401);
    expect(await canSignIn('nghi.viec', PASSWORD)).toBe(false);
    // Locking again changes nothing and logs nothing.
    expect((await leader.put(`/api/users/${user.id}/active`, { active: false })).statusCode).toBe(200);

    expect((await leader.put(`/api/users/${user.id}/active`, { active: true })).json()).toMatchObject({ active: true });
    expect(await canSignIn('nghi.viec', PASSWORD)).toBe(true);
    expect((await logOf('user.locked')).map((c) => c.target)).toEqual(['nghi.viec']);
    expect((await logOf('user.unlocked')).map((c) => c.target)).toEqual(['nghi.viec']);

    const self = await leader.put(`/api/users/${t.userId('leader')}/active`, { active: false });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({ message: 'Không thể tự khóa tài khoản của chính mình.' });
    expect((await leader.put(`/api/users/${user.id}/active`, { active: 'không' })).statusCode).toBe(400);
  });
});
