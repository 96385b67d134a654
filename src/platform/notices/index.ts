/**
 * The channel adapters of a unit, built from its configuration: one small interface
 * (`ChannelAdapter.send(message) → {ok, providerId} | {ok: false, permanent, reason}`) for
 * e-mail, SMS and Zalo. Only configured and enabled channels get an adapter.
 */
import type { ChannelAdapter } from '../../domain/notice/message.ts';
import type { NoticeChannel } from '../../domain/notice/kinds.ts';
import type { NoticeChannelsConfig } from './config.ts';
import { createEmailAdapter } from './email.ts';
import { createSmsGatewayAdapter } from './sms-http.ts';
import { createZaloZnsAdapter, type ZaloZnsOptions } from './zalo-zns.ts';

export type ChannelAdapters = { [C in NoticeChannel]?: ChannelAdapter<C> };

export function createChannelAdapters(config: NoticeChannelsConfig, options: { zalo?: ZaloZnsOptions } = {}): ChannelAdapters {
  const adapters: ChannelAdapters = {};
  if (config.email?.enabled) adapters.email = createEmailAdapter(config.email);
  if (config.sms?.enabled) adapters.sms = createSmsGatewayAdapter(config.sms);
  if (config.zalo?.enabled) adapters.zalo = createZaloZnsAdapter(config.zalo, options.zalo);
  return adapters;
}

export { configuredChannels, emailConfigSchema, noticeChannelsConfigSchema, redactChannelsConfig, smsGatewayConfigSchema, zaloZnsConfigSchema, ZNS_ENDPOINT } from './config.ts';
export type { EmailConfig, NoticeChannelsConfig, SmsGatewayConfig, ZaloZnsConfig } from './config.ts';
export { createEmailAdapter } from './email.ts';
export { createSmsGatewayAdapter, fillBody } from './sms-http.ts';
export { createZaloZnsAdapter, zaloErrorIsPermanent, type ZaloZnsOptions } from './zalo-zns.ts';
export { newLookupToken } from './lookup-token.ts';
export { providerRequestId } from './idempotency.ts';
