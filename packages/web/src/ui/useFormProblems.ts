// One way for every form to guide (issue 16, item 3): checked before sending by the same
// check the server runs (core), every problem at once under its field and in the error
// summary at the top, and a refusal of the server placed the same way.
import type { FormProblem } from '@certeval/core/forms/formProblems';
import { useState } from 'react';
import { ApiError } from '../app/apiClient.ts';
import { currentLocale } from '../i18n/i18n.ts';
import { type FormRows, formSummary } from './formProblems.ts';
import { useErrorMessage } from './useErrorMessage.ts';

type Options<F extends string> = {
  /** The form's fields, in the order it shows them. */
  fields: readonly F[];
  /** The label of each field, as the summary names it. */
  label: (field: F) => string;
  /** Prefix of the inputs' ids (`invite` → `invite-field-email`). */
  name: string;
  /** The last refusal of the server (the mutation's error), if any. */
  error: unknown;
  /** Where the fields sit in the request's problems' paths ("body"). */
  base?: string;
  /** Rows the form repeats (a jury's members), each row's problems linked to its row. */
  rows?: FormRows;
};

/** What the server refused, each with its field: its list, or its one located problem. */
function serverProblems(error: unknown): Pick<FormProblem, 'path' | 'message'>[] {
  if (!(error instanceof ApiError)) return [];
  if (error.problems.length > 0) return error.problems;
  return error.path && error.localized ? [{ path: error.path, message: error.localized }] : [];
}

export function useFormProblems<F extends string>(options: Options<F>) {
  const { fields, label, name, error, base = 'body', rows } = options;
  const errorMessage = useErrorMessage();
  const [found, setFound] = useState<readonly FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const located = serverProblems(error);
  const refused = located.length > 0;
  const problems = found.length > 0 ? found : located;
  const locale = currentLocale();
  const fieldId = (field: F) => `${name}-field-${field}`;
  const { placed, items: summary } = formSummary(problems, {
    base,
    fields,
    fieldId,
    label,
    rows,
    locale,
  });
  const fieldError = (field: F) => placed.byField[field]?.[locale] ?? null;
  if (error && !refused) summary.push({ message: errorMessage(error) });
  return {
    /** Every problem now shown: the check's, else the server's. */
    problems,
    fieldId,
    fieldError,
    /** Props of a field: its id (the summary's link) and its problem. */
    field: (field: F) => ({ id: fieldId(field), error: fieldError(field) }),
    /** Keeps what the check found; true when there is nothing and the form may be sent. */
    accept: (problems: readonly FormProblem[]) => {
      setFound(problems);
      setAttempt((n) => n + 1);
      return problems.length === 0;
    },
    /** The problem of one part of a field (`steeringCommittee/2/name`), in the page's language. */
    messageAt: (rest: string) => {
      const path = `${base}/${rest}`;
      const hit = problems.find((p) => p.path === path || p.path.startsWith(`${path}/`));
      return hit ? hit.message[locale] : null;
    },
    /** Props of the ErrorSummary at the top of the form. */
    summary: { items: summary, focusKey: found.length > 0 ? attempt : error },
  };
}
