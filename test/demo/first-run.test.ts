/**
 * The first run (issue 7 / issue 3 item 8): `motcua start` on a fresh data folder (or a fresh
 * PostgreSQL database) loads a small demo, starts the server and prints the URL and one account
 * per role; the page at `/` is the login page and a printed account logs in over HTTP. A second
 * start on the same data does not load the demo again; a demo dossier's attached file downloads
 * (issue 15: the demo stores its files where the server reads them). Also `motcua demo generate --json`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLE_NAMES } from '../../src/domain/dossier/roles.ts';
import { createEmptyPostgresDatabase, describeOnPostgres } from '../support/db.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(REPO, 'bin/motcua.js');
const WEB_INDEX = path.join(REPO, 'web/dist/index.html');
const READY = 'Nhấn Ctrl+C để dừng.';

interface Started {
  child: ChildProcess;
  url: string;
  output: string;
}

/** Runs `motcua start` and resolves once it says it is ready. */
function start(args: string[], env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'start', ...args, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, ...env, MOTCUA_LOG_LEVEL: 'error', MOTCUA_DEMO_DOSSIERS: '60' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const url = /đang chạy tại (http:\/\/[^\s]+) /.exec(output)?.[1];
      if (url && output.includes(READY)) resolve({ child, url, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => reject(new Error(`motcua start exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** The web app's login page once web/dist is built; before that, a Vietnamese 404 (never a 500). */
async function expectLoginPage(url: string): Promise<void> {
  const response = await fetch(`${url}/`);
  const body = await response.text();
  if (fs.existsSync(WEB_INDEX)) {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(body).toContain('Đăng nhập');
  } else {
    console.warn('[first-run test] web/dist is not built: checking the answer at / without the web app.');
    expect(response.status).toBe(404);
    expect(JSON.parse(body)).toMatchObject({ message: expect.stringMatching(/Không tìm thấy/) });
  }
}

function firstRun(title: string, setUp: () => Promise<{ args: string[]; env: Record<string, string>; tearDown: () => Promise<void> }>): void {
  describe(title, () => {
    const children: ChildProcess[] = [];
    let tearDown: (() => Promise<void>) | undefined;
    afterAll(async () => {
      for (const child of children) await stop(child);
      await tearDown?.();
    });

    it('loads the demo, serves the login page, prints an account per role that logs in; a later start keeps the data', async () => {
      const setup = await setUp();
      tearDown = setup.tearDown;
      const first = await start(setup.args, setup.env);
      children.push(first.child);
      expect(first.output).toContain('Lần chạy đầu tiên: nạp dữ liệu mẫu');
      expect(first.output).toMatch(/Đã sinh \d+ hồ sơ/);
      expect(first.output).toContain('mật khẩu chung: motcua-demo');
      for (const role of ['counter_officer', 'specialist', 'department_head', 'center_leader', 'chairman', 'city_supervisor', 'administrator'] as const) {
        expect(first.output, role).toContain(ROLE_NAMES[role]);
      }
      await expectLoginPage(first.url);

      const username = /(giavien\.tiepnhan1)\s/.exec(first.output)?.[1];
      expect(username).toBe('giavien.tiepnhan1');
      const login = await fetch(`${first.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'motcua-demo' }) });
      expect(login.status, await login.clone().text()).toBe(200);
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const list = await fetch(`${first.url}/api/dossiers?limit=5`, { headers: { cookie } });
      expect(list.status, await list.clone().text()).toBe(200);
      expect(JSON.stringify(await list.json())).toContain('000.01.24.H24-');
      // Issue 15: the demo's attachments have their files, served from this server's files folder.
      const recent = (await (await fetch(`${first.url}/api/dossiers?limit=30`, { headers: { cookie } })).json()) as { items: Array<{ code: string }> };
      let attached: Array<{ downloadUrl: string; originalName: string }> = [];
      for (const { code } of recent.items) {
        attached = ((await (await fetch(`${first.url}/api/dossiers/${encodeURIComponent(code)}/files`, { headers: { cookie } })).json()) as { items: typeof attached }).items;
        if (attached.length > 0) break;
      }
      expect(attached.length).toBeGreaterThan(0);
      const download = await fetch(`${first.url}${attached[0]!.downloadUrl}`, { headers: { cookie } });
      expect(download.status, attached[0]!.originalName).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(await stop(first.child)).toBe(0);

      const second = await start(setup.args, setup.env);
      children.push(second.child);
      expect(second.output).not.toContain('Lần chạy đầu tiên');
      expect(second.output).toContain('giavien.tiepnhan1');
      await expectLoginPage(second.url);
      expect(await stop(second.child)).toBe(0);
    }, 240_000); // two starts (PGlite: initdb, migrations, catalog, demo) on a shared 2-core machine
  });
}

const tmpDirs: string[] = [];
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});
function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-first-run-'));
  tmpDirs.push(dir);
  return dir;
}

firstRun('first run [pglite]', async () => ({ args: ['--data', freshDataDir()], env: {}, tearDown: async () => undefined }));

describeOnPostgres('first run', (baseUrl) => {
  firstRun('first run [postgres]', async () => {
    const database = await createEmptyPostgresDatabase(baseUrl);
    // The data folder still holds the uploaded (and the demo's) files: a fresh one, not the repository's ./data.
    return { args: [], env: { DATABASE_URL: database.url, MOTCUA_DATA_DIR: freshDataDir() }, tearDown: database.drop };
  });
});

describe('motcua demo generate', () => {
  it('generates into a data folder, prints a JSON summary, and refuses a second load and bad options in Vietnamese', () => {
    const dir = freshDataDir();
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'demo', 'generate', '--data', dir, ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, MOTCUA_ADMIN_PASSWORD: 'mat-khau-quan-tri' } });
    const result = run('--units', '2', '--from', '2026-10-01', '--to', '2026-10-31', '--dossiers', '50', '--seed', 'hai-phong', '--json');
    expect(result.status, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout) as { dossiers: number; events: number; units: number; from: string; to: string; byUnit: Record<string, number>; driver: string };
    expect(summary).toMatchObject({ dossiers: 50, units: 2, from: '2026-10-01', to: '2026-10-31', driver: 'pglite' });
    expect(Object.keys(summary.byUnit).sort()).toEqual(['000.01.24.H24', '000.02.24.H24']);
    expect(summary.events).toBeGreaterThan(50 * 4);

    const again = run('--dossiers', '10');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('đã có đơn vị 000.01.24.H24 của dữ liệu mẫu');

    const bad = run('--units', '0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--units phải là số nguyên từ 1 đến 24');
    const badDate = run('--from', '01/10/2026');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--from phải là ngày dạng YYYY-MM-DD');
  }, 180_000);
});
