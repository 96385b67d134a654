/**
 * Zalo OAuth v4 for an Official Account: a new access token from the refresh token.
 * POST https://oauth.zaloapp.com/v4/oa/access_token, header `secret_key`, form `app_id`,
 * `refresh_token`, `grant_type=refresh_token`; the answer carries a new `access_token`, a NEW
 * `refresh_token` (each refresh token is single-use) and `expires_in` seconds (a string, about
 * 90000); a failure carries `error` (negative) and `error_description`. Never throws; never puts a
 * token in the reason.
 */
import type { ZaloZnsConfig } from './config.ts';
import { excerpt, valueAt } from './http.ts';

export type ZaloRefreshResult = { ok: true; accessToken: string; refreshToken: string; expiresInSeconds: number } | { ok: false; reason: string };

export async function refreshZaloAccessToken(config: ZaloZnsConfig): Promise<ZaloRefreshResult> {
  if (!config.refreshToken || !config.appId || !config.secretKey) return { ok: false, reason: 'Chưa có refresh token, App ID và khóa bí mật của ứng dụng Zalo.' };
  let status: number;
  let text: string;
  try {
    const response = await fetch(config.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', secret_key: config.secretKey },
      body: new URLSearchParams({ app_id: config.appId, refresh_token: config.refreshToken, grant_type: 'refresh_token' }).toString(),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: 'error',
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    const timeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, reason: timeout ? 'Hết thời gian chờ Zalo cấp token.' : 'Không kết nối được máy chủ cấp token của Zalo.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const accessToken = valueAt(json, 'access_token');
  const refreshToken = valueAt(json, 'refresh_token');
  const expiresIn = Number(valueAt(json, 'expires_in'));
  if (status >= 200 && status < 300 && typeof accessToken === 'string' && accessToken && typeof refreshToken === 'string' && refreshToken) {
    return { ok: true, accessToken, refreshToken, expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 25 * 3600 };
  }
  const error = valueAt(json, 'error');
  const detail = valueAt(json, 'error_description') ?? valueAt(json, 'error_name');
  if (typeof error === 'number') return { ok: false, reason: `Zalo từ chối làm mới token: lỗi ${error}${typeof detail === 'string' ? ` (${detail})` : ''}.` };
  // The answer may echo what was sent; only its status is safe to keep when it is not Zalo's shape.
  return { ok: false, reason: `Zalo trả lời HTTP ${status} khi làm mới token${json === undefined ? `: ${excerpt(text, 80)}` : '.'}` };
}
