// Problems of an instrument located by JSON path (`$.sections[0].items[2].evaluates[1]`), as
// core's validateInstrument and the server's 400 give them, filed under the field of the
// editor they concern so that each is shown where it can be fixed.
import type { Instrument } from '@certeval/core/instruments/schema';

export type Message = { fr: string; en: string };
export type LocatedProblem = { path: string; message: Message };

/**
 * Core's `$.a[0].b` form for any path the server may give: `body/instrument/sections/0` (a
 * request schema error), `$.instrument.sections[0]`, or core's own.
 */
export function normalisePath(path: string): string {
  const dotted = path.startsWith('$')
    ? path
    : `$${path
        .split(/[/.]/)
        .filter((segment) => segment !== '')
        .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
        .join('')}`;
  return dotted.replace(/^\$\.body(?=[.[]|$)/, '$').replace(/^\$\.instrument(?=[.[]|$)/, '$');
}

/** The problems at `prefix` or anywhere inside it. */
export function problemsAt(
  problems: readonly LocatedProblem[],
  prefix: string,
  { exact = false } = {},
): LocatedProblem[] {
  return problems.filter(({ path }) => {
    if (path === prefix) return true;
    if (exact) return false;
    const next = path.charAt(prefix.length);
    return path.startsWith(prefix) && (next === '.' || next === '[');
  });
}

export function itemPath(instrument: Instrument, itemId: string): string | undefined {
  for (const [s, section] of instrument.sections.entries()) {
    const i = section.items.findIndex((item) => item.id === itemId);
    if (i !== -1) return `$.sections[${s}].items[${i}]`;
  }
  return undefined;
}

/** The field a path ends in below its place: `.choices[1].text` → choices, 2 (counted from 1). */
export type ProblemField = { name: string; number?: number };

/** What a path names, for the list of every problem: an item, a section, a scale, a card. */
export type ProblemPlace = (
  | { kind: 'item'; id: string; section: number; position: number }
  | { kind: 'section'; section: number }
  | { kind: 'scale'; scale: number; level?: number }
  | { kind: 'rolePlay'; card: number }
  | { kind: 'instrument' }
) & { field?: ProblemField };

function fieldAfter(path: string, prefix: string): { field?: ProblemField } {
  const match = /^\.([A-Za-z]+)(?:\[(\d+)\])?/.exec(path.slice(prefix.length));
  if (!match?.[1]) return {};
  const number = match[2] === undefined ? undefined : Number(match[2]) + 1;
  return { field: { name: match[1], ...(number ? { number } : {}) } };
}

function placeWithoutField(instrument: Instrument, normal: string): [ProblemPlace, string] {
  const item = /^\$\.sections\[(\d+)\]\.items\[(\d+)\]/.exec(normal);
  if (item) {
    const section = Number(item[1]);
    const position = Number(item[2]);
    const id = instrument.sections[section]?.items[position]?.id ?? '?';
    return [{ kind: 'item', id, section: section + 1, position: position + 1 }, item[0]];
  }
  const section = /^\$\.sections\[(\d+)\]/.exec(normal);
  if (section) return [{ kind: 'section', section: Number(section[1]) + 1 }, section[0]];
  const scale = /^\$\.scales\[(\d+)\](?:\.levels\[(\d+)\])?/.exec(normal);
  if (scale) {
    const level = scale[2] === undefined ? undefined : Number(scale[2]) + 1;
    return [{ kind: 'scale', scale: Number(scale[1]) + 1, ...(level ? { level } : {}) }, scale[0]];
  }
  const card = /^\$\.rolePlays\[(\d+)\]/.exec(normal);
  if (card) return [{ kind: 'rolePlay', card: Number(card[1]) + 1 }, card[0]];
  return [{ kind: 'instrument' }, '$'];
}

export function placeOf(instrument: Instrument, path: string): ProblemPlace {
  const normal = normalisePath(path);
  const [place, prefix] = placeWithoutField(instrument, normal);
  return { ...place, ...fieldAfter(normal, prefix) };
}
