// Inside a worker thread: runs the default export of the module a task names, and sends back
// its value, or the coded error it threw as plain data (an AppError does not survive the
// structured clone between threads as itself). Any other error is a bug: it travels as is.
import { AppError, type ProblemDetail } from '../errors.ts';

export interface TaskRequest {
  /** The file URL of a module whose default export is the task. */
  module: string;
  input: unknown;
}

export type TaskOutcome =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: {
        code: AppError['code'];
        detail?: { fr: string; en: string };
        path?: string;
        problems?: ProblemDetail[];
      };
    };

export async function runTask({ module, input }: TaskRequest): Promise<TaskOutcome> {
  const task = (await import(module)).default as (input: unknown) => unknown;
  try {
    return { ok: true, value: await task(input) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const { code, detail, path, problems } = error;
    return { ok: false, error: { code, detail, path, problems } };
  }
}
