// The forms that open an instrument (issue 16, item 3): a new one, or a copy of one. Same
// rules as the instrument file (instrument.schema.json: an identifier of lower-case letters,
// digits and dashes), checked in the browser and, for a copy, by the route itself.
import { Type } from 'typebox';
import { FilledText } from '../forms/fields.ts';
import { type FieldWords, formCheck } from '../forms/formProblems.ts';
import { INSTRUMENT_KINDS } from './schema.ts';

const INSTRUMENT_KEY = '^[a-z0-9]+(-[a-z0-9]+)*$';
const Key = Type.String({ minLength: 1, maxLength: 60, pattern: INSTRUMENT_KEY });

const WORDS: FieldWords = {
  '/key': {
    fr: 'L’identifiant s’écrit en minuscules, chiffres et tirets, par exemple grille-tuteur.',
    en: 'The identifier is written in lower-case letters, digits and dashes, e.g. tutor-grid.',
  },
  '/kind': { fr: 'Choisissez un type de la liste.', en: 'Choose a kind from the list.' },
  '/certification': { fr: 'Choisissez une certification.', en: 'Choose a certification.' },
  '/version': {
    fr: 'Choisissez une version du référentiel.',
    en: 'Choose a version of the referential.',
  },
};

/** What the certifier chooses for a new instrument; the file is built from it (the browser). */
export const NewInstrumentFormSchema = Type.Object({
  kind: Type.Union(INSTRUMENT_KINDS.map((k) => Type.Literal(k))),
  title: FilledText(300),
  key: Key,
  certification: Type.String({ minLength: 1, maxLength: 100 }),
  version: Type.String({ minLength: 1, maxLength: 50 }),
});

export const checkNewInstrument = formCheck(NewInstrumentFormSchema, WORDS);

/** A copy: for a company or national, its title, its identifier when not the suggested one. */
export const CloneFormSchema = Type.Object({
  organisationId: Type.Optional(Type.String({ format: 'uuid' })),
  key: Type.Optional(Key),
  title: Type.Optional(FilledText(300)),
});

export const checkClone = formCheck(CloneFormSchema, WORDS);
