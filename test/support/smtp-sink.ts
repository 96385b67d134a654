/**
 * A real SMTP server in the test process (smtp-server), on a free loopback port, that keeps
 * every message it accepts, parsed by mailparser: tests read what arrived (subject, text with
 * diacritics, recipients, headers). It can refuse recipients with a given reply and require a
 * login. Plain SMTP without STARTTLS, so the client must be configured with `security: 'none'`.
 */
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface ReceivedMail {
  envelopeTo: string[];
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Map<string, unknown>;
  /** The login the client used, when the sink required one. */
  user?: string;
  /** Files attached to the message, decoded. */
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
}

export interface SmtpSink {
  port: number;
  messages: ReceivedMail[];
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** A reply for a recipient the server should refuse (e.g. 550 for an unknown mailbox, 451 for "try later"). */
  refuse?: (address: string) => { code: number; message: string } | undefined;
  /** Require this login. */
  login?: { user: string; pass: string };
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const config: SMTPServerOptions = {
    logger: false,
    disabledCommands: options.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.login,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (options.login && auth.username === options.login.user && auth.password === options.login.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Sai tên đăng nhập hoặc mật khẩu'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.(address.address);
      if (refusal) callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            from: parsed.from?.text ?? '',
            to: Array.isArray(parsed.to) ? parsed.to.map((t) => t.text).join(', ') : (parsed.to?.text ?? ''),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            messageId: parsed.messageId ?? '',
            headers: parsed.headers,
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, content: a.content })),
            ...(typeof session.user === 'string' ? { user: session.user } : {}),
          });
          callback();
        })
        .catch((error: unknown) => callback(error as Error));
    },
  };
  const server = new SMTPServer(config);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
