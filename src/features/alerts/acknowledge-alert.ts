/**
 * POST /api/alerts/:id/acknowledge: one of the alert's addressees says they have seen it (with
 * an optional note). Anyone else: 403. Acknowledged already: by the same person, nothing changes
 * and the alert is answered as it is (a retried request, 200); by someone else, 409 naming who
 * and when. Two addressees racing: the unique key keeps the first, the second gets the 409.
 */
import { canAcknowledgeAlert } from '../../domain/policy/policy.ts';
import { ALERT_HISTORY_WORDS } from '../../domain/supervision/alert-history.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { alertById, type AlertRecord } from './alerts.queries.ts';
import { insertAcknowledgement } from './alerts.store.ts';

export async function acknowledgeAlert(ctx: AppContext, user: CurrentUser, id: number, note: string | undefined): Promise<AlertRecord> {
  const alert = await alertById(ctx.db, id);
  if (alert === undefined) throw notFound(ALERT_HISTORY_WORDS.notFound(id));
  if (!canAcknowledgeAlert(user, { unitCode: alert.unitCode, addressees: alert.addresseeIds })) throw forbidden(ALERT_HISTORY_WORDS.notAddressee);
  if (alert.acknowledgedBy === undefined) {
    await insertAcknowledgement(ctx.db, {
      alert,
      actorId: user.id,
      actorName: user.fullName,
      note,
      at: ctx.now(),
    });
  }
  const now = (await alertById(ctx.db, id))!;
  if (now.acknowledgedBy !== user.id) throw conflict(ALERT_HISTORY_WORDS.alreadyAcknowledged(now.acknowledgedByName ?? '', now.acknowledgedAt!));
  return now;
}
