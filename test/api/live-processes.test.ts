/**
 * Issue 16, "Done when": two `motcua serve` processes on one PostgreSQL. A reception on one
 * appears on a stream (GET /api/stream) connected to the other; a logout and a locked account
 * on one end the session on the other at once; login throttling counts the attempts made on
 * both. PostgreSQL only (the embedded database belongs to one process).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, describeOnPostgres } from '../support/db.ts';
import { createWardWithCounter, exited, receptionOf, signIn, startChildServer, type ChildServer, type ServerClient } from '../support/child-server.ts';
import { openTestStream } from '../support/event-stream.ts';

const ADMIN_PASSWORD = 'quan-tri-thu-nghiem-hai-tien-trinh';
const WARD = '000.16.24.H24';
const COUNTER = { code: WARD, username: 'tiepnhan.haitientrinh', password: 'mat-khau-quay-16' };

describeOnPostgres('two motcua serve processes', (baseUrl) => {
  describe('two motcua serve processes on one PostgreSQL [postgres]', () => {
    let database: { url: string; drop: () => Promise<void> };
    let dataDir: string;
    let first: ChildServer;
    let second: ChildServer;
    let admin: ServerClient;

    beforeAll(async () => {
      database = await createEmptyPostgresDatabase(baseUrl);
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-live-'));
      const env = { DATABASE_URL: database.url, MOTCUA_ADMIN_PASSWORD: ADMIN_PASSWORD };
      // One after the other: the first migrates and bootstraps, the second finds it done.
      first = await startChildServer(dataDir, env);
      second = await startChildServer(dataDir, env);
      admin = await signIn(first, 'admin', ADMIN_PASSWORD);
      await createWardWithCounter(admin, COUNTER);
    }, 120_000);
    afterAll(async () => {
      for (const server of [first, second]) {
        if (!server) continue;
        server.child.kill('SIGTERM');
        await exited(server.child);
      }
      await database?.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    });

    it('a reception on one process appears on a stream connected to the other', async () => {
      const counter = await signIn(first, COUNTER.username, COUNTER.password);
      const stream = await openTestStream(`${second.url}/api/stream`, counter.cookie);
      expect(stream.status).toBe(200);
      await stream.next((event) => event.event === 'ready');
      const response = await counter.call('POST', '/api/dossiers', receptionOf('Người nộp hai tiến trình'));
      expect(response.status, await response.clone().text()).toBe(201);
      const { code } = (await response.json()) as { code: string };
      const event = await stream.next((e) => e.event === 'change');
      expect(event.data).toEqual({ kind: 'dossiers', unitCode: WARD, dossiers: [{ code, events: ['received'] }] });
      expect(JSON.stringify(event.data)).not.toContain('Người nộp');
      stream.close();
    });

    it('a logout on one process ends the session and its stream on the other at once', async () => {
      const counter = await signIn(first, COUNTER.username, COUNTER.password);
      const onSecond = { ...counter, call: (method: string, url: string) => fetch(`${second.url}${url}`, { method, headers: { cookie: counter.cookie } }) };
      expect((await onSecond.call('GET', '/api/auth/me')).status).toBe(200);
      const stream = await openTestStream(`${second.url}/api/stream`, counter.cookie);
      await stream.next((event) => event.event === 'ready');
      expect((await counter.call('POST', '/api/auth/logout')).status).toBeLessThan(300);
      await stream.ended;
      expect((await onSecond.call('GET', '/api/auth/me')).status).toBe(401);
    });

    it('a locked account on one process is signed out on the other at once', async () => {
      const counter = await signIn(second, COUNTER.username, COUNTER.password);
      expect((await counter.call('GET', '/api/auth/me')).status).toBe(200);
      const { items } = (await (await admin.call('GET', `/api/users?unitCode=${WARD}`)).json()) as { items: Array<{ id: string; username: string }> };
      const id = items.find((user) => user.username === COUNTER.username)!.id;
      const locked = await admin.call('PUT', `/api/users/${id}/active`, { active: false });
      expect(locked.status, await locked.clone().text()).toBe(200);
      expect((await counter.call('GET', '/api/auth/me')).status).toBe(401);
      expect((await admin.call('PUT', `/api/users/${id}/active`, { active: true })).status).toBe(200);
    });

    it('login throttling counts the attempts made on both processes', async () => {
      const attempt = (server: ChildServer) =>
        fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: COUNTER.username, password: 'sai-mat-khau' }) });
      for (const server of [first, second, first, second, first]) expect((await attempt(server)).status).toBe(401);
      // The sixth attempt, on the process that saw only two of the five, must wait.
      expect((await attempt(second)).status).toBe(429);
    });
  });
});
