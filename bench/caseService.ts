// Issue 18, performance: the CASE 1.1 service answers CFPackages of the Common Core maths
// framework (703 items) in under 200 ms. The framework is imported and published on the embedded
// database, as `npm start` runs it, then fetched over HTTP from the running server, once it has
// answered a first request (the list of frameworks): the first answer for the package (which
// builds it) and the median of the next ones (which serve it built) are reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createUser } from '../packages/server/src/accounts/service.ts';
import { loadConfig } from '../packages/server/src/platform/config.ts';
import { createContext } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/open.ts';
import { buildApp } from '../packages/server/src/platform/http/app.ts';
import { closeWorkerPool } from '../packages/server/src/platform/workers/pool.ts';
import {
  exportCaseVersion,
  importCasePackage,
} from '../packages/server/src/referential/caseInterchange.ts';
import { publishVersion } from '../packages/server/src/referential/service.ts';

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../../shared/fixtures/case/math_cfs_sample.json',
);
const TARGET_MS = 200;
const RUNS = 21;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const line = (name: string, ms: number) => {
  const ratio = ms / TARGET_MS;
  return `${name.padEnd(50)} ${(ms / 1000).toFixed(3).padStart(7)} s   target < 0.2 s   ratio ${ratio.toFixed(3)} ${ratio <= 1 ? 'ok' : 'OVER TARGET'}`;
};

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || body.length < 100_000) {
    throw new Error(`CFPackages answered ${response.status}, ${body.length} bytes`);
  }
  return elapsed;
}

export async function benchCaseService(): Promise<string[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-bench-case-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(folder, 'pglite') });
  try {
    await database.migrate();
    const ctx = createContext(database, loadConfig({ CERTEVAL_DATA_DIR: '/nonexistent-unused' }));
    const json = fs.readFileSync(FIXTURE, 'utf8');
    const { result } = await importCasePackage(ctx, { json }, { actorId: null });
    const key = result.versions[0]?.key ?? '';
    const certifier = await createUser(ctx, {
      email: 'banc@exemple.example',
      displayName: 'Banc d’essai',
      roles: [],
    });
    await publishVersion(ctx, result.certification, key, 1, certifier.id);
    const { CFDocument } = await exportCaseVersion(ctx, result.certification, key);
    const { app } = await buildApp(ctx);
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const service = `http://127.0.0.1:${port}/ims/case/v1p1`;
      await (await fetch(`${service}/CFDocuments`)).text();
      const url = `${service}/CFPackages/${encodeURIComponent(CFDocument.identifier)}`;
      const first = await timed(url);
      const next: number[] = [];
      for (let i = 0; i < RUNS; i++) next.push(await timed(url));
      return [
        line('CASE service, CFPackages of math (703 items), built', first),
        line('CASE service, the same again (kept), median', median(next)),
      ];
    } finally {
      await app.close();
    }
  } finally {
    await closeWorkerPool();
    await database.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
