/**
 * Notices at reception: the citizen's consents and preferred channel, given at the desk
 * (optional), recorded with the dossier, and the receipt (or refusal) notice, all in the
 * reception's transaction.
 */
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { badRequest } from '../../platform/errors.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { consentChangeSchema, CURRENT_CONSENT_VERSION, EMPTY_PREFERENCES, recordConsent, setPreferredChannel, type NoticeChannel, type NoticePreferences } from '../../domain/notice/index.ts';
import type { ConsentTextVersion } from '../../domain/notice/consent.ts';
import { savePreferences } from './notices.store.ts';
import { writeNotices } from './write-notices.ts';

/** As the reception form sends it: for each channel the citizen agreed to, the address. */
export interface NoticeChoiceInput {
  consents?: Array<{ channel: NoticeChannel; address: string; granted?: boolean }>;
  preferred?: NoticeChannel;
}

/** The preferences to record (Vietnamese 400 on a bad address or a preferred channel without consent). */
export function noticePreferencesFromInput(
  input: NoticeChoiceInput | undefined,
  at: LocalMinute,
  recordedBy: string,
  start: NoticePreferences = EMPTY_PREFERENCES,
  textVersion: ConsentTextVersion = CURRENT_CONSENT_VERSION,
): NoticePreferences {
  let preferences = start;
  for (const [index, consent] of (input?.consents ?? []).entries()) {
    const parsed = consentChangeSchema.safeParse({ granted: true, ...consent, textVersion });
    if (!parsed.success) throw badRequest(parsed.error.issues[0]!.message, `notices.consents.${index}.address`);
    preferences = recordConsent(preferences, parsed.data, at, recordedBy);
  }
  if (input?.preferred !== undefined) {
    const consent = preferences.records.findLast((r) => r.channel === input.preferred);
    if (!consent?.granted) throw badRequest('Kênh ưu tiên phải là kênh người nộp hồ sơ đã đồng ý nhận thông báo.', 'notices.preferred');
    preferences = setPreferredChannel(preferences, input.preferred);
  }
  return preferences;
}

/** In the reception's transaction: the preferences, then the first event's notices. */
export async function recordReceptionNotices(ctx: AppContext, tx: Database, input: { preferences: NoticePreferences; event: DossierEvent; state: DossierState; actorId: string }): Promise<void> {
  if (input.preferences.records.length > 0) await savePreferences(tx, input.state.code, input.preferences);
  await writeNotices(ctx, tx, { event: input.event, before: undefined, after: input.state, actorId: input.actorId });
}
