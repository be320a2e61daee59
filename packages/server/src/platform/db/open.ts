// One factory for the database: embedded PGlite in a data folder by default, or a real
// PostgreSQL when DATABASE_URL is set. Both give the same value types to the code above
// (int8 as number, numeric as string, timestamptz as Date).
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { installJobSchema, type JobsConnection } from '../jobs/jobSchema.ts';
import { acquireLock } from './lock.ts';
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
  migrate(): Promise<void>;
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
      ...(loadDataDir ? { loadDataDir } : {}),
      parsers: { [INT8]: (value: string) => Number(value) },
    });
  } catch (error) {
    lock?.release();
    throw new DatabaseOpenError(
      `The embedded database in ${dataDir} could not be opened (${(error as Error).message}).`,
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const jobs = pgliteJobsConnection(client);
  return {
    kind: 'pglite',
    db,
    async query<T>(sql: string, params?: unknown[]) {
      return (await client.query<T>(sql, params)).rows;
    },
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
      await installJobSchema(jobs);
    },
    jobs,
    async close() {
      await client.close();
      lock?.release();
    },
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
  return {
    kind: 'postgres',
    db,
    async query<T>(sql: string, params?: unknown[], name?: string) {
      return (await pool.query({ text: sql, values: params, ...(name && { name }) })).rows as T[];
    },
    async migrate() {
      await migratePg(drizzlePg(pool), { migrationsFolder });
      await installJobSchema(jobs);
    },
    jobs,
    close: () => pool.end(),
  };
}
