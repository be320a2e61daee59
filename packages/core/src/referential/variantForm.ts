// Starting a company's adaptation of a national referential (issue 16, item 3): a name and
// the published version it adapts, chosen from lists. The schema is the API route's own; the
// same check runs in the browser and on the server.
import { Type } from 'typebox';
import { FilledText } from '../forms/fields.ts';
import { formCheck } from '../forms/formProblems.ts';

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
