// The synthesis grid (seed 000, slide 19, "Grille de synthèse globale"): one row per counting
// percentage instrument (tutor, trainer, jury), one column per domain, and the column means
// ("réaliser une moyenne des pourcentages en colonne"), every value rounded as the rule set
// says (two decimals by default) so that the grid shows what the rules compare.
import type { CompiledRules } from './compile.ts';
import { meanOfCells, roundTo, type Scores } from './evaluate.ts';
import type { LocalText } from './ruleSetSchema.ts';

export interface SynthesisGrid {
  /** Rule-set instrument ids, one per row. */
  instruments: string[];
  /** The rows' instruments as people name them (tuteur / tutor). */
  instrumentLabels: LocalText[];
  /** Unit codes, one per column. */
  units: string[];
  /** The units' labels in the referential (Relation client / Argumentation). */
  unitLabels: string[];
  /** rows[instrument][unit]; null where nothing was evaluated (e.g. a carried-over bloc). */
  rows: Array<Array<number | null>>;
  /** Mean of each column; null when a cell of the column is empty. */
  means: Array<number | null>;
  /** Decimals every value is rounded to, and compared at. */
  decimals: number;
}

const orNull = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? null : value;

export function synthesisGrid(rules: CompiledRules, scores: Scores): SynthesisGrid {
  const perInstrument = rules.instruments.length;
  const rowIndexes = rules.instruments.flatMap((inst, i) =>
    inst.counts && inst.scale === 'percentage' ? [i] : [],
  );
  const cellsOfUnit = (u: number) => rowIndexes.map((i) => u * perInstrument + i);
  const mean = (u: number) => roundTo(meanOfCells(scores.cells, cellsOfUnit(u)), rules.decimals);
  return {
    instruments: rowIndexes.map((i) => rules.instruments[i]?.id ?? ''),
    instrumentLabels: rowIndexes.map((i) => rules.instruments[i]?.label ?? { fr: '', en: '' }),
    units: rules.units.map((unit) => unit.code),
    unitLabels: rules.units.map((unit) => unit.label),
    rows: rowIndexes.map((i) =>
      rules.units.map((_, u) => orNull(scores.cells[u * perInstrument + i])),
    ),
    means: rules.units.map((_, u) => (rowIndexes.length === 0 ? null : orNull(mean(u)))),
    decimals: rules.decimals,
  };
}
