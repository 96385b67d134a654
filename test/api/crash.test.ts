/**
 * Crash safety of the real server (issue 3, "Done when"): `motcua serve` runs as a child process,
 * an administrator creates a ward and a counter officer through the admin API, a burst of
 * receptions is fired, and the process is killed with SIGKILL in the middle of it. The server
 * is started again on the same data (the PGlite data-folder lock left behind by the dead
 * process must not block it), and then:
 * - every reception that was acknowledged (201 with a code) is there, with its event;
 * - `motcua audit verify --json` reports the hash chain intact.
 * Once on PGlite in a data folder, once on PostgreSQL (DATABASE_URL = a fresh database).
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, describeOnPostgres } from '../support/db.ts';
import { BIN, REPO, createWardWithCounter, exited, receptionOf, signIn, startChildServer, type ChildServer, type ServerClient } from '../support/child-server.ts';

const ADMIN_PASSWORD = 'quan-tri-thu-nghiem-sap-nguon';
const WARD = '000.09.24.H24';
/** Acknowledged receptions to wait for before the kill; the burst keeps going past it. */
const ACKNOWLEDGED_BEFORE_KILL = 40;
const IN_FLIGHT = 8;

function startServer(dataDir: string, env: Record<string, string>): Promise<ChildServer> {
  return startChildServer(dataDir, { ...env, MOTCUA_ADMIN_PASSWORD: ADMIN_PASSWORD });
}

const reception = (i: number) => receptionOf(`Người nộp trước sự cố ${i}`);

/**
 * Keeps IN_FLIGHT receptions running until the server dies; records every acknowledged code.
 * Calls `onAcknowledged` after each acknowledgement (the test kills the server from there).
 */
async function burst(counter: ServerClient, acknowledged: string[], onAcknowledged: (count: number) => void): Promise<number> {
  let next = 0;
  let failures = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (!stopped) {
      const i = next++;
      try {
        const response = await counter.call('POST', '/api/dossiers', reception(i));
        if (response.status === 201) {
          acknowledged.push(((await response.json()) as { code: string }).code);
          onAcknowledged(acknowledged.length);
        } else {
          throw new Error(`reception ${i}: ${response.status} ${await response.text()}`);
        }
      } catch (error) {
        // A connection cut by the kill is expected; anything else is a failure of the server.
        if (error instanceof Error && error.message.startsWith('reception')) throw error;
        failures++;
        stopped = true;
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return failures;
}

function crashScenario(name: string, setUp: () => Promise<{ env: Record<string, string>; tearDown: () => Promise<void> }>): void {
  describe(name, () => {
    let dataDir: string;
    let env: Record<string, string>;
    let tearDown: () => Promise<void> = async () => undefined;
    const children: ChildProcess[] = [];

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-crash-'));
      ({ env, tearDown } = await setUp());
    });
    afterAll(async () => {
      for (const child of children) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited(child);
      }
      await tearDown();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('keeps every acknowledged reception through a SIGKILL, and the audit chain verifies', async () => {
      // 1. First run: a ward, a counter officer, then the burst, killed midway.
      const first = await startServer(dataDir, env);
      children.push(first.child);
      const admin = await signIn(first, 'admin', ADMIN_PASSWORD);
      await createWardWithCounter(admin, { code: WARD, username: 'tiepnhan.sapnguon', password: 'mat-khau-quay-1' });
      const counter = await signIn(first, 'tiepnhan.sapnguon', 'mat-khau-quay-1');

      const acknowledged: string[] = [];
      let killed = false;
      const cut = await burst(counter, acknowledged, (count) => {
        if (!killed && count >= ACKNOWLEDGED_BEFORE_KILL) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      });
      await exited(first.child);
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(cut, 'requests cut by the kill').toBeGreaterThan(0);
      expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

      // 2. Restart on the same data: the dead process's lock must not block it.
      const second = await startServer(dataDir, env);
      children.push(second.child);
      const again = await signIn(second, 'tiepnhan.sapnguon', 'mat-khau-quay-1');
      for (const code of acknowledged) {
        const response = await again.call('GET', `/api/dossiers/${encodeURIComponent(code)}`);
        expect(response.status, `${code} was acknowledged but is gone`).toBe(200);
        const detail = (await response.json()) as { code: string; status: number; history: Array<{ type: string; seq: number }> };
        expect(detail.status).toBe(2);
        expect(detail.history.map((h) => [h.seq, h.type])).toEqual([[1, 'received']]);
      }
      // Codes stay unique and the numbering goes on after the crash.
      const after = await again.call('POST', '/api/dossiers', reception(10_000));
      expect(after.status).toBe(201);
      expect(acknowledged).not.toContain(((await after.json()) as { code: string }).code);

      second.child.kill('SIGTERM');
      await exited(second.child);

      // 3. The audit chain, checked by the command line on the same data.
      const verify = spawnSync(process.execPath, [BIN, 'audit', 'verify', '--data', dataDir, '--json'], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8' });
      expect(verify.status, verify.stderr).toBe(0);
      const result = JSON.parse(verify.stdout) as { ok: boolean; checked: number };
      expect(result.ok).toBe(true);
      expect(result.checked).toBeGreaterThanOrEqual(acknowledged.length + 1);
    }, 240_000); // two server starts (PGlite: initdb, migrations, catalog) on a shared 2-core machine
  });
}

crashScenario('crash during a burst of receptions [pglite]', async () => ({ env: {}, tearDown: async () => undefined }));

describeOnPostgres('crash during a burst of receptions', (baseUrl) => {
  crashScenario('crash during a burst of receptions [postgres]', async () => {
    const database = await createEmptyPostgresDatabase(baseUrl);
    return { env: { DATABASE_URL: database.url }, tearDown: database.drop };
  });
});
