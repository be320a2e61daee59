// Issue 19, item 1: migrations run once however many instances start together on a fresh
// database (a PostgreSQL advisory lock), and a database migrated by a newer Certeval is refused
// with one sentence, untouched.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createEmptyPostgresDatabase,
  createTestDatabase,
  testDatabaseKind,
} from '../../test/harness.ts';
import { QUEUES } from '../jobs/jobSchema.ts';
import { migrationsCurrent, newestKnown } from './migrations.ts';
import { type Database, DatabaseOpenError, migrationsFolder, openDatabase } from './open.ts';

const journal = JSON.parse(
  fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
) as { entries: unknown[] };

/** Handles on one fresh database, as several instances starting at once open it. */
async function freshHandles(count: number): Promise<Database[]> {
  if (testDatabaseKind() === 'pglite') {
    // One process owns a PGlite database: its one handle, asked by several callers at once.
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    return Array.from({ length: count }, () => database);
  }
  const url = await createEmptyPostgresDatabase();
  return Promise.all(Array.from({ length: count }, () => openDatabase({ kind: 'postgres', url })));
}

describe('migrations', () => {
  it('run once when several instances migrate a fresh database at the same moment', async () => {
    const handles = await freshHandles(4);
    try {
      await Promise.all(handles.map((h) => h.migrate()));
      const [first] = handles as [Database];
      const rows = await first.query<{ hash: string }>(
        'SELECT hash FROM drizzle.__drizzle_migrations',
      );
      expect(rows).toHaveLength(journal.entries.length);
      expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
      for (const h of handles)
        expect(await migrationsCurrent(h.query.bind(h), migrationsFolder)).toBe(true);
      const queues = await first.query<{ name: string }>('SELECT name FROM pgboss.queue');
      expect(queues.map((q) => q.name).sort()).toEqual([...QUEUES].sort());
    } finally {
      for (const h of new Set(handles)) await h.close();
    }
  });

  it('refuse a database migrated by a newer Certeval, with one sentence, and leave it as it is', async () => {
    const { database } = await createTestDatabase();
    try {
      const later = newestKnown(migrationsFolder).when + 86_400_000;
      await database.query(
        'INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ($1, $2)',
        ['from-a-newer-version', later],
      );
      const refused = await database.migrate().then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(DatabaseOpenError);
      const sentence = (refused as Error).message;
      expect(sentence).toMatch(
        /^The database was migrated by a newer version of Certeval \(a migration of \d{4}-\d{2}-\d{2}, when this version's newest is \d{4}_\w+\): start that version, or this one on a backup made with it\.$/,
      );
      expect(await migrationsCurrent(database.query.bind(database), migrationsFolder)).toBe(false);
      const [count] = await database.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations',
      );
      expect(count?.n).toBe(journal.entries.length + 1);
    } finally {
      await database.close();
    }
  });
});
