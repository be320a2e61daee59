// What a candidate answered, and what an evaluator gave an item graded by hand.
import type { Pair } from '../schema.ts';

export type ItemResponse =
  /** Single or multiple choice (the chosen ids), ordering (the ids in the candidate's order). */
  | { kind: 'choices'; ids: readonly string[] }
  /** Matching: the pairs the candidate drew. */
  | { kind: 'pairs'; pairs: readonly Pair[] }
  /** Short text entry, or the text of an open answer. */
  | { kind: 'text'; text: string };

/** Responses by item id; an item missing here was not answered. */
export type Responses = Readonly<Record<string, ItemResponse | undefined>>;

/** Points an evaluator gave an item graded by hand, between 0 and the item's max points. */
export interface Grade {
  points: number;
}

export type Grades = Readonly<Record<string, Grade | undefined>>;

/** A pair as QTI writes a directedPair value and as partial-credit tables key it. */
export function pairKey(pair: Pair): string {
  return `${pair.source} ${pair.target}`;
}
