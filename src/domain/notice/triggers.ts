/**
 * Which dossier event gives which legal notice: `noticesFor(event, before, after)`, a pure table
 * read by the later outbox writer in the same transaction as the event.
 *
 * | event                           | notice             | paper form |
 * |---------------------------------|--------------------|------------|
 * | received                        | receipt            | Mẫu 01     |
 * | supplement_requested            | supplement_request | Mẫu 02     |
 * | refused_at_reception            | refusal            | Mẫu 03     |
 * | stopped (refusal: true)         | refusal            | Mẫu 03     |
 * | stopped (refusal: false)        | stop               | Mẫu 05     |
 * | extended (dossier received)     | extension          | Mẫu 04     |
 * | result_ready                    | result_ready       | —          |
 *
 * No notice for the other events (forwarding and steps are internal; the citizen asked for a
 * withdrawal, paid a fee, or collected the result at the desk), and none for events written by
 * the `system` actor or imported from another system: their source already told the citizen,
 * and an import of last year's dossiers must not message anyone.
 */
import type { LocalMinute } from '../calendar/local-time.ts';
import type { DossierEvent } from '../dossier/events.ts';
import type { DossierState } from '../dossier/state.ts';
import type { NoticeKind } from './kinds.ts';

/** A notice to send, with the facts of its event that the dossier's state does not keep. */
export interface NoticeIntent {
  kind: NoticeKind;
  reason?: string;
  /** Papers to supplement (Mẫu 02). */
  items?: string[];
  /** Extension: the new appointment, and the one it replaces. */
  newDueAt?: LocalMinute;
  previousDueAt?: LocalMinute;
  /** Result ready: an electronic result. */
  electronic?: boolean;
}

/** Was the event written by another system (an import, a push, a synchronisation)? */
export function isForeignEvent(event: DossierEvent): boolean {
  return event.actor.role === 'system' || event.importedBy !== undefined || (event.source !== undefined && event.source !== 'motcua');
}

export function noticesFor(event: DossierEvent, before: DossierState | undefined, after: DossierState): NoticeIntent[] {
  if (isForeignEvent(event)) return [];
  switch (event.type) {
    case 'received':
      return [{ kind: 'receipt' }];
    case 'supplement_requested':
      return [{ kind: 'supplement_request', reason: event.reason, items: event.items }];
    case 'refused_at_reception':
      return [{ kind: 'refusal', reason: event.reason }];
    case 'stopped':
      return [{ kind: event.refusal ? 'refusal' : 'stop', reason: event.reason }];
    case 'extended': {
      // Mẫu 04 apologises for missing the appointment of a Mẫu 01: without a reception there is none.
      if (after.receivedAt === undefined) return [];
      const previous = before?.appointmentDueAt;
      return [{ kind: 'extension', reason: event.reason, newDueAt: after.appointmentDueAt ?? event.newDueAt, ...(previous !== undefined ? { previousDueAt: previous } : {}) }];
    }
    case 'result_ready':
      return [{ kind: 'result_ready', electronic: event.electronic }];
    default:
      return [];
  }
}
