// What every use case receives: the database, the job queue, the clock and the configuration. Passing the
// clock in keeps expiry rules testable without waiting.
import type { Config } from './config.ts';
import type { Database } from './db/open.ts';
import { createJobQueue, type JobQueue } from './jobs/jobQueue.ts';

export interface Context {
  database: Database;
  config: Config;
  /** The durable job queue; its workers run only where they were started (the server). */
  jobs: JobQueue;
  now(): Date;
}

export function createContext(database: Database, config: Config): Context {
  return { database, config, jobs: createJobQueue(database, config.jobs), now: () => new Date() };
}

/** Today as YYYY-MM-DD (UTC), by the context's clock: no date after it is accepted. */
export const todayOf = (ctx: Context) => ctx.now().toISOString().slice(0, 10);
