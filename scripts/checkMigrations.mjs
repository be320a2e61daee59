// Fails when the Drizzle schema has changes no migration holds: generates into a copy of
// the migrations folder and checks that nothing new appears (`npm run db:generate` fixes it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const source = path.resolve('packages/server/drizzle');
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-migrations-'));
fs.cpSync(source, copy, { recursive: true });
const before = fs.readdirSync(copy).length;
const result = spawnSync(
  'npx',
  [
    'drizzle-kit',
    'generate',
    '--dialect',
    'postgresql',
    '--schema',
    'packages/server/src/platform/db/schema.ts',
    '--out',
    copy,
  ],
  { encoding: 'utf8' },
);
const added =
  fs.readdirSync(copy).filter((f) => f.endsWith('.sql')).length -
  fs.readdirSync(source).filter((f) => f.endsWith('.sql')).length;
fs.rmSync(copy, { recursive: true, force: true });
if (result.status !== 0) {
  process.stderr.write(`drizzle-kit generate failed:\n${result.stdout}\n${result.stderr}\n`);
  process.exit(1);
}
if (added !== 0 || fs.readdirSync(source).length !== before) {
  process.stderr.write(
    'The Drizzle schema has changes that no migration holds: run `npm run db:generate` and commit the migration.\n',
  );
  process.exit(1);
}
process.stdout.write('Migrations match the Drizzle schema.\n');
