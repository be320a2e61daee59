// Issue 15, performance: 10,000 notifications queued (each rendered, stored in the outbox and
// its delivery job queued, 500 per transaction), delivered by the server's workers to a real
// SMTP server in this process. The figure is the wall time from the first queued message to
// the last one received; target under 60 s, with no message received twice. Run on the
// embedded database (the default) and on PostgreSQL.

import { startJobWorkers, stopJobWorkers } from '../packages/server/src/jobWorkers.ts';
import { loadConfig } from '../packages/server/src/platform/config.ts';
import { type Context, createContext } from '../packages/server/src/platform/context.ts';
import { type Database, openDatabase } from '../packages/server/src/platform/db/open.ts';
import { sendMessages } from '../packages/server/src/platform/mail/sendMessage.ts';
import { templates } from '../packages/server/src/platform/mail/templates.ts';
import { startCluster } from '../packages/server/src/test/postgresCluster.ts';
import { startSmtpServer } from '../packages/server/src/test/smtpServer.ts';

const COUNT = 10_000;
const PER_TRANSACTION = 500;
const TARGET_SECONDS = 60;
const GIVE_UP_MS = 240_000;

async function queueAll(ctx: Context) {
  const data = templates['certificate-issued'].example;
  for (let start = 0; start < COUNT; start += PER_TRANSACTION) {
    const indexes = Array.from(
      { length: Math.min(PER_TRANSACTION, COUNT - start) },
      (_, k) => start + k,
    );
    await ctx.database.db.transaction((tx) =>
      sendMessages(
        ctx,
        tx,
        indexes.map((i) => ({
          template: 'certificate-issued' as const,
          to: {
            email: `personne-${i}@exemple.test`,
            name: `Personne ${i}`,
            locale: i % 2 ? ('en' as const) : ('fr' as const),
          },
          data: { ...data, number: `BENCH-${i}` },
          key: `bench-${i}`,
        })),
      ),
    );
  }
}

async function run(label: string, database: Database): Promise<string> {
  const smtp = await startSmtpServer({ rawOnly: true });
  const config = loadConfig({ CERTEVAL_DATA_DIR: '/unused', CERTEVAL_SMTP_URL: smtp.url });
  const ctx = createContext(database, config);
  await startJobWorkers(ctx);
  const started = performance.now();
  await queueAll(ctx);
  const queued = (performance.now() - started) / 1000;
  while (smtp.received.length < COUNT && performance.now() - started < GIVE_UP_MS) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (performance.now() - started) / 1000;
  await stopJobWorkers(ctx);
  await smtp.close();
  const ids = smtp.received.map((m) => /^Message-ID: (.+)$/im.exec(m.raw)?.[1] ?? '');
  const duplicates = ids.length - new Set(ids).size;
  const ratio = seconds / TARGET_SECONDS;
  const verdict =
    smtp.received.length === COUNT && duplicates === 0 && ratio <= 1 ? 'ok' : 'OVER TARGET';
  return `${`${COUNT} messages to SMTP, ${label}`.padEnd(50)} ${seconds.toFixed(2).padStart(7)} s   target < ${TARGET_SECONDS} s   ratio ${ratio.toFixed(2)} ${verdict}   received ${smtp.received.length}, duplicates ${duplicates} (queued in ${queued.toFixed(1)} s)`;
}

export async function benchMail(): Promise<string[]> {
  const lines: string[] = [];
  const pglite = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await pglite.migrate();
  lines.push(await run('PGlite', pglite));
  await pglite.close();
  const cluster = await startCluster();
  try {
    const postgres = await openDatabase({ kind: 'postgres', url: cluster.url('postgres') });
    await postgres.migrate();
    lines.push(await run('PostgreSQL', postgres));
    await postgres.close();
  } finally {
    cluster.stop();
  }
  return lines;
}
