// Where each problem of a refused form goes (issue 16, item 3): under its field, found by the
// path the check gave it (core's, the same in the browser and on the server), or above the
// form when it belongs to no field. Pure, so tests read it without a browser.
import type { FormProblem } from '@certeval/core/forms/formProblems';
import type { Locale } from '../i18n/locale.ts';
import type { SummaryItem } from './ErrorSummary.tsx';

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

/** Rows of a form that repeats (a jury's members): each row's problems link to its row. */
export interface FormRows {
  /** Where the rows sit under the base: `members` for `body/members/2`. */
  path: string;
  /** The id of the row's first input, the summary's link. */
  fieldId: (index: number) => string;
  /** The row as the summary names it ("Membre 3"). */
  label: (index: number) => string;
}

export interface SummaryOptions<F extends string> {
  base: string;
  fields: readonly F[];
  fieldId: (field: F) => string;
  label: (field: F) => string;
  rows?: FormRows;
  locale: Locale;
}

/**
 * The error summary's lines in the form's order: each field's problem, then each row's
 * (`body/members/2`, or a part of it), then the problems of the form as a whole.
 */
export function formSummary<F extends string>(
  problems: readonly Pick<FormProblem, 'path' | 'message'>[],
  options: SummaryOptions<F>,
): { placed: PlacedProblems<F>; items: SummaryItem[] } {
  const { base, fields, fieldId, label, rows, locale } = options;
  const rowOf = (path: string) => {
    if (!rows) return undefined;
    const prefix = `${base}/${rows.path}/`;
    const index = path.startsWith(prefix) ? /^(\d+)(\/|$)/.exec(path.slice(prefix.length)) : null;
    return index ? Number(index[1]) : undefined;
  };
  const inRows = problems.flatMap((problem) => {
    const index = rowOf(problem.path);
    return index === undefined ? [] : [{ index, message: problem.message }];
  });
  const placed = placeFormProblems(
    problems.filter((problem) => rowOf(problem.path) === undefined),
    base,
    fields,
  );
  const items: SummaryItem[] = [
    ...fields.flatMap((field) => {
      const message = placed.byField[field];
      return message
        ? [{ fieldId: fieldId(field), label: label(field), message: message[locale] }]
        : [];
    }),
    ...inRows.map(({ index, message }) => ({
      fieldId: rows?.fieldId(index),
      label: rows?.label(index),
      message: message[locale],
    })),
    ...placed.general.map((message) => ({ message: message[locale] })),
  ];
  return { placed, items };
}
