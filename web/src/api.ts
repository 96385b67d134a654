/**
 * The HTTP client of the web application: same-origin fetch with the session cookie, the
 * CSRF token of the login response on every change, and Vietnamese errors from the API.
 */
import type { CurrentUser } from './types.ts';

let csrfToken = '';

export class ApiError extends Error {
  readonly status: number;
  readonly field: string | undefined;
  constructor(status: number, message: string, field?: string) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

/** Called when the session has ended (401), to go back to the login page. */
let onUnauthorized: () => void = () => undefined;
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

async function call<T>(method: string, url: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extraHeaders };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: payload ?? null, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'Không kết nối được máy chủ Một Cửa. Hãy kiểm tra mạng rồi thử lại.');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!response.ok) {
    const error = (data ?? {}) as { message?: string; field?: string };
    if (response.status === 401 && !url.endsWith('/auth/login')) onUnauthorized();
    throw new ApiError(response.status, error.message ?? `Máy chủ trả lỗi ${response.status}.`, error.field);
  }
  return data as T;
}

export const api = {
  get: <T>(url: string) => call<T>('GET', url),
  post: <T>(url: string, body?: unknown, headers?: Record<string, string>) => call<T>('POST', url, body ?? {}, headers),
  put: <T>(url: string, body?: unknown) => call<T>('PUT', url, body ?? {}),
  delete: <T>(url: string) => call<T>('DELETE', url),
  upload: <T>(url: string, form: FormData) => call<T>('POST', url, form),
};

/** Idempotency keys make a double click on "Tiếp nhận" create one dossier, not two. */
export function newIdempotencyKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export async function login(username: string, password: string): Promise<CurrentUser> {
  const result = await call<{ user: CurrentUser; csrfToken: string }>('POST', '/api/auth/login', { username, password });
  csrfToken = result.csrfToken;
  return result.user;
}

/** The signed-in user after a page reload (the cookie survives, the token comes back). */
export async function restoreSession(): Promise<CurrentUser | null> {
  try {
    const result = await call<{ user: CurrentUser; csrfToken: string }>('GET', '/api/auth/me');
    csrfToken = result.csrfToken;
    return result.user;
  } catch {
    return null;
  }
}

export async function logout(): Promise<void> {
  try {
    await call('POST', '/api/auth/logout');
  } finally {
    csrfToken = '';
  }
}

export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
