import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { acquireDataFolderLock, DataFolderLockedError, LOCK_FILE_NAME } from '../../src/platform/db/data-folder-lock.ts';

const CHILD = fileURLToPath(new URL('./fixtures/open-data-folder.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const tempDirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-lock-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

function runChild(dataDir: string, mode: 'once' | 'hold' = 'once') {
  return spawnSync(process.execPath, ['--import', 'tsx', CHILD, dataDir, mode], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}

describe('data folder lock', () => {
  it('refuses a second lock in the same process, with the Vietnamese message', () => {
    const dataDir = tempDataDir();
    const lock = acquireDataFolderLock(dataDir);
    try {
      expect(() => acquireDataFolderLock(dataDir)).toThrow(DataFolderLockedError);
      expect(() => acquireDataFolderLock(dataDir)).toThrow(
        new RegExp(`Thư mục dữ liệu .* đang được tiến trình khác \\(PID ${process.pid}`),
      );
    } finally {
      lock.release();
    }
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    acquireDataFolderLock(dataDir).release();
  });

  it('takes over a stale lock left by a process that no longer runs', () => {
    const dataDir = tempDataDir();
    const lockPath = path.join(dataDir, LOCK_FILE_NAME);
    const stale = { pid: deadPid(), hostname: os.hostname(), processStart: '1', takenAt: '2026-11-20T00:00:00.000Z', token: 'old' };
    fs.writeFileSync(lockPath, JSON.stringify(stale));
    const lock = acquireDataFolderLock(dataDir);
    try {
      expect(JSON.parse(fs.readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      lock.release();
    }
  });

  it('takes over a lock whose pid now belongs to another process (pid reuse)', () => {
    const dataDir = tempDataDir();
    const lockPath = path.join(dataDir, LOCK_FILE_NAME);
    // pid 1 is alive, but it started long before this lock claims to have been taken.
    const reused = { pid: 1, hostname: os.hostname(), processStart: '-1', takenAt: '2026-11-20T00:00:00.000Z', token: 'old' };
    fs.writeFileSync(lockPath, JSON.stringify(reused));
    const lock = acquireDataFolderLock(dataDir);
    lock.release();
  });

  it('takes over an unreadable lock file once it is old', () => {
    const dataDir = tempDataDir();
    const lockPath = path.join(dataDir, LOCK_FILE_NAME);
    fs.writeFileSync(lockPath, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPath, old, old);
    acquireDataFolderLock(dataDir).release();
  });
});

describe('openDatabase on a PGlite data folder', () => {
  let dataDir: string;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    dataDir = tempDataDir();
    handle = await openDatabase({ database: { driver: 'pglite', dataDir } });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('makes a second process refuse with a Vietnamese message and a non-zero exit', () => {
    const child = runChild(dataDir);
    expect(child.status).toBe(3);
    expect(child.stderr).toContain(`Thư mục dữ liệu ${fs.realpathSync(dataDir)} đang được tiến trình khác (PID ${process.pid}`);
    expect(child.stdout).not.toContain('opened');
  });

  it('lets the next process in after close, and releases the lock when that process is killed by SIGTERM', async () => {
    await handle.close();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);

    const holder = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, 'hold'], { cwd: REPO_ROOT });
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('opened')) resolve();
      });
      holder.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
    });
    expect(runChild(dataDir).status).toBe(3);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => holder.on('exit', (_code, signal) => resolve(signal)));
    holder.kill('SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);

    const again = runChild(dataDir);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
  });

  it('lets a new process take over after the owner was killed with SIGKILL', async () => {
    const holder = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, 'hold'], { cwd: REPO_ROOT });
    await new Promise<void>((resolve) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('opened')) resolve();
      });
    });
    const exited = new Promise<void>((resolve) => holder.on('exit', () => resolve()));
    holder.kill('SIGKILL');
    await exited;
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(true);
    const next = runChild(dataDir);
    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
  });
});
