// One PostgreSQL cluster per test run, with a migrated template database that every test
// file clones (CREATE DATABASE … TEMPLATE), which is much faster than migrating each time.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db/open.ts';
import { startCluster } from './postgresCluster.ts';

export const TEMPLATE = 'certeval_template';

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const template = await openDatabase({ kind: 'postgres', url: cluster.url(TEMPLATE) });
  await template.migrate();
  await template.close();
  project.provide('postgresAdminUrl', cluster.url('postgres'));
  project.provide('postgresTemplate', TEMPLATE);
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    postgresTemplate: string;
    pgliteTemplateFile: string;
  }
}
