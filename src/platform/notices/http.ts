/**
 * One JSON request to a provider (SMS gateway, Zalo), with a time limit, reduced to what the
 * adapters need to classify it. Never throws.
 */
export type HttpOutcome =
  | { kind: 'response'; status: number; text: string; json: unknown }
  | { kind: 'timeout' }
  | { kind: 'network'; code: string };

export async function sendJson(url: string, options: { method: string; headers: Record<string, string>; body: unknown; timeoutMs: number }): Promise<HttpOutcome> {
  try {
    const response = await fetch(url, {
      method: options.method,
      headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json', ...options.headers },
      body: JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'error',
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { kind: 'response', status: response.status, text, json };
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return { kind: 'timeout' };
    const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
    return { kind: 'network', code: cause?.code ?? (error instanceof Error ? error.name : 'UNKNOWN') };
  }
}

/** The value at a dotted path of a JSON value ("result.code", "data.0.id"). */
export function valueAt(json: unknown, path: string): unknown {
  let value: unknown = json;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** A short excerpt of a provider's answer for the staff page (never a whole page of HTML). */
export function excerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
