// What no package may hold, whatever CASE allows, because the referential could not be stored
// or served afterwards: a NUL character or half a surrogate pair in a text (PostgreSQL's text
// and jsonb refuse both), values nested deeper than any framework needs, and identifiers too
// or codes too long to index. Checked before anything is read, so that a bad file is a located problem and
// never a failure of the database half-way through an import.
import type { Message } from '../problems.ts';
import { type CaseProblem, caseProblem } from './caseProblems.ts';

export const MAX_DEPTH = 64;
// PostgreSQL indexes at most ~2,700 bytes per entry; 500 UTF-16 units are at most 1,500 bytes.
export const MAX_IDENTIFIER = 500;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const HALF_PAIR = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unfit = (text: string) => text.includes(String.fromCharCode(0)) || HALF_PAIR.test(text);

const messages = {
  character: (): Message => ({
    fr: 'Ce texte contient un caractère qui ne peut pas être enregistré (NUL ou moitié de paire de substitution UTF-16).',
    en: 'This text holds a character that cannot be stored (NUL or half a UTF-16 surrogate pair).',
  }),
  depth: (): Message => ({
    fr: `Valeur imbriquée sur plus de ${MAX_DEPTH} niveaux : ce n’est pas un paquet CASE.`,
    en: `Value nested more than ${MAX_DEPTH} levels deep: this is not a CASE package.`,
  }),
  identifier: (): Message => ({
    fr: `Identifiant ou code de plus de ${MAX_IDENTIFIER} caractères.`,
    en: `Identifier or code longer than ${MAX_IDENTIFIER} characters.`,
  }),
};

const childPath = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`;

/** The first thing in `value` that could not be stored, as a problem at its path. */
export function unstorable(value: unknown): CaseProblem | undefined {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [
    { value, path: '$', depth: 0 },
  ];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof current === 'string') {
      if (unfit(current)) return caseProblem('invalid_case_package', path, messages.character());
      const indexed = path.endsWith('.identifier') || path.endsWith('.humanCodingScheme');
      if (indexed && current.length > MAX_IDENTIFIER) {
        return caseProblem('invalid_case_package', path, messages.identifier());
      }
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_DEPTH) return caseProblem('invalid_case_package', path, messages.depth());
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((v, i) => [i, v])
      : Object.entries(current);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && unfit(key)) {
        return caseProblem('invalid_case_package', childPath(path, key), messages.character());
      }
      stack.push({ value: child, path: childPath(path, key), depth: depth + 1 });
    }
  }
  return undefined;
}
