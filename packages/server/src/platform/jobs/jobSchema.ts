// The job queue's tables (pg-boss, schema `pgboss`) and its queues, installed or upgraded with
// the database's own migrations so that every process, the CLI included, can queue a job.
import PgBoss from 'pg-boss';

/** Where pg-boss runs its SQL: its own pool on PostgreSQL, our one connection on PGlite. */
export type JobsConnection =
  | { connectionString: string; max: number }
  | { db: { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } };

/** The queues of the product; a job names one. */
export const QUEUES = [
  'mail-deliver',
  'certificates-issue',
  'password-forgot',
  // Issue 19, item 5: the nightly erasure of files that never reached a jury.
  'personal-data-retention',
] as const;
export type QueueName = (typeof QUEUES)[number];

/** pg-boss's options for a connection, without its own maintenance or clock. */
export function bossOptions(connection: JobsConnection): PgBoss.ConstructorOptions {
  return { ...(connection as PgBoss.DatabaseOptions), schema: 'pgboss' };
}

export async function installJobSchema(connection: JobsConnection): Promise<void> {
  const boss = new PgBoss({
    ...bossOptions(connection),
    migrate: true,
    supervise: false,
    schedule: false,
  });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    for (const name of QUEUES) await boss.createQueue(name, { name, policy: 'standard' });
  } finally {
    await boss.stop({ graceful: false, close: true, wait: true });
  }
}
