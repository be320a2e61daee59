// The company project's form (issue 5, item 2; issue 16, item 3): its schema, the one the API
// routes validate, and every problem at once in people's words. Certification, version,
// adapted referential and instruments are chosen from lists; a committee line needs a name.
import { type Static, Type } from 'typebox';
import { FilledText, memberLineProblems } from '../forms/fields.ts';
import { type FieldWords, formCheck } from '../forms/formProblems.ts';

const Choice = (maxLength: number) => Type.String({ minLength: 1, maxLength });

export const ProjectFormSchema = Type.Object({
  certification: Choice(100),
  referentialVersion: Choice(50),
  variantId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  title: FilledText(200),
  opportunity: Type.Optional(Type.String({ maxLength: 20000 })),
  steeringCommittee: Type.Optional(
    Type.Array(Type.Object({ name: FilledText(200), role: Type.String({ maxLength: 200 }) }), {
      maxItems: 30,
    }),
  ),
  instruments: Type.Optional(
    Type.Array(Type.Object({ key: Choice(100), version: Type.String({ maxLength: 50 }) }), {
      maxItems: 50,
    }),
  ),
});
export type ProjectFormInput = Static<typeof ProjectFormSchema>;

export const PROJECT_WORDS: FieldWords = {
  '/certification': { fr: 'Choisissez une certification.', en: 'Choose a certification.' },
  '/referentialVersion': {
    fr: 'Choisissez une version publiée du référentiel.',
    en: 'Choose a published version of the referential.',
  },
  '/variantId': {
    fr: 'Choisissez un référentiel adapté de la liste.',
    en: 'Choose an adapted referential from the list.',
  },
  '/instruments': {
    fr: 'Choisissez les instruments dans la liste.',
    en: 'Choose the instruments from the list.',
  },
};

/** Beyond the schema: each committee line with a role names its member, plausibly. */
export const projectRules = (input: Record<string, unknown>) =>
  memberLineProblems(input.steeringCommittee, '/steeringCommittee');

/** Every problem of a project as the form or the API sends it, paths below `base`. */
export const checkProject = formCheck(ProjectFormSchema, PROJECT_WORDS, projectRules);
