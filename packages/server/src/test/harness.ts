// What an integration test needs: a fresh database cloned from the migrated template of the
// database under test (PGlite or PostgreSQL, from CERTEVAL_TEST_DB), and the real app on it.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { seedDemo } from '../demo/seedDemo.ts';
import { loadShippedInstruments } from '../instruments/loadShipped.ts';
import { startJobWorkers, stopJobWorkers } from '../jobWorkers.ts';
import { loadConfig } from '../platform/config.ts';
import { type Context, createContext } from '../platform/context.ts';
import { type Database, openDatabase } from '../platform/db/open.ts';
import { type BuildOptions, buildApp } from '../platform/http/app.ts';
import { closeWorkerPool } from '../platform/workers/pool.ts';
import { loadShippedReferentials } from '../referential/loadShipped.ts';

/** `workers`: run the job queue's workers too (mail delivery, certificate issuance). */
export interface TestAppOptions extends BuildOptions {
  workers?: boolean;
}

export type TestDatabaseKind = 'pglite' | 'postgres';

export const testDatabaseKind = (): TestDatabaseKind =>
  process.env.CERTEVAL_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** Creates a new empty, migrated database; returns it with its PostgreSQL URL if any. */
export async function createTestDatabase(): Promise<{ database: Database; url?: string }> {
  if (testDatabaseKind() === 'pglite') {
    const tarball = fs.readFileSync(inject('pgliteTemplateFile'));
    const database = await openDatabase(
      { kind: 'pglite', dataDir: 'memory://' },
      { loadDataDir: new Blob([tarball]) },
    );
    return { database };
  }
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  await admin.end();
  const url = inject('postgresAdminUrl').replace(/\/postgres$/, `/${name}`);
  return { database: await openDatabase({ kind: 'postgres', url }), url };
}

/**
 * A new PostgreSQL database with nothing in it, not even the migrations (for tests of what
 * runs on a fresh database: migrations, restores); its URL.
 */
export async function createEmptyPostgresDatabase(): Promise<string> {
  const name = `e_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return inject('postgresAdminUrl').replace(/\/postgres$/, `/${name}`);
}

export async function createTestContext(env: Record<string, string> = {}): Promise<Context> {
  const { database } = await createTestDatabase();
  const config = loadConfig({ CERTEVAL_DATA_DIR: '/nonexistent-unused', ...env });
  return createContext(database, config);
}

export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
) {
  const ctx = await createTestContext(env);
  const { app, routes } = await buildApp(ctx, options);
  if (options.workers) await startJobWorkers(ctx, app.log.child({ component: 'jobs' }));
  return {
    ctx,
    app,
    routes,
    async close() {
      await app.close();
      if (options.workers) await stopJobWorkers(ctx);
      await closeWorkerPool();
      await ctx.database.close();
    },
  };
}

/**
 * The app on a database prepared as `npm start` prepares it in demo mode: the shipped
 * certifications, the demo organisations and accounts (and their adaptation), the shipped
 * instruments.
 */
export async function createDemoTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
) {
  const t = await createTestApp(env, options);
  await loadShippedReferentials(t.ctx);
  await seedDemo(t.ctx);
  await loadShippedInstruments(t.ctx);
  return t;
}

/**
 * Two app instances on one demo database, as two server processes behind a load balancer
 * share one PostgreSQL: on PostgreSQL each opens its own pool on the same URL; on PGlite
 * (one connection) they share the one database.
 */
export async function createDemoTestAppPair(env: Record<string, string> = {}) {
  const { database, url } = await createTestDatabase();
  const config = loadConfig({ CERTEVAL_DATA_DIR: '/nonexistent-unused', ...env });
  const first = createContext(database, config);
  await loadShippedReferentials(first);
  await seedDemo(first);
  const secondDatabase = url ? await openDatabase({ kind: 'postgres', url }) : database;
  const second = createContext(secondDatabase, config);
  const apps = [(await buildApp(first)).app, (await buildApp(second)).app] as const;
  return {
    apps,
    ctx: first,
    async close() {
      for (const app of apps) await app.close();
      await closeWorkerPool();
      if (secondDatabase !== database) await secondDatabase.close();
      await database.close();
    },
  };
}
