// Test support: runs one `certeval` command in-process on a test database and captures what
// it prints, as a person at a terminal would see it.
import type { Context } from '@certeval/server/platform/context';
import { run } from './run.ts';

export async function runCli(ctx: Context, argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io = { ctx, out: (l: string) => out.push(l), stdin: async () => stdin };
  const code = await run(argv, io, (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
