// Every problem of a form at once, in the person's words (issue 16, item 3). The same TypeBox
// schema validates a request on the server and the form in the browser: this module turns each
// schema error into one problem per field, with a French and an English sentence, never the
// validator's own message ("must match pattern …"). Value.Errors lists every error (the
// interpreted checker: no code evaluation, so it runs under the web app's strict CSP).
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';

export interface FormMessage {
  fr: string;
  en: string;
}

/** One problem of a form: the field it belongs to (a JSON pointer below `base`), and why. */
export interface FormProblem {
  code: string;
  path: string;
  message: FormMessage;
}

/** Sentences a form gives for some fields instead of the generic ones (keyed by field path). */
export type FieldWords = Readonly<Record<string, FormMessage>>;

interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

export const REQUIRED_WORDS: FormMessage = {
  fr: 'Ce champ est obligatoire.',
  en: 'This field is required.',
};
const REQUIRED = REQUIRED_WORDS;

/** A schema error in people's words, whatever validator found it (TypeBox here, ajv on a route). */
export function schemaErrorWords(error: Pick<SchemaError, 'keyword' | 'params'>): FormMessage {
  const limit = Number(error.params.limit);
  switch (error.keyword) {
    case 'required':
      return REQUIRED;
    case 'minLength':
      return limit <= 1
        ? REQUIRED
        : { fr: `Au moins ${limit} caractères.`, en: `At least ${limit} characters.` };
    case 'maxLength':
      return { fr: `Au plus ${limit} caractères.`, en: `At most ${limit} characters.` };
    case 'minItems':
      return limit <= 1
        ? REQUIRED
        : { fr: `Au moins ${limit} éléments.`, en: `At least ${limit} items.` };
    case 'maxItems':
      return { fr: `Au plus ${limit} éléments.`, en: `At most ${limit} items.` };
    case 'minimum':
      return { fr: `Au moins ${limit}.`, en: `At least ${limit}.` };
    case 'maximum':
      return { fr: `Au plus ${limit}.`, en: `At most ${limit}.` };
    case 'additionalProperties':
      return { fr: 'Ce champ n’est pas prévu.', en: 'This field is not expected.' };
    case 'type':
      return {
        fr: 'Cette valeur n’a pas la forme attendue.',
        en: 'This value is not of the expected kind.',
      };
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return { fr: 'Choisissez une valeur de la liste.', en: 'Choose a value from the list.' };
    default:
      return { fr: 'Le format n’est pas reconnu.', en: 'The format is not recognised.' };
  }
}

/** The value at a JSON pointer of `value` (`/firstNames/0`), undefined when there is none. */
function valueAt(value: unknown, path: string): unknown {
  let here = value;
  for (const step of path.split('/').slice(1)) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<string, unknown>)[step];
  }
  return here;
}

/** The fields an error is about: a missing property is the field it names. */
function pathsOf(error: SchemaError): string[] {
  if (error.keyword === 'required') {
    const names = (error.params.requiredProperties ?? [error.params.missingProperty]) as string[];
    return names.map((name) => `${error.instancePath}/${name}`);
  }
  if (error.keyword === 'additionalProperties') {
    const names = (error.params.additionalProperties ?? []) as string[];
    return names.map((name) => `${error.instancePath}/${name}`);
  }
  return [error.instancePath];
}

/** The field a path belongs to: `/firstNames/2` is the field `/firstNames`. */
const fieldOf = (path: string) => path.replace(/(\/\d+)+$/, '');

/**
 * Every problem of `value` against `schema`, one per field (the first found), in the order of
 * the schema's errors. `base` prefixes each path (`body/candidate`); `fieldWords` replaces the
 * generic sentence of a malformed field (a pattern or a format) by the form's own.
 */
export function schemaProblems(
  schema: TSchema,
  value: unknown,
  base = '',
  fieldWords: FieldWords = {},
): FormProblem[] {
  if (Value.Check(schema, value)) return [];
  const byField = new Map<string, FormProblem>();
  for (const error of Value.Errors(schema, value) as SchemaError[]) {
    if (error.keyword === 'boolean') continue; // repeated by the additionalProperties error
    for (const path of pathsOf(error)) {
      const field = fieldOf(path);
      if (byField.has(field)) continue;
      // An empty text is a field left empty, whatever rule it breaks first.
      const here = valueAt(value, path);
      const blank = typeof here === 'string' && here.trim() === '';
      const generic = blank ? REQUIRED : schemaErrorWords(error);
      const own = fieldWords[field];
      const message = own && generic !== REQUIRED ? own : generic;
      byField.set(field, { code: error.keyword, path: `${base}${field}`, message });
    }
  }
  return [...byField.values()];
}

/** Problems of fields the schema accepted, kept only where the schema found nothing. */
export function addProblems(
  found: readonly FormProblem[],
  more: readonly FormProblem[],
): FormProblem[] {
  const taken = new Set(found.map((p) => p.path));
  return [...found, ...more.filter((p) => !taken.has(p.path))];
}

/** The whole check of a form: the same function in the browser and on the server. */
export type FormCheck = (input: unknown, base?: string) => FormProblem[];

/**
 * The check of a form: its schema's problems in the form's words, then `more` (plausibility
 * rules, paths relative to the form: `/date`) on the fields the schema accepted.
 */
export function formCheck(
  schema: TSchema,
  words: FieldWords = {},
  more: (input: Record<string, unknown>) => FormProblem[] = () => [],
): FormCheck {
  return (input, base = '') => {
    const found = schemaProblems(schema, input, base, words);
    const record = typeof input === 'object' && input !== null ? input : {};
    const plausible = more(record as Record<string, unknown>).map((p) => ({
      ...p,
      path: `${base}${p.path}`,
    }));
    // In the form's order: a field's problems, whatever found them, before the next field's.
    const fields = Object.keys((schema as { properties?: object }).properties ?? {});
    const rank = (path: string) => {
      const index = fields.indexOf(path.slice(base.length).split('/')[1] ?? '');
      return index < 0 ? fields.length : index;
    };
    return addProblems(found, plausible).sort((a, b) => rank(a.path) - rank(b.path));
  };
}
