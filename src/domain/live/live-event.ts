/**
 * One event of the live stream (GET /api/stream, docs/api.md) as the client reads it: the
 * server's follow-changes.ts sends it, the web's live.ts reads it. Which unit and which dossiers
 * or tickets changed and how — never a citizen's name or number.
 */
export type LiveEvent =
  | { kind: 'dossiers'; unitCode: string; dossiers: Array<{ code: string; events: string[] }> }
  | { kind: 'bulk'; unitCode: string }
  | { kind: 'alerts'; unitCode: string }
  /** The unit's queue changed: a ticket's number, status and counter, or a counter opened/closed. */
  | { kind: 'queue'; unitCode: string; ticket: { label: string; status: string } | null; counter: number | null }
  /** The feed was interrupted (changes may have been missed): reload everything shown. */
  | { kind: 'resync' };
