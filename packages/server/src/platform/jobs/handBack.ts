// A job cut by its server's shutdown is handed back: pg-boss, stopping, fails the jobs still
// running (a retry later, or a failure when none is left). They did not fail: they are put
// back as never started, to be taken at once by another server without counting an attempt.
import type { Database } from '../db/open.ts';

export async function handBack(database: Database, ids: string[]): Promise<void> {
  await database.query(
    `UPDATE pgboss.job
        SET state = 'created', start_after = now(), started_on = NULL, completed_on = NULL,
            output = NULL
      WHERE id = ANY($1::uuid[]) AND state IN ('retry', 'failed')`,
    [ids],
  );
}
