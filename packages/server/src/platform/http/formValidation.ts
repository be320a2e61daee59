// A route whose body is a form people fill (issue 16, item 3) is checked by the form's own
// check from core, the one the browser runs: every problem at once, each with its field's
// path and a sentence in French and English, instead of Fastify's first schema error. The
// route's other parts (its id, its query) are checked by their schemas the same way.
import { type FormCheck, type FormProblem, schemaProblems } from '@certeval/core';
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from '../errors.ts';

const REFUSED = {
  fr: 'Le formulaire contient des erreurs : rien n’a été enregistré.',
  en: 'The form has errors: nothing was saved.',
};

type Validate = (data: unknown) => { value: unknown } | { error: AppError };

function refuseOn(problemsOf: (data: unknown) => FormProblem[], convert = (d: unknown) => d) {
  const validate: Validate = (data) => {
    const value = convert(data);
    const problems = problemsOf(value);
    if (problems.length === 0) return { value };
    // One problem is the error itself (as any route's schema error reads); several are listed.
    const [only] = problems;
    const error =
      problems.length === 1 && only
        ? new AppError('validation_failed', only.message, only.path, problems)
        : new AppError('validation_failed', REFUSED, undefined, problems);
    return { error };
  };
  return validate;
}

/** Route option: the body is checked by `check` (paths below "body"), other parts by schema. */
export function formBody(check: FormCheck): {
  validatorCompiler: FastifySchemaCompiler<unknown>;
} {
  return {
    validatorCompiler: ({ httpPart, schema }) => {
      if (httpPart === 'body') return refuseOn((data) => check(data, 'body'));
      // Path and query arrive as text: numbers and booleans are read as the schema says.
      const part = schema as TSchema;
      return refuseOn(
        (data) => schemaProblems(part, data, httpPart ?? ''),
        (data) => Value.Convert(part, Value.Default(part, data)),
      );
    },
  };
}
