// The first draft of a new instrument (POST /api/instruments): what the certifier chose —
// kind, title, identifier, the referential version it is built on — and the least the format
// needs around it: one empty section, and for a grid or a jury guide the 0 / 30 / 50 / 70 /
// 100 % appreciation scale of seed 002 to write descriptors for.
import type { Instrument, InstrumentKind } from '@certeval/core/instruments/schema';
import { folded } from './referentialOptions.ts';
import { newScale } from './scaleDraft.ts';

export type NewInstrumentInput = {
  kind: InstrumentKind;
  title: string;
  key: string;
  certification: string;
  version: string;
  /** The scale's title and the first section's, in the author's language. */
  scaleTitle: string;
  sectionTitle: string;
  source: string;
};

/** Kinds whose items are placed on an appreciation scale rather than scored right or wrong. */
const SCALED_KINDS: readonly InstrumentKind[] = ['observation_grid', 'jury_guide', 'case_study'];

/** The identifier a title suggests: "Grille tuteur — Biscuiterie" → `grille-tuteur-biscuiterie`. */
export function slugOf(title: string): string {
  return folded(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function newInstrument(input: NewInstrumentInput): Instrument {
  const shell: Instrument = {
    format: 'certeval.instrument',
    formatVersion: 1,
    id: input.key,
    version: '1',
    status: 'draft',
    kind: input.kind,
    title: input.title.trim(),
    binding: { certification: input.certification, version: input.version },
    sources: [input.source],
    scales: [],
    sections: [{ id: 'S1', title: input.sectionTitle, items: [] }],
    discrepancies: [],
  };
  if (!SCALED_KINDS.includes(input.kind)) return shell;
  return { ...shell, scales: [{ ...newScale(shell, input.scaleTitle), id: 'echelle' }] };
}
