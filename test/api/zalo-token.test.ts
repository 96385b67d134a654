/**
 * The Zalo access-token refresher (issue 17, docs/notices.md "Zalo access token") against a real
 * local HTTP server standing in for both oauth.zaloapp.com and the ZNS API: renewed ahead of
 * expiry and after Zalo refuses the token, the single-use refresh token replaced, one refresh at
 * a time per unit however many callers ask at once, each attempt in the change log without a
 * token. Runs on PGlite and PostgreSQL (where the concurrent callers hold separate connections).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDriver } from '../support/db.ts';
import { createTestApp, WARD, type Session, type TestApp } from '../support/api.ts';
import { startHttpGateway, type GatewayRequest, type HttpGateway } from '../support/http-gateway.ts';
import { channelConfigOf } from '../../src/features/notices/notices.queries.ts';
import { replaceChannelConfig } from '../../src/features/notices/notices.store.ts';
import { zaloAccessToken, zaloTokenSource } from '../../src/features/notices/zalo-token.ts';
import { sendDueNotices } from '../../src/features/notices/send-due-notices.ts';
import { createChannelAdapters } from '../../src/platform/notices/index.ts';
import { noticeChannelsConfigSchema } from '../../src/platform/notices/config.ts';
import { instantFromLocalMinute } from '../../src/domain/calendar/local-time.ts';

interface StoredZalo {
  accessToken?: string;
  refreshToken?: string;
  accessTokenExpiresAt?: string;
  refreshFailedAt?: string;
}

forEachDriver('Zalo access-token refresher', (getDb) => {
  let t: TestApp;
  let leader: Session;
  let zalo: HttpGateway;
  /** Zalo's side: the one refresh token still valid, and how many tokens it has issued. */
  let validRefreshToken = 'rt-1';
  let issued = 0;
  let refuseRefresh = false;

  const oauthRequests = () => zalo.requests.filter((r) => r.path === '/v4/oa/access_token');
  const stored = async () => ((await channelConfigOf(t.ctx.db, WARD)) as { zalo: StoredZalo }).zalo;
  const nowMs = () => instantFromLocalMinute(t.now());
  const logOf = async (kind: string) =>
    ((await leader.get(`/api/admin/changes?unitCode=${WARD}`)).json() as { items: Array<{ kind: string; after: Record<string, string> }> }).items.filter((c) => c.kind === kind);
  async function expiresIn(ms: number): Promise<void> {
    const config = (await channelConfigOf(t.ctx.db, WARD)) as { zalo: StoredZalo };
    await replaceChannelConfig(t.ctx.db, WARD, { ...config, zalo: { ...config.zalo, accessTokenExpiresAt: new Date(nowMs() + ms).toISOString() } });
  }

  function answer(request: GatewayRequest) {
    if (request.path === '/v4/oa/access_token') {
      const form = new URLSearchParams(request.body);
      if (refuseRefresh || form.get('refresh_token') !== validRefreshToken) return { status: 200, json: { error: -14014, error_name: 'Invalid refresh token', error_description: 'Invalid refresh token' } };
      issued += 1;
      validRefreshToken = `rt-${issued + 1}`;
      return { status: 200, json: { access_token: `at-${issued}`, refresh_token: validRefreshToken, expires_in: '90000' } };
    }
    // ZNS: only the newest access token is accepted.
    return request.headers.access_token === `at-${issued}` ? { status: 200, json: { error: 0, data: { msg_id: 'zns-1' } } } : { status: 200, json: { error: -124, message: 'Access token invalid' } };
  }

  beforeAll(async () => {
    zalo = await startHttpGateway(answer);
    t = await createTestApp(getDb());
    leader = await t.login('leader');
    const config = {
      zalo: { accessToken: 'at-0', appId: '4321', secretKey: 'khoa-ung-dung', refreshToken: 'rt-1', endpoint: `${zalo.url}/message/template`, tokenEndpoint: `${zalo.url}/v4/oa/access_token` },
    };
    const saved = await leader.put(`/api/units/${WARD}/notice-channels`, config);
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    await zalo.close();
  });

  it('uses a typed token of unknown age as it is', async () => {
    expect(await zaloAccessToken(t.ctx, WARD)).toBe('at-0');
    expect(oauthRequests()).toHaveLength(0);
  });

  it('renews a token that expires within the hour once, however many callers ask at once, and stores the new refresh token', async () => {
    await expiresIn(30 * 60_000);
    const tokens = await Promise.all([zaloAccessToken(t.ctx, WARD), zaloAccessToken(t.ctx, WARD), zaloAccessToken(t.ctx, WARD)]);
    expect(tokens).toEqual(['at-1', 'at-1', 'at-1']);
    expect(oauthRequests()).toHaveLength(1);
    const request = oauthRequests()[0]!;
    expect(request.method).toBe('POST');
    expect(request.headers.secret_key).toBe('khoa-ung-dung');
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({ app_id: '4321', refresh_token: 'rt-1', grant_type: 'refresh_token' });
    const zaloNow = await stored();
    expect(zaloNow).toMatchObject({ accessToken: 'at-1', refreshToken: 'rt-2', accessTokenExpiresAt: new Date(nowMs() + 90_000_000).toISOString() });
    // Far from expiry now: no refresh.
    expect(await zaloAccessToken(t.ctx, WARD)).toBe('at-1');
    expect(oauthRequests()).toHaveLength(1);
    const log = await logOf('zalo_token.refreshed');
    expect(log).toHaveLength(1);
    expect(JSON.stringify(log)).not.toMatch(/at-1|rt-2/);
    // The settings page shows neither token.
    expect((await leader.get(`/api/units/${WARD}/notice-channels`)).body).not.toMatch(/at-1|rt-2|khoa-ung-dung/);
  });

  it('renews the token and sends again when Zalo refuses it as expired', async () => {
    issued += 1; // Zalo now knows a newer token than the stored at-1 (e.g. renewed on its side).
    const config = noticeChannelsConfigSchema.parse(await channelConfigOf(t.ctx.db, WARD));
    const adapter = createChannelAdapters(config, { zalo: { accessToken: zaloTokenSource(t.ctx, WARD) } }).zalo!;
    validRefreshToken = 'rt-2';
    const result = await adapter.send({ channel: 'zalo', idempotencyKey: 'GIAVIEN-1/1/receipt/zalo', to: '0912345678', templateId: '227941', data: { ma_ho_so: 'GIAVIEN-1' } });
    expect(result).toEqual({ ok: true, providerId: 'zns-1' });
    const sends = zalo.requests.filter((r) => r.path === '/message/template');
    expect(sends.map((r) => r.headers.access_token)).toEqual(['at-1', 'at-3']);
    expect(oauthRequests()).toHaveLength(2);
    expect(await stored()).toMatchObject({ accessToken: 'at-3', refreshToken: 'rt-4' });
  });

  it('records a failed refresh without a token, waits five minutes before trying again, and the worker renews a quiet unit', async () => {
    refuseRefresh = true;
    await expiresIn(10 * 60_000);
    expect(await zaloAccessToken(t.ctx, WARD)).toBe('at-3');
    expect(oauthRequests()).toHaveLength(3);
    const failed = await logOf('zalo_token.refresh_failed');
    expect(failed.map((c) => c.after)).toEqual([{ reason: 'Zalo từ chối làm mới token: lỗi -14014 (Invalid refresh token).' }]);
    expect((await stored()).refreshFailedAt).toBeDefined();
    await zaloAccessToken(t.ctx, WARD);
    expect(oauthRequests()).toHaveLength(3);

    refuseRefresh = false;
    t.setNow(t.now() + 6);
    // No notice is due: the worker's run still renews the token before it expires.
    expect(await sendDueNotices(t.ctx)).toEqual({ sent: 0, failed: 0, parked: 0 });
    expect(oauthRequests()).toHaveLength(4);
    expect(await stored()).toMatchObject({ accessToken: 'at-4', refreshToken: 'rt-5' });
    expect((await stored()).refreshFailedAt).toBeUndefined();
  });
});
