// Issue 19, backups that restore: a product with issued certificates and signed minutes is
// backed up and restored into an empty database, where every certificate still verifies and
// every signed minutes' hash still matches. PGlite through `certeval backup` and `certeval
// restore` (run as a person runs them), with their refusals; PostgreSQL through the README's
// pg_dump / pg_restore recipe.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Minutes } from '@certeval/core';
import { awardedDecision, partialDecision } from '@certeval/core/certificates/certificates.testing';
import { signedJurySession, TEST_SECRET } from '@certeval/server/certificates/certificates.testing';
import { issueSessionCertificates } from '@certeval/server/certificates/issueCertificates';
import { verifyNumber } from '@certeval/server/certificates/verifyCertificates';
import { seedDemo } from '@certeval/server/demo/seedDemo';
import { storeMinutes } from '@certeval/server/jury/juryDocuments';
import { minutesHash } from '@certeval/server/jury/paper/minutesHash';
import { type DatabaseConfig, loadConfig } from '@certeval/server/platform/config';
import { createContext } from '@certeval/server/platform/context';
import { openDatabase } from '@certeval/server/platform/db/open';
import { closeWorkerPool } from '@certeval/server/platform/workers/pool';
import { loadShippedReferentials } from '@certeval/server/referential/loadShipped';
import {
  createEmptyPostgresDatabase,
  createTestDatabase,
  testDatabaseKind,
} from '@certeval/server/test/harness';
import { findBinDir } from '@certeval/server/test/postgresCluster';
import { actorForEmail } from '@certeval/server/test/sessions';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const MAIN = path.join(import.meta.dirname, 'main.ts');

/** `certeval …` as a separate process, on the embedded database in `dataDir`. */
function certeval(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: { ...inherited, CERTEVAL_SECRET: TEST_SECRET, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

interface Product {
  numbers: string[];
  hashes: string[];
}

/** The demo, a signed jury session with its minutes, its certificates issued. */
async function issuedProduct(
  database: Awaited<ReturnType<typeof openDatabase>>,
  config: DatabaseConfig,
) {
  const ctx = createContext(
    database,
    loadConfig({ CERTEVAL_SECRET: TEST_SECRET, ...envOf(config) }),
  );
  await loadShippedReferentials(ctx);
  await seedDemo(ctx);
  const { sessionId } = await signedJurySession(ctx, [
    { decision: awardedDecision(), birthName: 'Fictif-Loiret' },
    { decision: partialDecision(), birthName: 'Fictif-Aube' },
  ]);
  await ctx.database.db.transaction((tx) => storeMinutes(ctx, tx, sessionId));
  const actor = await actorForEmail(ctx, 'certificateur@demo.certeval.example');
  const issued = await issueSessionCertificates(ctx, actor, sessionId);
  expect(issued.issued).toHaveLength(2);
  return recorded(database);
}

const envOf = (config: DatabaseConfig): Record<string, string> =>
  config.kind === 'pglite' ? { CERTEVAL_DATA_DIR: config.dataDir } : { DATABASE_URL: config.url };

async function recorded(database: Awaited<ReturnType<typeof openDatabase>>): Promise<Product> {
  const numbers = await database.query<{ number: string }>(
    'SELECT number FROM certificates ORDER BY number',
  );
  const minutes = await database.query<{ hash: string; minutes: Minutes }>(
    'SELECT hash, minutes FROM jury_minutes ORDER BY created_at',
  );
  for (const row of minutes) expect(minutesHash(row.minutes)).toBe(row.hash);
  return { numbers: numbers.map((n) => n.number), hashes: minutes.map((m) => m.hash) };
}

/** What the restored database says: every certificate valid, the minutes as signed. */
async function expectRestored(config: DatabaseConfig, original: Product) {
  const database = await openDatabase(config);
  try {
    const ctx = createContext(
      database,
      loadConfig({ CERTEVAL_SECRET: TEST_SECRET, ...envOf(config) }),
    );
    expect(await recorded(database)).toEqual(original);
    for (const number of original.numbers) {
      const shown = await verifyNumber(ctx, number);
      expect(shown.status).toBe('valid');
      expect(shown.verification.verdict.outcome).toBe('valid');
    }
  } finally {
    await database.close();
    await closeWorkerPool();
  }
}

if (testDatabaseKind() === 'pglite') {
  describe('certeval backup and restore, on the embedded database', () => {
    const source = path.join(tmp, 'product', 'pglite');
    const file = path.join(tmp, 'certeval.backup');
    let original: Product;

    it('back up a product with issued certificates and restore it into an empty folder, where they verify', async () => {
      const config: DatabaseConfig = { kind: 'pglite', dataDir: source };
      const database = await openDatabase(config);
      try {
        await database.migrate();
        original = await issuedProduct(database, config);
      } finally {
        await database.close();
      }
      expect(original.numbers).toHaveLength(2);
      expect(original.hashes).toHaveLength(1);

      const saved = certeval(['backup', '--out', file], { CERTEVAL_DATA_DIR: source });
      expect(saved.err).toBe('');
      expect(saved.code).toBe(0);
      expect(saved.out).toContain(`Backup of ${source} written to ${file}`);
      expect(saved.out).toContain('The master secret (CERTEVAL_SECRET) is not in it');

      const target = path.join(tmp, 'restored', 'pglite');
      const restored = certeval(['restore', file], { CERTEVAL_DATA_DIR: target });
      expect(restored.err).toBe('');
      expect(restored.code).toBe(0);
      await expectRestored({ kind: 'pglite', dataDir: target }, original);
    }, 240_000);

    it('refuses to restore into a folder that holds anything', () => {
      const result = certeval(['restore', file], { CERTEVAL_DATA_DIR: source });
      expect(result.code).toBe(1);
      expect(result.err.trim()).toBe(
        `certeval: ${source} is not empty: restore into an empty or new folder (CERTEVAL_DATA_DIR), never over a database.`,
      );
    }, 60_000);

    it('refuses a file that is no backup, and leaves no folder behind', () => {
      const notBackup = path.join(tmp, 'notes.txt');
      fs.writeFileSync(notBackup, 'Quelques notes, pas une sauvegarde.');
      const target = path.join(tmp, 'never', 'pglite');
      const result = certeval(['restore', notBackup], { CERTEVAL_DATA_DIR: target });
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        /is not a backup made by certeval backup .*: nothing was restored\.\n$/,
      );
      expect(fs.existsSync(target)).toBe(false);
    }, 60_000);

    it('refuses to overwrite a backup, to back up a folder in use or no database at all', async () => {
      const again = certeval(['backup', '--out', file], { CERTEVAL_DATA_DIR: source });
      expect(again.code).toBe(1);
      expect(again.err.trim()).toBe(
        `certeval: ${file} exists already: give the backup a new name.`,
      );

      const empty = certeval(['backup', '--out', `${file}-2`], {
        CERTEVAL_DATA_DIR: path.join(tmp, 'nothing'),
      });
      expect(empty.code).toBe(1);
      expect(empty.err).toContain('There is no embedded database in');

      const held = await openDatabase({ kind: 'pglite', dataDir: source });
      try {
        const busy = certeval(['backup', '--out', `${file}-3`], { CERTEVAL_DATA_DIR: source });
        expect(busy.code).toBe(1);
        expect(busy.err).toContain(`is in use by process ${process.pid}: stop it first`);
        expect(fs.existsSync(`${file}-3`)).toBe(false);
      } finally {
        await held.close();
      }
    }, 120_000);

    it('sends a PostgreSQL database to pg_dump and pg_restore, and wants its arguments', () => {
      const url = 'postgres://certeval@127.0.0.1:1/certeval';
      for (const args of [
        ['backup', '--out', `${file}-4`],
        ['restore', file],
      ]) {
        const result = certeval(args, { DATABASE_URL: url });
        expect(result.code).toBe(1);
        expect(result.err).toContain('is backed up with pg_dump and restored with pg_restore');
      }
      expect(certeval(['backup'], { CERTEVAL_DATA_DIR: source }).code).toBe(2);
      expect(certeval(['restore'], { CERTEVAL_DATA_DIR: source }).code).toBe(2);
    }, 60_000);
  });
} else {
  describe("the README's pg_dump and pg_restore recipe", () => {
    it('restores a product with issued certificates into an empty database, where they verify', async () => {
      const { database, url } = await createTestDatabase();
      if (!url) throw new Error('no PostgreSQL URL');
      const original = await issuedProduct(database, { kind: 'postgres', url }).finally(() =>
        database.close(),
      );
      const bin = findBinDir();
      const file = path.join(tmp, 'certeval.dump');
      execFileSync(path.join(bin, 'pg_dump'), ['--format=custom', `--file=${file}`, url]);
      const target = await createEmptyPostgresDatabase();
      execFileSync(path.join(bin, 'pg_restore'), [
        '--exit-on-error',
        '--no-owner',
        `--dbname=${target}`,
        file,
      ]);
      await expectRestored({ kind: 'postgres', url: target }, original);

      // Over a database that holds anything, the recipe stops at its first object.
      const over = spawnSync(path.join(bin, 'pg_restore'), [
        '--exit-on-error',
        '--no-owner',
        `--dbname=${url}`,
        file,
      ]);
      expect(over.status).not.toBe(0);
      expect(String(over.stderr)).toContain('already exists');
    }, 240_000);
  });
}
