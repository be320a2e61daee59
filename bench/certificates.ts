// Issue 7, performance: 10,000 certificates (PDF + signed credential) in under 60 s on this
// machine. A jury session of the demo certifier with 10,000 signed decisions (nine in ten
// awarded, one in ten partial: attestations) on the embedded database; then, timed: issuing
// the session through the same use case as the API (numbers, mentions, Open Badges 3.0
// credentials signed eddsa-rdfc-2022, status list places, rows and audit written) while a
// worker thread renders each committed document's PDF on the second core (2 cores here). The
// figure is the wall time until the last PDF is rendered; the CPU time of both threads is
// printed too, since other work on this shared machine inflates the wall time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  awardedDecision,
  partialDecision,
} from '../packages/core/src/certificates/certificates.testing.ts';
import type { CertificateData } from '../packages/core/src/certificates/index.ts';
import type { Decided } from '../packages/core/src/deliberation/index.ts';
import { demoCertifierId } from '../packages/server/src/certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../packages/server/src/certificates/issueCertificates.ts';
import { seedDemo } from '../packages/server/src/demo/seedDemo.ts';
import { loadConfig } from '../packages/server/src/platform/config.ts';
import { createContext } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/open.ts';
import {
  candidates,
  juryCandidates,
  jurySessions,
  projects,
} from '../packages/server/src/platform/db/schema.ts';
import { loadShippedReferentials } from '../packages/server/src/referential/loadShipped.ts';
import { actorForEmail } from '../packages/server/src/test/sessions.ts';

const COUNT = Number(process.env.BENCH_CERTIFICATES ?? 10_000);
const TARGET_SECONDS = 60;
const FIRST_NAMES = ['Camille', 'Léa', 'Noé', 'Inès', 'Théo', 'Zoé', 'Maël', 'Anaïs', 'Jérôme'];
const NAMES = ['Morel', 'Lefèvre', 'Garnier', 'Faure', 'Rousseau', 'Bérard', 'Chevalier'];

/** A closed jury session of the demo certifier with `count` signed decisions, nine in ten awarded
 * and one in ten partial (all awarded with `allAwarded`); `holder` adds fields to each candidate
 * (the CDC bench gives sex and INSEE). */
export async function signedSession(
  ctx: ReturnType<typeof createContext>,
  count = COUNT,
  {
    holder = () => ({}),
    allAwarded = false,
  }: { holder?: (n: number) => Partial<typeof candidates.$inferInsert>; allAwarded?: boolean } = {},
): Promise<string> {
  const { db } = ctx.database;
  const [project] = await db.select().from(projects).limit(1);
  if (!project) throw new Error('the demo has no project');
  const [session] = await db
    .insert(jurySessions)
    .values({
      certifierId: await demoCertifierId(ctx),
      certification: 'cqp-agc',
      referentialVersion: '1',
      date: '2025-06-12',
      startTime: '09:00',
      status: 'closed',
    })
    .returning({ id: jurySessions.id });
  if (!session) throw new Error('no session');
  const decisions: Decided[] = [awardedDecision(), partialDecision()];
  for (let start = 0; start < count; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - start) }, (_, k) => {
      const n = start + k;
      return {
        projectId: project.id,
        organisationId: project.organisationId,
        birthName: `${NAMES[n % NAMES.length]}-${n}`,
        firstNames: [FIRST_NAMES[n % FIRST_NAMES.length] as string],
        birthDate: `19${70 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
        birthPlace: 'Dijon (Côte-d’Or)',
        accessRoute: 'professionalisation_contract',
        status: 'decided',
        ...holder(n),
      };
    });
    const inserted = await db.insert(candidates).values(rows).returning({ id: candidates.id });
    await db.insert(juryCandidates).values(
      inserted.map((row, k) => ({
        sessionId: session.id,
        candidateId: row.id,
        state: 'signed',
        decision: decisions[!allAwarded && (start + k) % 10 === 9 ? 1 : 0],
        signedAt: new Date('2025-06-12T17:00:00Z'),
      })),
    );
  }
  return session.id;
}

/** A worker thread rendering PDFs on the second core; resolves once every document is done. */
function pdfWorker() {
  const worker = new Worker(new URL('./certificatePdfWorker.mjs', import.meta.url), {
    execArgv: [],
  });
  let sent = 0;
  const done = { count: 0, bytes: 0, busySeconds: 0 };
  let settle: (() => void) | undefined;
  let failed: unknown;
  let busySince = 0;
  worker.on('message', ({ count, bytes }: { count: number; bytes: number }) => {
    done.count += count;
    done.bytes += bytes;
    if (done.count === sent) {
      done.busySeconds += (performance.now() - busySince) / 1000;
      settle?.();
    }
  });
  worker.on('error', (error) => {
    failed = error;
    settle?.();
  });
  return {
    render(documents: CertificateData[]) {
      if (done.count === sent) busySince = performance.now();
      sent += documents.length;
      worker.postMessage(documents);
    },
    async finished() {
      if (done.count !== sent && !failed) await new Promise<void>((resolve) => (settle = resolve));
      await worker.terminate();
      if (failed) throw failed;
      return done;
    },
  };
}

const seconds = (from: number) => (performance.now() - from) / 1000;
/** CPU time of this process (every thread), in seconds: what the machine's other load does not inflate. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

export async function benchCertificates(): Promise<string[]> {
  // The embedded database in a folder, as `npm start` runs it.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-bench-certificates-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(folder, 'pglite') });
  try {
    await database.migrate();
    const config = loadConfig({
      CERTEVAL_DATA_DIR: '/nonexistent-unused',
      CERTEVAL_SECRET: 'bench master secret of at least thirty-two characters',
    });
    const ctx = createContext(database, config);
    await loadShippedReferentials(ctx);
    await seedDemo(ctx);
    const sessionId = await signedSession(ctx);
    const actor = await actorForEmail(ctx, 'certificateur@demo.certeval.example');

    const pdfs = pdfWorker();
    const cpuStart = cpuSeconds();
    const started = performance.now();
    const result = await issueSessionCertificates(ctx, actor, sessionId, {
      chunkSize: 250,
      onCommitted: (documents) => pdfs.render(documents),
    });
    const issueSeconds = seconds(started);
    if (result.issued.length !== COUNT) throw new Error(`issued ${result.issued.length}`);
    const rendered = await pdfs.finished();
    const total = seconds(started);
    if (rendered.count !== COUNT) throw new Error(`rendered ${rendered.count}`);

    const cpu = cpuSeconds() - cpuStart;
    const load = os.loadavg()[0]?.toFixed(1);
    const ratio = total / TARGET_SECONDS;
    const line = (name: string, value: string) => `${name.padEnd(58)} ${value}`;
    return [
      line(
        'issue 10,000 (numbers, mentions, signed credentials, rows)',
        `${issueSeconds.toFixed(1).padStart(7)} s`,
      ),
      line(
        'their 10,000 PDFs, rendered by a worker as chunks commit',
        `${rendered.busySeconds.toFixed(1).padStart(7)} s busy   ${Math.round(rendered.bytes / rendered.count / 1024)} KB each`,
      ),
      line(
        '10,000 certificates, PDF + signed credential',
        `${total.toFixed(1).padStart(7)} s   target < ${TARGET_SECONDS} s   ratio ${ratio.toFixed(2)} ${ratio <= 1 ? 'ok' : 'OVER TARGET'}`,
      ),
      line(
        '  CPU time, both threads (load average of the machine)',
        `${cpu.toFixed(1).padStart(7)} s   (${load})`,
      ),
    ];
  } finally {
    await database.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
