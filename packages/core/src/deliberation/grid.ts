// The synthesis grid (seed 000, slide 19, "Grille de synthèse globale"): one row per counting
// percentage instrument (tutor, trainer, jury), one column per domain, and the column means
// ("réaliser une moyenne des pourcentages en colonne").
import type { CompiledRules } from './compile.ts';
import { meanOfCells, type Scores } from './evaluate.ts';

export interface SynthesisGrid {
  instruments: string[];
  units: string[];
  /** rows[instrument][unit]; null where nothing was evaluated (e.g. a carried-over bloc). */
  rows: Array<Array<number | null>>;
  /** Mean of each column; null when a cell of the column is empty. */
  means: Array<number | null>;
}

const orNull = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? null : value;

export function synthesisGrid(rules: CompiledRules, scores: Scores): SynthesisGrid {
  const perInstrument = rules.instruments.length;
  const rowIndexes = rules.instruments.flatMap((inst, i) =>
    inst.counts && inst.scale === 'percentage' ? [i] : [],
  );
  const cellsOfUnit = (u: number) => rowIndexes.map((i) => u * perInstrument + i);
  return {
    instruments: rowIndexes.map((i) => rules.instruments[i]?.id ?? ''),
    units: rules.units.map((unit) => unit.code),
    rows: rowIndexes.map((i) =>
      rules.units.map((_, u) => orNull(scores.cells[u * perInstrument + i])),
    ),
    means: rules.units.map((_, u) =>
      rowIndexes.length === 0 ? null : orNull(meanOfCells(scores.cells, cellsOfUnit(u))),
    ),
  };
}
