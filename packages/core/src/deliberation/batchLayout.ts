// The layout of a cohort's evidence for the bulk path: which instrument, unit and competences
// each column of scores belongs to. Checked once with the same code as one candidate
// (accumulate, missingEvidence), then flattened into typed arrays: each column's cell slot and
// competence slots, and each unit's checks as ops (slots read, comparison, threshold).
import { accumulate, measuredIn } from './accumulate.ts';
import type { CompiledRules } from './compile.ts';
import { missingEvidence } from './completeness.ts';
import type { Evidence, InstrumentEvidence } from './evidence.ts';
import { type Reason, reason } from './reasons.ts';

export interface BatchColumn {
  instrument: string;
  unit: string;
  competences?: string[];
  /** 'unit_score': an already aggregated percentage for the unit (the jury's agreed one). */
  kind?: 'item' | 'unit_score';
}

export interface BatchLayout {
  columns: BatchColumn[];
}

/** Each unit's checks as ops: op o reads slots[slotStart[o] .. slotStart[o + 1]) (their mean). */
export interface BatchOps {
  unitStart: Int32Array;
  slotStart: Int32Array;
  slots: Int32Array;
  threshold: Float64Array;
  /** 1 for 'gt' (strictly above), 0 for 'gte' (at least). */
  strict: Uint8Array;
}

export interface Batch {
  rules: CompiledRules;
  layout: BatchLayout;
  /** Per column: its cell's slot (-1 when its instrument does not count), its first
   * competence's slot (-1 when none), further competences in slots[targetStart[j] ..]. */
  cellSlot: Int32Array;
  competenceSlot: Int32Array;
  targetStart: Int32Array;
  slots: Int32Array;
  /** Number of values per slot: cells first, then competences. */
  slotCount: Float64Array;
  ops: BatchOps;
}

/** One candidate's evidence from their row of scores, in column order. */
export function rowEvidence(layout: BatchLayout, row: ArrayLike<number>): Evidence {
  const byInstrument = new Map<string, InstrumentEvidence>();
  layout.columns.forEach((column, j) => {
    const entry = byInstrument.get(column.instrument) ?? { instrument: column.instrument };
    byInstrument.set(column.instrument, entry);
    const score = row[j] ?? Number.NaN;
    if (column.kind === 'unit_score')
      entry.unitScores = { ...entry.unitScores, [column.unit]: score };
    else
      entry.items = [
        ...(entry.items ?? []),
        { unit: column.unit, competences: column.competences ?? [], score },
      ];
  });
  return { instruments: [...byInstrument.values()] };
}

function layoutReasons(rules: CompiledRules, layout: BatchLayout): Reason[] {
  const percentageOnly =
    rules.ruleSet.aggregation.competenceScore === 'mean_of_items' &&
    rules.outcomeInstruments.length === 0;
  if (!percentageOnly) {
    const text = {
      fr: 'le traitement en masse ne lit que des pourcentages',
      en: 'the bulk path reads percentages only',
    };
    return [reason('invalid_rule_set', {}, text)];
  }
  const probe = rowEvidence(layout, new Float64Array(layout.columns.length).fill(50));
  const acc = accumulate(rules, probe.instruments);
  return [...acc.reasons, ...missingEvidence(rules, acc, new Set())];
}

function prefixSums(lengths: number[]): Int32Array {
  const starts = new Int32Array(lengths.length + 1);
  lengths.forEach((length, k) => {
    starts[k + 1] = (starts[k] ?? 0) + length;
  });
  return starts;
}

function compileOps(rules: CompiledRules): BatchOps {
  const checks = rules.unitChecks.flat();
  const slotsOf = checks.map((check) => {
    if (check.kind === 'instrument') return [check.cell];
    if (check.kind === 'mean') return check.cells;
    return [rules.cellCount + check.competence];
  });
  return {
    unitStart: prefixSums(rules.unitChecks.map((checks) => checks.length)),
    slotStart: prefixSums(slotsOf.map((slots) => slots.length)),
    slots: Int32Array.from(slotsOf.flat()),
    threshold: Float64Array.from(checks.map((c) => (c.kind === 'acquired' ? 1 : c.threshold))),
    strict: Uint8Array.from(
      checks.map((c) => (c.kind !== 'acquired' && c.comparison === 'gt' ? 1 : 0)),
    ),
  };
}

function columnSlots(
  rules: CompiledRules,
  column: BatchColumn,
): { cell: number; competences: number[] } {
  const i = rules.instrumentIndex.get(column.instrument) ?? 0;
  if (!rules.instruments[i]?.counts) return { cell: -1, competences: [] };
  const u = rules.unitIndex.get(column.unit) ?? 0;
  const cell = u * rules.instruments.length + i;
  const item = { unit: column.unit, competences: column.competences ?? [] };
  // The rule set's measure picks the competences a column counts for, as accumulate does.
  const competences = item.competences.flatMap((code) => {
    const c = rules.competenceIndex.get(code);
    return c === undefined || !measuredIn(rules, item, c) ? [] : [rules.cellCount + c];
  });
  return { cell, competences };
}

export function compileBatch(
  rules: CompiledRules,
  layout: BatchLayout,
): { ok: true; batch: Batch } | { ok: false; reasons: Reason[] } {
  const reasons = layoutReasons(rules, layout);
  if (reasons.length > 0) return { ok: false, reasons };
  const targets = layout.columns.map((column) => columnSlots(rules, column));
  const slotCount = new Float64Array(rules.cellCount + rules.competences.length);
  for (const { cell, competences } of targets) {
    for (const slot of cell >= 0 ? [cell, ...competences] : competences)
      slotCount[slot] = (slotCount[slot] ?? 0) + 1;
  }
  const extras = targets.map((t) => t.competences.slice(1));
  const batch: Batch = {
    rules,
    layout,
    cellSlot: Int32Array.from(targets.map((t) => t.cell)),
    competenceSlot: Int32Array.from(targets.map((t) => t.competences[0] ?? -1)),
    targetStart: prefixSums(extras.map((e) => e.length)),
    slots: Int32Array.from(extras.flat()),
    slotCount,
    ops: compileOps(rules),
  };
  return { ok: true, batch };
}
