// What the domain selector and the competence picker offer: the nodes of the referential
// version the instrument is bound to that an item may be tagged with (core's EVALUABLE_TYPES),
// grouped so that a long list stays readable, and searched by code or words of the label,
// accents and case aside ("competence" finds "Compétence").

import { EVALUABLE_TYPES } from '@certeval/core/instruments/itemChecks';
import type { ReferentialNode, ReferentialVersion } from '@certeval/core/referential/fileSchema';

export type PickerOption = { value: string; label: string };
export type PickerGroup = { key: string; group: string; items: PickerOption[] };

/** Lower case without accents: "Élément" → "element". */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** Every word of the query appears in the text, in any order. */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = folded(text);
  return folded(query)
    .split(/\s+/)
    .filter((word) => word !== '')
    .every((word) => haystack.includes(word));
}

export function domainsOf(version: ReferentialVersion): ReferentialNode[] {
  return version.nodes.filter((node) => node.type === 'domain');
}

export function optionLabel(node: ReferentialNode): string {
  return `${node.code} — ${node.label}`;
}

/**
 * The options in referential order: competences by their domain (or bloc, or parent), then
 * the activities and what else an item may evaluate, by type. `nameOf` names a group: the
 * parent's code and label, or the node type's label.
 */
export function pickerGroups(
  version: ReferentialVersion,
  nameOf: (group: { parent?: ReferentialNode; type: ReferentialNode['type'] }) => string,
): PickerGroup[] {
  const byCode = new Map(version.nodes.map((node) => [node.code, node]));
  const groups = new Map<string, PickerGroup>();
  for (const node of version.nodes) {
    if (!EVALUABLE_TYPES.includes(node.type)) continue;
    const parent = node.type === 'competence' && node.parent ? byCode.get(node.parent) : undefined;
    const key = parent ? `${node.type}:${parent.code}` : node.type;
    const group = groups.get(key) ?? {
      key,
      group: nameOf(parent ? { parent, type: node.type } : { type: node.type }),
      items: [],
    };
    group.items.push({ value: node.code, label: optionLabel(node) });
    groups.set(key, group);
  }
  // Competences first: an item is tagged with what it evaluates, mostly competences.
  const rank = (group: PickerGroup) => (group.key.startsWith('competence') ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

/** The groups with only the options matching the query; empty groups dropped. */
export function filterGroups(groups: readonly PickerGroup[], query: string): PickerGroup[] {
  if (query.trim() === '') return [...groups];
  return groups
    .map((group) => ({ ...group, items: group.items.filter((o) => matchesQuery(o.label, query)) }))
    .filter((group) => group.items.length > 0);
}

/** Codes the item carries that the version does not have: still shown, so they can be removed. */
export function unknownCodes(version: ReferentialVersion, codes: readonly string[]): string[] {
  const known = new Set(version.nodes.map((node) => node.code));
  return codes.filter((code) => !known.has(code));
}
