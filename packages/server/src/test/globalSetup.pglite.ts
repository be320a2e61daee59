// A migrated PGlite database, dumped once to a tarball that every test file loads: cloning
// takes well under a second where migrating from scratch takes several.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { TestProject } from 'vitest/node';
import { migrationsFolder, pgliteExtensions, pgliteJobsConnection } from '../platform/db/open.ts';
import { installJobSchema } from '../platform/jobs/jobSchema.ts';

export default async function setup(project: TestProject) {
  const client = await PGlite.create({ extensions: pgliteExtensions });
  await migrate(drizzle(client), { migrationsFolder });
  await installJobSchema(pgliteJobsConnection(client));
  const dump = await client.dumpDataDir('none');
  await client.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-pglite-'));
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
