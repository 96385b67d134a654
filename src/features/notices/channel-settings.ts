/**
 * A unit's notice channels (center leader of the unit, or an administrator): read redacted,
 * replaced whole with every secret kept unless retyped, each save in the change log (which
 * fields; secrets as "đã thay đổi"), and a test message through a configured channel.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import {
  channelConfigChanges,
  keepStoredSecrets,
  noticeChannelsConfigSchema,
  redactChannelsConfig,
  type NoticeChannelsConfig,
} from '../../platform/notices/config.ts';
import { canAdministerUnit } from '../../domain/policy/policy.ts';
import { channelConfigOf } from './notices.queries.ts';
import { lockChannelConfig, saveChannelConfig } from './notices.store.ts';

export async function checkChannelsUnit(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<{ name: string }> {
  const unit = await findUnit(ctx.db, unitCode);
  if (!unit) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
  if (!canAdministerUnit(user, unitCode)) throw forbidden('Chỉ lãnh đạo Trung tâm của đơn vị hoặc quản trị viên được cấu hình kênh gửi thông báo.');
  return unit;
}

/** The stored configuration, or none when what is stored no longer parses (every channel off). */
export function storedChannels(stored: unknown): NoticeChannelsConfig {
  const parsed = noticeChannelsConfigSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
}

/** Secrets (SMTP password, gateway headers, Zalo tokens and key) are masked. Every channel is off until configured. */
export async function readChannelSettings(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<NoticeChannelsConfig> {
  await checkChannelsUnit(ctx, user, unitCode);
  return redactChannelsConfig(storedChannels(await channelConfigOf(ctx.db, unitCode)));
}

export async function setChannelSettings(ctx: AppContext, user: CurrentUser, unitCode: string, input: unknown): Promise<NoticeChannelsConfig> {
  await checkChannelsUnit(ctx, user, unitCode);
  const saved = await ctx.db.transaction(async (tx) => {
    const before = storedChannels(await lockChannelConfig(tx, unitCode));
    const parsed = noticeChannelsConfigSchema.safeParse(keepStoredSecrets(input, before));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw badRequest(issue.message, issue.path.join('.'));
    }
    const changes = channelConfigChanges(before, parsed.data);
    await saveChannelConfig(tx, unitCode, parsed.data, user.id);
    if (Object.keys(changes.after).length > 0) await recordAdminChange(tx, { kind: 'notice_channels.set', actorId: user.id, unitCode, target: unitCode, ...changes });
    return parsed.data;
  });
  return redactChannelsConfig(saved);
}
