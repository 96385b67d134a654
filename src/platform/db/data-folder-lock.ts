/**
 * Exclusive ownership of a data folder.
 *
 * PGlite does not lock its data directory: a second process can open it and its writes
 * are silently lost (shared/stack.md §3). Before opening PGlite we create
 * `<dataDir>/motcua.lock` with O_EXCL (`wx`), holding the owner's pid, host and process
 * start time. A second process finds the file and refuses. A lock left behind by a
 * process that no longer runs (SIGKILL, power cut) is stale and is taken over.
 *
 * A pid may be reused after a crash (in a container the server is often pid 1 every
 * time), so "alive" means: same pid AND same process start time (/proc/<pid>/stat on
 * Linux); and a lock naming our own pid that this process did not take is stale.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export const LOCK_FILE_NAME = 'motcua.lock';

interface LockOwner {
  pid: number;
  hostname: string;
  /** Start time of the owner process (clock ticks since boot, /proc/<pid>/stat field 22); null off Linux. */
  processStart: string | null;
  /** ISO time the lock was taken, for the message. */
  takenAt: string;
  /** Distinguishes this lock from a later one taken by a process with the same pid. */
  token: string;
}

export interface DataFolderLock {
  readonly lockPath: string;
  /** Idempotent; removes the lock file only while it is still ours. */
  release(): void;
}

/** Another live process owns the data folder. The message is for the person at the keyboard. */
export class DataFolderLockedError extends Error {
  override readonly name = 'DataFolderLockedError';
  constructor(
    readonly dataDir: string,
    readonly lockPath: string,
    readonly ownerPid: number,
    readonly ownerHostname: string,
    readonly ownerTakenAt: string,
  ) {
    const where = ownerHostname === os.hostname() ? '' : ` trên máy ${ownerHostname}`;
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình khác (PID ${ownerPid}${where}, mở lúc ${ownerTakenAt}) sử dụng. ` +
        'Mỗi thư mục dữ liệu chỉ được một tiến trình Một Cửa mở, để không mất dữ liệu. ' +
        'Hãy dừng tiến trình đó, hoặc thao tác qua máy chủ đang chạy. ' +
        `Nếu chắc chắn không còn tiến trình nào dùng thư mục này, hãy xoá tệp ${lockPath} rồi chạy lại.`,
    );
  }
}

/** Locks held by this process, so that a second open in the same process also refuses. */
const heldByThisProcess = new Set<string>();

/** Takes the lock or throws DataFolderLockedError. Creates the folder if needed. */
export function acquireDataFolderLock(dataDir: string): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const lockPath = path.join(fs.realpathSync(dataDir), LOCK_FILE_NAME);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    processStart: processStartTime(process.pid),
    takenAt: new Date().toISOString(),
    token: randomUUID(),
  };

  // A few rounds: each round either creates the file, refuses, or removes one stale lock.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (tryCreate(lockPath, owner)) return heldLock(lockPath, owner);
    const current = readOwner(lockPath);
    if (current === 'missing') continue;
    if (current === 'unreadable' && isYoungerThan(lockPath, 5_000)) {
      // Probably being written right now by a process that just created it.
      sleepSync(100);
      continue;
    }
    if (current !== 'unreadable' && isAlive(current, lockPath)) {
      throw new DataFolderLockedError(dataDir, lockPath, current.pid, current.hostname, current.takenAt);
    }
    removeStaleLock(lockPath, current);
  }
  const current = readOwner(lockPath);
  const pid = typeof current === 'object' ? current.pid : 0;
  throw new DataFolderLockedError(dataDir, lockPath, pid, os.hostname(), '?');
}

function tryCreate(lockPath: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o600);
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(owner)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readOwner(lockPath: string): LockOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(lockPath, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'missing';
    throw error;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (isLockOwner(value)) return value;
  } catch {
    // fall through: a half-written or foreign file
  }
  return 'unreadable';
}

function isLockOwner(value: unknown): value is LockOwner {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.pid === 'number' &&
    typeof record.hostname === 'string' &&
    typeof record.takenAt === 'string' &&
    typeof record.token === 'string' &&
    (record.processStart === null || typeof record.processStart === 'string')
  );
}

function isAlive(owner: LockOwner, lockPath: string): boolean {
  // We cannot see processes of another machine (a shared network folder): assume alive.
  if (owner.hostname !== os.hostname()) return true;
  if (owner.pid === process.pid) return heldByThisProcess.has(lockPath);
  if (!pidExists(owner.pid)) return false;
  const start = processStartTime(owner.pid);
  if (owner.processStart !== null && start !== null && start !== owner.processStart) return false;
  return true;
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isErrno(error, 'EPERM');
  }
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null when unavailable. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Removes a stale lock without ever removing a live one: move it aside atomically, then
 * check that what we moved is the stale file we judged. If another process replaced it
 * in between (it took over first), put its file back.
 */
function removeStaleLock(lockPath: string, judged: LockOwner | 'unreadable'): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomUUID()}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const moved = readOwner(aside);
  const same =
    judged === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.token === judged.token;
  if (!same) {
    try {
      fs.linkSync(aside, lockPath);
    } catch (error) {
      if (!isErrno(error, 'EEXIST')) throw error;
    }
  }
  fs.rmSync(aside, { force: true });
}

function heldLock(lockPath: string, owner: LockOwner): DataFolderLock {
  heldByThisProcess.add(lockPath);
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    heldByThisProcess.delete(lockPath);
    process.removeListener('exit', release);
    for (const signal of EXIT_SIGNALS) process.removeListener(signal, onSignal);
    const current = readOwner(lockPath);
    if (typeof current === 'object' && current.token === owner.token) fs.rmSync(lockPath, { force: true });
  };
  // On a signal nobody else handles, release and die by the same signal (default behaviour).
  // When the program has its own handler (graceful shutdown), that handler closes the
  // database, which releases the lock; the 'exit' hook is the last resort.
  const onSignal = (signal: NodeJS.Signals): void => {
    if (process.listenerCount(signal) > 1) return;
    release();
    process.kill(process.pid, signal);
  };
  process.once('exit', release);
  for (const signal of EXIT_SIGNALS) process.on(signal, onSignal);
  return { lockPath, release };
}

function isYoungerThan(filePath: string, ms: number): boolean {
  try {
    return Date.now() - fs.statSync(filePath).mtimeMs < ms;
  } catch {
    return false;
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const EXIT_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
