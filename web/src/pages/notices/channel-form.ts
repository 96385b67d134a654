/**
 * The notice-channel settings between the API's shape (one block per channel, secrets masked)
 * and the card's flat form. A secret left empty is sent back as the mask, which tells the API to
 * keep the stored one; fields the card does not show (time limits, permanent error codes, the
 * Zalo endpoints) are carried over from what was loaded.
 */
import { ApiError } from '../../api.ts';

/** What the API shows in place of a stored secret (src/platform/notices/config.ts SECRET_MASK). */
export const SECRET_MASK = '••••••';

type Block = Record<string, unknown>;
export interface ChannelBlocks {
  email?: Block & { enabled?: boolean; host?: string; port?: number; security?: string; user?: string; password?: string; from?: { name?: string; address?: string } };
  sms?: Block & {
    enabled?: boolean;
    url?: string;
    brandname?: string;
    headers?: Record<string, string>;
    body?: unknown;
    phoneFormat?: string;
    unicode?: boolean;
    success?: { path: string; equals: Array<string | number | boolean> };
  };
  zalo?: Block & { enabled?: boolean; appId?: string; accessToken?: string; secretKey?: string; refreshToken?: string; mode?: string; accessTokenExpiresAt?: string };
}

export interface ChannelForm {
  email: { enabled: boolean; host?: string; port?: number; security: string; user?: string; password?: string; fromName?: string; fromAddress?: string };
  sms: { enabled: boolean; url?: string; brandname?: string; headerName?: string; token?: string; body?: string; phoneFormat: string; unicode: boolean; successPath?: string; successEquals?: string };
  zalo: { enabled: boolean; appId?: string; secretKey?: string; accessToken?: string; refreshToken?: string; mode: string };
}

/** Which secrets are stored (shown as "Đã lưu", kept when left empty). */
export interface Secrets {
  emailPassword: boolean;
  smsToken: boolean;
  zaloAccessToken: boolean;
  zaloSecretKey: boolean;
  zaloRefreshToken: boolean;
}

export function formFromBlocks(blocks: ChannelBlocks): ChannelForm {
  const { email, sms, zalo } = blocks;
  return {
    email: {
      enabled: email?.enabled ?? false,
      host: email?.host,
      port: email?.port ?? 587,
      security: email?.security ?? 'starttls',
      user: email?.user,
      password: '',
      fromName: email?.from?.name,
      fromAddress: email?.from?.address,
    },
    sms: {
      enabled: sms?.enabled ?? false,
      url: sms?.url,
      brandname: sms?.brandname,
      headerName: Object.keys(sms?.headers ?? {})[0] ?? 'Authorization',
      token: '',
      body: sms?.body === undefined ? undefined : JSON.stringify(sms.body),
      phoneFormat: sms?.phoneFormat ?? 'international',
      unicode: sms?.unicode ?? true,
      successPath: sms?.success?.path,
      successEquals: sms?.success?.equals.join(', '),
    },
    zalo: { enabled: zalo?.enabled ?? false, appId: zalo?.appId, secretKey: '', accessToken: '', refreshToken: '', mode: zalo?.mode ?? 'production' },
  };
}

const text = (value: string | undefined): string | undefined => (value?.trim() ? value.trim() : undefined);
const secret = (typed: string | undefined, stored: boolean): string | undefined => (typed ? typed : stored ? SECRET_MASK : undefined);

function emailBlock(form: ChannelForm['email'], stored: ChannelBlocks['email'], secrets: Secrets): ChannelBlocks['email'] {
  if (!stored && !form.enabled && !text(form.host) && !text(form.fromAddress)) return undefined;
  const user = text(form.user);
  return {
    ...stored,
    enabled: form.enabled,
    host: form.host?.trim() ?? '',
    port: form.port ?? 587,
    security: form.security,
    user,
    password: user ? secret(form.password, secrets.emailPassword) : undefined,
    from: { name: form.fromName?.trim() ?? '', address: form.fromAddress?.trim() ?? '' },
  };
}

function smsBlock(form: ChannelForm['sms'], stored: ChannelBlocks['sms'], secrets: Secrets): ChannelBlocks['sms'] {
  if (!stored && !form.enabled && !text(form.url)) return undefined;
  let body: unknown;
  try {
    body = text(form.body) === undefined ? undefined : JSON.parse(form.body!);
  } catch {
    throw new ApiError(0, 'Nội dung gửi cổng SMS phải là JSON hợp lệ, ví dụ {"Phone": "{phone}", "Content": "{message}"}.', 'sms.body');
  }
  const headerName = text(form.headerName);
  const storedName = Object.keys(stored?.headers ?? {})[0];
  if (headerName && !form.token && secrets.smsToken && headerName !== storedName) throw new ApiError(0, 'Đổi tên header thì nhập lại khóa của cổng SMS.', 'sms.headers');
  const token = secret(form.token, secrets.smsToken);
  const successPath = text(form.successPath);
  const equals = (form.successEquals ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return {
    ...stored,
    enabled: form.enabled,
    url: form.url?.trim() ?? '',
    brandname: form.brandname?.trim() ?? '',
    headers: headerName && token ? { [headerName]: token } : {},
    body,
    phoneFormat: form.phoneFormat,
    unicode: form.unicode,
    success: successPath ? { path: successPath, equals } : undefined,
  };
}

function zaloBlock(form: ChannelForm['zalo'], stored: ChannelBlocks['zalo'], secrets: Secrets): ChannelBlocks['zalo'] {
  if (!stored && !form.enabled && !text(form.appId) && !form.accessToken && !form.refreshToken) return undefined;
  return {
    ...stored,
    enabled: form.enabled,
    appId: text(form.appId),
    mode: form.mode,
    secretKey: secret(form.secretKey, secrets.zaloSecretKey),
    accessToken: secret(form.accessToken, secrets.zaloAccessToken),
    refreshToken: secret(form.refreshToken, secrets.zaloRefreshToken),
  };
}

/** The body of PUT /api/units/{code}/notice-channels; a channel never set up and left off is omitted. */
export function blocksFromForm(form: ChannelForm, stored: ChannelBlocks, secrets: Secrets): ChannelBlocks {
  const blocks: ChannelBlocks = {};
  const email = emailBlock(form.email, stored.email, secrets);
  const sms = smsBlock(form.sms, stored.sms, secrets);
  const zalo = zaloBlock(form.zalo, stored.zalo, secrets);
  if (email) blocks.email = email;
  if (sms) blocks.sms = sms;
  if (zalo) blocks.zalo = zalo;
  return blocks;
}

/** A field of the card's form, e.g. ['email', 'port']. */
export type FieldPath = { [C in keyof ChannelForm]: [C, keyof ChannelForm[C] & string] }[keyof ChannelForm];

const FORM_FIELDS: Record<string, FieldPath> = {
  'email.from': ['email', 'fromAddress'],
  'email.from.name': ['email', 'fromName'],
  'email.from.address': ['email', 'fromAddress'],
  'sms.headers': ['sms', 'token'],
  'sms.success': ['sms', 'successPath'],
  'sms.success.path': ['sms', 'successPath'],
  'sms.success.equals': ['sms', 'successEquals'],
};

const SHOWN = new Set(['email.enabled', 'email.host', 'email.port', 'email.security', 'email.user', 'email.password', 'sms.url', 'sms.brandname', 'sms.body', 'sms.phoneFormat', 'zalo.appId', 'zalo.secretKey', 'zalo.accessToken', 'zalo.refreshToken', 'zalo.mode']);

/** The form field an API error names ("email.port", "sms.headers.Authorization"), when the card shows it. */
export function apiFieldToForm(field: string): FieldPath | undefined {
  const parts = field.split('.');
  for (let n = parts.length; n >= 2; n -= 1) {
    const key = parts.slice(0, n).join('.');
    if (FORM_FIELDS[key]) return FORM_FIELDS[key];
    if (SHOWN.has(key)) return [parts[0], parts[1]] as FieldPath;
  }
  return undefined;
}
