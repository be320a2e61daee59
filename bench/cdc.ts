// Issue 18, performance: `certeval cdc export` of 10,000 certificates in under 10 s. On the
// embedded database in a folder, as `npm start` runs it: the demo certifier issues a jury
// session of 10,000 holders whose records have what the Caisse des Dépôts needs (sex, INSEE
// code of the birth commune); the server is then stopped (one process owns the folder) and the
// real command is timed as a certifier runs it, from its start to its exit, including opening
// the database. Its file is then checked: one passage per document issued, every number present,
// valid against the Caisse des Dépôts' schema (xmllint-wasm).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cdcSchemaErrors } from '../packages/core/src/cdc/cdcSchema.testing.ts';
import { parisDay } from '../packages/core/src/cdc/index.ts';
import { saveCdcSettings } from '../packages/server/src/cdc/cdcSettings.ts';
import { demoCertifierId } from '../packages/server/src/certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../packages/server/src/certificates/issueCertificates.ts';
import { seedDemo } from '../packages/server/src/demo/seedDemo.ts';
import { loadConfig } from '../packages/server/src/platform/config.ts';
import { createContext } from '../packages/server/src/platform/context.ts';
import { openDatabase } from '../packages/server/src/platform/db/open.ts';
import { loadShippedReferentials } from '../packages/server/src/referential/loadShipped.ts';
import { actorForEmail } from '../packages/server/src/test/sessions.ts';
import { signedSession } from './certificates.ts';

const COUNT = Number(process.env.BENCH_CDC ?? 10_000);
const TARGET_SECONDS = 10;
const SECRET = 'bench master secret of at least thirty-two characters';
const COMMUNES = ['21231', '2A004', '75056', '69123', '13055', '97411'];
const cli = path.resolve(import.meta.dirname, '../packages/cli/bin/certeval.mjs');

/** The demo certifier with `COUNT` documents issued today; returns their numbers. */
async function issuedFolder(dataDir: string): Promise<string[]> {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    await database.migrate();
    const config = loadConfig({ CERTEVAL_DATA_DIR: dataDir, CERTEVAL_SECRET: SECRET });
    const ctx = createContext(database, config);
    await loadShippedReferentials(ctx);
    await seedDemo(ctx);
    // All awarded: an attestation of the CQP's domains has no registered bloc to declare.
    const sessionId = await signedSession(ctx, COUNT, {
      allAwarded: true,
      holder: (n) => ({
        sex: n % 2 === 0 ? 'female' : 'male',
        birthInseeCode: COMMUNES[n % COMMUNES.length] as string,
      }),
    });
    const actor = await actorForEmail(ctx, 'certificateur@demo.certeval.example');
    const result = await issueSessionCertificates(ctx, actor, sessionId, { chunkSize: 500 });
    if (result.issued.length !== COUNT) throw new Error(`issued ${result.issued.length}`);
    await saveCdcSettings(
      ctx,
      await demoCertifierId(ctx),
      { idClient: 'BNC12345', idContrat: 'MCF1' },
      null,
    );
    return result.issued.map((d) => d.number);
  } finally {
    await database.close();
  }
}

/** Runs the real `certeval` command; resolves with its output and wall time. */
function certeval(args: string[], dataDir: string) {
  return new Promise<{ code: number | null; out: string; err: string; seconds: number }>(
    (resolve, reject) => {
      const started = performance.now();
      const child = spawn(process.execPath, [cli, ...args], {
        env: { ...process.env, CERTEVAL_DATA_DIR: dataDir, CERTEVAL_SECRET: SECRET },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('error', reject);
      child.on('close', (code) =>
        resolve({ code, out, err, seconds: (performance.now() - started) / 1000 }),
      );
    },
  );
}

export async function benchCdc(): Promise<string[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-bench-cdc-'));
  const dataDir = path.join(folder, 'pglite');
  const file = path.join(folder, 'declaration.xml');
  try {
    const numbers = await issuedFolder(dataDir);
    const today = parisDay(new Date());
    const run = await certeval(
      ['cdc', 'export', '--from', today, '--to', today, '--out', file],
      dataDir,
    );
    if (run.code !== 0) throw new Error(`certeval cdc export failed: ${run.err || run.out}`);

    const xml = fs.readFileSync(file, 'utf8');
    const passages = xml.split('<cpf:passageCertification>').length - 1;
    const missing = numbers.filter((n) => !xml.includes(`<cpf:idTechnique>${n}<`));
    if (passages < COUNT || missing.length > 0)
      throw new Error(`${passages} passages, ${missing.length} numbers missing`);
    const errors = await cdcSchemaErrors(xml);
    if (errors.length > 0) throw new Error(`not valid against the CDC schema: ${errors[0]}`);

    const ratio = run.seconds / TARGET_SECONDS;
    const line = (name: string, value: string) => `${name.padEnd(58)} ${value}`;
    return [
      line(
        `certeval cdc export, ${COUNT.toLocaleString('en')} certificates (whole command)`,
        `${run.seconds.toFixed(1).padStart(7)} s   target < ${TARGET_SECONDS} s   ratio ${ratio.toFixed(2)} ${ratio <= 1 ? 'ok' : 'OVER TARGET'}`,
      ),
      line(
        '  its file: passages, size; valid against the CDC schema',
        `${passages.toLocaleString('en')}, ${(xml.length / 1024 / 1024).toFixed(1)} MB; yes`,
      ),
      line('  load average of the machine', `${os.loadavg()[0]?.toFixed(1)}`),
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
