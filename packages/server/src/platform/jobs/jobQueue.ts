// The durable job queue (pg-boss on our database): long work (sending a message, issuing a
// session's certificates) is a job that survives a restart, is retried with backoff and is
// taken by whichever server runs. A use case queues its job inside its own transaction, so the
// job exists only if the change it follows is committed ("mails and jobs run after commit").
import { type SQL, sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { JobsConfig } from '../config.ts';
import type { Database, Db } from '../db/open.ts';
import { errorForLog } from '../http/logging.ts';
import { currentRequestId } from '../requestScope.ts';
import { handBack } from './handBack.ts';
import { bossOptions, type QueueName } from './jobSchema.ts';

export type { QueueName } from './jobSchema.ts';

export interface JobOptions {
  /** Runs after the first that failed, each `retryDelaySeconds` doubling. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A run not finished by then is taken as lost and run again; the queue's default if absent. */
  timeoutSeconds?: number;
}

export interface Job<T> {
  id: string;
  data: T;
  /** Runs before this one (0 the first time) and how many are allowed after the first. */
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T> = (job: Job<T>) => Promise<void>;

/** Where the queue writes its lines (the server's JSON log); nowhere when not given. */
export interface JobLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** The key of a job's data holding the id of the request that queued it (for the logs). */
const REQUEST_ID = 'requestId';

export interface JobQueue {
  /** Queues a job in the caller's transaction; its id. */
  enqueue(tx: Db, queue: QueueName, data: object, options?: JobOptions): Promise<string>;
  /** Queues many jobs of one queue in the caller's transaction, in one statement. */
  enqueueMany(tx: Db, queue: QueueName, data: object[], options?: JobOptions): Promise<void>;
  /** Starts taking jobs of a queue: up to `concurrency` at once; a handler that throws fails its job. */
  work<T>(queue: QueueName, concurrency: number, handler: JobHandler<T>): Promise<void>;
  /**
   * Queues a job of `queue` at every time `cron` names (UTC), whichever server's clock sees it
   * first: one job per time, however many servers run. Kept in the database; setting it again
   * replaces it.
   */
  schedule(queue: QueueName, cron: string, data?: object): Promise<void>;
  /** Starts the queue's maintenance (lost jobs retried, old ones archived); logs to `log`. */
  start(log?: JobLog): Promise<void>;
  /**
   * Stops taking jobs, waits for those running (up to the configured shutdown delay), hands
   * back to the queue those still running (taken at once by another server, without counting
   * an attempt), closes.
   */
  stop(): Promise<void>;
  /** Started and not stopping: this process takes jobs. */
  running(): boolean;
  /** Runs of each queue that failed in this process since it started. */
  failures(): Record<string, number>;
}

/** A drizzle transaction as pg-boss's `db`: its `$n` placeholders become parameters. */
export function transactionSql(tx: Db) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const parts = text.split(/\$(\d+)/);
      const chunks: SQL[] = parts.map((part, i) =>
        i % 2 === 0 ? sql.raw(part) : sql`${sql.param(values[Number(part) - 1])}`,
      );
      const result = (await tx.execute(sql.join(chunks))) as unknown as { rows: unknown[] };
      return { rows: result.rows };
    },
  };
}

export function createJobQueue(database: Database, config: JobsConfig): JobQueue {
  const boss = new PgBoss({
    ...bossOptions(database.jobs),
    migrate: false,
    // Schedules (jobs queued at set times) are watched by every started queue; pg-boss sends
    // each time's job once (issue 19: the nightly retention job).
    schedule: true,
    expireInSeconds: config.timeoutSeconds,
    // Lost jobs are found by the maintenance: often enough for the timeout to mean something.
    maintenanceIntervalSeconds: Math.max(5, Math.floor(config.timeoutSeconds / 4)),
    pollingIntervalSeconds: 1,
  });
  boss.on('error', (error) => console.error(`jobs: ${(error as Error).message}`));
  let started: Promise<unknown> | undefined;
  let stopping = false;
  let log: JobLog | undefined;
  /** The jobs of the batches this process runs now. */
  const inFlight = new Set<string>();
  let handingBack = false;
  const failed: Record<string, number> = {};
  /** Resolves never: a batch ending after its jobs were handed back is left unanswered. */
  const abandoned = new Promise<never>(() => undefined);

  async function run<T>(queue: QueueName, handler: JobHandler<T>, job: PgBoss.JobWithMetadata<T>) {
    const { [REQUEST_ID]: requestId, ...data } = job.data as T & { [REQUEST_ID]?: string };
    const fields = { queue, job: job.id, requestId, attempt: job.retryCount };
    const began = Date.now();
    try {
      await handler({
        id: job.id,
        data: data as T,
        retryCount: job.retryCount,
        retryLimit: job.retryLimit,
      });
      log?.info({ ...fields, ms: Date.now() - began }, 'job done');
    } catch (error) {
      failed[queue] = (failed[queue] ?? 0) + 1;
      log?.warn({ ...fields, ms: Date.now() - began, err: errorForLog(error) }, 'job failed');
      throw error;
    }
  }

  return {
    async enqueue(tx, queue, data, options = {}) {
      const id = await boss.send(queue, withRequestId(data), {
        db: transactionSql(tx),
        ...(options.retryLimit !== undefined && { retryLimit: options.retryLimit }),
        ...(options.retryDelaySeconds !== undefined && {
          retryDelay: options.retryDelaySeconds,
          retryBackoff: true,
        }),
        ...(options.timeoutSeconds !== undefined && { expireInSeconds: options.timeoutSeconds }),
      });
      if (!id) throw new Error(`The job queue ${queue} is not installed.`);
      return id;
    },
    async enqueueMany(tx, queue, data, options = {}) {
      if (data.length === 0) return;
      const retry = {
        ...(options.retryLimit !== undefined && { retryLimit: options.retryLimit }),
        ...(options.retryDelaySeconds !== undefined && {
          retryDelay: options.retryDelaySeconds,
          retryBackoff: true,
        }),
        ...(options.timeoutSeconds !== undefined && { expireInSeconds: options.timeoutSeconds }),
      };
      await boss.insert(
        data.map((d) => ({ name: queue, data: withRequestId(d), ...retry })),
        { db: transactionSql(tx) },
      );
    },
    async work<T>(queue: QueueName, concurrency: number, handler: JobHandler<T>) {
      if (!started) throw new Error('Start the job queue before its workers.');
      await started;
      let worker: string | undefined;
      worker = await boss.work<T>(
        queue,
        { batchSize: concurrency, includeMetadata: true, pollingIntervalSeconds: 1 },
        async (jobs) => {
          // A full batch means more are waiting: fetch again at once rather than after a poll.
          if (worker && jobs.length === concurrency) boss.notifyWorker(worker);
          for (const job of jobs) inFlight.add(job.id);
          const outcomes = await Promise.allSettled(jobs.map((job) => run(queue, handler, job)));
          for (const job of jobs) inFlight.delete(job.id);
          // Handed back meanwhile: another server may run them now; pg-boss must not end them.
          if (handingBack) await abandoned;
          // pg-boss completes the batch's jobs still active: fail those that threw first.
          for (const [i, outcome] of outcomes.entries()) {
            const job = jobs[i];
            if (outcome.status === 'rejected' && job) {
              await boss.fail(queue, job.id, { message: messageOf(outcome.reason) });
            }
          }
        },
      );
    },
    async schedule(queue, cron, data = {}) {
      await boss.schedule(queue, cron, data, { tz: 'UTC' });
    },
    async start(logTo) {
      log = logTo;
      started ??= boss.start().then(async () => {
        if (database.kind === 'pglite') await retryOrphans(database, boss);
      });
      await started;
    },
    async stop() {
      if (!started || stopping) return;
      stopping = true;
      // pg-boss stops fetching, waits for the batches running, then fails those not ended.
      await boss.stop({ graceful: true, wait: true, timeout: config.shutdownSeconds * 1000 });
      handingBack = true;
      const cut = [...inFlight];
      if (cut.length > 0) {
        await handBack(database, cut);
        log?.warn(
          { jobs: cut },
          'jobs handed back to the queue: the server stopped while they ran',
        );
      }
    },
    running: () => started !== undefined && !stopping,
    failures: () => ({ ...failed }),
  };
}

/** The data of a job queued now, with the id of the request it is queued in, if any. */
function withRequestId(data: object): object {
  const requestId = currentRequestId();
  return requestId ? { ...data, [REQUEST_ID]: requestId } : data;
}

const messageOf = (reason: unknown) => (reason instanceof Error ? reason.message : String(reason));

/**
 * An embedded database belongs to one process (its lock): a job still running in it at start
 * was cut by a crash of the previous process, and is run again now rather than at its timeout.
 */
async function retryOrphans(database: Database, boss: PgBoss) {
  const rows = await database.query<{ name: string; id: string }>(
    "SELECT name, id FROM pgboss.job WHERE state = 'active'",
  );
  for (const { name, id } of rows) {
    await boss.fail(name, id, { message: 'The server stopped while this job ran.' });
  }
}
