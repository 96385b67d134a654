/** The public queue pages' HTTP calls: plain fetch (no login, no Ant Design), typed by the generated schema. */
import type { paths } from '../../api/schema.d.ts';

type Json<P extends keyof paths, M extends 'get' | 'post', S extends number> = paths[P][M] extends { responses: Record<S, { content: { 'application/json': infer T } }> } ? T : never;

export type Kiosk = Json<'/api/queue/kiosk/{unitCode}', 'get', 200>;
export type Ticket = Json<'/api/queue/tickets/{id}', 'get', 200>;
export type Board = Json<'/api/queue/board/{unitCode}', 'get', 200>;
export type RatingForm = Json<'/api/ratings/tickets/{ticketId}', 'get', 200>;

export class PublicApiError extends Error {}

export async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  } catch {
    throw new PublicApiError('Không kết nối được máy chủ. Đang thử lại…');
  }
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok) throw new PublicApiError(body.message ?? `Máy chủ trả lỗi ${response.status}.`);
  return body as T;
}

/** The last segments of the address: /kiosk/{unit} → [unit]. */
export function pathParts(prefix: string): string[] {
  return decodeURI(location.pathname).slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
}
