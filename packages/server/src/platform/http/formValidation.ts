// A route whose body is a form people fill (issue 16, item 3) is checked by the form's own
// check from core, the one the browser runs: every problem at once, each with its field's
// path and a sentence in French and English, instead of Fastify's first schema error.
import type { FormProblem } from '@certeval/core';
import type { FastifySchemaCompiler } from 'fastify';
import { AppError } from '../errors.ts';

const REFUSED = {
  fr: 'Le formulaire contient des erreurs : rien n’a été enregistré.',
  en: 'The form has errors: nothing was saved.',
};

/** Route option: the body is checked by `check` (paths below "body"), other parts by schema. */
export function formBody(check: (body: unknown, base: string) => FormProblem[]): {
  validatorCompiler: FastifySchemaCompiler<unknown>;
} {
  return {
    validatorCompiler: ({ httpPart }) => {
      if (httpPart !== 'body') throw new Error('formBody checks a body only');
      return (data: unknown) => {
        const problems = check(data, 'body');
        if (problems.length === 0) return { value: data };
        return { error: new AppError('validation_failed', REFUSED, undefined, problems) };
      };
    },
  };
}
