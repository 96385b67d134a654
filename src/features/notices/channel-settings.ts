/** A unit's notice channels (center leader of the unit, or an administrator): read redacted, replace whole. */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { noticeChannelsConfigSchema, redactChannelsConfig, type NoticeChannelsConfig } from '../../platform/notices/config.ts';
import { canAdministerUnit } from '../../domain/policy/policy.ts';
import { channelConfigOf } from './notices.queries.ts';
import { saveChannelConfig } from './notices.store.ts';

async function checkUnit(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<void> {
  if (!(await findUnit(ctx.db, unitCode))) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
  if (!canAdministerUnit(user, unitCode)) throw forbidden('Chỉ lãnh đạo Trung tâm của đơn vị hoặc quản trị viên được cấu hình kênh gửi thông báo.');
}

/** Secrets (SMTP password, gateway headers, Zalo token) are masked. Every channel is off until configured. */
export async function readChannelSettings(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<NoticeChannelsConfig> {
  await checkUnit(ctx, user, unitCode);
  const parsed = noticeChannelsConfigSchema.safeParse((await channelConfigOf(ctx.db, unitCode)) ?? {});
  return redactChannelsConfig(parsed.success ? parsed.data : {});
}

export async function setChannelSettings(ctx: AppContext, user: CurrentUser, unitCode: string, input: unknown): Promise<NoticeChannelsConfig> {
  await checkUnit(ctx, user, unitCode);
  const parsed = noticeChannelsConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badRequest(issue.message, issue.path.join('.'));
  }
  await saveChannelConfig(ctx.db, unitCode, parsed.data, user.id);
  return redactChannelsConfig(parsed.data);
}
