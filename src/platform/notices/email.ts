/**
 * E-mail over SMTP with nodemailer. A reply of the server decides permanence (nodemailer marks
 * 5xx replies except 503 as `permanent`); a connection that fails, times out or is refused is
 * transient, and so is a failed login or TLS set-up: configuration is the operator's to fix, and
 * the notice should go out once it is (it is parked after the last attempt and shown to staff).
 */
import nodemailer from 'nodemailer';
import type { ChannelAdapter, EmailMessage, SendResult } from '../../domain/notice/message.ts';
import type { EmailConfig } from './config.ts';
import { providerRequestId } from './idempotency.ts';

interface MailError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  permanent?: boolean;
}

/** Errors of the unit's configuration or of its mail server's set-up, not of this message. */
const CONFIGURATION_ERRORS: Record<string, string> = {
  EAUTH: 'Máy chủ thư từ chối đăng nhập: kiểm tra tên đăng nhập, mật khẩu SMTP trong cấu hình.',
  ENOAUTH: 'Máy chủ thư yêu cầu đăng nhập: nhập tên đăng nhập, mật khẩu SMTP trong cấu hình.',
  ETLS: 'Không thiết lập được kết nối mã hóa (TLS) với máy chủ thư: kiểm tra chế độ bảo mật và cổng SMTP trong cấu hình.',
  EREQUIRETLS: 'Máy chủ thư không hỗ trợ kết nối mã hóa theo yêu cầu: kiểm tra cấu hình SMTP.',
  ECONFIG: 'Cấu hình SMTP không hợp lệ.',
};

function failure(error: unknown): Extract<SendResult, { ok: false }> {
  const e = (error ?? {}) as MailError;
  const configuration = e.code === undefined ? undefined : CONFIGURATION_ERRORS[e.code];
  if (configuration) return { ok: false, permanent: false, reason: configuration };
  if (e.permanent === true || (e.responseCode !== undefined && e.responseCode >= 500 && e.responseCode !== 503)) {
    return { ok: false, permanent: true, reason: `Máy chủ thư từ chối thư (${e.responseCode ?? 'lỗi vĩnh viễn'}): ${e.response ?? e.message}` };
  }
  if (e.code === 'EENVELOPE' && e.responseCode === undefined) return { ok: false, permanent: true, reason: `Địa chỉ thư điện tử của người nhận không hợp lệ: ${e.message}` };
  if (e.code === 'ETIMEDOUT') return { ok: false, permanent: false, reason: 'Hết thời gian chờ máy chủ thư.' };
  if (e.responseCode !== undefined) return { ok: false, permanent: false, reason: `Máy chủ thư tạm thời chưa nhận thư (${e.responseCode}): ${e.response ?? e.message}` };
  return { ok: false, permanent: false, reason: `Không gửi được tới máy chủ thư (${e.code ?? 'lỗi kết nối'}).` };
}

export function createEmailAdapter(config: EmailConfig): ChannelAdapter<'email'> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ignoreTLS: config.security === 'none',
    ...(config.user !== undefined && config.password !== undefined ? { auth: { user: config.user, pass: config.password } } : {}),
    connectionTimeout: config.timeoutMs,
    greetingTimeout: config.timeoutMs,
    socketTimeout: config.timeoutMs,
    // Never log: a debug log would print the AUTH exchange.
    logger: false,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const domain = config.from.address.split('@')[1] ?? 'motcua.local';
  return {
    channel: 'email',
    async send(message: EmailMessage): Promise<SendResult> {
      try {
        const info = await transport.sendMail({
          from: { name: config.from.name, address: config.from.address },
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.attachments?.length
            ? { attachments: message.attachments.map((a) => ({ filename: a.fileName, contentType: a.contentType, content: Buffer.from(a.base64, 'base64') })) }
            : {}),
          // The same Message-ID for every attempt of a notice: mail clients show a resent copy as one.
          messageId: `<${providerRequestId(message.idempotencyKey)}@${domain}>`,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        return { ok: true, providerId: info.messageId };
      } catch (error) {
        return failure(error);
      }
    },
    async close(): Promise<void> {
      transport.close();
    },
  };
}
