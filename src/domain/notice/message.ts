/**
 * What the worker hands a channel adapter, and what it gets back: one small interface for
 * e-mail, SMS and Zalo (src/platform/notices). Adapters never throw for a failed send: they
 * answer whether the failure is permanent, with a reason in Vietnamese for the staff page.
 */
import type { NoticeChannel, NoticeKind } from './kinds.ts';
import type { RenderedNotice } from './template.ts';

interface MessageBase {
  /**
   * One per (event, kind, channel): `noticeKey`. Sent to providers that deduplicate (SMS
   * request id, Zalo tracking_id, e-mail Message-ID), so a retry after a crash is recognised.
   */
  idempotencyKey: string;
  /** E-mail address, or mobile number (any Vietnamese form; the adapter formats it). */
  to: string;
}

/** A file sent with an e-mail (the PAKN reply letter), frozen in the outbox row as base64. */
export interface EmailAttachment {
  fileName: string;
  contentType: string;
  base64: string;
}

export type EmailMessage = MessageBase & { channel: 'email'; subject: string; text: string; attachments?: EmailAttachment[] };
export type SmsMessage = MessageBase & { channel: 'sms'; text: string };
export type ZaloMessage = MessageBase & { channel: 'zalo'; templateId: string; data: Record<string, string> };
export type OutgoingMessage = EmailMessage | SmsMessage | ZaloMessage;

export type SendResult = { ok: true; providerId: string } | { ok: false; permanent: boolean; reason: string };

export interface ChannelAdapter<C extends NoticeChannel = NoticeChannel> {
  readonly channel: C;
  send(message: Extract<OutgoingMessage, { channel: C }>): Promise<SendResult>;
  close?(): Promise<void>;
}

/**
 * The idempotency key of a notice: the dossier, the position of its event in the history
 * (DossierState.version after it), the kind and the channel — `GIAVIEN-260105-0001/3/receipt/sms`.
 * The outbox has a unique index on it, so writing the same notice twice is a no-op.
 */
export function noticeKey(parts: { dossierCode: string; eventVersion: number; kind: NoticeKind; channel: NoticeChannel }): string {
  return `${parts.dossierCode}/${parts.eventVersion}/${parts.kind}/${parts.channel}`;
}

/** The message for an adapter from a rendered notice. */
export function outgoingMessage(rendered: RenderedNotice, to: string, idempotencyKey: string): OutgoingMessage {
  switch (rendered.channel) {
    case 'email':
      return { channel: 'email', idempotencyKey, to, subject: rendered.subject, text: rendered.text };
    case 'sms':
      return { channel: 'sms', idempotencyKey, to, text: rendered.text };
    case 'zalo':
      return { channel: 'zalo', idempotencyKey, to, templateId: rendered.templateId, data: rendered.data };
  }
}
