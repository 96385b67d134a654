import { describe, expect, it, vi } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createEmailAdapter } from './email.ts';
import { emailConfigSchema, type EmailConfig } from './config.ts';
import { startSmtpSink } from '../../../test/support/smtp-sink.ts';
import { closedAfterEach } from '../../../test/support/close-after-each.ts';
import { closedPort } from '../../../test/support/http-gateway.ts';
import type { EmailMessage } from '../../domain/notice/message.ts';

const config = (port: number, overrides: Partial<EmailConfig> = {}): EmailConfig =>
  emailConfigSchema.parse({ host: '127.0.0.1', port, security: 'none', from: { name: 'Trung tâm PVHCC phường Gia Viên', address: 'motcua@giavien.haiphong.gov.vn' }, timeoutMs: 5000, ...overrides });

const message: EmailMessage = {
  channel: 'email',
  idempotencyKey: 'GIAVIEN-260105-0001/3/extension/email',
  to: 'nguyenvanan@example.vn',
  subject: '[UBND phường Gia Viên] Xin lỗi và hẹn lại ngày trả kết quả hồ sơ GIAVIEN-260105-0001',
  text: 'Kính gửi Ông/Bà,\n\nChúng tôi xin lỗi Ông/Bà và hẹn lại thời gian trả kết quả vào 16:00 ngày 12/01/2026.\nĐƯỜNG DẪN: https://motcua.giavien.haiphong.gov.vn/tra-cuu/AQIDBAUGBwgJCgsMDQ4PEA',
};

const sink = closedAfterEach(startSmtpSink);

/** A server that accepts connections and never greets. */
async function startSilentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
const silentServer = closedAfterEach(startSilentServer);

describe('e-mail adapter (nodemailer → a real SMTP server in the test process)', () => {
  it('delivers the notice: recipient, sender, subject and text with Vietnamese diacritics', async () => {
    const server = await sink();
    const adapter = createEmailAdapter(config(server.port));
    const result = await adapter.send(message);
    await adapter.close?.();
    expect(server.messages).toHaveLength(1);
    const mail = server.messages[0]!;
    expect(mail.envelopeTo).toEqual(['nguyenvanan@example.vn']);
    expect(mail.to).toBe('nguyenvanan@example.vn');
    expect(mail.from).toBe('"Trung tâm PVHCC phường Gia Viên" <motcua@giavien.haiphong.gov.vn>');
    expect(mail.subject).toBe(message.subject);
    expect(mail.text.trim()).toBe(message.text);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(result).toEqual({ ok: true, providerId: mail.messageId });
  });

  it('gives every attempt of a notice the same Message-ID, and another notice another one', async () => {
    const server = await sink();
    const adapter = createEmailAdapter(config(server.port));
    await adapter.send(message);
    await adapter.send(message);
    await adapter.send({ ...message, idempotencyKey: 'GIAVIEN-260105-0001/4/result_ready/email' });
    const ids = server.messages.map((m) => m.messageId);
    expect(ids[0]).toMatch(/^<[0-9a-f]{32}@giavien\.haiphong\.gov\.vn>$/u);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
  });

  it('classifies the server’s refusals: 550 is permanent, 451 is transient', async () => {
    const server = await sink({
      refuse: (address) => (address.startsWith('khongton') ? { code: 550, message: 'Mailbox unavailable' } : address.startsWith('day') ? { code: 451, message: 'Try again later' } : undefined),
    });
    const adapter = createEmailAdapter(config(server.port));
    const gone = await adapter.send({ ...message, to: 'khongton@example.vn' });
    expect(gone).toMatchObject({ ok: false, permanent: true });
    expect(gone.ok === false && gone.reason).toMatch(/^Máy chủ thư từ chối thư \(550\)/u);
    expect(await adapter.send({ ...message, to: 'day@example.vn' })).toMatchObject({ ok: false, permanent: false });
    expect(server.messages).toHaveLength(0);
  });

  it('treats a server that is down, or silent, as transient', async () => {
    const down = createEmailAdapter(config(await closedPort()));
    const result = await down.send(message);
    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(result.ok === false && result.reason).toMatch(/^Không gửi được tới máy chủ thư/u);

    const slow = createEmailAdapter(config((await silentServer()).port, { timeoutMs: 300 }));
    expect(await slow.send(message)).toEqual({ ok: false, permanent: false, reason: 'Hết thời gian chờ máy chủ thư.' });
  });

  it('logs in when configured, and never prints or returns the password', async () => {
    const password = 'mat-khau-rat-bi-mat-2026';
    const server = await sink({ login: { user: 'motcua', pass: password } });
    const printed: string[] = [];
    const capture = (...args: unknown[]) => void printed.push(args.map(String).join(' '));
    const spies = [vi.spyOn(console, 'log').mockImplementation(capture), vi.spyOn(console, 'info').mockImplementation(capture), vi.spyOn(console, 'warn').mockImplementation(capture), vi.spyOn(console, 'error').mockImplementation(capture), vi.spyOn(console, 'debug').mockImplementation(capture)];
    const writes = vi.spyOn(process.stdout, 'write');
    const errWrites = vi.spyOn(process.stderr, 'write');
    try {
      const good = await createEmailAdapter(config(server.port, { user: 'motcua', password })).send(message);
      const bad = await createEmailAdapter(config(server.port, { user: 'motcua', password: 'sai-mat-khau' })).send(message);
      expect(good.ok).toBe(true);
      expect(server.messages[0]!.user).toBe('motcua');
      expect(bad).toEqual({ ok: false, permanent: false, reason: 'Máy chủ thư từ chối đăng nhập: kiểm tra tên đăng nhập, mật khẩu SMTP trong cấu hình.' });
      const output = [...printed, ...writes.mock.calls.map((c) => String(c[0])), ...errWrites.mock.calls.map((c) => String(c[0]))].join('\n');
      expect(output).not.toContain(password);
      expect(output).not.toContain('sai-mat-khau');
    } finally {
      spies.forEach((s) => s.mockRestore());
      writes.mockRestore();
      errWrites.mockRestore();
    }
  });

  it('never sends in clear when TLS is required and the server does not offer it', async () => {
    const server = await sink();
    const result = await createEmailAdapter(config(server.port, { security: 'starttls' })).send(message);
    expect(result).toEqual({ ok: false, permanent: false, reason: expect.stringMatching(/^Không thiết lập được kết nối mã hóa \(TLS\)/u) });
    expect(server.messages).toHaveLength(0);
  });
});
