// One factory for the database: embedded PGlite in a data folder by default, or a real
// PostgreSQL when DATABASE_URL is set. Both give the same value types to the code above
// (int8 as number, numeric as string, timestamptz as Date).
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { installJobSchema, type JobsConnection } from '../jobs/jobSchema.ts';
import { acquireLock } from './lock.ts';
import { newerThanCode } from './migrations.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  kind: DatabaseConfig['kind'];
  db: Db;
  /**
   * Runs raw SQL (tests, administration, and statements Drizzle's builder does not write);
   * returns the rows. With a `name`, PostgreSQL prepares it once per connection.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], name?: string): Promise<T[]>;
  /**
   * Applies this code's migrations, once however many instances start together (under a
   * PostgreSQL advisory lock); refuses, with DatabaseOpenError, a database migrated by a
   * newer Certeval.
   */
  migrate(): Promise<void>;
  /**
   * Runs `fn` while no other process on this database runs one under the same name (a
   * PostgreSQL advisory lock, released if the process dies; PGlite has one process).
   */
  exclusively<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * A consistent copy of an embedded database's folder (gzipped tar), opened again with
   * `openDatabase(…, { loadDataDir })`; PostgreSQL is copied with pg_dump (DatabaseOpenError).
   */
  dumpDataDir(): Promise<Blob>;
  /** The connections of the pool: open, idle, and requests waiting for one. */
  poolUse(): { total: number; idle: number; waiting: number };
  close(): Promise<void>;
  /**
   * How the job queue (pg-boss) reaches this database: its own pool on PostgreSQL, this one
   * connection on PGlite.
   */
  jobs: JobsConnection;
}

/** A failure to open the database, with one sentence a person can act on. */
export class DatabaseOpenError extends Error {}

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

const INT8 = 20;

/** The extensions the migrations create (0018: name searches), which PGlite loads as modules. */
export const pgliteExtensions = { pg_trgm, unaccent };

/**
 * How close a typed name must be to a stored one (pg_trgm's word similarity, 0 to 1): 0.5
 * keeps a name with one letter wrong or missing ("Lefevbre" finds "Lefèvre"), where the
 * default 0.6 does not. Set on every connection, so that the index answers with it.
 */
export const WORD_SIMILARITY = 0.5;

export async function openDatabase(
  config: DatabaseConfig,
  options: { loadDataDir?: Blob } = {},
): Promise<Database> {
  return config.kind === 'postgres'
    ? openPostgres(config.url)
    : openPglite(config.dataDir, options.loadDataDir);
}

async function ensureWritableFolder(dataDir: string): Promise<void> {
  try {
    // PGlite creates its folder non-recursively: make the parents first.
    await fs.mkdir(dataDir, { recursive: true });
    await fs.access(dataDir, fsConstants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DatabaseOpenError(
      `The data folder ${dataDir} cannot be written (${reason}): set CERTEVAL_DATA_DIR to a writable folder.`,
    );
  }
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  let lock: { release(): void } | undefined;
  if (!inMemory) {
    await ensureWritableFolder(dataDir);
    const acquired = acquireLock(dataDir);
    if ('heldBy' in acquired) {
      throw new DatabaseOpenError(
        `The embedded database in ${dataDir} is in use by process ${acquired.heldBy}: stop it first (the CLI and the server cannot share a PGlite folder; use DATABASE_URL for that).`,
      );
    }
    lock = acquired;
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir,
      extensions: pgliteExtensions,
      ...(loadDataDir ? { loadDataDir } : {}),
      parsers: { [INT8]: (value: string) => Number(value) },
    });
  } catch (error) {
    lock?.release();
    throw new DatabaseOpenError(
      `The embedded database in ${dataDir} could not be opened (${(error as Error).message}).`,
    );
  }
  await client.exec(`set pg_trgm.word_similarity_threshold = ${WORD_SIMILARITY}`);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const jobs = pgliteJobsConnection(client);
  const query = async <T>(sql: string, params?: unknown[]) =>
    (await client.query<T>(sql, params)).rows;
  // One process owns the folder (its lock): only this process's callers wait for each other.
  const exclusively = inProcessLocks();
  return {
    kind: 'pglite',
    db,
    query,
    migrate: () =>
      exclusively('certeval:migrations', async () => {
        await refuseNewer(query);
        await migratePglite(drizzlePglite(client), { migrationsFolder });
        await installJobSchema(jobs);
      }),
    exclusively,
    dumpDataDir: () => client.dumpDataDir('gzip'),
    poolUse: () => ({ total: 1, idle: 1, waiting: 0 }),
    jobs,
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

/** Named locks among the callers of one process: each runs after the previous one ended. */
function inProcessLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const previous = tails.get(name) ?? Promise.resolve();
    const run = previous.then(fn, fn);
    tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
}

/** pg-boss on PGlite: this one connection; its scripts (BEGIN; …; COMMIT;) go through `exec`. */
export function pgliteJobsConnection(client: PGlite): JobsConnection {
  return {
    db: {
      async executeSql(text: string, values?: unknown[]) {
        if (values && values.length > 0) return client.query(text, values);
        const results = await client.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: `-c pg_trgm.word_similarity_threshold=${WORD_SIMILARITY}`,
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', () => {
    // An idle client lost its connection; the next query reconnects or fails visibly.
  });
  try {
    const probe = await pool.connect();
    probe.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    const safeUrl = url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1@');
    throw new DatabaseOpenError(
      `Cannot connect to PostgreSQL at ${safeUrl} (${(error as Error).message}): check DATABASE_URL.`,
    );
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const jobs: JobsConnection = { connectionString: url, max: 4 };
  const query = async <T>(sql: string, params?: unknown[], name?: string) =>
    (await pool.query({ text: sql, values: params, ...(name && { name }) })).rows as T[];
  const exclusively = <T>(name: string, fn: () => Promise<T>) => underLock(pool, name, fn);
  return {
    kind: 'postgres',
    db,
    query,
    migrate: () =>
      exclusively('certeval:migrations', async () => {
        await refuseNewer(query);
        await migratePg(drizzlePg(pool), { migrationsFolder });
        await installJobSchema(jobs);
      }),
    exclusively,
    dumpDataDir: async () => {
      throw new DatabaseOpenError(
        'A PostgreSQL database is backed up with pg_dump and restored with pg_restore (see the README).',
      );
    },
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    jobs,
    close: () => pool.end(),
  };
}

/**
 * Holds a session-level advisory lock on one connection while `fn` runs (on any connection):
 * the other instances wait for it; PostgreSQL releases it if this process dies.
 */
async function underLock<T>(pool: pg.Pool, name: string, fn: () => Promise<T>): Promise<T> {
  const holder = await pool.connect();
  let broken = false;
  try {
    await holder.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      return await fn();
    } finally {
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [name]).catch(() => {
        broken = true;
      });
    }
  } finally {
    holder.release(broken);
  }
}

async function refuseNewer(query: Database['query']): Promise<void> {
  const newer = await newerThanCode(query, migrationsFolder);
  if (newer) throw new DatabaseOpenError(newer);
}
