// A real SMTP server for the tests (smtp-server, in this process, on a free port of 127.0.0.1):
// it keeps every message it accepts, parsed (headers, both parts, attachments), and can be told
// to refuse a recipient or to answer slowly.
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Received {
  /** The envelope's recipients, as the client gave them in RCPT TO. */
  recipients: string[];
  raw: string;
  mail: ParsedMail;
}

export interface TestSmtpOptions {
  /** Answer 550 to these recipients. */
  refuse?: (address: string) => boolean;
  /** Wait this long before accepting each message. */
  delayMs?: number;
  /** Keep only the raw message (the bench), not its parse. */
  rawOnly?: boolean;
}

export async function startSmtpServer(options: TestSmtpOptions = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) {
        const error = new Error('5.1.1 Mailbox unknown here') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        const raw = Buffer.concat(chunks).toString('utf8');
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        const mail = options.rawOnly ? ({} as ParsedMail) : await simpleParser(raw);
        received.push({ recipients, raw, mail });
        callback();
      });
    },
  });
  // A client killed mid-conversation (the kill -9 test) resets its socket: the server reports
  // it as an error, which is the client's doing, not a failure of the test's server.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port where nothing listens (bound, then released). */
export async function unusedPort(): Promise<number> {
  const probe = new SMTPServer({ logger: false });
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.server.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
