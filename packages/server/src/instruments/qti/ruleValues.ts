// The values custom response processing computes with, for one class of responses (see
// readRules.ts): numbers and identifiers, true/false, null, a whole response, or — for the
// responses no rule names — "the mapping's points plus a number", which stays symbolic.

export type RuleValue =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'null' }
  /** A whole response as our keys (a constant, the correct response, or the class's own). */
  | { kind: 'response'; keys: string[] }
  /** The candidate's response when it is none of the named ones: compared, it equals none. */
  | { kind: 'other' }
  /** mapResponse of the "other" response, plus `plus`: known only once a response is given. */
  | { kind: 'mapped'; plus: number };

export const num = (value: number): RuleValue => ({ kind: 'number', value });
export const bool = (value: boolean): RuleValue => ({ kind: 'bool', value });
export const NULL: RuleValue = { kind: 'null' };

/** A rule the reduction cannot follow: the element it stopped at, and why. */
export class NotReducible extends Error {
  constructor(
    readonly element: string,
    readonly line: number,
  ) {
    super(`${element} (line ${line})`);
  }
}

/** A number, or a symbolic mapping plus a number; anything else cannot be summed. */
export function sumOf(values: RuleValue[]): RuleValue | undefined {
  let plus = 0;
  let mapped = false;
  for (const value of values) {
    if (value.kind === 'null') return NULL;
    if (value.kind === 'number') plus += value.value;
    else if (value.kind === 'mapped' && !mapped) {
      mapped = true;
      plus += value.plus;
    } else return undefined;
  }
  return mapped ? { kind: 'mapped', plus } : num(plus);
}
