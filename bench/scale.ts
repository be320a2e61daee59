// Issue 19, item 2: a certifier after years of use. On a PostgreSQL cluster of its own (the test
// suite's settings), the product is set up as `npm start` sets it up (migrations, shipped
// referentials, the demo), a real jury session's certificates are issued (signed credentials,
// the ones the verification looks up), then COPY adds, in the shapes the product stores:
// 1,000,000 candidates (fewer with `--candidates N` or CERTEVAL_BENCH_SCALE=0.01) across 2,000
// companies and 50 certifications, 10,000,000 evaluation items, 500,000 signed decisions and
// certificates. Then 50 clients, each on its own kept-alive connection, ask the HTTP API for one
// page at a time, for a few seconds per page: p50, p95 and throughput are printed with the
// target and ratio. Last, every page's plans are read (bench/scaleExplain.ts).
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { TEST_SECRET } from '../packages/server/src/certificates/certificates.testing.ts';
import { seedDemo } from '../packages/server/src/demo/seedDemo.ts';
import { loadShippedInstruments } from '../packages/server/src/instruments/loadShipped.ts';
import { loadConfig } from '../packages/server/src/platform/config.ts';
import { type Context, createContext } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/open.ts';
import { buildApp } from '../packages/server/src/platform/http/app.ts';
import { loadShippedReferentials } from '../packages/server/src/referential/loadShipped.ts';
import { type Cluster, startCluster } from '../packages/server/src/test/postgresCluster.ts';
import { copyField, scaleTables, sizesFor } from '../packages/server/src/test/scaleDataset.ts';
import { scaleTemplates } from '../packages/server/src/test/scaleTemplates.ts';
import { postgresSeconds, threadSeconds } from './cpuTime.ts';
import {
  LARGE_TABLE_ROWS,
  largeTables,
  logEveryPlan,
  loggedPlans,
  logSince,
  seqScansOf,
} from './scaleExplain.ts';
import { type Scenario, scenariosOf } from './scaleScenarios.ts';

const CLIENTS = 50;
const SECONDS = Number(process.env.BENCH_SCALE_SECONDS ?? 6);
const SIGNED = 1000;

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1000)
    throw new Error(`--${name} wants an integer ≥ 1000`);
  return value;
}

const psqlPath = () =>
  execFileSync('bash', ['-c', 'ls -d /usr/lib/postgresql/*/bin/psql | sort -V | tail -1'])
    .toString()
    .trim();

/** Streams rows into a table through psql's COPY FROM STDIN; resolves with the row count. */
async function copyInto(
  socket: URL,
  database: string,
  table: string,
  columns: string[],
  rows: Iterable<Array<string | null>>,
) {
  const child = spawn(
    psqlPath(),
    [
      '-h',
      socket.searchParams.get('host') ?? '',
      '-p',
      socket.searchParams.get('port') ?? '',
      '-U',
      'postgres',
      '-v',
      'ON_ERROR_STOP=1',
      '-q',
      '-d',
      database,
      '-c',
      `COPY ${table} (${columns.join(', ')}) FROM STDIN`,
    ],
    { stdio: ['pipe', 'inherit', 'inherit'] },
  );
  let count = 0;
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(copyField).join('\t')}\n`;
    count++;
    if (chunk.length > 1 << 20) {
      if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
      chunk = '';
    }
  }
  child.stdin.end(chunk);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`COPY ${table} failed (${code})`);
  return count;
}

function runClients(base: string, scenario: Scenario) {
  return new Promise<{
    latencies: number[];
    failures: number;
    statuses: Record<number, number>;
    bytes: number;
  }>((resolve, reject) => {
    const worker = new Worker(new URL('./scaleClients.mjs', import.meta.url), {
      workerData: {
        base,
        clients: CLIENTS,
        seconds: SECONDS,
        requests: scenario.requests,
        spreadAddresses: scenario.spreadAddresses ?? false,
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const progress = (what: string) => process.stderr.write(`  scale: ${what}…\n`);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function login(base: string, email: string, password: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login of ${email}: ${response.status}`);
  return response.headers.get('set-cookie')?.split(';')[0] ?? '';
}

/** `--candidates N`, or CERTEVAL_BENCH_SCALE times a million (0.01: ten thousand). */
function candidatesWanted(): number {
  const scale = process.env.CERTEVAL_BENCH_SCALE;
  return argument('candidates', scale ? Math.round(Number(scale) * 1_000_000) : 1_000_000);
}

const DATABASE = 'certeval_scale';

/** The product set up as `npm start` does, a real session issued, then COPY's rows. */
async function build(cluster: Cluster, ctx: Context, count: number) {
  await loadShippedReferentials(ctx);
  await seedDemo(ctx);
  await loadShippedInstruments(ctx);
  progress('a real session issued');
  const { templates, numbers } = await scaleTemplates(ctx, SIGNED);
  const lines: string[] = [];
  let started = performance.now();
  const counted: string[] = [];
  const socket = new URL(cluster.socketUrl(DATABASE));
  for (const table of scaleTables(sizesFor(count), templates)) {
    progress(`COPY ${table.table}`);
    const rows = await copyInto(socket, DATABASE, table.table, table.columns, table.rows());
    counted.push(`${table.table} ${rows.toLocaleString('en')}`);
  }
  const copySeconds = (performance.now() - started) / 1000;
  progress('VACUUM ANALYZE');
  started = performance.now();
  await ctx.database.query('VACUUM ANALYZE');
  const vacuumSeconds = (performance.now() - started) / 1000;
  const [{ size } = { size: '' }] = await ctx.database.query<{ size: string }>(
    'select pg_size_pretty(pg_database_size(current_database())) as size',
  );
  lines.push(`data: ${counted.join(', ')}`);
  lines.push(
    `built by COPY in ${copySeconds.toFixed(0)} s, VACUUM ANALYZE ${vacuumSeconds.toFixed(0)} s, database ${size}`,
  );
  return { lines, numbers };
}

/** A server on the bench database (a new pool: new sessions). */
async function serve(cluster: Cluster) {
  const database = await openDatabase({ kind: 'postgres', url: cluster.socketUrl(DATABASE) });
  const config = loadConfig({
    CERTEVAL_DATA_DIR: '/nonexistent-unused',
    CERTEVAL_SECRET: TEST_SECRET,
    CERTEVAL_TRUST_PROXY: '1',
  });
  const ctx = createContext(database, config);
  const { app } = await buildApp(ctx);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    ctx,
    base,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * One page under its clients: p50, p95 and throughput with the target, and what the machine's
 * load does not move — the server's and PostgreSQL's CPU milliseconds per request.
 */
async function measure(scenario: Scenario, base: string, cluster: Cluster): Promise<string> {
  const cpu = () => ({
    node: threadSeconds(process.pid),
    pg: postgresSeconds(cluster.postmasterPid()),
  });
  if (scenario.warmUp)
    for (const [n, { path }] of scenario.requests.entries()) {
      const response = await fetch(`${base}${path}`, {
        headers: { 'x-forwarded-for': `10.8.${n >> 8}.${n & 255}` },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await response.arrayBuffer();
    }
  const before = cpu();
  const { latencies, failures, statuses, bytes } = await runClients(base, scenario);
  const after = cpu();
  const perRequest = (seconds: number) =>
    ((seconds * 1000) / Math.max(1, latencies.length)).toFixed(1);
  const cpuShare = `CPU/request: server ${perRequest(after.node - before.node)} ms, PostgreSQL ${perRequest(after.pg - before.pg)} ms`;
  const size = latencies.length > 0 ? bytes / latencies.length / 1024 : 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  const p95 = percentile(sorted, 95);
  const ratio = p95 / scenario.target;
  const refused = failures > 0 ? `   ${failures} failed ${JSON.stringify(statuses)}` : '';
  return `${scenario.name.padEnd(44)} p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  ${(latencies.length / SECONDS).toFixed(0).padStart(5)}/s   target p95 < ${scenario.target} ms   ratio ${ratio.toFixed(2)} ${ratio <= 1 ? 'ok' : 'OVER TARGET'}   ${size.toFixed(1)} KB   ${cpuShare}${refused}`;
}

/**
 * Each page asked once more with every plan logged (auto_explain): the lines saying how many
 * statements were read and every sequential scan of a large table, which fails the bench.
 */
async function explainPages(cluster: Cluster, scenarios: Scenario[]): Promise<string[]> {
  const server = await serve(cluster);
  const large = await largeTables(server.ctx.database, LARGE_TABLE_ROWS);
  const from = fs.statSync(cluster.logFile).size;
  let visitor = 0;
  for (const scenario of scenarios)
    for (const { path, cookie } of scenario.requests.slice(0, 10)) {
      visitor += 1;
      const response = await fetch(`${server.base}${path}`, {
        headers: { ...(cookie ? { cookie } : {}), 'x-forwarded-for': `10.9.0.${visitor}` },
      });
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      await response.arrayBuffer();
    }
  await server.close();
  const plans = loggedPlans(logSince(cluster.logFile, from));
  const scans = seqScansOf(plans, large);
  const unique = [...new Map(scans.map((s) => [`${s.table} ${s.query}`, s])).values()];
  if (unique.length > 0) process.exitCode = 1;
  return [
    `EXPLAIN (auto_explain): ${plans.length} statements of these pages, large tables (≥ ${LARGE_TABLE_ROWS.toLocaleString('en')} rows): ${[...large].sort().join(', ')}; ${unique.length === 0 ? 'no sequential scan of them ok' : `${unique.length} sequential scans FAILED`}`,
    ...unique.map(
      (s) =>
        `  Seq Scan on ${s.table}: ${s.query.replace(/^select .*? from /is, 'select … from ').slice(0, 400)}`,
    ),
  ];
}

export async function benchScale(): Promise<string[]> {
  const count = candidatesWanted();
  const cluster = await startCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    const setup = await openDatabase({ kind: 'postgres', url: cluster.socketUrl(DATABASE) });
    await setup.migrate();
    await setup.close();

    const server = await serve(cluster);
    const built = await build(cluster, server.ctx, count);
    const lines = [...built.lines];
    const certifier = await login(
      server.base,
      'certificateur@demo.certeval.example',
      'certeval-demo',
    );
    const tutorCookie = await login(server.base, 'tuteur.0@banc.certeval.example', 'certeval-demo');
    const scenarios = await scenariosOf(
      server.ctx,
      server.base,
      certifier,
      tutorCookie,
      built.numbers,
    );
    // BENCH_SCALE_ONLY=regex measures only the pages whose name matches it (while tuning one).
    const only = process.env.BENCH_SCALE_ONLY;
    const chosen = scenarios.filter((s) => !only || new RegExp(only).test(s.name));
    for (const scenario of chosen) {
      progress(scenario.name);
      lines.push(await measure(scenario, server.base, cluster));
    }
    await logEveryPlan(server.ctx.database, DATABASE);
    await server.close();
    progress('EXPLAIN of every page');
    lines.push(...(await explainPages(cluster, chosen)));
    return [
      `${count.toLocaleString('en')} candidates, ${CLIENTS} clients, ${SECONDS} s a page, PostgreSQL (test cluster settings), load average ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} on ${os.availableParallelism()} cores`,
      ...lines,
    ];
  } finally {
    // BENCH_SCALE_KEEP=1 leaves the cluster running, to read plans by hand (psql on its socket);
    // stop it with pg_ctl -D <its folder>/data stop, then remove the folder.
    if (process.env.BENCH_SCALE_KEEP) progress(`kept: ${cluster.socketUrl(DATABASE)}`);
    else cluster.stop();
  }
}
