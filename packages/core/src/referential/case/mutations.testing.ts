// Mutated real files for the fuzz tests of the CASE importers (issue 18, "Bad input"): a package
// of ../shared/fixtures/case with one value replaced by anything JSON can hold, a key dropped,
// an entry repeated, or its text cut and spliced; a CASE spreadsheet with characters, quotes,
// separators and line breaks inserted, removed or moved.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

type Json = unknown;

const caseDir = new URL('../../../../../../shared/fixtures/case/', import.meta.url);
export const fixtureText = (name: string) => readFileSync(new URL(name, caseDir), 'utf8');

/** Every path to a value of `value`, as keys and indices. */
function paths(value: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) {
    return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  }
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return [prefix];
}

function parentOf(
  root: Json,
  path: Array<string | number>,
): Record<string | number, Json> | undefined {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node?.[key] as Record<string | number, Json>;
  return typeof node === 'object' && node !== null ? node : undefined;
}

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'drop'; at: number }
  | { kind: 'repeat'; at: number };

function mutated(source: Json, mutation: Mutation): Json {
  const copy = structuredClone(source);
  const all = paths(copy).filter((p) => p.length > 0);
  const path = all[mutation.at % all.length] ?? [];
  const parent = parentOf(copy, path);
  const key = path.at(-1);
  if (!parent || key === undefined) return mutation.kind === 'replace' ? mutation.value : copy;
  if (mutation.kind === 'replace') parent[key] = mutation.value;
  else if (Array.isArray(parent) && typeof key === 'number') {
    if (mutation.kind === 'drop') parent.splice(key, 1);
    else parent.splice(key, 0, structuredClone(parent[key]));
  } else if (mutation.kind === 'drop') delete parent[key];
  else parent[`${String(key)}2`] = structuredClone(parent[key]);
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat() }),
);

/** Text cut at one place and something spliced in (a truncated or corrupted upload). */
const splice = (text: string) =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }))
    .map(([at, cut, inserted]) => text.slice(0, at) + inserted + text.slice(at + cut));

/** A JSON package mutated once or a few times, or its text spliced. */
export function mutatedPackages(names: readonly string[]): fc.Arbitrary<Json | string> {
  const sources = names.map((name) => JSON.parse(fixtureText(name)) as Json);
  const structural = fc
    .tuple(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([source, mutations]) => mutations.reduce(mutated, source));
  const textual = fc.constantFrom(...names.map(fixtureText)).chain((text) => splice(text));
  return fc.oneof({ arbitrary: structural, weight: 3 }, { arbitrary: textual, weight: 1 });
}

const CSV_NOISE = fc.constantFrom('"', ',', ';', '\n', '\r\n', '""', '\u0000', ' ', 'é', '\ud800');

/** A CSV text with a few cuts, insertions of CSV-significant characters, and lines swapped. */
export function mutatedSheets(texts: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat(),
    fc.nat({ max: 8 }),
    fc.oneof(CSV_NOISE, fc.string({ maxLength: 6 })),
  );
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean())
    .map(([text, edits, swap]) => {
      let out = edits.reduce((t, [at, cut, inserted]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + inserted + t.slice(i + cut);
      }, text);
      if (swap) {
        const lines = out.split('\n');
        const [a, b] = [1 % lines.length, lines.length - 1];
        [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
        out = lines.join('\n');
      }
      return out;
    });
}

/** The first lines of a spreadsheet: big enough to keep its shape, small enough to fuzz fast. */
export const headOf = (text: string, lines: number) => text.split('\n').slice(0, lines).join('\n');
