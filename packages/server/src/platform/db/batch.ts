// Requests that reach the server together share their round trips to the database. A hot
// query (every request's session, every save of a grid) is asked for through a batcher: the
// calls made in one turn of the event loop are gathered and run as one statement when the
// turn ends (setImmediate), each caller getting its own row back. Under load this turns fifty
// saves into a few statements (PostgreSQL parses, plans and commits once per statement, and
// every round trip costs both processes a wake-up); alone, a call waits for nothing but the
// end of the current turn.
//
// - Calls for the same key in one turn either share one entry of the statement (reads: the
//   fifty requests of one signed-in person ask for their session once) or never share a
//   statement (writes: of two saves of the same grid, the second runs in a later round, after
//   the first has answered, exactly as if the two requests had come one after the other).
// - When a shared statement fails, each call is run again alone, so that one bad call fails
//   only itself.
// - A batcher belongs to one database (preparedFor's pattern): tests open many.

export type Batcher<I, O> = (input: I) => Promise<O>;

interface Pending<I, O> {
  input: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

export interface BatchOptions<I> {
  key(input: I): string;
  /** Calls with the same key: one entry, one answer for all (`share`), or one after the other. */
  sameKey: 'share' | 'serialize';
  /** The most entries one statement carries. */
  maxSize?: number;
}

/**
 * The statements a turn's calls need, in order: each a list of entries, each entry the calls
 * it answers. Shared keys make one entry; serialized ones go to successive statements (the
 * n-th call of a key in the n-th round), so that calls keep their order per key.
 */
export function roundsOf<T>(
  calls: readonly T[],
  key: (call: T) => string,
  sameKey: 'share' | 'serialize',
  maxSize: number,
): T[][][] {
  const rounds: T[][][] = [];
  const seen = new Map<string, number>();
  const shared = new Map<string, T[]>();
  for (const call of calls) {
    const k = key(call);
    const entry = sameKey === 'share' ? shared.get(k) : undefined;
    if (entry) {
      entry.push(call);
      continue;
    }
    const occurrence = seen.get(k) ?? 0;
    seen.set(k, occurrence + 1);
    while (rounds.length <= occurrence) rounds.push([]);
    const created = [call];
    if (sameKey === 'share') shared.set(k, created);
    rounds[occurrence]?.push(created);
  }
  return rounds.flatMap((round) => {
    const chunks: T[][][] = [];
    for (let i = 0; i < round.length; i += maxSize) chunks.push(round.slice(i, i + maxSize));
    return chunks;
  });
}

/**
 * A function of one input whose calls in a turn are run together by `run`, which receives
 * the inputs and returns one output per input, in the same order.
 */
export function batcher<I, O>(
  run: (inputs: readonly I[]) => Promise<readonly O[]>,
  options: BatchOptions<I>,
): Batcher<I, O> {
  const maxSize = options.maxSize ?? 100;
  let pending: Pending<I, O>[] = [];

  async function settle(entries: Pending<I, O>[][]) {
    let outputs: readonly O[];
    try {
      outputs = await run(entries.map((calls) => (calls[0] as Pending<I, O>).input));
      if (outputs.length !== entries.length)
        throw new Error(`a batch of ${entries.length} returned ${outputs.length} results`);
    } catch (error) {
      if (entries.length === 1) {
        for (const call of entries[0] ?? []) call.reject(error);
        return;
      }
      // One entry may be the cause: each is run again alone and answered for itself.
      for (const entry of entries) await settle([entry]);
      return;
    }
    entries.forEach((calls, k) => {
      for (const call of calls) call.resolve(outputs[k] as O);
    });
  }

  async function flush() {
    const taken = pending;
    pending = [];
    const rounds = roundsOf(taken, (call) => options.key(call.input), options.sameKey, maxSize);
    for (const round of rounds) await settle(round);
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ input, resolve, reject });
    });
}

/** One batcher per database, made on first use. */
export function batcherFor<D extends object, I, O>(
  build: (database: D) => Batcher<I, O>,
): (database: D) => Batcher<I, O> {
  const byDatabase = new WeakMap<D, Batcher<I, O>>();
  return (database) => {
    let found = byDatabase.get(database);
    if (found === undefined) {
      found = build(database);
      byDatabase.set(database, found);
    }
    return found;
  };
}
