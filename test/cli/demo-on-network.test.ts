/**
 * Demo accounts never reach production (issue 12 item 6). A database holding demo data is
 * marked so when the demo is written; `motcua serve` / `motcua start` refuse to put it on a
 * non-loopback address unless --allow-demo-on-network (or MOTCUA_ALLOW_DEMO_ON_NETWORK=1) asks,
 * and then warn loudly at every start; GET /api/about tells the web app to show its banner.
 * Run as a user runs them: child processes of bin/motcua.js.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/platform/bootstrap/bootstrap.ts';
import { configFromEnvironment } from '../../src/platform/config.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { isDemoDatabase } from '../../src/platform/instance/instance-flags.store.ts';
import { generateDemo } from '../../src/features/demo/write.ts';
import { localFileStore } from '../../src/platform/files/file-store.ts';
import { dayOf, localMinuteFromInstant } from '../../src/domain/calendar/local-time.ts';

const BIN = fileURLToPath(new URL('../../bin/motcua.js', import.meta.url));
const READY = 'Nhấn Ctrl+C để dừng.';

interface Outcome {
  code: number | null;
  output: string;
  stderr: string;
  url?: string;
  child?: ChildProcess;
}

/** Runs motcua until it exits or says it is ready (then it is left running: stop it). */
function motcua(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, MOTCUA_LOG_LEVEL: 'error', ...env };
  delete fullEnv.DATABASE_URL;
  if (!('MOTCUA_ALLOW_DEMO_ON_NETWORK' in env)) delete fullEnv.MOTCUA_ALLOW_DEMO_ON_NETWORK;
  const child = spawn(process.execPath, [BIN, ...args, '--port', '0'], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let stderr = '';
  return new Promise((resolve) => {
    const check = (): void => {
      const url = /đang chạy tại (http:\/\/[^\s]+) /.exec(output)?.[1];
      if (url && output.includes(READY)) resolve({ code: null, output, stderr, url, child });
    };
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      check();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      output += chunk.toString('utf8');
      check();
    });
    child.once('exit', (code) => resolve({ code, output, stderr }));
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const about = async (url: string): Promise<unknown> => (await fetch(`${url}/api/about`)).json();

describe('demo data on the network', () => {
  let demoDir: string;
  let realDir: string;
  beforeAll(async () => {
    demoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-demo-net-'));
    realDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-real-net-'));
    const demo = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: demoDir }));
    try {
      await bootstrap(demo.db, { adminPassword: 'mat-khau-quan-tri-that' });
      const now = localMinuteFromInstant(Date.now());
      await generateDemo(demo.db, { seed: 7, units: 1, from: dayOf(now) - 2, to: dayOf(now), now, dossiers: 5 }, { password: 'motcua-demo', fileStore: localFileStore(path.join(demoDir, 'files')) });
      expect(await isDemoDatabase(demo.db)).toBe(true);
    } finally {
      await demo.close();
    }
    const real = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: realDir }));
    try {
      await bootstrap(real.db, { adminPassword: 'mat-khau-quan-tri-that' });
      expect(await isDemoDatabase(real.db)).toBe(false);
    } finally {
      await real.close();
    }
  }, 120_000);
  afterAll(() => {
    fs.rmSync(demoDir, { recursive: true, force: true });
    fs.rmSync(realDir, { recursive: true, force: true });
  });

  it('refuses to serve demo data on 0.0.0.0 without the explicit flag, in Vietnamese', async () => {
    for (const command of [['serve'], ['start', '--no-demo']]) {
      const outcome = await motcua([...command, '--data', demoDir, '--host', '0.0.0.0']);
      await stop(outcome.child);
      expect(outcome.code, outcome.output).toBe(1);
      expect(outcome.stderr).toMatch(/^Lỗi: Cơ sở dữ liệu này chứa dữ liệu mẫu .* không được mở ra mạng tại địa chỉ 0\.0\.0\.0\./);
      expect(outcome.stderr).toContain('--allow-demo-on-network');
      expect(outcome.output).not.toContain('đang chạy tại');
    }
  }, 120_000);

  it('does not load the first-run demo into a fresh data folder started on the network', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-fresh-net-'));
    try {
      const outcome = await motcua(['start', '--data', fresh, '--host', '0.0.0.0'], { MOTCUA_ADMIN_PASSWORD: 'mat-khau-quan-tri-that' });
      await stop(outcome.child);
      expect(outcome.code, outcome.output).toBe(1);
      expect(outcome.stderr).toMatch(/^Lỗi: Cơ sở dữ liệu này chứa dữ liệu mẫu/);
      expect(outcome.output).not.toContain('Nạp dữ liệu mẫu');
      const handle = await openDatabase(configFromEnvironment({ MOTCUA_DATA_DIR: fresh }));
      try {
        expect(await isDemoDatabase(handle.db)).toBe(false);
      } finally {
        await handle.close();
      }
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  }, 120_000);

  it('serves it when asked explicitly, with a loud warning at start and demo: true for the web banner', async () => {
    const flagged = await motcua(['serve', '--data', demoDir, '--host', '0.0.0.0', '--allow-demo-on-network']);
    try {
      expect(flagged.url, flagged.output).toBeDefined();
      expect(flagged.output).toContain('CẢNH BÁO: MÁY CHỦ ĐANG MỞ DỮ LIỆU MẪU RA MẠNG');
      expect(await about(flagged.url!)).toEqual({ demo: true });
    } finally {
      await stop(flagged.child);
    }
    const byEnv = await motcua(['start', '--data', demoDir, '--host', '0.0.0.0'], { MOTCUA_ALLOW_DEMO_ON_NETWORK: '1' });
    try {
      expect(byEnv.url, byEnv.output).toBeDefined();
      expect(byEnv.output).toContain('CẢNH BÁO: MÁY CHỦ ĐANG MỞ DỮ LIỆU MẪU RA MẠNG');
    } finally {
      await stop(byEnv.child);
    }
  }, 120_000);

  it('serves demo data on loopback quietly, and a real database anywhere', async () => {
    const local = await motcua(['serve', '--data', demoDir, '--host', '127.0.0.1']);
    try {
      expect(local.url, local.output).toBeDefined();
      expect(local.output).not.toContain('CẢNH BÁO');
      expect(await about(local.url!)).toEqual({ demo: true });
    } finally {
      await stop(local.child);
    }
    const real = await motcua(['serve', '--data', realDir, '--host', '0.0.0.0']);
    try {
      expect(real.url, real.output).toBeDefined();
      expect(real.output).not.toContain('CẢNH BÁO');
      expect(await about(real.url!)).toEqual({ demo: false });
    } finally {
      await stop(real.child);
    }
  }, 120_000);
});
