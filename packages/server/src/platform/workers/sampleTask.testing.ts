// A task for pool.test.ts: echoes with the thread it ran on, returns bytes, throws a coded
// error or a bug, or keeps its thread busy until the caller sets a flag in shared memory.
import { threadId } from 'node:worker_threads';
import { AppError } from '../errors.ts';

export type SampleInput =
  | { kind: 'echo'; value: unknown }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'refuse' }
  | { kind: 'bug' }
  | { kind: 'spin'; flag: Int32Array };

export default function sampleTask(input: SampleInput) {
  switch (input.kind) {
    case 'echo':
      return { echoed: input.value, threadId };
    case 'bytes':
      return Uint8Array.from(input.bytes, (b) => 255 - b);
    case 'refuse':
      throw new AppError('archive_too_large', { fr: 'trop', en: 'too much' }, 'body');
    case 'bug':
      throw new Error('a bug');
    case 'spin':
      // Busy without ever yielding, as a long parse is, until the flag is set.
      while (Atomics.load(input.flag, 0) === 0);
      return 'stopped';
  }
}
