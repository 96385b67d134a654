/**
 * Nothing lost, nothing twice (issue 17): `motcua serve` runs as a child process with its notice
 * worker slowed to once an hour, a dossier is received with the citizen's consent to e-mail (the
 * receipt notice commits with the reception), and the process is killed with SIGKILL before its
 * worker sends anything. Restarted on the same data with the worker running, the receipt reaches
 * the SMTP server (in this test process) exactly once; killed and restarted again, it is not sent
 * a second time (a later dossier's receipt arrives, and the first is still there once).
 * Once on PGlite in a data folder, once on PostgreSQL.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, describeOnPostgres } from '../support/db.ts';
import { createWardWithCounter, exited, receptionOf, signIn, startChildServer, type ChildServer, type ServerClient } from '../support/child-server.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

const ADMIN_PASSWORD = 'quan-tri-thu-nghiem-thong-bao';
const WARD = '000.17.24.H24';
const SLOW = { MOTCUA_NOTICE_INTERVAL_MS: '3600000' };
const FAST = { MOTCUA_NOTICE_INTERVAL_MS: '100' };

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

function crashScenario(name: string, setUp: () => Promise<{ env: Record<string, string>; tearDown: () => Promise<void> }>): void {
  describe(name, () => {
    let dataDir: string;
    let env: Record<string, string>;
    let tearDown: () => Promise<void> = async () => undefined;
    let sink: SmtpSink;
    const children: ChildProcess[] = [];
    const start = async (worker: Record<string, string>): Promise<ChildServer> => {
      const server = await startChildServer(dataDir, { ...env, ...worker, MOTCUA_ADMIN_PASSWORD: ADMIN_PASSWORD });
      children.push(server.child);
      return server;
    };
    const kill = async (server: ChildServer): Promise<void> => {
      server.child.kill('SIGKILL');
      await exited(server.child);
      expect(server.child.signalCode).toBe('SIGKILL');
    };
    const receive = async (counter: ServerClient, name: string): Promise<string> => {
      const response = await counter.call('POST', '/api/dossiers', { ...receptionOf(name), notices: { consents: [{ channel: 'email', address: 'congdan@example.vn' }] } });
      expect(response.status, await response.clone().text()).toBe(201);
      return ((await response.json()) as { code: string }).code;
    };
    const received = (code: string) => sink.messages.filter((m) => m.text.includes(code));

    beforeAll(async () => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-notice-crash-'));
      ({ env, tearDown } = await setUp());
      sink = await startSmtpSink();
    });
    afterAll(async () => {
      for (const child of children) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited(child);
      }
      await sink.close();
      await tearDown();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('sends a receipt committed before a SIGKILL exactly once after restart', async () => {
      // 1. The receipt commits with the reception; the worker is asleep; the process dies.
      const first = await start(SLOW);
      const admin = await signIn(first, 'admin', ADMIN_PASSWORD);
      await createWardWithCounter(admin, { code: WARD, username: 'tiepnhan.thongbao', password: 'mat-khau-quay-17' });
      const channels = await admin.call('PUT', `/api/units/${WARD}/notice-channels`, {
        email: { host: '127.0.0.1', port: sink.port, security: 'none', from: { name: 'Trung tâm PVHCC', address: 'motcua@example.vn' } },
      });
      expect(channels.status, await channels.clone().text()).toBe(200);
      const counter = await signIn(first, 'tiepnhan.thongbao', 'mat-khau-quay-17');
      const code = await receive(counter, 'Người nhận thư trước sự cố');
      const queued = (await (await counter.call('GET', `/api/dossiers/${encodeURIComponent(code)}/notices`)).json()) as { items: Array<{ channel: string; status: string }> };
      expect(queued.items.find((n) => n.channel === 'email')?.status).toBe('queued');
      await kill(first);
      expect(received(code)).toHaveLength(0);

      // 2. Restarted with the worker running: sent, once.
      const second = await start(FAST);
      await until('the receipt after restart', () => (received(code).length > 0 ? true : undefined));
      const again = await signIn(second, 'tiepnhan.thongbao', 'mat-khau-quay-17');
      await until('the notice recorded as sent', async () => {
        const list = (await (await again.call('GET', `/api/dossiers/${encodeURIComponent(code)}/notices`)).json()) as { items: Array<{ channel: string; status: string; attempts: number }> };
        const email = list.items.find((n) => n.channel === 'email');
        return email?.status === 'sent' ? email : undefined;
      });
      await kill(second);

      // 3. Killed and restarted once more: a later receipt goes out, the first is not sent again.
      const third = await start(FAST);
      const later = await receive(await signIn(third, 'tiepnhan.thongbao', 'mat-khau-quay-17'), 'Người nhận thư sau sự cố');
      await until('the later receipt', () => (received(later).length > 0 ? true : undefined));
      expect(received(code)).toHaveLength(1);
      expect(received(later)).toHaveLength(1);
      expect(received(code)[0]!.envelopeTo).toEqual(['congdan@example.vn']);
      third.child.kill('SIGTERM');
      await exited(third.child);
    }, 240_000);
  });
}

crashScenario('notice crash between commit and send [pglite]', async () => ({ env: {}, tearDown: async () => undefined }));

describeOnPostgres('notice crash between commit and send', (baseUrl) => {
  crashScenario('notice crash between commit and send [postgres]', async () => {
    const database = await createEmptyPostgresDatabase(baseUrl);
    return { env: { DATABASE_URL: database.url }, tearDown: database.drop };
  });
});
