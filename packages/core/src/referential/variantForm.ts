// Starting a company's adaptation of a national referential (issue 16, item 3): a name and
// the published version it adapts, chosen from lists. The schema is the API route's own; the
// same check runs in the browser and on the server. And each change of its dialogs, checked
// by the schema its draft is saved with.
import { type TSchema, Type } from 'typebox';
import { FilledText } from '../forms/fields.ts';
import { type FieldWords, type FormProblem, formCheck } from '../forms/formProblems.ts';
import { type VariantChange, VariantChangeSchema } from './variant.ts';

export const NewVariantFormSchema = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  certification: Type.String({ minLength: 1, maxLength: 100 }),
  version: Type.String({ minLength: 1, maxLength: 50 }),
  name: FilledText(200),
});

export const checkNewVariant = formCheck(NewVariantFormSchema, {
  '/certification': { fr: 'Choisissez une certification.', en: 'Choose a certification.' },
  '/version': {
    fr: 'Choisissez une version publiée du référentiel.',
    en: 'Choose a published version of the referential.',
  },
});

type ChangeKind = VariantChange['kind'];

/** The schema of one kind of change, the one the saved draft's changes are checked by. */
function changeSchema(kind: ChangeKind): TSchema {
  const schema = VariantChangeSchema.anyOf.find(
    (option) => (option.properties.kind as { const?: string }).const === kind,
  );
  if (!schema) throw new Error(`No variant change of kind ${kind}`);
  return schema;
}

const CODE_WORDS: FieldWords = {
  '/code': {
    fr: 'Un code ne commence ni ne finit par une espace.',
    en: 'A code neither starts nor ends with a space.',
  },
};

/**
 * The check of one change in its dialog (issue 16, item 3): the schema the draft is saved
 * with, and an added item's code not already used (`usedCodes`: the national version's and
 * the draft's additions). Every problem at once, paths relative to the change (`/label`).
 */
export function checkVariantChange(
  change: { kind: ChangeKind } & Record<string, unknown>,
  usedCodes: ReadonlySet<string> = new Set(),
  base = '',
): FormProblem[] {
  const taken = (input: Record<string, unknown>): FormProblem[] =>
    change.kind === 'add' && typeof input.code === 'string' && usedCodes.has(input.code)
      ? [
          {
            code: 'code_taken',
            path: '/code',
            message: {
              fr: `Le code « ${input.code} » est déjà utilisé.`,
              en: `The code “${input.code}” is already used.`,
            },
          },
        ]
      : [];
  return formCheck(changeSchema(change.kind), CODE_WORDS, taken)(change, base);
}
