/**
 * What changed, as the change feed carries it between server processes: which unit and which
 * dossiers, with the facts the policy needs to decide who may hear of it (department and
 * assignee, before and after), and the kind of change. Never a name, an ID number or anything
 * else about a citizen: a change says *that* a dossier changed, and the viewer's page reloads
 * what the viewer may see through the ordinary routes.
 *
 * Sent as PostgreSQL notifications (changes.store.ts), whose payload is at most 8000 bytes:
 * dossier changes are split into notices of at most DOSSIERS_PER_NOTICE dossiers.
 */
import { z } from 'zod';

export const CHANGES_CHANNEL = 'motcua_changes';

export const DOSSIERS_PER_NOTICE = 20;

const code = z.string().max(200);

export const dossierChangeSchema = z.object({
  code,
  /** Types of the events appended (received, forwarded, …). */
  events: z.array(z.string().max(60)).max(50),
  /** Departments and assignees the dossier was at before the change and is at after it. */
  departmentCodes: z.array(code).max(4),
  assigneeIds: z.array(code).max(4),
});
export type DossierChange = z.infer<typeof dossierChangeSchema>;

export const queueTicketChangeSchema = z.object({ label: z.string().max(20), status: z.string().max(30) });
export type QueueTicketChange = z.infer<typeof queueTicketChangeSchema>;

export const changeSchema = z.discriminatedUnion('kind', [
  /** Dossiers of one unit changed (a reception, a step, a decision…). */
  z.object({ kind: z.literal('dossiers'), unitCode: code, dossiers: z.array(dossierChangeSchema).max(DOSSIERS_PER_NOTICE) }),
  /** Many dossiers of a unit at once (an import, demo data): reload rather than follow each. */
  z.object({ kind: z.literal('bulk'), unitCode: code, count: z.number().int().nonnegative() }),
  /** Sessions of a user ended (logout, locked account, password reset): drop cached sessions. */
  z.object({ kind: z.literal('sessions'), userId: code }),
  /** Supervision alerts were raised or acknowledged for these people of a unit. */
  z.object({ kind: z.literal('alerts'), unitCode: code, userIds: z.array(code).max(200) }),
  /**
   * The queue of a unit changed (w3-follow): a ticket issued, called, served… (its number, its
   * status, the counter holding it) or a counter opened or closed (ticket null). Numbers and
   * counters only: a ticket carries no name.
   */
  z.object({ kind: z.literal('queue'), unitCode: code, ticket: queueTicketChangeSchema.nullable(), counter: z.number().int().nullable() }),
]);
export type Change = z.infer<typeof changeSchema>;

/** The changes as notification payloads (JSON), dossier lists split to fit. */
export function changePayloads(changes: readonly Change[]): string[] {
  const payloads: string[] = [];
  for (const change of changes) {
    if (change.kind !== 'dossiers' || change.dossiers.length <= DOSSIERS_PER_NOTICE) {
      payloads.push(JSON.stringify(change));
      continue;
    }
    for (let i = 0; i < change.dossiers.length; i += DOSSIERS_PER_NOTICE) {
      payloads.push(JSON.stringify({ ...change, dossiers: change.dossiers.slice(i, i + DOSSIERS_PER_NOTICE) }));
    }
  }
  return payloads;
}

/** A payload read back, or undefined when it is not one of ours. */
export function parseChange(payload: string): Change | undefined {
  try {
    const parsed = changeSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The distinct non-empty values, for the before/after lists of a dossier change. */
export function distinctPresent(...values: Array<string | null | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))];
}
