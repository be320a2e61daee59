// `certeval backup --out FILE` and `certeval restore FILE` (issue 19): the embedded database
// (PGlite) copied whole while no server runs on it (its folder's lock says so), and restored
// into an empty folder only. A PostgreSQL database is copied with pg_dump and pg_restore
// (README, "On a server"). Refusals are DatabaseOpenError (one sentence, exit 1).
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Config } from '@certeval/server/platform/config';
import { newerThanCode, newestApplied } from '@certeval/server/platform/db/migrations';
import {
  DatabaseOpenError,
  migrationsFolder,
  openDatabase,
} from '@certeval/server/platform/db/open';
import { UsageError } from './io.ts';

export const backupHelp = `certeval backup --out FILE    copy the embedded database (stop the server first) into FILE
certeval restore FILE         restore FILE into CERTEVAL_DATA_DIR, which must be empty or absent
  (PostgreSQL: pg_dump and pg_restore, see the README)`;

const POSTGRES =
  'A PostgreSQL database (DATABASE_URL) is backed up with pg_dump and restored with pg_restore: see the README, "On a server".';

function embeddedFolder(config: Config): string {
  if (config.database.kind !== 'pglite') throw new DatabaseOpenError(POSTGRES);
  return config.database.dataDir;
}

async function entries(folder: string): Promise<string[] | undefined> {
  return fs.readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** Where the master secret is, to be kept apart from the backup. */
function secretNote(config: Config): string {
  return config.masterSecret
    ? 'The master secret (CERTEVAL_SECRET) is not in it: keep it apart, the signing keys need it.'
    : `The master secret (${config.masterSecretFile}) is not in it: keep a copy apart, the signing keys need it.`;
}

export async function backup(args: string[], config: Config, out: (line: string) => void) {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  if (!values.out) throw new UsageError(`certeval backup needs --out FILE.\n\n${backupHelp}`);
  const folder = embeddedFolder(config);
  if (!(await entries(folder))?.includes('PG_VERSION'))
    throw new DatabaseOpenError(`There is no embedded database in ${folder}: nothing to back up.`);
  if (await exists(values.out))
    throw new DatabaseOpenError(`${values.out} exists already: give the backup a new name.`);
  const database = await openDatabase(config.database);
  try {
    const dump = await database.dumpDataDir();
    const partial = `${values.out}.partial`;
    await fs.writeFile(partial, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    await fs.rename(partial, values.out);
    out(`Backup of ${folder} written to ${values.out} (${(dump.size / 1e6).toFixed(1)} MB).`);
    out(secretNote(config));
  } finally {
    await database.close();
  }
}

export async function restore(args: string[], config: Config, out: (line: string) => void) {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [file] = positionals;
  if (!file || positionals.length > 1)
    throw new UsageError(`certeval restore needs one FILE.\n\n${backupHelp}`);
  const folder = embeddedFolder(config);
  const before = await entries(folder);
  if (before && before.length > 0)
    throw new DatabaseOpenError(
      `${folder} is not empty: restore into an empty or new folder (CERTEVAL_DATA_DIR), never over a database.`,
    );
  const bytes = new Uint8Array(await fs.readFile(file));
  const refused = await load(config, bytes).catch(
    (error: Error) => `is not a backup made by certeval backup (${error.message.slice(0, 200)})`,
  );
  if (typeof refused === 'string') {
    // Leave the folder as it was found: absent or empty.
    if (before) {
      for (const name of (await entries(folder)) ?? [])
        await fs.rm(`${folder}/${name}`, { recursive: true, force: true });
    } else await fs.rm(folder, { recursive: true, force: true });
    throw new DatabaseOpenError(`${file} ${refused}: nothing was restored.`);
  }
  if (refused.newer) out(`Restored, but: ${refused.newer}`);
  out(`Restored ${file} into ${folder}: start the server (npm start) on it.`);
  out(secretNote(config));
}

/** Opens the backup into the folder; a reason when it holds no Certeval database. */
async function load(config: Config, bytes: Uint8Array<ArrayBuffer>) {
  const database = await openDatabase(config.database, { loadDataDir: new Blob([bytes]) });
  try {
    const applied = await newestApplied(database.query);
    if (applied === undefined) return 'holds no Certeval database';
    return { newer: await newerThanCode(database.query, migrationsFolder) };
  } finally {
    await database.close();
  }
}
