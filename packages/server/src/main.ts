// The server process: configuration, database (migrated at start), demo, HTTP, clean stop.

import { DEMO_PASSWORD, type seedDemo } from './demo/seedDemo.ts';
import { startJobWorkers, stopJobWorkers } from './jobWorkers.ts';
import { ConfigError, loadConfig } from './platform/config.ts';
import { createContext } from './platform/context.ts';
import { DatabaseOpenError, openDatabase } from './platform/db/open.ts';
import { buildApp } from './platform/http/app.ts';
import { closeWorkerPool, startWorkerPool } from './platform/workers/pool.ts';
import { prepareDatabase } from './prepareDatabase.ts';
import type { ShippedOutcome } from './referential/loadShipped.ts';

function fail(sentence: string): never {
  process.stderr.write(`certeval: ${sentence}\n`);
  process.exit(1);
}

async function main() {
  const config = (() => {
    try {
      return loadConfig();
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message);
      throw error;
    }
  })();
  if (typeof config.trustProxy === 'number')
    process.stderr.write(
      `certeval: CERTEVAL_TRUST_PROXY=${config.trustProxy} trusts the ${config.trustProxy} nearest peer(s) as proxies, whatever their address: safe only if the server is reachable through them alone (the proxies' addresses are safer).\n`,
    );
  const database = await openDatabase(config.database).catch((error) => {
    if (error instanceof DatabaseOpenError) fail(error.message);
    throw error;
  });
  const ctx = createContext(database, config);
  const { shipped, instruments, created, demo } = await prepareDatabase(ctx).catch(
    async (error) => {
      if (!(error instanceof DatabaseOpenError)) throw error;
      await database.close();
      fail(error.message);
    },
  );
  for (const { file, refused } of instruments) {
    if (refused) process.stdout.write(`Instrument ${file} not loaded: ${refused}\n`);
  }
  startWorkerPool(config.workerThreads);
  const { app } = await buildApp(ctx, { logger: true });
  await startJobWorkers(ctx, app.log.child({ component: 'jobs' }));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal} received: finishing the requests and jobs under way, then stopping`);
    // Requests under way are answered; new ones get 503 (readiness too) until the port closes.
    await app.close();
    // Jobs running past CERTEVAL_SHUTDOWN_SECONDS are handed back to the queue.
    await stopJobWorkers(ctx);
    await closeWorkerPool();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await stopJobWorkers(ctx);
    await database.close();
    fail(
      `Cannot listen on ${config.host}:${config.port} (${(error as Error).message}): set PORT to a free port.`,
    );
  }
  const port = (app.server.address() as { port: number }).port;
  const url = config.port === 0 ? `http://localhost:${port}` : config.publicUrl;
  printWelcome(url, database.kind, created, demo);
  printMail(config.mail.smtpUrl);
  printShipped(shipped);
}

function printShipped(outcomes: ShippedOutcome[]) {
  for (const { file, result, refused } of outcomes) {
    if (refused) process.stdout.write(`Referential ${file} not loaded: ${refused}\n`);
    const added = result?.versions.filter((v) => v.outcome !== 'unchanged') ?? [];
    for (const v of added)
      process.stdout.write(`Referential ${result?.certification} ${v.key}: ${v.outcome}\n`);
  }
}

function printMail(smtpUrl: string | undefined) {
  const where = smtpUrl
    ? `through ${smtpUrl.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1@')}`
    : 'to the outbox only (no CERTEVAL_SMTP_URL): the certifier reads it under « Courriels et tâches »';
  process.stdout.write(`E-mail goes ${where}.\n\n`);
}

type DemoAccounts = Awaited<ReturnType<typeof seedDemo>>;

function printWelcome(url: string, kind: string, created: DemoAccounts, existing: DemoAccounts) {
  const lines = [
    '',
    `Certeval is running at ${url} (database: ${kind}, Node.js ${process.version}); API docs at ${url}/api/docs`,
  ];
  const shown = created.length > 0 ? created : existing;
  if (shown.length > 0) {
    const title = created.length > 0 ? 'Demo accounts created' : 'Demo accounts';
    lines.push(`${title} (demo password, unless changed since: ${DEMO_PASSWORD}):`);
    for (const account of shown) {
      const roles = account.roles.map((r) => r.role).join(', ');
      lines.push(`  ${account.email.padEnd(38)} ${account.displayName} — ${roles}`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

await main();
