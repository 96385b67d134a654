/**
 * A client that does not read never makes the server queue without bound: the stream ends once
 * the bytes waiting for it pass the limit, and the server goes on answering others.
 */
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { openEventStream, type EventStream } from './event-stream.ts';

const LIMIT = 16 * 1024;
const app = Fastify();
let stream: EventStream | undefined;
let largestQueue = 0;
let refused = false;
const done = new Promise<void>((resolve) => {
  app.get('/stream', async (request, reply) => {
    stream = openEventStream(request, reply, { maxBufferedBytes: LIMIT });
    const chunk = 'x'.repeat(8 * 1024);
    const pump = () => {
      if (!stream!.send('change', chunk)) {
        refused = true;
        resolve();
        return;
      }
      largestQueue = Math.max(largestQueue, reply.raw.writableLength);
      setImmediate(pump);
    };
    pump();
  });
});
app.get('/ping', async () => ({ ok: true }));
afterAll(() => app.close());

it('drops a client that stops reading once LIMIT bytes wait for it, and keeps serving others', async () => {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const socket = net.connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  // Sends the request, then never reads: the kernel's buffers fill, then the server's.
  socket.pause();
  socket.write('GET /stream HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n');
  await done;
  expect(refused).toBe(true);
  expect(stream!.closed).toBe(true);
  expect(largestQueue).toBeLessThanOrEqual(LIMIT);
  expect((await fetch(`http://127.0.0.1:${port}/ping`)).status).toBe(200);
  socket.destroy();
});
