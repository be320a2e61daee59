// Where the database stands against this code's migrations (packages/server/drizzle): Drizzle
// records each migration it applied in drizzle.__drizzle_migrations with the `when` of its
// journal entry. A database migrated by a newer Certeval holds a migration later than any this
// code knows: this code would run on tables it does not understand, so it refuses to start
// (issue 19); readiness (/api/ready) says whether every migration of this code is applied.
import fs from 'node:fs';
import path from 'node:path';

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

interface JournalEntry {
  tag: string;
  when: number;
}

const journals = new Map<string, JournalEntry[]>();

function journalOf(migrationsFolder: string): JournalEntry[] {
  let entries = journals.get(migrationsFolder);
  if (!entries) {
    const file = path.join(migrationsFolder, 'meta', '_journal.json');
    entries = (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries;
    journals.set(migrationsFolder, entries);
  }
  return entries;
}

/** The newest migration this code knows. */
export function newestKnown(migrationsFolder: string): JournalEntry {
  const entries = journalOf(migrationsFolder);
  const newest = entries.reduce<JournalEntry | undefined>(
    (a, b) => (a === undefined || b.when > a.when ? b : a),
    undefined,
  );
  if (!newest) throw new Error(`no migration in ${migrationsFolder}`);
  return newest;
}

/** The `when` of the newest migration applied to the database, or undefined when none is. */
export async function newestApplied(query: Query): Promise<number | undefined> {
  const [table] = await query<{ found: string | null }>(
    "SELECT to_regclass('drizzle.__drizzle_migrations')::text AS found",
  );
  if (!table?.found) return undefined;
  const [row] = await query<{ newest: string | number | null }>(
    'SELECT max(created_at) AS newest FROM drizzle.__drizzle_migrations',
  );
  return row?.newest === null || row?.newest === undefined ? undefined : Number(row.newest);
}

/** Whether every migration of this code is applied, and none it does not know. */
export async function migrationsCurrent(query: Query, migrationsFolder: string): Promise<boolean> {
  return (await newestApplied(query)) === newestKnown(migrationsFolder).when;
}

/**
 * One sentence when the database was migrated by a newer Certeval than this one, else
 * undefined.
 */
export async function newerThanCode(
  query: Query,
  migrationsFolder: string,
): Promise<string | undefined> {
  const applied = await newestApplied(query);
  const known = newestKnown(migrationsFolder);
  if (applied === undefined || applied <= known.when) return undefined;
  return `The database was migrated by a newer version of Certeval (a migration of ${new Date(applied).toISOString().slice(0, 10)}, when this version's newest is ${known.tag}): start that version, or this one on a backup made with it.`;
}
