/**
 * No request can starve the server (issue 12 item 4): JSON bodies nested deeper than
 * MAX_JSON_DEPTH are refused while they stream in, before JSON.parse; a body that trickles in
 * (a slow-body login held a connection 95 s) or stops halfway is answered 408 and the
 * connection closed; a multipart upload is not cut by the JSON time limit as long as it moves.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteTestDatabase } from '../support/db.ts';
import { ACCOUNTS, createTestApp, PASSWORD, prepareDossier, type Session, type TestApp } from '../support/api.ts';
import { formData, pdf } from '../support/multipart.ts';
import { JsonDepthScanner, MAX_JSON_DEPTH } from '../../src/platform/http/body-guard.ts';
import type { DatabaseHandle } from '../../src/platform/db/client.ts';

const nested = (depth: number, inner = '0'): string => '['.repeat(depth) + inner + ']'.repeat(depth);

/** A raw HTTP exchange over a real socket: headers now, then the body as `drip` decides. */
function rawRequest(port: number, head: string, drip: (socket: net.Socket) => () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let stop = (): void => undefined;
    socket.on('connect', () => {
      socket.write(head);
      stop = drip(socket);
    });
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('error', (error) => {
      stop();
      if (answer) resolve(answer);
      else reject(error);
    });
    socket.on('close', () => {
      stop();
      resolve(answer);
    });
  });
}

describe('JSON depth scanner', () => {
  it('counts brackets and braces outside strings only, across pieces', () => {
    const scanner = new JsonDepthScanner(3);
    expect(scanner.feed(Buffer.from('{"a":"[[[[[[\\"[[[[", "b":['))).toBe(true);
    expect(scanner.feed(Buffer.from('[1]], "c": {"d": ['))).toBe(true);
    expect(scanner.feed(Buffer.from('1]}}'))).toBe(true);
    const deep = new JsonDepthScanner(3);
    expect(deep.feed(Buffer.from('{"ể":[{"x"'))).toBe(true);
    expect(deep.feed(Buffer.from(':['))).toBe(false);
  });
});

describe('request body limits', () => {
  let handle: DatabaseHandle;
  let t: TestApp;
  let port: number;
  let counter: Session;
  beforeAll(async () => {
    handle = await createPgliteTestDatabase();
    t = await createTestApp(handle, { app: { bodyTimeouts: { idleMs: 400, totalMs: 1_500 } } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const address = t.app.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
    counter = await t.sessionFor(ACCOUNTS.counter.username);
  });
  afterAll(async () => {
    await t.close();
    await handle.close();
  });

  it(`refuses a body nested deeper than ${MAX_JSON_DEPTH} levels with a Vietnamese 400, on a public route and a signed-in one`, async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: `{"username":"quantri","password":${nested(MAX_JSON_DEPTH)}}` });
    expect(login.statusCode).toBe(400);
    expect(login.json()).toMatchObject({ error: 'du_lieu_khong_hop_le', message: expect.stringMatching(/lồng nhau quá sâu \(quá 32 tầng/) });
    expect(login.headers.connection).toBe('close');
    // The attack of the issue: a whole megabyte of brackets, refused after the first 33 bytes.
    const huge = await counter.post('/api/dossiers', nested(500_000), { 'content-type': 'application/json' });
    expect(huge.statusCode).toBe(400);
    expect(huge.json<{ message: string }>().message).toMatch(/lồng nhau quá sâu/);
  });

  it('lets through a body exactly at the limit and brackets inside strings', async () => {
    const atLimit = await counter.post('/api/dossiers', `{"procedureCode":${nested(MAX_JSON_DEPTH - 1, '"x"')}}`, { 'content-type': 'application/json' });
    expect(atLimit.statusCode).toBe(400);
    expect(atLimit.json<{ message: string }>().message).not.toMatch(/lồng nhau/);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: ACCOUNTS.counter.username, password: PASSWORD, note: '['.repeat(100) } });
    expect(login.statusCode).toBe(200);
  });

  it('answers 408 and closes the connection when a JSON body trickles in (a byte every 100 ms)', { timeout: 30_000 }, async () => {
    const head = 'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n';
    const answer = await rawRequest(port, head, (socket) => {
      const timer = setInterval(() => socket.write(' '), 100);
      return () => clearInterval(timer);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toMatch(/connection: close/i);
    expect(answer).toMatch(/quá chậm/);
  });

  it('answers 408 when a JSON body stops halfway', { timeout: 30_000 }, async () => {
    const head = 'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"username":';
    const answer = await rawRequest(port, head, () => () => undefined);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('does not cut a multipart upload that takes longer than the JSON limit but keeps moving', { timeout: 30_000 }, async () => {
    const actors = { counter, specialist: await t.sessionFor(ACCOUNTS.specialist.username), chairman: await t.sessionFor(ACCOUNTS.chairman.username) };
    const dossier = await prepareDossier(actors, 'processing');
    const form = await formData({ kind: 'component', expectedVersion: dossier.version }, { bytes: Buffer.concat([pdf('chậm'), Buffer.alloc(20_000, 0x20)]), name: 'ban-scan.pdf', type: 'application/pdf' });
    const head = [
      `POST /api/dossiers/${dossier.code}/files HTTP/1.1`,
      'Host: 127.0.0.1',
      `Cookie: ${counter.cookie}`,
      `X-CSRF-Token: ${counter.csrf}`,
      `Content-Type: ${form.contentType}`,
      `Content-Length: ${form.body.length}`,
      'Connection: close',
      '',
      '',
    ].join('\r\n');
    // 10 pieces 200 ms apart: 2 s in all, more than totalMs (1.5 s), each pause under idleMs.
    const answer = await rawRequest(port, head, (socket) => {
      const size = Math.ceil(form.body.length / 10);
      let sent = 0;
      const timer = setInterval(() => {
        socket.write(form.body.subarray(sent, sent + size));
        sent += size;
        if (sent >= form.body.length) clearInterval(timer);
      }, 200);
      return () => clearInterval(timer);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 201 /);
  });
});
