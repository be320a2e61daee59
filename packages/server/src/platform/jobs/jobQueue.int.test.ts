// The job queue on the database under test: a job queued in a transaction exists only if the
// transaction commits, runs once, and is retried after a failure.
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/harness.ts';
import type { Context } from '../context.ts';

let ctx: Context | undefined;
afterEach(async () => {
  await ctx?.jobs.stop();
  await ctx?.database.close();
  ctx = undefined;
});

const until = async (check: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
};

describe('the job queue', () => {
  it('runs a job queued in a committed transaction, and never one of a rolled back one', async () => {
    ctx = await createTestContext();
    const c = ctx;
    const seen: string[] = [];
    await c.jobs.start();
    await c.jobs.work<{ word: string }>('mail-deliver', 5, async (job) => {
      seen.push(job.data.word);
    });
    await c.database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await c.jobs.enqueue(tx, 'mail-deliver', { word: 'kept' });
    });
    await c.database.db
      .transaction(async (tx) => {
        await c.jobs.enqueue(tx, 'mail-deliver', { word: 'dropped' });
        throw new Error('rollback');
      })
      .catch(() => undefined);
    await until(async () => seen.includes('kept'));
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen).toEqual(['kept']);
  });

  it('retries a job that failed, and says so in its retry count', async () => {
    ctx = await createTestContext();
    const c = ctx;
    const counts: number[] = [];
    await c.jobs.start();
    await c.jobs.work<object>('mail-deliver', 1, async (job) => {
      counts.push(job.retryCount);
      if (job.retryCount < 2) throw new Error('not yet');
    });
    await c.database.db.transaction((tx) =>
      c.jobs.enqueue(tx, 'mail-deliver', {}, { retryLimit: 3, retryDelaySeconds: 0 }),
    );
    await until(async () => counts.length === 3);
    expect(counts).toEqual([0, 1, 2]);
  });
});
