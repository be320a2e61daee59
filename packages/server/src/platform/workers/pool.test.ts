import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { closeWorkerPool, inWorker, workerTasksInFlight } from './pool.ts';
import type sampleTask from './sampleTask.testing.ts';

const run = inWorker<typeof sampleTask>(new URL('./sampleTask.testing.ts', import.meta.url));
const echo = async (value: unknown) =>
  (await run({ kind: 'echo', value })) as { echoed: unknown; threadId: number };
afterAll(() => closeWorkerPool());

describe('inWorker', () => {
  it('runs a TypeScript task in another thread and returns its plain data', async () => {
    const result = await echo({ é: [1, 'deux'] });
    expect(result.echoed).toEqual({ é: [1, 'deux'] });
    expect(result.threadId).not.toBe(threadId);
  });

  it('keeps the event loop turning while a task never yields', async () => {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    const order: string[] = [];
    const task = run({ kind: 'spin', flag }).then((value) => {
      order.push('task');
      return value;
    });
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(workerTasksInFlight()).toBe(1);
    order.push('event loop');
    Atomics.store(flag, 0, 1);
    expect(await task).toBe('stopped');
    expect(order).toEqual(['event loop', 'task']);
    expect(workerTasksInFlight()).toBe(0);
  });

  it('gives back bytes as a Buffer', async () => {
    const bytes = (await run({ kind: 'bytes', bytes: Buffer.from([0, 1, 254]) })) as Buffer;
    expect(Buffer.isBuffer(bytes)).toBe(true);
    expect([...bytes]).toEqual([255, 254, 1]);
  });

  it('throws the coded error the task threw, as an AppError', async () => {
    const error = await run({ kind: 'refuse' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).toBody()).toEqual({
      code: 'archive_too_large',
      message: { fr: 'trop', en: 'too much' },
      path: 'body',
    });
  });

  it('lets a bug through as an error, and the pool goes on', async () => {
    await expect(run({ kind: 'bug' })).rejects.toThrow('a bug');
    expect((await echo(1)).echoed).toBe(1);
  });

  it('starts again after being closed', async () => {
    await closeWorkerPool();
    expect((await echo(2)).echoed).toBe(2);
  });
});
