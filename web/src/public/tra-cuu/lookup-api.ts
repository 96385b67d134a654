/** The two public lookup routes, with the generated API types; Vietnamese errors from the API. */
import type { paths } from '../../api/schema.d.ts';

export type PublicDossierView = paths['/api/public/lookup/{token}']['get']['responses'][200]['content']['application/json'];
export type LookupAnswer = { ok: true; view: PublicDossierView } | { ok: false; message: string };

const OFFLINE = 'Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.';

async function answerOf(response: Promise<Response>): Promise<LookupAnswer> {
  try {
    const r = await response;
    const body = (await r.json()) as PublicDossierView | { message?: string };
    if (r.ok) return { ok: true, view: body as PublicDossierView };
    return { ok: false, message: ('message' in body && body.message) || OFFLINE };
  } catch {
    return { ok: false, message: OFFLINE };
  }
}

export function lookUpByToken(token: string): Promise<LookupAnswer> {
  return answerOf(fetch(`/api/public/lookup/${encodeURIComponent(token)}`, { credentials: 'omit', referrerPolicy: 'no-referrer' }));
}

export function lookUpByCode(code: string, factor: string): Promise<LookupAnswer> {
  return answerOf(
    fetch('/api/public/lookup', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, factor }),
    }),
  );
}
