// Global setup of the browser suite (issue 15): a real SMTP server (smtp-server) on the port the
// config gave the web server as CERTEVAL_SMTP_URL. Each message it accepts is written, raw, to
// the folder CERTEVAL_E2E_MAIL_DIR, where the specs read it (e2e/mailbox.ts): they run in other
// processes than this one.
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export default async function startMailServer() {
  const folder = process.env.CERTEVAL_E2E_MAIL_DIR ?? '';
  const port = Number(process.env.CERTEVAL_E2E_SMTP_PORT);
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        count += 1;
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        const name = `${String(count).padStart(5, '0')}.eml`;
        fs.writeFileSync(
          path.join(folder, name),
          `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks)}`,
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
