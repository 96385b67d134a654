/**
 * Changing a dossier's notice preferences after reception (the desk, for the citizen): new
 * consent records are appended (a withdrawal is `granted: false`), the preferred channel set.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { canActOnDossier } from '../../domain/policy/policy.ts';
import { currentConsent, NOTICE_CHANNELS, type NoticeChannel, type NoticePreferences } from '../../domain/notice/index.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { noticePreferencesFromInput, type NoticeChoiceInput } from './reception-notices.ts';
import { savePreferences } from './notices.store.ts';
import { preferencesOfDossier } from './write-notices.ts';

export interface NoticePreferencesView {
  preferred: NoticeChannel | null;
  channels: Array<{ channel: NoticeChannel; granted: boolean; address: string; at: number; textVersion: string } | { channel: NoticeChannel; granted: null }>;
}

function viewOf(preferences: NoticePreferences): NoticePreferencesView {
  return {
    preferred: preferences.preferred ?? null,
    channels: NOTICE_CHANNELS.map((channel) => {
      const record = currentConsent(preferences, channel);
      return record ? { channel, granted: record.granted, address: record.address, at: record.at, textVersion: record.textVersion } : { channel, granted: null };
    }),
  };
}

export async function readNoticePreferences(ctx: AppContext, user: CurrentUser, code: string): Promise<NoticePreferencesView> {
  await loadReadableDossier(ctx, user, code);
  return viewOf(await preferencesOfDossier(ctx.db, code));
}

export async function changeNoticePreferences(ctx: AppContext, user: CurrentUser, code: string, input: NoticeChoiceInput): Promise<NoticePreferencesView> {
  const dossier = await loadReadableDossier(ctx, user, code);
  if (!canActOnDossier(user, dossier.scope)) throw forbidden('Bạn chỉ được xem hồ sơ này, không được thay đổi việc nhận thông báo.');
  const next = noticePreferencesFromInput(input, ctx.now(), user.id, await preferencesOfDossier(ctx.db, code));
  await savePreferences(ctx.db, code, next);
  return viewOf(next);
}
