/**
 * The notices of a dossier event, written to the outbox IN THE EVENT'S TRANSACTION (nothing lost):
 * the domain says which notices the event calls for (noticesFor), the citizen's consents and the
 * unit's channels and templates say on which channel (chooseChannels), and the message is rendered
 * now and frozen in the row. Channels not used are recorded as skipped, with why. The worker
 * (send-due-notices.ts) sends after commit. docs/notices.md "The outbox".
 */
import type { AppContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/client.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { configuredChannels, noticeChannelsConfigSchema } from '../../platform/notices/config.ts';
import type { DossierEvent } from '../../domain/dossier/events.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import {
  chooseChannels,
  DEFAULT_TEMPLATES,
  EMPTY_PREFERENCES,
  nextSendMinute,
  noticeKey,
  noticesFor,
  noticeValues,
  outgoingMessage,
  renderNotice,
  SKIP_REASONS,
  templateFor,
  templateUsable,
  type EmailAttachment,
  type NoticeChannel,
  type NoticeContext,
  type NoticeKind,
  type NoticePreferences,
  type NoticeTemplate,
  type NoticeValues,
  type OutgoingMessage,
  type SkipReason,
} from '../../domain/notice/index.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { lookupTokenFor, publicBaseOf } from '../lookup/lookup-link.ts';
import { channelConfigOf, preferencesOf, templatesOf } from './notices.queries.ts';
import { insertNotices, type NewOutboxRow } from './notices.store.ts';

/** What an outbox row's payload holds: the message, and the fallbacks to use after a permanent failure. */
export interface OutboxPayload {
  message: OutgoingMessage;
  fallbacks: Array<{ key: string; message: OutgoingMessage }>;
}

export interface NoticeEventInput {
  event: DossierEvent;
  /** The dossier's state before the event (undefined for its first event). */
  before: DossierState | undefined;
  after: DossierState;
  /** Who acted (recorded as the rows' author). */
  actorId: string;
}

/** The channels a unit configured (enabled), from its stored configuration. */
export async function configuredChannelsOf(db: Database, unitCode: string): Promise<NoticeChannel[]> {
  const parsed = noticeChannelsConfigSchema.safeParse((await channelConfigOf(db, unitCode)) ?? {});
  return parsed.success ? configuredChannels(parsed.data) : [];
}

export async function preferencesOfDossier(db: Database, dossierCode: string): Promise<NoticePreferences> {
  return ((await preferencesOf(db, dossierCode)) as NoticePreferences | undefined) ?? EMPTY_PREFERENCES;
}

/** The unit and lookup token a dossier's notices are written with (also the template preview's). */
export async function noticeContextOf(
  ctx: AppContext,
  db: Database,
  unit: Awaited<ReturnType<typeof findUnit>>,
  dossierCode: string,
): Promise<NoticeContext> {
  const settings = unit?.settings ?? {};
  return {
    unit: { name: unit?.name ?? '', publicBaseUrl: publicBaseOf(ctx.config, settings), ...(settings.contactPhone ? { contactPhone: settings.contactPhone } : {}) },
    lookupToken: await lookupTokenFor(db, dossierCode),
  };
}

/** What one notice of one event needs to become outbox rows, whatever its subject (dossier or PAKN). */
export interface NoticeRowsInput {
  kind: NoticeKind;
  preferences: NoticePreferences;
  configured: readonly NoticeChannel[];
  stored: readonly NoticeTemplate[];
  /** The placeholder values for a channel. */
  values: (channel: NoticeChannel) => NoticeValues;
  /** The subject and event columns of every row (dossier or PAKN code, version, author). */
  base: Pick<NewOutboxRow, 'unitCode' | 'dossierCode' | 'paknCode' | 'eventVersion' | 'createdBy'>;
  /** The dossier or PAKN code in the idempotency key. */
  subjectCode: string;
  now: LocalMinute;
  /** Added to an e-mail message (the PAKN reply letter). */
  emailAttachments?: EmailAttachment[];
  /** Why a channel is skipped, in the words of the subject's person (default: the applicant's). */
  skipReasons?: Record<SkipReason, string>;
}

/**
 * The outbox rows of one notice: one row per channel not used (skipped, with why), and one queued
 * row for the first channel chosen, the others as its fallbacks.
 */
export function noticeRows(input: NoticeRowsInput): NewOutboxRow[] {
  const { kind, base } = input;
  const template = (channel: NoticeChannel) => templateFor(kind, channel, input.stored, DEFAULT_TEMPLATES);
  const choice = chooseChannels(input.preferences, (channel) => (!input.configured.includes(channel) ? 'not_configured' : templateUsable(template(channel)) ? 'ok' : 'no_template'));
  const keyOf = (channel: NoticeChannel) => noticeKey({ dossierCode: input.subjectCode, eventVersion: base.eventVersion, kind, channel });
  const rows: NewOutboxRow[] = [];
  const row = { ...base, kind };
  for (const skipped of choice.skipped) {
    rows.push({ ...row, idempotencyKey: keyOf(skipped.channel), channel: skipped.channel, recipient: '', status: 'skipped', skipReason: (input.skipReasons ?? SKIP_REASONS)[skipped.reason] });
  }
  const rendered: Array<{ channel: NoticeChannel; key: string; message: OutgoingMessage }> = [];
  for (const { channel, address } of choice.send) {
    const result = renderNotice(template(channel)!, input.values(channel));
    if (result.ok) {
      const message = outgoingMessage(result.message, address, keyOf(channel));
      rendered.push({ channel, key: keyOf(channel), message: message.channel === 'email' && input.emailAttachments?.length ? { ...message, attachments: input.emailAttachments } : message });
    } else {
      const why = [...result.problems, ...(result.missing.length ? [`thiếu dữ liệu: ${result.missing.join(', ')}`] : [])].join('; ');
      rows.push({ ...row, idempotencyKey: keyOf(channel), channel, recipient: address, status: 'skipped', skipReason: `Không tạo được nội dung thông báo từ mẫu (${why}).` });
    }
  }
  const [first, ...fallbacks] = rendered;
  if (!first) return rows;
  const payload: OutboxPayload = { message: first.message, fallbacks: fallbacks.map(({ key, message }) => ({ key, message })) };
  rows.push({
    ...row,
    idempotencyKey: first.key,
    channel: first.channel,
    recipient: first.message.to,
    payload,
    status: 'queued',
    fallbacks: fallbacks.map((f) => f.channel),
    nextAttemptAt: dateFromLocalMinute(nextSendMinute(input.now, first.channel)),
  });
  return rows;
}

/** Writes the event's notices in `tx` (the transaction that appends the event). */
export async function writeNotices(ctx: AppContext, tx: Database, input: NoticeEventInput): Promise<void> {
  const { event, before, after } = input;
  const intents = noticesFor(event, before, after);
  if (intents.length === 0) return;
  const [unit, preferences, configured, stored] = [
    await findUnit(tx, after.unitCode),
    await preferencesOfDossier(tx, after.code),
    await configuredChannelsOf(tx, after.unitCode),
    (await templatesOf(tx, after.unitCode)) as NoticeTemplate[],
  ];
  const context = await noticeContextOf(ctx, tx, unit, after.code);
  const base = { unitCode: after.unitCode, dossierCode: after.code, eventVersion: after.version, createdBy: input.actorId };
  const rows = intents.flatMap((intent) =>
    noticeRows({ kind: intent.kind, preferences, configured, stored, values: (channel) => noticeValues(intent, after, context, channel), base, subjectCode: after.code, now: ctx.now() }),
  );
  await insertNotices(tx, rows);
}
