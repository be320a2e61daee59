// The worker threads that do the CPU-heavy part of a request (issue 14): reading an uploaded
// workbook, QTI package or CASE package, the RNCP export, rendering PDFs. The event loop only
// waits for them, so one upload never stalls other requests. One pool per process, created on
// first use (or at start-up by main.ts), closed on shutdown (main.ts, the test harness).
//
// Sized for the 2 cores the product runs on: one thread less than the cores, at least one, so
// the event loop keeps a core; the threads run at a lower priority (nice) than the event loop.
// Tasks wait in a bounded queue; past it the request is refused (503 server_busy).
//
// A task is the default export of a module, taking plain data and returning plain data
// (bytes as Uint8Array: a Buffer arrives as a Uint8Array; a Uint8Array returned comes back as
// a Buffer). Its AppError comes back as the same AppError.
import { Piscina } from 'piscina';
import { defaultWorkerThreads } from '../config.ts';
import { AppError } from '../errors.ts';
import type { TaskOutcome, TaskRequest } from './runTask.ts';

const ENTRY = new URL('./worker.mjs', import.meta.url).href;
const QUEUE = 16;

let pool: Piscina<TaskRequest, TaskOutcome> | undefined;
let threads = defaultWorkerThreads();
let inFlight = 0;

function workerPool(): Piscina<TaskRequest, TaskOutcome> {
  pool ??= new Piscina({
    filename: ENTRY,
    minThreads: 1,
    maxThreads: threads,
    maxQueue: QUEUE,
    idleTimeout: 60_000,
    niceIncrement: 5,
  });
  return pool;
}

/** Creates the pool with `count` threads now, so that the first upload does not wait for it. */
export function startWorkerPool(count: number): void {
  if (pool && count !== threads) throw new Error('the worker pool is already running');
  threads = count;
  workerPool();
}

/** Waits for the tasks running, then stops the threads. A later task starts a new pool. */
export async function closeWorkerPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.close();
}

/** Tasks sent to the threads and not yet answered, queued or running. */
export function workerTasksInFlight(): number {
  return inFlight;
}

const asBuffer = (value: unknown) =>
  value instanceof Uint8Array && !Buffer.isBuffer(value)
    ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    : value;

// biome-ignore lint/suspicious/noExplicitAny: any task's input; the caller's type names it
type Task = (input: any) => unknown;
type AsBuffer<R> = R extends Uint8Array ? Buffer : R;
type Output<T extends Task> = AsBuffer<Awaited<ReturnType<T>>>;

/**
 * The task of `module` (its default export, typed by `T`) as a function that runs it in a
 * worker thread: `inWorker<typeof readSheet>(new URL('./readSheet.ts', import.meta.url))`.
 */
export function inWorker<T extends Task>(module: URL) {
  return async (input: Parameters<T>[0]): Promise<Output<T>> => {
    inFlight++;
    let outcome: TaskOutcome;
    try {
      outcome = await workerPool().run({ module: module.href, input });
    } catch (error) {
      if ((error as Error).message === 'Task queue is at limit') throw new AppError('server_busy');
      throw error;
    } finally {
      inFlight--;
    }
    if (!outcome.ok) {
      const { code, detail, path, problems } = outcome.error;
      throw new AppError(code, detail, path, problems);
    }
    return asBuffer(outcome.value) as Output<T>;
  };
}
