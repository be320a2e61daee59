// Where a message goes: an SMTP server (CERTEVAL_SMTP_URL: smtp:// upgrades with STARTTLS when
// the server offers it, `?requireTLS=true` insists; smtps:// is TLS from the start) through a
// small pool of connections, or, without one, nowhere but the outbox and a line on the console.
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
    });
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
