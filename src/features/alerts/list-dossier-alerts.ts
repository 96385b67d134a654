/**
 * GET /api/dossiers/:code/alerts: the escalation alerts of a dossier in words, for whoever may
 * read the dossier — "Cảnh báo gửi Trưởng phòng Nguyễn Văn A: bước quá hạn (hạn …)", "Đã xác
 * nhận bởi …". Decision (docs/supervision.md §9): alerts are their own append-only history
 * (alert_events), shown beside the dossier's; they are not dossier events, whose fold, hash chain
 * and closed vocabulary they would otherwise enter.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { alertHistoryLine } from '../../domain/supervision/alert-history.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { alertsOfSubject } from './alerts.queries.ts';

export interface AlertHistoryEntry {
  alertId: number;
  kind: 'raised' | 'acknowledged';
  at: LocalMinute;
  description: string;
  /** The alert's full sentence (raised) or the note (acknowledged). */
  detail: string | null;
}

export async function listDossierAlerts(ctx: AppContext, user: CurrentUser, code: string): Promise<AlertHistoryEntry[]> {
  await loadReadableDossier(ctx, user, code);
  const entries: AlertHistoryEntry[] = [];
  for (const alert of await alertsOfSubject(ctx.db, [code])) {
    const line = alertHistoryLine({ kind: 'raised', at: alert.raisedAt, addresseeNames: alert.addresseeNames, trigger: alert.trigger, dueAt: alert.dueAt, text: alert.text });
    entries.push({ alertId: alert.id, kind: 'raised', at: alert.raisedAt, description: line, detail: alert.text });
    if (alert.acknowledgedAt !== undefined) {
      const ackLine = alertHistoryLine({ kind: 'acknowledged', at: alert.acknowledgedAt, actorName: alert.acknowledgedByName ?? '', note: alert.note });
      entries.push({ alertId: alert.id, kind: 'acknowledged', at: alert.acknowledgedAt, description: ackLine, detail: alert.note ?? null });
    }
  }
  return entries.sort((a, b) => a.at - b.at || a.alertId - b.alertId);
}
