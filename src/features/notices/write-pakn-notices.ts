/**
 * A PAKN sender's notices (w3-reply; docs/notices.md "PAKN replies"): the sender's consents and
 * preferred channel, recorded in the registration's transaction; and the notice of an answer, a
 * refusal or a forwarding, written to the outbox IN THE TRANSACTION OF THE PAKN EVENT through the
 * same rows as a dossier's (noticeRows), so the worker, retries, fallbacks, crash recovery and
 * resend are the dossier notices' own. By e-mail the reply carries the reply letter (DOCX).
 */
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import type { PaknEvent } from '../../domain/pakn/events.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import {
  currentConsent,
  EMPTY_PREFERENCES,
  PAKN_SKIP_REASONS,
  paknNoticesFor,
  paknNoticeValues,
  type EmailAttachment,
  type NoticePreferences,
  type NoticeTemplate,
} from '../../domain/notice/index.ts';
import { publicBaseOf } from '../lookup/lookup-link.ts';
import { replyLetterDocx } from '../pakn/render-reply-letter.ts';
import { paknPreferencesOf, templatesOf } from './notices.queries.ts';
import { insertNotices, savePaknPreferences } from './notices.store.ts';
import { configuredChannelsOf, noticeRows } from './write-notices.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** In the registration's transaction (the preferences are checked before: reception-notices.ts noticePreferencesFromInput). */
export async function recordPaknPreferences(tx: Database, paknCode: string, preferences: NoticePreferences): Promise<void> {
  if (preferences.records.length > 0) await savePaknPreferences(tx, paknCode, preferences);
}

async function replyLetterAttachment(tx: Database, state: PaknState): Promise<EmailAttachment> {
  const letter = await replyLetterDocx(tx, state);
  return { fileName: letter.fileName, contentType: DOCX, base64: letter.bytes.toString('base64') };
}

/** Writes the PAKN event's notices in `tx` (the transaction that appends the event). */
export async function writePaknNotices(ctx: AppContext, tx: Database, input: { event: PaknEvent; after: PaknState; actorId: string }): Promise<void> {
  const { event, after } = input;
  const intents = paknNoticesFor(event);
  if (intents.length === 0) return;
  const unit = await findUnit(tx, after.unitCode);
  const preferences = ((await paknPreferencesOf(tx, after.code)) as NoticePreferences | undefined) ?? EMPTY_PREFERENCES;
  const configured = await configuredChannelsOf(tx, after.unitCode);
  const stored = (await templatesOf(tx, after.unitCode)) as NoticeTemplate[];
  const settings = unit?.settings ?? {};
  const noticeUnit = { name: unit?.name ?? after.unitCode, publicBaseUrl: publicBaseOf(ctx.config, settings), ...(settings.contactPhone ? { contactPhone: settings.contactPhone } : {}) };
  // The letter is built only when an e-mail may go out: consented and configured.
  const byEmail = currentConsent(preferences, 'email')?.granted === true && configured.includes('email');
  const base = { unitCode: after.unitCode, paknCode: after.code, dossierCode: null, eventVersion: after.version, createdBy: input.actorId };
  for (const intent of intents) {
    const attachments = intent.kind === 'pakn_reply' && byEmail ? [await replyLetterAttachment(tx, after)] : [];
    const rows = noticeRows({
      kind: intent.kind,
      preferences,
      configured,
      stored,
      values: (channel) => paknNoticeValues(intent, after, noticeUnit, channel),
      base,
      subjectCode: after.code,
      now: ctx.now(),
      emailAttachments: attachments,
      skipReasons: PAKN_SKIP_REASONS,
    });
    await insertNotices(tx, rows);
  }
}
