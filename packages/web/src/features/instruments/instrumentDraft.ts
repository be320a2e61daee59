// The editor's local draft of an instrument: the whole document "Enregistrer" sends (PUT
// /api/instruments/:key/versions/:version), changed by small actions — reorder, tag, edit —
// so that every change can be tested without a browser. Items and sections are addressed by
// id (unique in a valid instrument), which stays true while they move.

import type { RolePlay } from '@certeval/core/instruments/formSchema';
import type {
  AppreciationScale,
  Instrument,
  Item,
  Section,
} from '@certeval/core/instruments/schema';
import { moved, removeAt, replaceAt } from '../../ui/listEdits.ts';

export type DraftAction =
  | { type: 'reset'; instrument: Instrument }
  | { type: 'setTitle'; title: string }
  | { type: 'setDescription'; description: string }
  | { type: 'moveItem'; item: string; by: -1 | 1 }
  | { type: 'moveItemToSection'; item: string; section: string }
  | { type: 'addItem'; section: string; item: Item }
  | { type: 'removeItem'; item: string }
  | { type: 'replaceItem'; item: string; with: Item }
  | { type: 'addSection'; section: Section }
  | { type: 'removeSection'; section: string }
  | { type: 'moveSection'; section: string; by: -1 | 1 }
  | { type: 'setSection'; section: string; title: string; domain: string | undefined }
  | { type: 'addScale'; scale: AppreciationScale }
  | { type: 'replaceScale'; index: number; with: AppreciationScale }
  | { type: 'removeScale'; index: number }
  | { type: 'addRolePlay'; rolePlay: RolePlay }
  | { type: 'replaceRolePlay'; index: number; with: RolePlay }
  | { type: 'removeRolePlay'; index: number }
  | { type: 'moveRolePlay'; index: number; by: -1 | 1 };

/** Where an item sits: its section's and its own index. */
export function locateItem(
  instrument: Instrument,
  id: string,
): { section: number; item: number } | undefined {
  for (const [section, { items }] of instrument.sections.entries()) {
    const item = items.findIndex((candidate) => candidate.id === id);
    if (item !== -1) return { section, item };
  }
  return undefined;
}

export function findItem(instrument: Instrument, id: string): Item | undefined {
  const at = locateItem(instrument, id);
  return at ? instrument.sections[at.section]?.items[at.item] : undefined;
}

function mapSection(
  instrument: Instrument,
  index: number,
  change: (section: Section) => Section,
): Instrument {
  return {
    ...instrument,
    sections: instrument.sections.map((section, i) => (i === index ? change(section) : section)),
  };
}

/** One place up or down inside its section; nothing at the section's boundary. */
export function moveItem(instrument: Instrument, id: string, by: -1 | 1): Instrument {
  const at = locateItem(instrument, id);
  if (!at) return instrument;
  return mapSection(instrument, at.section, (section) => ({
    ...section,
    items: moved(section.items, at.item, by),
  }));
}

/** To the end of another section. */
export function moveItemToSection(instrument: Instrument, id: string, target: string): Instrument {
  const at = locateItem(instrument, id);
  const to = instrument.sections.findIndex((section) => section.id === target);
  const item = at && instrument.sections[at.section]?.items[at.item];
  if (!at || !item || to === -1 || to === at.section) return instrument;
  const without = mapSection(instrument, at.section, (section) => ({
    ...section,
    items: section.items.filter((candidate) => candidate.id !== id),
  }));
  return mapSection(without, to, (section) => ({ ...section, items: [...section.items, item] }));
}

export function replaceItem(instrument: Instrument, id: string, item: Item): Instrument {
  const at = locateItem(instrument, id);
  if (!at) return instrument;
  return mapSection(instrument, at.section, (section) => ({
    ...section,
    items: replaceAt(section.items, at.item, item),
  }));
}

function sectionIndex(instrument: Instrument, id: string): number {
  return instrument.sections.findIndex((section) => section.id === id);
}

function withSection(section: Section, title: string, domain: string | undefined): Section {
  const { title: _t, domain: _d, items, id } = section;
  return {
    id,
    ...(title.trim() === '' ? {} : { title }),
    ...(domain ? { domain } : {}),
    items,
  };
}

function withDescription(instrument: Instrument, description: string): Instrument {
  const { description: _previous, ...rest } = instrument;
  if (description.trim() === '') return rest;
  return { ...rest, description };
}

function sectionAction(instrument: Instrument, action: DraftAction): Instrument | undefined {
  switch (action.type) {
    case 'addSection':
      return { ...instrument, sections: [...instrument.sections, action.section] };
    case 'removeSection':
      // An instrument keeps at least one section (the schema says so).
      return instrument.sections.length <= 1
        ? instrument
        : {
            ...instrument,
            sections: removeAt(instrument.sections, sectionIndex(instrument, action.section)),
          };
    case 'moveSection':
      return {
        ...instrument,
        sections: moved(instrument.sections, sectionIndex(instrument, action.section), action.by),
      };
    case 'setSection':
      return mapSection(instrument, sectionIndex(instrument, action.section), (section) =>
        withSection(section, action.title, action.domain),
      );
    case 'addItem':
      return mapSection(instrument, sectionIndex(instrument, action.section), (section) => ({
        ...section,
        items: [...section.items, action.item],
      }));
    default:
      return undefined;
  }
}

function listAction(instrument: Instrument, action: DraftAction): Instrument | undefined {
  switch (action.type) {
    case 'addScale':
      return { ...instrument, scales: [...instrument.scales, action.scale] };
    case 'replaceScale':
      return { ...instrument, scales: replaceAt(instrument.scales, action.index, action.with) };
    case 'removeScale':
      return { ...instrument, scales: removeAt(instrument.scales, action.index) };
    case 'addRolePlay':
      return { ...instrument, rolePlays: [...(instrument.rolePlays ?? []), action.rolePlay] };
    case 'replaceRolePlay':
      return {
        ...instrument,
        rolePlays: replaceAt(instrument.rolePlays ?? [], action.index, action.with),
      };
    case 'removeRolePlay': {
      // The last card gone, the optional list goes too rather than staying as [].
      const { rolePlays: _previous, ...rest } = instrument;
      const cards = removeAt(instrument.rolePlays ?? [], action.index);
      return cards.length > 0 ? { ...rest, rolePlays: cards } : rest;
    }
    case 'moveRolePlay':
      return {
        ...instrument,
        rolePlays: moved(instrument.rolePlays ?? [], action.index, action.by),
      };
    default:
      return undefined;
  }
}

/** The draft after one action of the editor. */
export function draftReducer(instrument: Instrument, action: DraftAction): Instrument {
  switch (action.type) {
    case 'reset':
      return action.instrument;
    case 'setTitle':
      return { ...instrument, title: action.title };
    case 'setDescription':
      return withDescription(instrument, action.description);
    case 'moveItem':
      return moveItem(instrument, action.item, action.by);
    case 'moveItemToSection':
      return moveItemToSection(instrument, action.item, action.section);
    case 'removeItem':
      return {
        ...instrument,
        sections: instrument.sections.map((section) => ({
          ...section,
          items: section.items.filter((item) => item.id !== action.item),
        })),
      };
    case 'replaceItem':
      return replaceItem(instrument, action.item, action.with);
    default:
      return sectionAction(instrument, action) ?? listAction(instrument, action) ?? instrument;
  }
}

/** Every item id and section id in use, to make new ones from. */
function usedIds(instrument: Instrument): Set<string> {
  return new Set(
    instrument.sections.flatMap((section) => [section.id, ...section.items.map((item) => item.id)]),
  );
}

/** `prefix1`, `prefix2`…: the first id of that shape nobody uses. */
export function freshId(used: ReadonlySet<string>, prefix: string): string {
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** A new item's id, after its section's: `R.4` in section R, `S2.1` in section S2. */
export function nextItemId(instrument: Instrument, section: string): string {
  const safe = section.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return freshId(usedIds(instrument), `${safe || 'item'}.`);
}

export function nextSectionId(instrument: Instrument): string {
  return freshId(usedIds(instrument), 'S');
}

/** Whether two documents say the same, whatever the order of their keys. */
export function sameDocument(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, i) => sameDocument(value, b[i]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  const defined = (value: object) =>
    Object.entries(value).filter(([, field]) => field !== undefined);
  const left = defined(a);
  const right = new Map(defined(b));
  return (
    left.length === right.size &&
    left.every(([key, value]) => right.has(key) && sameDocument(value, right.get(key)))
  );
}
