// The job queue on the database under test: a job queued in a transaction exists only if the
// transaction commits, runs once, and is retried after a failure.
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/harness.ts';
import type { Context } from '../context.ts';
import { createJobQueue } from './jobQueue.ts';

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

  it('hands back, when it stops, a job still running past the shutdown delay, without counting an attempt', async () => {
    ctx = await createTestContext({ CERTEVAL_SHUTDOWN_SECONDS: '1' });
    const c = ctx;
    let began = false;
    await c.jobs.start();
    await c.jobs.work<object>('mail-deliver', 1, async () => {
      began = true;
      await new Promise(() => undefined);
    });
    // No retry left: a job failed at shutdown would be lost.
    const id = await c.database.db.transaction((tx) =>
      c.jobs.enqueue(tx, 'mail-deliver', { kept: true }, { retryLimit: 0 }),
    );
    await until(async () => began);
    expect(c.jobs.running()).toBe(true);
    const stopped = Date.now();
    await c.jobs.stop();
    expect(Date.now() - stopped).toBeGreaterThanOrEqual(900);
    expect(c.jobs.running()).toBe(false);
    const [row] = await c.database.query<{ state: string; retry_count: number; due: boolean }>(
      'SELECT state::text, retry_count, start_after <= now() AS due FROM pgboss.job WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ state: 'created', retry_count: 0, due: true });

    const next = createJobQueue(c.database, c.config.jobs);
    const seen: { data: object; retryCount: number }[] = [];
    await next.start();
    try {
      await next.work<object>('mail-deliver', 1, async (job) => {
        seen.push({ data: job.data, retryCount: job.retryCount });
      });
      await until(async () => seen.length === 1, 10_000);
      expect(seen).toEqual([{ data: { kept: true }, retryCount: 0 }]);
    } finally {
      await next.stop();
    }
  });

  it('lets a job finish within the shutdown delay', async () => {
    ctx = await createTestContext({ CERTEVAL_SHUTDOWN_SECONDS: '20' });
    const c = ctx;
    let began = false;
    await c.jobs.start();
    await c.jobs.work<object>('mail-deliver', 1, async () => {
      began = true;
      await new Promise((r) => setTimeout(r, 1500));
    });
    const id = await c.database.db.transaction((tx) => c.jobs.enqueue(tx, 'mail-deliver', {}));
    await until(async () => began);
    await c.jobs.stop();
    const [row] = await c.database.query<{ state: string }>(
      'SELECT state::text FROM pgboss.job WHERE id = $1',
      [id],
    );
    expect(row?.state).toBe('completed');
  });
});
