import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { users } from '../../src/platform/db/schema.ts';
import { authenticateUser, createUser, findUserByUsername, setUserPassword } from '../../src/platform/users/users.store.ts';
import { forEachDriver } from '../support/db.ts';
import { insertUnit } from '../support/db-fixtures.ts';

forEachDriver('users', (getDb) => {
  it('stores an argon2id hash, never the password, and authenticates case-insensitively', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const created = await createUser(db, {
      username: 'TiepNhan01',
      fullName: 'Phạm Thị Hoa',
      password: 'mật khẩu đủ dài',
      role: 'counter_officer',
      unitCode,
    });
    const [stored] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, created.id));
    expect(stored?.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored?.hash).not.toContain('mật khẩu');

    expect(await authenticateUser(db, 'tiepnhan01', 'mật khẩu đủ dài')).toMatchObject({ id: created.id, role: 'counter_officer' });
    expect(await authenticateUser(db, 'tiepnhan01', 'sai')).toBeUndefined();
    expect(await authenticateUser(db, 'khongco', 'mật khẩu đủ dài')).toBeUndefined();
    expect((await findUserByUsername(db, 'TIEPNHAN01'))?.fullName).toBe('Phạm Thị Hoa');

    await setUserPassword(db, created.id, 'mật khẩu mới');
    expect(await authenticateUser(db, 'TiepNhan01', 'mật khẩu mới')).toBeDefined();
    await db.update(users).set({ active: false }).where(eq(users.id, created.id));
    expect(await authenticateUser(db, 'TiepNhan01', 'mật khẩu mới')).toBeUndefined();
  });

  it('refuses a second user with the same username in another case', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    const user = { username: 'admin.x', fullName: 'Quản trị', password: '12345678', role: 'administrator' as const, unitCode };
    await createUser(db, user);
    await expect(createUser(db, { ...user, username: 'ADMIN.X' })).rejects.toThrow();
  });
});
