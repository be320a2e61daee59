// What each item of the record's instruments evaluates, and how people name it: the
// competences it reaches (instruments/coverage.ts: directly, or through the activity or
// mission that requires them, seed 000 slides 9-13), those it scores itself, and its name in
// an explanation — its code (M3A1, or M3A5.RSF8 for a savoir-faire line) or its own words.
import { coverage, type Instrument, type Item } from '../instruments/index.ts';
import type { ReferentialVersion } from '../referential/index.ts';

export interface ItemReach {
  /** Every competence the item evaluates. */
  all: Set<string>;
  /** Those it tags itself. */
  direct: Set<string>;
}

const key = (instrument: string, item: string) => `${instrument}\u0000${item}`;

export type ReachIndex = Map<string, ItemReach>;

export function reachOf(instruments: readonly Instrument[], version: ReferentialVersion) {
  const reach: ReachIndex = new Map();
  const entry = (instrument: string, item: string) => {
    const found = reach.get(key(instrument, item)) ?? { all: new Set(), direct: new Set() };
    reach.set(key(instrument, item), found);
    return found;
  };
  for (const row of coverage([...instruments], version).rows) {
    for (const cell of row.cells) {
      for (const item of cell.direct) {
        entry(cell.instrument, item).all.add(row.competence);
        entry(cell.instrument, item).direct.add(row.competence);
      }
      for (const { item } of cell.indirect) entry(cell.instrument, item).all.add(row.competence);
    }
  }
  return reach;
}

export function reachOfItem(reach: ReachIndex, instrument: string, item: string): ItemReach {
  return reach.get(key(instrument, item)) ?? { all: new Set(), direct: new Set() };
}

const MAX_NAME = 80;

/** M3A1 (a referential code), M3A5.RSF8 (a savoir-faire line), else the item's own words. */
export function itemName(item: Item, codes: ReadonlySet<string>): string {
  if (codes.has(item.id) || item.under !== undefined) return item.id;
  const words = item.type === 'observation' ? item.observation : item.stem;
  return words.length <= MAX_NAME ? words : `${words.slice(0, MAX_NAME - 1).trimEnd()}…`;
}
