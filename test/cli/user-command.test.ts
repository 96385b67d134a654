/**
 * `motcua user password USERNAME`: the console's way back in for a forgotten administrator
 * password, run as a user runs it (a child process of bin/motcua.js, the password on stdin).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { listAdminChanges } from '../../src/platform/change-log/admin-changes.store.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { users } from '../../src/platform/db/schema.ts';
import { authenticateUser } from '../../src/platform/users/users.store.ts';

const BIN = fileURLToPath(new URL('../../bin/motcua.js', import.meta.url));

function motcua(input: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('motcua user password', () => {
  let dataDir: string;
  const withDb = async <T>(action: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> => {
    const handle = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: dataDir }));
    try {
      return await action(handle.db);
    } finally {
      await handle.close();
    }
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-user-'));
    // The administrator has forgotten the password and, worse, is locked.
    await withDb(async (db) => {
      await bootstrap(db, { adminPassword: 'mat-khau-da-quen' });
      await db.update(users).set({ active: false }).where(eq(users.username, 'admin'));
    });
  }, 60_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('sets the password read from stdin, unlocks the account and logs it', async () => {
    const outcome = await motcua('mat-khau-moi-cua-admin\n', 'user', 'password', 'admin', '--data', dataDir, '--json');
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(JSON.parse(outcome.stdout)).toEqual({ username: 'admin', unlocked: true });
    await withDb(async (db) => {
      expect(await authenticateUser(db, 'admin', 'mat-khau-da-quen')).toBeUndefined();
      expect(await authenticateUser(db, 'admin', 'mat-khau-moi-cua-admin')).toMatchObject({ username: 'admin', active: true });
      const [entry] = await listAdminChanges(db, { limit: 1 });
      expect(entry).toMatchObject({ kind: 'user.password_reset', target: 'admin', actor: null, after: { via: 'command-line', unlocked: true } });
    });
    const again = await motcua('mat-khau-lan-hai-2026', 'user', 'password', 'ADMIN', '--data', dataDir);
    expect(again.stdout).toBe('Đã đặt mật khẩu mới cho admin; các phiên đăng nhập cũ đã bị đăng xuất.\n');
  }, 60_000);

  it('refuses a short password and an unknown user in Vietnamese, changing nothing', async () => {
    const short = await motcua('ngan\n', 'user', 'password', 'admin', '--data', dataDir);
    expect(short.code).toBe(2);
    expect(short.stderr).toBe('Lỗi: Mật khẩu phải có ít nhất 8 ký tự (nhận được 4).\n');
    const unknown = await motcua('mat-khau-du-dai\n', 'user', 'password', 'khong.co.ai', '--data', dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('Lỗi: Không tìm thấy tài khoản "khong.co.ai".\n');
    await withDb(async (db) => expect(await authenticateUser(db, 'admin', 'mat-khau-lan-hai-2026')).toMatchObject({ username: 'admin' }));
  }, 60_000);

  it('refuses a weak password (common list, whitespace only, the username) with the reason, changing nothing', async () => {
    for (const [weak, why] of [['12345678', /bị dùng nhiều nhất/], ['           ', /chỉ gồm khoảng trắng/], ['Admin', /./], ['admin2026', /tên đăng nhập/]] as const) {
      const outcome = await motcua(`${weak}\n`, 'user', 'password', 'admin', '--data', dataDir);
      expect(outcome.code, weak).toBe(2);
      expect(outcome.stderr, weak).toMatch(/^Lỗi: Mật khẩu (quá yếu|phải có ít nhất)/);
      expect(outcome.stderr, weak).toMatch(why);
    }
    await withDb(async (db) => expect(await authenticateUser(db, 'admin', 'mat-khau-lan-hai-2026')).toMatchObject({ username: 'admin' }));
  }, 120_000);
});
