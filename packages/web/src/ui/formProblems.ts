// Where each problem of a refused form goes (issue 16, item 3): under its field, found by the
// path the check gave it (core's, the same in the browser and on the server), or above the
// form when it belongs to no field. Pure, so tests read it without a browser.
import type { FormProblem } from '@certeval/core/forms/formProblems';

export type FieldMessage = FormProblem['message'];

export interface PlacedProblems<F extends string> {
  /** One message per field: the first found, the one its field shows. */
  byField: Partial<Record<F, FieldMessage>>;
  /** Problems of the form as a whole, shown in the summary only. */
  general: FieldMessage[];
}

/** `body/candidate/firstNames/1` with base `body/candidate` is the field `firstNames`. */
export function placeFormProblems<F extends string>(
  problems: readonly Pick<FormProblem, 'path' | 'message'>[],
  base: string,
  fields: readonly F[],
): PlacedProblems<F> {
  const placed: PlacedProblems<F> = { byField: {}, general: [] };
  const prefix = `${base}/`;
  for (const problem of problems) {
    const rest = problem.path.startsWith(prefix) ? problem.path.slice(prefix.length) : '';
    const field = [...fields]
      .sort((a, b) => b.length - a.length)
      .find((f) => rest === f || rest.startsWith(`${f}/`));
    if (field === undefined) placed.general.push(problem.message);
    else placed.byField[field] ??= problem.message;
  }
  return placed;
}
