/**
 * "Gửi thử": one message through a unit's saved e-mail or SMS channel to an address the leader
 * types, sent at once (not through the outbox: nothing of a citizen is in it), answering what the
 * provider said. Zalo sends only approved ZNS templates, so it is tested through a notice.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { createEmailAdapter, createSmsGatewayAdapter } from '../../platform/notices/index.ts';
import { vietnameseMobile } from '../../domain/notice/phone.ts';
import type { SendResult } from '../../domain/notice/message.ts';
import { channelConfigOf } from './notices.queries.ts';
import { checkChannelsUnit, storedChannels } from './channel-settings.ts';

export const TEST_CHANNELS = ['email', 'sms'] as const;
export type TestChannel = (typeof TEST_CHANNELS)[number];

export interface TestNoticeResult {
  sent: boolean;
  message: string;
}

const isEmail = (text: string): boolean => z.email().safeParse(text).success;

export async function sendTestNotice(ctx: AppContext, user: CurrentUser, unitCode: string, input: { channel: TestChannel; to: string }): Promise<TestNoticeResult> {
  const unit = await checkChannelsUnit(ctx, user, unitCode);
  const config = storedChannels(await channelConfigOf(ctx.db, unitCode));
  const to = input.to.trim();
  const key = `test/${unitCode}/${randomUUID()}`;
  const intro = `Đây là tin thử của hệ thống Một Cửa (${unit.name}) để kiểm tra cấu hình kênh gửi thông báo. Không cần trả lời.`;
  let answer: SendResult;
  if (input.channel === 'email') {
    if (!config.email) throw badRequest('Chưa lưu cấu hình thư điện tử: hãy lưu cấu hình trước khi gửi thử.', 'channel');
    if (!isEmail(to)) throw badRequest('Địa chỉ thư điện tử nhận thư thử không hợp lệ.', 'to');
    const adapter = createEmailAdapter(config.email);
    try {
      answer = await adapter.send({ channel: 'email', idempotencyKey: key, to, subject: `Thư thử — ${unit.name}`, text: intro });
    } finally {
      await adapter.close?.();
    }
  } else {
    if (!config.sms) throw badRequest('Chưa lưu cấu hình cổng SMS: hãy lưu cấu hình trước khi gửi thử.', 'channel');
    if (!vietnameseMobile(to)) throw badRequest('Số điện thoại nhận tin thử phải là số di động Việt Nam, ví dụ 0912345678.', 'to');
    answer = await createSmsGatewayAdapter(config.sms).send({ channel: 'sms', idempotencyKey: key, to, text: intro });
  }
  return answer.ok ? { sent: true, message: `Đã gửi thử tới ${to}.` } : { sent: false, message: `Chưa gửi được: ${answer.reason}` };
}
