import type { Context } from '@certeval/server/platform/context';

/** What a command needs: the services' context and where to write. */
export interface CliIo {
  ctx: Context;
  out(line: string): void;
  /** Reads all of standard input (for FILE arguments given as -). */
  stdin?(): Promise<string>;
}

export class UsageError extends Error {}
