/**
 * The notice worker: claims due notices (committed with their events), sends each through its
 * unit's channel adapter with the row's idempotency key, and records the attempt: sent; failed
 * with the next try (backoff with jitter, afterFailure); or parked after a permanent failure or
 * the last attempt, when the next fallback channel (if any) is queued. A process killed between
 * commit and send leaves `queued` rows, sent once after restart; one killed during a send leaves a
 * `sending` row whose lease expires, resent with the same provider request id.
 */
import type { AppContext } from '../../platform/context.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import { createChannelAdapters, type ChannelAdapters } from '../../platform/notices/index.ts';
import { noticeChannelsConfigSchema } from '../../platform/notices/config.ts';
import { instantFromLocalMinute, localMinuteFromInstant } from '../../domain/calendar/local-time.ts';
import { afterFailure, nextSendMinute, type ChannelAdapter, type NoticeChannel, type OutgoingMessage, type SendResult } from '../../domain/notice/index.ts';
import { channelConfigOf } from './notices.queries.ts';
import { claimDueNotices, insertNotices, recordAttempt, type OutboxRow } from './notices.store.ts';
import type { OutboxPayload } from './write-notices.ts';
import { refreshExpiringZaloTokens, zaloTokenSource } from './zalo-token.ts';

export interface SendDueNoticesOptions {
  /** Notices per run at most. */
  limit?: number;
  /** How long a claimed notice is reserved for this process (a dead process's claim expires). */
  leaseMs?: number;
  /** Jitter in [0, 1) for the backoff; default Math.random. */
  jitter?: () => number;
  /** The adapters of a unit; default: built from its stored channel configuration. */
  adaptersFor?: (unitCode: string) => Promise<ChannelAdapters>;
}

export interface SendRunResult {
  sent: number;
  failed: number;
  parked: number;
}

const NOT_CONFIGURED = 'Kênh gửi này của đơn vị đã bị tắt hoặc chưa được cấu hình; thông báo sẽ được gửi lại khi kênh được cấu hình.';

async function send(adapter: ChannelAdapter | undefined, message: OutgoingMessage): Promise<SendResult> {
  if (!adapter) return { ok: false, permanent: false, reason: NOT_CONFIGURED };
  try {
    return await (adapter as ChannelAdapter<typeof message.channel>).send(message as never);
  } catch (error) {
    // Adapters answer failures; a throw is a bug or an unforeseen library error: retried, with what it said.
    return { ok: false, permanent: false, reason: `Lỗi khi gửi: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function sendDueNotices(ctx: AppContext, options: SendDueNoticesOptions = {}): Promise<SendRunResult> {
  // A quiet OA still gets its token renewed before it expires (the refresh token would die with it).
  if (!options.adaptersFor) await refreshExpiringZaloTokens(ctx);
  const nowMs = instantFromLocalMinute(ctx.now());
  const claimed = await claimDueNotices(ctx.db, new Date(nowMs), options.leaseMs ?? 10 * 60_000, options.limit ?? 50);
  const result: SendRunResult = { sent: 0, failed: 0, parked: 0 };
  if (claimed.length === 0) return result;
  const adapters = new Map<string, ChannelAdapters>();
  const adaptersFor =
    options.adaptersFor ??
    (async (unitCode: string) => {
      const parsed = noticeChannelsConfigSchema.safeParse((await channelConfigOf(ctx.db, unitCode)) ?? {});
      return parsed.success ? createChannelAdapters(parsed.data, { zalo: { accessToken: zaloTokenSource(ctx, unitCode) } }) : {};
    });
  try {
    for (const row of claimed) {
      if (!adapters.has(row.unitCode)) adapters.set(row.unitCode, await adaptersFor(row.unitCode));
      const outcome = await sendOne(ctx, row, adapters.get(row.unitCode)!, nowMs, options.jitter ?? Math.random);
      result[outcome] += 1;
    }
  } finally {
    if (!options.adaptersFor) for (const unit of adapters.values()) for (const adapter of Object.values(unit)) await adapter?.close?.();
  }
  return result;
}

async function sendOne(ctx: AppContext, row: OutboxRow, adapters: ChannelAdapters, nowMs: number, jitter: () => number): Promise<'sent' | 'failed' | 'parked'> {
  const payload = row.payload as OutboxPayload;
  const startedAt = new Date(nowMs);
  const answer = await send(adapters[row.channel as NoticeChannel] as ChannelAdapter | undefined, payload.message);
  const finishedAt = new Date(Math.max(nowMs, Date.now()));
  if (answer.ok) {
    await recordAttempt(ctx.db, row, { startedAt, finishedAt, outcome: 'sent', permanent: false, providerId: answer.providerId });
    return 'sent';
  }
  const decision = afterFailure(row.attempts, { permanent: answer.permanent }, jitter());
  if (decision.action === 'retry') {
    const earliest = localMinuteFromInstant(nowMs + decision.delayMs);
    const at = Math.max(nowMs + decision.delayMs, instantFromLocalMinute(nextSendMinute(earliest, row.channel as NoticeChannel)));
    await recordAttempt(ctx.db, row, { startedAt, finishedAt, outcome: 'failed', permanent: false, reason: answer.reason, nextAttemptAt: new Date(at) });
    return 'failed';
  }
  const [next, ...rest] = payload.fallbacks;
  await recordAttempt(ctx.db, row, { startedAt, finishedAt, outcome: 'parked', permanent: answer.permanent, reason: answer.reason }, async (tx) => {
    // A permanent failure (no Zalo account, a refused address) hands the notice to the next channel the citizen consented to.
    if (!next || !answer.permanent) return;
    const fallback: OutboxPayload = { message: next.message, fallbacks: rest };
    await insertNotices(tx, [
      {
        idempotencyKey: next.key,
        unitCode: row.unitCode,
        dossierCode: row.dossierCode,
        paknCode: row.paknCode,
        eventVersion: row.eventVersion,
        kind: row.kind,
        channel: next.message.channel,
        recipient: next.message.to,
        payload: fallback,
        status: 'queued',
        fallbacks: rest.map((f) => f.message.channel),
        fallbackOf: row.id,
        nextAttemptAt: dateFromLocalMinute(nextSendMinute(localMinuteFromInstant(nowMs), next.message.channel)),
        createdBy: row.createdBy,
      },
    ]);
  });
  return 'parked';
}
