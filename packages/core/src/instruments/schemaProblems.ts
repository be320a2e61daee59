// Schema violations of an instrument file as bilingual problems. Items and scoring models are
// unions told apart by one field (type, model): when exactly one branch has that field right,
// its own errors are reported (a missing `stem`), not "matches none of the shapes".
import type { TLocalizedValidationError } from 'typebox/error';
import { pointerToPath } from '../referential/problems.ts';
import { schemaFaults } from '../referential/schemaProblems.ts';
import { type InstrumentProblem, instrumentMessages, instrumentProblem } from './problems.ts';

type Params = Record<string, unknown>;
type SchemaError = TLocalizedValidationError;

const DISCRIMINANTS = ['type', 'model', 'kind'];

const list = (value: unknown) =>
  Array.isArray(value) ? value.map(String).join(', ') : String(value);

function toProblems(error: SchemaError, input: unknown): InstrumentProblem[] {
  if (['minimum', 'maximum', 'exclusiveMinimum'].includes(error.keyword)) {
    const p = error.params as Params;
    const value = valueAt(input, error.instancePath);
    return [
      instrumentProblem(
        'out_of_range',
        pointerToPath(error.instancePath),
        instrumentMessages.outOfRange(value, list(p.comparison), p.limit),
      ),
    ];
  }
  return schemaFaults(error).map((f) => instrumentProblem('schema_violation', f.path, f.message));
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
