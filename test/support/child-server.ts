/**
 * The real server as a child process (`motcua serve` on a data folder, port 0) and an HTTP
 * client signed in to it, for tests that need the process itself: killed mid-burst
 * (crash.test.ts), traced by strace (durable-commit.test.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { mandatoryPapers } from './catalog-helpers.ts';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = path.join(REPO, 'bin/motcua.js');

export interface ChildServer {
  /** The spawned process: the server, or the command that wraps it (`wrapper`). */
  child: ChildProcess;
  url: string;
  output: () => string;
}

/**
 * Starts `motcua serve --data <dataDir> --port 0` and resolves with the URL it prints.
 * `wrapper`: a command line the server runs under (e.g. strace with its options).
 */
export function startChildServer(dataDir: string, env: Record<string, string>, options: { wrapper?: string[] } = {}): Promise<ChildServer> {
  const serve = [process.execPath, BIN, 'serve', '--data', dataDir, '--port', '0'];
  const [command, ...args] = [...(options.wrapper ?? []), ...serve];
  const child = spawn(command!, args, {
    cwd: REPO,
    env: { ...process.env, MOTCUA_LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /đang chạy tại (http:\/\/[^\s]+) /.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`motcua serve exited (${code ?? signal}) before printing its URL:\n${output}`)));
  });
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface ServerClient {
  call(method: string, url: string, body?: unknown): Promise<Response>;
  /** The session cookie (name=value), e.g. to open GET /api/stream. */
  cookie: string;
}

export async function signIn(server: Pick<ChildServer, 'url'>, username: string, password: string): Promise<ServerClient> {
  const response = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(response.status, await response.clone().text()).toBe(200);
  const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return {
    cookie,
    call: (method, url, body) =>
      fetch(`${server.url}${url}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
  };
}

/** A ward and its counter officer, created by the administrator through the admin API. */
export async function createWardWithCounter(admin: ServerClient, ward: { code: string; username: string; password: string }): Promise<void> {
  const unit = await admin.call('POST', '/api/units', { code: ward.code, name: `Trung tâm Phục vụ hành chính công phường ${ward.code}`, kind: 'ward', parentCode: '000.00.00.H24' });
  expect(unit.status, await unit.clone().text()).toBe(201);
  const user = await admin.call('POST', '/api/users', { username: ward.username, fullName: 'Công chức tiếp nhận', password: ward.password, role: 'counter_officer', unitCode: ward.code });
  expect(user.status, await user.clone().text()).toBe(201);
}

/** A reception body (POST /api/dossiers) of the procedure every seeded catalog has. */
export function receptionOf(applicantName: string): Record<string, unknown> {
  return {
    procedureCode: '1.004873',
    channel: 'in_person',
    applicant: { kind: 'individual', name: applicantName, idNumber: '031190004567', phone: '0912345678' },
    // Issue 14: every mandatory paper of the procedure (a missing one needs a supplement request or a confirmation).
    components: mandatoryPapers('1.004873'),
  };
}
