/**
 * Bounds on every request body read by the JSON parser (every route but multipart uploads):
 *
 * - **Depth.** A body nested deeper than MAX_JSON_DEPTH arrays/objects is refused while it
 *   streams in, byte by byte, before JSON.parse builds it: a 1 MB `[[[[…]]]]` cost about a
 *   second of CPU in the parser, the schema and the input guard, and 8 such senders starved the
 *   server. The scan keeps three numbers of state (depth, in a string, after a backslash).
 * - **Time.** A body must keep arriving (no pause longer than `idleMs`) and be complete within
 *   `totalMs`: a sender that trickles a byte now and then no longer holds a connection and a
 *   request slot for minutes. JSON bodies are at most 1 MB (bodyLimit), which arrives in
 *   `totalMs` over any working link. Multipart uploads (scans of tens of MB over a slow link)
 *   are read by @fastify/multipart from the socket and are not timed here: the server's idle
 *   socket timeout (connectionTimeout in app.ts) ends an upload that stops, however long a
 *   moving one takes.
 *
 * Either refusal ends the connection (`Connection: close`): the rest of the body is never read.
 */
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { FastifyRequest } from 'fastify';

/** Deepest nesting of arrays and objects a JSON body may have (the deepest real body has 5). */
export const MAX_JSON_DEPTH = 32;

export interface BodyTimeouts {
  /** Longest pause between two pieces of a body, in ms. */
  idleMs: number;
  /** Longest time to receive a whole (non-multipart) body, in ms. */
  totalMs: number;
}

export const DEFAULT_BODY_TIMEOUTS: BodyTimeouts = { idleMs: 10_000, totalMs: 30_000 };

export const BODY_TOO_DEEP = 'MOTCUA_BODY_TOO_DEEP';
export const BODY_TIMEOUT = 'MOTCUA_BODY_TIMEOUT';

class BodyError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
  ) {
    super(code);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * Follows the nesting depth of JSON text fed in pieces. UTF-8 continuation bytes are all ≥ 0x80,
 * so a byte scan never mistakes part of a character for a bracket or a quote.
 */
export class JsonDepthScanner {
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(private readonly limit: number = MAX_JSON_DEPTH) {}

  /** False as soon as the text so far is nested deeper than the limit. */
  feed(bytes: Uint8Array): boolean {
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
      } else if (byte === QUOTE) {
        this.inString = true;
      } else if (byte === OPEN_BRACKET || byte === OPEN_BRACE) {
        if (++this.depth > this.limit) return false;
      } else if (byte === CLOSE_BRACKET || byte === CLOSE_BRACE) {
        this.depth--;
      }
    }
    return true;
  }
}

/** The body stream as the parser reads it: checked for depth and time while it passes. */
class GuardedBody extends Transform {
  /** Read by Fastify's body reader to enforce bodyLimit on what arrived. */
  receivedEncodedLength = 0;
  private readonly scanner: JsonDepthScanner | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly totalTimer: NodeJS.Timeout;

  constructor(
    private readonly source: Readable,
    json: boolean,
    private readonly timeouts: BodyTimeouts,
  ) {
    super();
    this.scanner = json ? new JsonDepthScanner() : undefined;
    this.totalTimer = setTimeout(() => this.fail(new BodyError(BODY_TIMEOUT, 408)), timeouts.totalMs).unref();
    this.armIdle();
    source.on('error', (error) => this.fail(error));
    source.pipe(this);
  }

  private armIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.fail(new BodyError(BODY_TIMEOUT, 408)), this.timeouts.idleMs).unref();
  }

  private stopTimers(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.totalTimer);
  }

  private fail(error: Error): void {
    this.stopTimers();
    this.source.unpipe(this);
    // Nobody reads the body any more (Fastify refused it on its Content-Length and answered):
    // end quietly rather than raise an error no one listens to.
    if (this.listenerCount('error') > 0) this.destroy(error);
    else this.destroy();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.receivedEncodedLength += chunk.length;
    if (this.scanner && !this.scanner.feed(chunk)) {
      this.stopTimers();
      this.source.unpipe(this);
      callback(new BodyError(BODY_TOO_DEEP, 400));
      return;
    }
    this.armIdle();
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.stopTimers();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.stopTimers();
    callback(error);
  }
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** A preParsing hook: the payload wrapped in the guard (multipart and bodiless requests pass as they are). */
export function guardBody(timeouts: BodyTimeouts) {
  return async (request: FastifyRequest, _reply: unknown, payload: Readable): Promise<Readable> => {
    if (!hasBody(request)) return payload;
    const type = (request.headers['content-type'] ?? '').toLowerCase();
    if (type.startsWith('multipart/')) return payload;
    return new GuardedBody(payload, type.includes('json'), timeouts);
  };
}
