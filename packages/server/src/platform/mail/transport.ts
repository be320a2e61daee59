// Where a message goes: an SMTP server (CERTEVAL_SMTP_URL: smtp:// upgrades with STARTTLS when
// the server offers it, `?requireTLS=true` insists; smtps:// is TLS from the start) through a
// small pool of connections, or, without one, nowhere but the outbox and a line on the console.
import { Transform } from 'node:stream';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';

export interface Envelope {
  id: string;
  from: string;
  to: { name: string; email: string };
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ fileName: string; contentType: string; content: Buffer }>;
  /**
   * Called once the server has the whole message but its final dot, and awaited before the dot
   * is sent: what it records is true of every message the server may have accepted.
   */
  handOver?: () => Promise<void>;
}

/** Holds the end of the message (the SMTP final dot) until `handOver` has resolved. */
function heldEnd(handOver: () => Promise<void>) {
  return () =>
    new Transform({
      transform: (chunk, _encoding, callback) => callback(null, chunk),
      flush: (callback) => {
        handOver().then(() => callback(), callback);
      },
    });
}

/** An SMTP refusal or a connection failure, with the server's answer when there was one. */
export class DeliveryError extends Error {}

type Transporter = ReturnType<typeof nodemailer.createTransport>;
const transports = new Map<string, Transporter>();

function transportOf(config: Config): Transporter {
  const url = config.mail.smtpUrl ?? '';
  let transport = transports.get(url);
  if (!transport) {
    // Each step waits at most a third of a job's time, so a stuck server fails the attempt
    // before the queue takes the job as lost.
    const wait = Math.min(30, Math.floor(config.jobs.timeoutSeconds / 3)) * 1000;
    transport = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 4,
      maxMessages: 500,
      connectionTimeout: wait,
      greetingTimeout: wait,
      socketTimeout: wait,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    transport.use('stream', (mail, done) => {
      const { handOver } = mail.data as { handOver?: () => Promise<void> };
      if (handOver) mail.message.transform(heldEnd(handOver));
      done();
    });
    transports.set(url, transport);
  }
  return transport;
}

/** Sends through SMTP; resolves with the server's answer, or throws DeliveryError with it. */
export async function deliverBySmtp(config: Config, envelope: Envelope): Promise<string> {
  const host = new URL(config.publicUrl).hostname;
  try {
    const info = await transportOf(config).sendMail({
      from: config.mail.from,
      to: { name: envelope.to.name, address: envelope.to.email },
      subject: envelope.subject,
      text: envelope.text,
      html: envelope.html,
      // The same id at every attempt: a receiver that saw it already can tell.
      messageId: `<${envelope.id}@${host}>`,
      attachments: envelope.attachments.map((a) => ({
        filename: a.fileName,
        contentType: a.contentType,
        content: a.content,
      })),
      disableFileAccess: true,
      disableUrlAccess: true,
      ...(envelope.handOver && { handOver: envelope.handOver }),
    } as Parameters<Transporter['sendMail']>[0]);
    const rejected = (info.rejected ?? []).length;
    if (rejected > 0) throw new DeliveryError(String(info.response ?? 'recipient refused'));
    return String(info.response ?? '');
  } catch (error) {
    if (error instanceof DeliveryError) throw error;
    const e = error as Error & { response?: string; code?: string };
    throw new DeliveryError(e.response ?? (e.code ? `${e.code}: ${e.message}` : e.message));
  }
}

/** Closes the pooled SMTP connections (at shutdown). */
export function closeTransports() {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
