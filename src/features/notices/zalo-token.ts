/**
 * The Zalo access-token refresher (docs/notices.md "Zalo access token"). An OA access token lives
 * about 25 hours; the refresh token renews it and is itself replaced on every refresh (single-use),
 * so two refreshes of one unit at once would leave one process with a dead refresh token. Each
 * refresh therefore runs under the unit's channel lock (an advisory lock held by the transaction
 * that stores the new tokens), re-reads the stored tokens once it holds the lock, and refreshes only
 * if nobody did meanwhile. Every attempt is in the change log (ok or failed, never a token).
 */
import type { AppContext } from '../../platform/context.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import { noticeChannelsConfigSchema, type ZaloZnsConfig } from '../../platform/notices/config.ts';
import { refreshZaloAccessToken } from '../../platform/notices/zalo-oauth.ts';
import { instantFromLocalMinute } from '../../domain/calendar/local-time.ts';
import { channelConfigOf, zaloUnits } from './notices.queries.ts';
import { lockChannelConfig, replaceChannelConfig } from './notices.store.ts';

/** Renewed this long before it expires. */
export const REFRESH_AHEAD_MS = 60 * 60_000;
/** After a failed refresh, the next try waits this long (unless Zalo refuses the token itself). */
export const RETRY_AFTER_FAILURE_MS = 5 * 60_000;

function zaloOf(stored: unknown): ZaloZnsConfig | undefined {
  const parsed = noticeChannelsConfigSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data.zalo : undefined;
}

function needsRefresh(zalo: ZaloZnsConfig, nowMs: number, seenToken: string | undefined, expired: boolean): boolean {
  if (!zalo.refreshToken || !zalo.appId || !zalo.secretKey) return false;
  // Another process renewed it while this one waited for the lock (or since it read the token).
  if (expired) return zalo.accessToken === seenToken;
  if (zalo.refreshFailedAt && Date.parse(zalo.refreshFailedAt) + RETRY_AFTER_FAILURE_MS > nowMs) return false;
  if (!zalo.accessToken) return true;
  return zalo.accessTokenExpiresAt !== undefined && Date.parse(zalo.accessTokenExpiresAt) - REFRESH_AHEAD_MS <= nowMs;
}

/**
 * The unit's current access token, refreshed first when it expires within the hour, is missing,
 * or (`expired`) Zalo has just refused `seenToken`.
 */
export async function zaloAccessToken(ctx: AppContext, unitCode: string, options: { expired?: boolean; seenToken?: string } = {}): Promise<string | undefined> {
  const nowMs = instantFromLocalMinute(ctx.now());
  const expired = options.expired === true;
  const current = zaloOf(await channelConfigOf(ctx.db, unitCode));
  if (!current) return undefined;
  const seen = expired ? options.seenToken : current.accessToken;
  if (!needsRefresh(current, nowMs, seen, expired)) return current.accessToken;
  return ctx.db.transaction(async (tx) => {
    const stored = await lockChannelConfig(tx, unitCode);
    const zalo = zaloOf(stored);
    if (!zalo || !needsRefresh(zalo, nowMs, seen, expired)) return zalo?.accessToken;
    const answer = await refreshZaloAccessToken(zalo);
    const at = new Date(nowMs).toISOString();
    if (!answer.ok) {
      await replaceChannelConfig(tx, unitCode, { ...(stored as object), zalo: { ...zalo, refreshFailedAt: at } });
      await recordAdminChange(tx, { kind: 'zalo_token.refresh_failed', actorId: null, unitCode, target: unitCode, after: { reason: answer.reason } });
      return zalo.accessToken;
    }
    const expiresAt = new Date(nowMs + answer.expiresInSeconds * 1000).toISOString();
    const renewed: ZaloZnsConfig = { ...zalo, accessToken: answer.accessToken, refreshToken: answer.refreshToken, accessTokenExpiresAt: expiresAt };
    delete renewed.refreshFailedAt;
    await replaceChannelConfig(tx, unitCode, { ...(stored as object), zalo: renewed });
    await recordAdminChange(tx, { kind: 'zalo_token.refreshed', actorId: null, unitCode, target: unitCode, after: { accessTokenExpiresAt: expiresAt } });
    return answer.accessToken;
  });
}

/** The token source a unit's Zalo adapter uses: refreshed ahead of expiry, and once more after Zalo refuses it. */
export function zaloTokenSource(ctx: AppContext, unitCode: string): (expired?: boolean) => Promise<string | undefined> {
  let last: string | undefined;
  return async (expired) => {
    last = await zaloAccessToken(ctx, unitCode, expired ? { expired: true, seenToken: last } : {});
    return last;
  };
}

/** Renews every unit's token that expires within the hour (each worker run), so a quiet OA keeps a live refresh token. */
export async function refreshExpiringZaloTokens(ctx: AppContext): Promise<void> {
  for (const unitCode of await zaloUnits(ctx.db)) await zaloAccessToken(ctx, unitCode);
}
