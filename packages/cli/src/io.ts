import type { Context } from '@certeval/server/platform/context';

/** What a command needs: the services' context and where to write. */
export interface CliIo {
  ctx: Context;
  out(line: string): void;
  /** Reads all of standard input (for FILE arguments given as -). */
  stdin?(): Promise<string>;
}

export class UsageError extends Error {}

/** The evidence did not suffice to decide (exit 3): not a fault of the input, which is valid. */
export class NothingDecided extends Error {}
