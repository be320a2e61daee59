import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batcher, roundsOf } from './batch.ts';

const same = (call: { key: string }) => call.key;

describe('roundsOf', () => {
  it('shares one entry between the calls of one key when reads share', () => {
    const calls = [{ key: 'a' }, { key: 'b' }, { key: 'a' }];
    expect(roundsOf(calls, same, 'share', 100)).toEqual([[[calls[0], calls[2]], [calls[1]]]]);
  });

  it('puts the n-th call of a key in the n-th statement when writes serialize', () => {
    const calls = [{ key: 'a' }, { key: 'b' }, { key: 'a' }, { key: 'a' }, { key: 'c' }];
    expect(roundsOf(calls, same, 'serialize', 100)).toEqual([
      [[calls[0]], [calls[1]], [calls[4]]],
      [[calls[2]]],
      [[calls[3]]],
    ]);
  });

  it('cuts statements at the maximum size', () => {
    const calls = ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key }));
    expect(roundsOf(calls, same, 'serialize', 2).map((r) => r.length)).toEqual([2, 2, 1]);
  });

  it('keeps every call once, each key at most once per statement, and the order of a key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 40 }),
        fc.constantFrom<'share' | 'serialize'>('share', 'serialize'),
        fc.integer({ min: 1, max: 5 }),
        (keys, sameKey, maxSize) => {
          const calls = keys.map((key, n) => ({ key, n }));
          const rounds = roundsOf(calls, same, sameKey, maxSize);
          const flat = rounds.flat(2);
          expect([...flat].sort((x, y) => x.n - y.n)).toEqual(calls);
          for (const round of rounds) {
            expect(round.length).toBeLessThanOrEqual(maxSize);
            const roundKeys = round.map((entry) => entry[0]?.key);
            expect(new Set(roundKeys).size).toBe(roundKeys.length);
            for (const entry of round) expect(new Set(entry.map((c) => c.key)).size).toBe(1);
          }
          // Statements run in order: a key's calls are answered in the order they were made.
          for (const key of new Set(keys)) {
            const order = flat.filter((c) => c.key === key).map((c) => c.n);
            expect(order).toEqual([...order].sort((x, y) => x - y));
          }
        },
      ),
    );
  });
});

describe('batcher', () => {
  it('runs the calls of one turn in one statement, each caller getting its own answer', async () => {
    const statements: string[][] = [];
    const double = batcher(
      async (inputs: readonly string[]) => {
        statements.push([...inputs]);
        return inputs.map((i) => i + i);
      },
      { key: (i) => i, sameKey: 'share' },
    );
    const answers = await Promise.all([double('a'), double('b'), double('a')]);
    expect(answers).toEqual(['aa', 'bb', 'aa']);
    expect(statements).toEqual([['a', 'b']]);
    // A later turn is a later statement.
    expect(await double('c')).toBe('cc');
    expect(statements).toEqual([['a', 'b'], ['c']]);
  });

  it('runs a second write of one key after the first has answered', async () => {
    let stored = 0;
    const statements: number[][] = [];
    const save = batcher(
      async (inputs: readonly { id: string; expected: number }[]) => {
        statements.push(inputs.map((i) => i.expected));
        return inputs.map((i) => {
          if (i.expected !== stored) return 'conflict';
          stored += 1;
          return 'saved';
        });
      },
      { key: (i) => i.id, sameKey: 'serialize' },
    );
    const answers = await Promise.all([
      save({ id: 'grid', expected: 0 }),
      save({ id: 'grid', expected: 0 }),
      save({ id: 'grid', expected: 1 }),
    ]);
    expect(answers).toEqual(['saved', 'conflict', 'saved']);
    expect(statements).toEqual([[0], [0], [1]]);
  });

  it('runs each call alone when a shared statement fails, so one bad call fails only itself', async () => {
    const statements: string[][] = [];
    const upper = batcher(
      async (inputs: readonly string[]) => {
        statements.push([...inputs]);
        if (inputs.includes('bad')) throw new Error('bad input');
        return inputs.map((i) => i.toUpperCase());
      },
      { key: (i) => i, sameKey: 'share' },
    );
    const answers = await Promise.allSettled([upper('a'), upper('bad'), upper('b')]);
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : a.reason.message))).toEqual([
      'A',
      'bad input',
      'B',
    ]);
    expect(statements).toEqual([['a', 'bad', 'b'], ['a'], ['bad'], ['b']]);
  });

  it('fails every call of a statement that answers for the wrong number of inputs', async () => {
    const broken = batcher(async (_inputs: readonly string[]) => [] as string[], {
      key: (i) => i,
      sameKey: 'share',
    });
    const answers = await Promise.allSettled([broken('a'), broken('b')]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
  });
});
