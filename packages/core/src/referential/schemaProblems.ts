// Schema violations of a referential file, as bilingual problems. TypeBox reports in English
// only and repeats itself (an anyOf reports each branch); we keep one problem per fault.
import type { TLocalizedValidationError } from 'typebox/error';
import { type Message, type Problem, pointerToPath } from './problems.ts';

type Params = Record<string, unknown>;

function list(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

const byKeyword: Record<string, (params: Params) => Message> = {
  type: (p) => ({
    fr: `Une valeur de type « ${list(p.type)} » est attendue.`,
    en: `Expected a value of type "${list(p.type)}".`,
  }),
  enum: (p) => ({
    fr: `Valeur non autorisée ; valeurs possibles : ${list(p.allowedValues)}.`,
    en: `Value not allowed; allowed values: ${list(p.allowedValues)}.`,
  }),
  const: (p) => ({
    fr: `La valeur attendue est « ${list(p.allowedValue)} ».`,
    en: `The expected value is "${list(p.allowedValue)}".`,
  }),
  minLength: (p) => ({
    fr: `Le texte doit compter au moins ${list(p.limit)} caractère(s).`,
    en: `The text must have at least ${list(p.limit)} character(s).`,
  }),
  minItems: (p) => ({
    fr: `La liste doit compter au moins ${list(p.limit)} élément(s).`,
    en: `The list must have at least ${list(p.limit)} item(s).`,
  }),
  pattern: (p) => ({
    fr: `Format invalide (motif attendu : ${list(p.pattern)}).`,
    en: `Invalid format (expected pattern: ${list(p.pattern)}).`,
  }),
  format: (p) => ({
    fr: `Format « ${list(p.format)} » attendu.`,
    en: `Format "${list(p.format)}" expected.`,
  }),
  minimum: (p) => ({
    fr: `La valeur doit être au moins ${list(p.limit)}.`,
    en: `The value must be at least ${list(p.limit)}.`,
  }),
  maximum: (p) => ({
    fr: `La valeur doit être au plus ${list(p.limit)}.`,
    en: `The value must be at most ${list(p.limit)}.`,
  }),
  anyOf: () => ({
    fr: 'La valeur ne correspond à aucune des formes admises.',
    en: 'The value matches none of the allowed shapes.',
  }),
};

/** A located fault of a schema error, before the caller gives it its own problem code. */
export interface SchemaFault {
  path: string;
  message: Message;
}

/**
 * The faults one schema error stands for, in French and English: one per missing or
 * unexpected field, else one for the value. Shared by every file format of core.
 */
export function schemaFaults(error: TLocalizedValidationError): SchemaFault[] {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Params;
  if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
    const missing = error.keyword === 'required';
    const fields = (missing ? params.requiredProperties : params.additionalProperties) as string[];
    return fields.map((field) => ({
      path: `${path}.${field}`,
      message: missing
        ? {
            fr: `Champ obligatoire manquant : « ${field} ».`,
            en: `Missing required field "${field}".`,
          }
        : { fr: `Champ non prévu : « ${field} ».`, en: `Unexpected field "${field}".` },
    }));
  }
  const describe = byKeyword[error.keyword];
  const message = describe
    ? describe(params)
    : {
        fr: `Valeur invalide (${error.keyword}) : ${error.message}.`,
        en: `Invalid value (${error.keyword}): ${error.message}.`,
      };
  return [{ path, message }];
}

const toProblems = (error: TLocalizedValidationError): Problem[] =>
  schemaFaults(error).map((fault) => ({ code: 'schema_violation', ...fault }));

/** One problem per fault: drops the branch errors of an anyOf and the "schema is false" echo. */
export function schemaProblems(errors: readonly TLocalizedValidationError[]): Problem[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const kept = errors.filter(
    (e) => e.keyword !== 'boolean' && !anyOfPaths.some((p) => e.schemaPath.startsWith(p)),
  );
  const seen = new Set<string>();
  return kept.flatMap(toProblems).filter((p) => {
    const key = `${p.path}|${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
