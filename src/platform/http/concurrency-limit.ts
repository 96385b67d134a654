/**
 * Expensive requests run a few at a time, in two kinds counted apart: `document` (report DOCX
 * and XLSX, dossier exports, the Mẫu 07 book: CPU and database work) and `import` (file imports
 * and their previews: an upload that may take minutes over a slow link, which must not hold
 * up everyone's reports). Of each kind, at most `perUser` of one user's and `total` of
 * everyone's at once. One more is refused at once with a Vietnamese 429 and `Retry-After`
 * instead of queueing behind the others: 32 city-report DOCX, 8 at a time, had pushed
 * /healthz to 20,8 s. A route opts in with `config: { expensive: 'document' }`; the slot is
 * held until the response has been sent in full (a streamed export holds it while it streams)
 * or the client went away. Limits are per server process (several processes on one
 * PostgreSQL each have their own).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Counted by the concurrency limiter of this kind (src/http/concurrency-limit.ts). */
    expensive?: ExpensiveKind;
  }
}

export type ExpensiveKind = 'document' | 'import';

export interface ConcurrencyLimits {
  /** Expensive requests of one user at once. */
  perUser: number;
  /** Expensive requests of everyone at once (the machine has 2 cores). */
  total: number;
}

/**
 * One of a user's at once ("wait for the one running"); two of everyone's, as the machine has
 * two cores: on PGlite every query runs on the server's own thread, and each running document
 * adds a query's time (up to ~0,4 s for a city report) to what /healthz may wait for.
 */
export const DEFAULT_EXPENSIVE_LIMITS: Record<ExpensiveKind, ConcurrencyLimits> = { document: { perUser: 1, total: 2 }, import: { perUser: 1, total: 2 } };

/** Seconds a refused client is told to wait (Retry-After). */
export const RETRY_AFTER_SECONDS = 2;

export type Refusal = 'user' | 'total';

export class ConcurrencyLimiter {
  private running = 0;
  private readonly byKey = new Map<string, number>();

  constructor(readonly limits: ConcurrencyLimits) {}

  /** Takes a slot for `key` (a user), or says which limit is full. */
  tryAcquire(key: string): Refusal | undefined {
    const mine = this.byKey.get(key) ?? 0;
    if (mine >= this.limits.perUser) return 'user';
    if (this.running >= this.limits.total) return 'total';
    this.byKey.set(key, mine + 1);
    this.running++;
    return undefined;
  }

  release(key: string): void {
    const mine = this.byKey.get(key) ?? 0;
    if (mine <= 0) return;
    if (mine === 1) this.byKey.delete(key);
    else this.byKey.set(key, mine - 1);
    this.running--;
  }

  /** Slots in use: everyone's, or one key's. */
  inUse(key?: string): number {
    return key === undefined ? this.running : (this.byKey.get(key) ?? 0);
  }
}

export const REFUSAL_MESSAGES: Record<Refusal, string> = {
  user: 'Bạn đang có yêu cầu nặng (tạo báo cáo, xuất tệp hoặc nhập dữ liệu) chưa xong. Hãy chờ yêu cầu đó hoàn tất rồi thử lại.',
  total: 'Máy chủ đang tạo nhiều báo cáo, tệp xuất hoặc nhập dữ liệu cùng lúc. Hãy thử lại sau ít giây.',
};

export type ExpensiveLimiters = Record<ExpensiveKind, ConcurrencyLimiter>;

export function expensiveLimiters(limits: Record<ExpensiveKind, ConcurrencyLimits> = DEFAULT_EXPENSIVE_LIMITS): ExpensiveLimiters {
  return { document: new ConcurrencyLimiter(limits.document), import: new ConcurrencyLimiter(limits.import) };
}

const HELD = Symbol('expensive slot');
type Holding = FastifyRequest & { [HELD]?: { limiter: ConcurrencyLimiter; key: string } };

/**
 * A preHandler hook (after sign-in, CSRF and validation, before the handler reads an upload):
 * takes a slot for an expensive route or answers 429 through `refuse`.
 */
export function limitExpensive(limiters: ExpensiveLimiters, refuse: (reply: FastifyReply, refusal: Refusal) => FastifyReply) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const kind = request.routeOptions.config.expensive;
    if (!kind) return;
    const limiter = limiters[kind];
    const key = request.user?.id ?? `ip:${request.ip}`;
    const refusal = limiter.tryAcquire(key);
    if (refusal) {
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
      await refuse(reply, refusal);
      return;
    }
    (request as Holding)[HELD] = { limiter, key };
    // 'close' comes once the response was sent in full or the connection was lost.
    reply.raw.once('close', () => releaseSlot(request));
  };
}

/** Gives back the slot of a request, once (also called from onResponse). */
export function releaseSlot(request: FastifyRequest): void {
  const holding = request as Holding;
  const held = holding[HELD];
  if (held === undefined) return;
  holding[HELD] = undefined;
  held.limiter.release(held.key);
}
