// Issue 5, performance: tutors record 20-item grids through the HTTP API on PostgreSQL, 50 at
// a time, against `pgbench -c 50` (built-in simple-update) on the same PostgreSQL server in the
// same run. Prints p50/p99 latency, saves per second, pgbench TPS and the ratio.
// Targets: saves/s ≥ 50 % of pgbench TPS; p99 < 50 ms.
// The cluster is the test suite's (fsync and synchronous_commit off): both sides run on it.
// The tutors' clients run in a worker thread (recordingClients.mjs), the server in this one.
// The server and pgbench both reach PostgreSQL over its Unix socket, as on one machine.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { createUser } from '../packages/server/src/accounts/service.ts';
import * as candidateStore from '../packages/server/src/candidates/store.ts';
import { demoOrganisations, seedDemo } from '../packages/server/src/demo/seedDemo.ts';
import { loadShippedInstruments } from '../packages/server/src/instruments/loadShipped.ts';
import { getInstrument } from '../packages/server/src/instruments/service.ts';
import { loadConfig } from '../packages/server/src/platform/config.ts';
import { createContext } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/open.ts';
import { buildApp } from '../packages/server/src/platform/http/app.ts';
import { loadShippedReferentials } from '../packages/server/src/referential/loadShipped.ts';
import { startCluster } from '../packages/server/src/test/postgresCluster.ts';
import { postgresSeconds, postgresSettled, processSeconds, threadSeconds } from './cpuTime.ts';

const CLIENTS = 50;
const SECONDS = 15;
const ITEMS = 20;

async function createDatabase(adminUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
}

interface PgbenchRun {
  tps: number;
  transactions: number;
  /** CPU seconds of PostgreSQL and of pgbench during the timed run (not its -i setup). */
  postgresSeconds: number;
  clientSeconds: number;
}

async function pgbench(socket: URL, database: string, postmaster: number): Promise<PgbenchRun> {
  const bin = path.dirname(
    execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -1'])
      .toString()
      .trim(),
  );
  const common = [
    ...['-h', socket.searchParams.get('host') ?? '', '-p', socket.searchParams.get('port') ?? ''],
    ...['-U', 'postgres'],
  ];
  execFileSync(path.join(bin, 'pgbench'), ['-i', '-q', '-s', '10', ...common, database], {
    stdio: 'pipe',
  });
  await postgresSettled(postmaster);
  const before = { postgres: postgresSeconds(postmaster), client: processSeconds().children };
  const out = execFileSync(
    path.join(bin, 'pgbench'),
    [
      '-c',
      String(CLIENTS),
      '-j',
      '2',
      '-T',
      String(SECONDS),
      '-b',
      'simple-update',
      '-n',
      ...common,
      database,
    ],
    { stdio: 'pipe' },
  ).toString();
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1];
  const transactions = /number of transactions actually processed: (\d+)/.exec(out)?.[1];
  if (!tps || !transactions) throw new Error(`pgbench printed no tps:\n${out}`);
  await postgresSettled(postmaster);
  return {
    tps: Number(tps),
    transactions: Number(transactions),
    postgresSeconds: postgresSeconds(postmaster) - before.postgres,
    clientSeconds: processSeconds().children - before.client,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function benchRecording(): Promise<string[]> {
  const cluster = await startCluster();
  try {
    const adminUrl = cluster.url('postgres');
    await createDatabase(adminUrl, 'certeval_bench');
    await createDatabase(adminUrl, 'pgbench_bench');
    const database = await openDatabase({
      kind: 'postgres',
      url: cluster.socketUrl('certeval_bench'),
    });
    await database.migrate();
    const ctx = createContext(database, loadConfig({ CERTEVAL_DATA_DIR: '/nonexistent-unused' }));
    await loadShippedReferentials(ctx);
    await seedDemo(ctx);
    await loadShippedInstruments(ctx);
    await createUser(ctx, {
      email: 'tuteur-bench@example.org',
      displayName: 'Tuteur Banc',
      password: 'un mot de passe de banc',
      roles: [{ organisationName: demoOrganisations.company, role: 'tutor' }],
    });
    const { app } = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'tuteur-bench@example.org',
        password: 'un mot de passe de banc',
      }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    const headers = { cookie, 'content-type': 'application/json' };
    const tutor = (
      await database.query<{ id: string }>(
        "select id from users where email = 'tuteur-bench@example.org'",
      )
    )[0]?.id;
    const [project] = await candidateStore.listProjects(database.db, 'all');
    if (!project || !tutor) throw new Error('demo project missing');
    const { instrument } = await getInstrument(ctx, 'cqp-agc-tutor-grid', '1');
    const itemIds = instrument.sections.flatMap((s) => s.items.map((i) => i.id)).slice(0, ITEMS);

    // One candidate and one open grid per client.
    const grids: string[] = [];
    for (let k = 0; k < CLIENTS; k++) {
      const candidate = await candidateStore.insertCandidate(database.db, {
        projectId: project.project.id,
        organisationId: project.project.organisationId,
        birthName: `Banc${k}`,
        firstNames: ['Camille'],
        birthDate: '1995-01-01',
        birthPlace: 'Ville fictive',
        accessRoute: 'continuing_education',
        tutorId: tutor,
        status: 'in_training',
      });
      const opened = await fetch(`${base}/api/candidates/${candidate.id}/evaluations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          instrument: { key: 'cqp-agc-tutor-grid', version: '1' },
          kind: 'continuous',
          date: '2026-01-10',
        }),
      });
      grids.push((await opened.json()).id);
    }

    const postmaster = cluster.postmasterPid();
    const before = {
      server: threadSeconds(process.pid),
      process: processSeconds().own,
      postgres: postgresSeconds(postmaster),
    };
    const { latencies, failures } = await new Promise<{ latencies: number[]; failures: number }>(
      (resolve, reject) => {
        const clients = new Worker(new URL('./recordingClients.mjs', import.meta.url), {
          workerData: { base, cookie, grids, itemIds, seconds: SECONDS },
        });
        clients.once('message', resolve);
        clients.once('error', reject);
      },
    );
    const saves = latencies.length - failures;
    const throughput = saves / SECONDS;
    const perSave = (seconds: number) => ((seconds * 1000) / latencies.length).toFixed(2);
    const server = threadSeconds(process.pid) - before.server;
    const others = processSeconds().own - before.process - server;
    const postgres = postgresSeconds(postmaster) - before.postgres;
    await app.close();
    await database.close();

    const bench = await pgbench(
      new URL(cluster.socketUrl('pgbench_bench')),
      'pgbench_bench',
      postmaster,
    );
    const { tps } = bench;
    const perTransaction = (seconds: number) => ((seconds * 1000) / bench.transactions).toFixed(2);
    const sorted = [...latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p99 = percentile(sorted, 99);
    const ratio = throughput / tps;
    return [
      `${CLIENTS} clients, ${ITEMS}-item grids, ${SECONDS} s, PostgreSQL (test cluster settings)`,
      `saves: ${saves} (${failures} refused)   throughput ${throughput.toFixed(0)} saves/s`,
      `latency p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   target p99 < 50 ms   ratio ${(p99 / 50).toFixed(2)} ${p99 < 50 ? 'ok' : 'OVER TARGET'}`,
      `CPU per save: server thread ${perSave(server)} ms, clients and other threads ${perSave(others)} ms, PostgreSQL ${perSave(postgres)} ms`,
      `CPU per pgbench transaction: PostgreSQL ${perTransaction(bench.postgresSeconds)} ms, pgbench ${perTransaction(bench.clientSeconds)} ms`,
      `pgbench -c ${CLIENTS} simple-update: ${tps.toFixed(0)} tps   saves/pgbench ${(ratio * 100).toFixed(1)} %   target ≥ 50 % ${ratio >= 0.5 ? 'ok' : 'UNDER TARGET'}`,
    ];
  } finally {
    cluster.stop();
  }
}
