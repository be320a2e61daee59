// Schema violations of an instrument file as bilingual problems. Items and scoring models are
// unions told apart by one field (type, model): when exactly one branch has that field right,
// its own errors are reported (a missing `stem`), not "matches none of the shapes".
import type { TLocalizedValidationError } from 'typebox/error';
import { type Message, pointerToPath } from '../referential/index.ts';
import { type InstrumentProblem, instrumentMessages, instrumentProblem } from './problems.ts';

type Params = Record<string, unknown>;
type SchemaError = TLocalizedValidationError;

const DISCRIMINANTS = ['type', 'model', 'kind'];

const list = (value: unknown) =>
  Array.isArray(value) ? value.map(String).join(', ') : String(value);

function describe(error: SchemaError): Message {
  const p = error.params as Params;
  switch (error.keyword) {
    case 'type':
      return { fr: `Type attendu : ${list(p.type)}.`, en: `Expected type: ${list(p.type)}.` };
    case 'enum':
      return {
        fr: `Valeur non autorisée ; valeurs possibles : ${list(p.allowedValues)}.`,
        en: `Value not allowed; allowed values: ${list(p.allowedValues)}.`,
      };
    case 'const':
      return {
        fr: `La valeur attendue est « ${list(p.allowedValue)} ».`,
        en: `The expected value is "${list(p.allowedValue)}".`,
      };
    case 'anyOf':
      return {
        fr: 'La valeur ne correspond à aucune des formes admises.',
        en: 'The value matches none of the allowed shapes.',
      };
    default:
      return {
        fr: `Valeur invalide (${error.keyword}) : ${error.message}.`,
        en: `Invalid value (${error.keyword}): ${error.message}.`,
      };
  }
}

function toProblems(error: SchemaError, input: unknown): InstrumentProblem[] {
  const path = pointerToPath(error.instancePath);
  const p = error.params as Params;
  if (error.keyword === 'required' || error.keyword === 'additionalProperties') {
    const missing = error.keyword === 'required';
    const fields = (missing ? p.requiredProperties : p.additionalProperties) as string[];
    return fields.map((field) =>
      instrumentProblem('schema_violation', `${path}.${field}`, {
        fr: missing
          ? `Champ obligatoire manquant : « ${field} ».`
          : `Champ non prévu : « ${field} ».`,
        en: missing ? `Missing required field "${field}".` : `Unexpected field "${field}".`,
      }),
    );
  }
  if (['minimum', 'maximum', 'exclusiveMinimum'].includes(error.keyword)) {
    const value = valueAt(input, error.instancePath);
    return [
      instrumentProblem(
        'out_of_range',
        path,
        instrumentMessages.outOfRange(value, list(p.comparison), p.limit),
      ),
    ];
  }
  return [instrumentProblem('schema_violation', path, describe(error))];
}

function valueAt(input: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], input);
}

/** An error on the union's own tag field (not on a tag of a union nested in it). */
const isDiscriminantError = (anyOf: SchemaError, error: SchemaError) =>
  (error.keyword === 'const' || error.keyword === 'enum') &&
  DISCRIMINANTS.some((field) => error.instancePath === `${anyOf.instancePath}/${field}`);

/** Errors of an anyOf: those of the one branch whose discriminant matched, else the anyOf. */
function resolveUnion(anyOf: SchemaError, errors: readonly SchemaError[]): SchemaError[] {
  const prefix = `${anyOf.schemaPath}/anyOf/`;
  const branches = new Map<string, SchemaError[]>();
  for (const error of errors) {
    if (!error.schemaPath.startsWith(prefix)) continue;
    const branch = error.schemaPath.slice(prefix.length).split('/')[0] ?? '';
    branches.set(branch, [...(branches.get(branch) ?? []), error]);
  }
  const matching = [...branches.values()].filter(
    (errs) => !errs.some((e) => isDiscriminantError(anyOf, e)),
  );
  const [only] = matching;
  return matching.length === 1 && only ? reduceErrors(only) : [anyOf];
}

/** Drops the noise of unions, recursively (a scoring union sits inside the item union). */
function reduceErrors(errors: readonly SchemaError[]): SchemaError[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const insideAnyOf = (e: SchemaError) =>
    anyOfs.some((a) => e.schemaPath.startsWith(`${a.schemaPath}/anyOf/`));
  return [
    ...errors.filter((e) => e.keyword !== 'boolean' && e.keyword !== 'anyOf' && !insideAnyOf(e)),
    ...anyOfs.filter((a) => !insideAnyOf(a)).flatMap((a) => resolveUnion(a, errors)),
  ];
}

/** One problem per fault, located by JSON path. */
export function instrumentSchemaProblems(
  errors: readonly SchemaError[],
  input: unknown,
): InstrumentProblem[] {
  const seen = new Set<string>();
  return reduceErrors(errors)
    .flatMap((error) => toProblems(error, input))
    .filter((p) => {
      const key = `${p.path}|${p.message.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
