// The `certeval` command: opens the configured database (as the server does) and runs one
// command in-process. With PGlite, stop the server first: one process owns the folder.

import { loadShippedInstruments } from '@certeval/server/instruments/loadShipped';
import { ConfigError, loadConfig } from '@certeval/server/platform/config';
import { createContext } from '@certeval/server/platform/context';
import { DatabaseOpenError, openDatabase } from '@certeval/server/platform/db/open';
import { loadShippedReferentials } from '@certeval/server/referential/loadShipped';
import { backup, restore } from './backup.ts';
import { UsageError } from './io.ts';
import { help, run } from './run.ts';

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
  process.stdout.write(`${help}\n`);
  process.exit(0);
}

// Backups copy the database as it is: neither migrated nor loaded first.
const copies = { backup, restore } as const;
const copy = Object.hasOwn(copies, argv[0] ?? '')
  ? copies[argv[0] as keyof typeof copies]
  : undefined;

try {
  const config = loadConfig();
  if (copy) {
    await copy(argv.slice(1), config, (l) => process.stdout.write(`${l}\n`));
    process.exit(0);
  }
  const database = await openDatabase(config.database);
  // The same state the server starts from: shipped certifications present; one process at a
  // time on a PostgreSQL that servers may be starting on.
  await database.exclusively('certeval:startup', async () => {
    await database.migrate();
    await loadShippedReferentials(createContext(database, config));
    await loadShippedInstruments(createContext(database, config));
  });
  const io = {
    ctx: createContext(database, config),
    out: (l: string) => process.stdout.write(`${l}\n`),
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
  const code = await run(argv, io, (l) => process.stderr.write(`${l}\n`)).finally(() =>
    database.close(),
  );
  process.exit(code);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof ConfigError || error instanceof DatabaseOpenError) {
    process.stderr.write(`certeval: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
