/**
 * Server-Sent Events on a Fastify reply, without a plugin (about as long as the plugin's
 * setup): the reply is hijacked and events are written to the socket as they come.
 *
 * A slow or dead client never holds the server: a write that does not fit in the socket's
 * buffer (MAX_BUFFERED_BYTES queued and not yet taken by the client) ends the stream, and the
 * client's EventSource reconnects and reloads what it shows. Nothing is queued in memory
 * beyond that bound. A comment line every HEARTBEAT_MS keeps proxies from closing an idle
 * stream and finds dead clients (their buffer fills). The open streams of an app end when it
 * closes (else `app.close()` would wait for them).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const MAX_BUFFERED_BYTES = 64 * 1024;
export const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting (the `retry:` field). */
export const RECONNECT_MS = 2_000;

export interface EventStream {
  /** Writes one event; false when the stream is closed (or was just closed for being slow). */
  send(event: string, data: unknown, id?: string): boolean;
  /** Ends the stream (the client reconnects). */
  close(): void;
  readonly closed: boolean;
  /** Called once when the stream ends, whoever ended it. */
  onClose(listener: () => void): void;
}

export interface EventStreamOptions {
  heartbeatMs?: number;
  maxBufferedBytes?: number;
  /** Run at each heartbeat (a session check); throwing or false ends the stream. */
  onHeartbeat?: () => Promise<boolean> | boolean;
}

const openStreams = new WeakMap<FastifyInstance, Set<EventStream>>();

/** Ends every open stream of the app (registered as a preClose hook by the routes that stream: onClose would wait for them to finish first). */
export function closeEventStreams(app: FastifyInstance): void {
  for (const stream of openStreams.get(app) ?? []) stream.close();
}

export function openEventStream(request: FastifyRequest, reply: FastifyReply, options: EventStreamOptions = {}): EventStream {
  const maxBuffered = options.maxBufferedBytes ?? MAX_BUFFERED_BYTES;
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  const listeners: Array<() => void> = [];
  let closed = false;
  const registry = openStreams.get(request.server) ?? new Set<EventStream>();
  openStreams.set(request.server, registry);

  const close = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    registry.delete(stream);
    if (!raw.destroyed) raw.end();
    for (const listener of listeners) listener();
  };
  const write = (text: string): boolean => {
    if (closed || raw.destroyed) {
      close();
      return false;
    }
    if (raw.writableLength + Buffer.byteLength(text) > maxBuffered) {
      // The client is not reading: drop it rather than queue without bound.
      raw.destroy();
      close();
      return false;
    }
    raw.write(text);
    return true;
  };
  const stream: EventStream = {
    send: (event, data, id) => write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
    close,
    get closed() {
      return closed;
    },
    onClose: (listener) => {
      if (closed) listener();
      else listeners.push(listener);
    },
  };
  const heartbeat = setInterval(() => {
    if (!write(': ping\n\n')) return;
    void Promise.resolve()
      .then(() => options.onHeartbeat?.() ?? true)
      .then((alive) => {
        if (!alive) close();
      }, close);
  }, options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  registry.add(stream);
  raw.on('close', close);
  raw.on('error', close);
  write(`retry: ${RECONNECT_MS}\n\n`);
  return stream;
}
