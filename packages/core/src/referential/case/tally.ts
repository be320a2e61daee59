// Warnings counted instead of repeated: a package of 703 items whose every item carries the same
// 1.0-era field gets one warning naming the field, the number of objects and the first place it
// was seen, not 703. Insertion order is kept, so warnings read in package order.
import type { Message } from '../problems.ts';
import { type CaseProblem, type CaseProblemCode, caseProblem } from './caseProblems.ts';

interface Entry {
  code: CaseProblemCode;
  path: string;
  count: number;
  message: (count: number) => Message;
}

export interface Tally {
  /** Counts one occurrence of `key`; the first occurrence gives the path and the message. */
  note(code: CaseProblemCode, key: string, path: string, message: (count: number) => Message): void;
  warnings(): CaseProblem[];
}

export function tally(): Tally {
  const entries = new Map<string, Entry>();
  return {
    note(code, key, path, message) {
      const id = `${code}\u0000${key}`;
      const entry = entries.get(id);
      if (entry) entry.count++;
      else entries.set(id, { code, path, count: 1, message });
    },
    warnings: () =>
      [...entries.values()].map((e) => caseProblem(e.code, e.path, e.message(e.count))),
  };
}
