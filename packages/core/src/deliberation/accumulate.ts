// From a candidate's evidence to the numbers the rules read: the mean of item percentages per
// instrument and domain (seed 000, slide 19: "Puis, réaliser une moyenne des pourcentages"),
// and per competence over the items that measure it. An item's percentage counts in the one
// domain (or bloc) it belongs to; which items measure a competence is the rule set's stated
// measure (aggregation.competenceMeasure, issue 17): every item evaluating it in any domain,
// those of its own domain, or only the items scoring it directly. Every value is rounded as the
// rule set says (two decimals by default), so that the rules compare what the grid shows.
// Every malformed piece of evidence is a located reason, never skipped silently.
import type { CompiledRules } from './compile.ts';
import { roundTo, type Scores } from './evaluate.ts';
import type { InstrumentEvidence, ItemResult } from './evidence.ts';
import { measureOf, measures } from './measure.ts';
import { namesOf } from './names.ts';
import { details, type Reason, reason } from './reasons.ts';

/** One item that counted in a competence's score, with the value it gave. */
export interface Measure {
  instrument: number;
  item: string;
  name: string;
  value: number;
}

export interface Accumulated {
  scores: Scores;
  reasons: Reason[];
  /** Instruments that counted and had evidence. */
  present: Set<number>;
  /** Per competence, the items that measured it, in evidence order. */
  measures: Measure[][];
}

interface Sums {
  cellSum: Float64Array;
  cellCount: Float64Array;
  compSum: Float64Array;
  compCount: Float64Array;
  outcomes: Float64Array;
  measures: Measure[][];
}

const isPercentage = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= 100;

function itemValue(rules: CompiledRules, i: number, item: ItemResult, at: object): number | Reason {
  const scale = rules.instruments[i]?.scale;
  const instrument = rules.instruments[i]?.id ?? '';
  const where = { instrument, ...at };
  const names = namesOf(rules);
  if (scale === 'percentage') {
    if (typeof item.score !== 'number')
      return reason('wrong_scale', where, details.wrongScale(scale), names);
    if (!isPercentage(item.score)) {
      return reason('score_out_of_range', where, details.scoreOutOfRange(item.score), names);
    }
    return item.score;
  }
  if (item.result === 'acquired') return 1;
  if (item.result === 'not_acquired') return 0;
  return reason('wrong_scale', where, details.wrongScale('outcome'), names);
}

/** Whether the rule set's measure lets this item, counted in unit u, count for competence c. */
export function measuredIn(rules: CompiledRules, item: ItemResult, c: number): boolean {
  const code = rules.competences[c] ?? '';
  const unit = rules.units[rules.competenceUnit[c] ?? -1]?.code;
  return measures(measureOf(rules.ruleSet), item, code, unit);
}

function addCompetences(
  rules: CompiledRules,
  sums: Sums,
  at: { i: number; u: number; k: number },
  item: ItemResult,
  value: number,
) {
  const byMean = rules.ruleSet.aggregation.competenceScore === 'mean_of_items';
  for (const code of new Set(item.competences ?? [])) {
    const c = rules.competenceIndex.get(code);
    if (c === undefined) continue; // a competence the rules do not read (e.g. a connaissance)
    if (!measuredIn(rules, item, c)) continue;
    sums.compCount[c] = (sums.compCount[c] ?? 0) + 1;
    if (byMean) sums.compSum[c] = (sums.compSum[c] ?? 0) + value;
    else sums.compSum[c] = Math.min(sums.compSum[c] ?? 1, value);
    const id = item.item ?? String(at.k + 1);
    sums.measures[c]?.push({ instrument: at.i, item: id, name: item.name ?? id, value });
  }
}

function addItems(rules: CompiledRules, sums: Sums, i: number, items: ItemResult[]): Reason[] {
  const reasons: Reason[] = [];
  const id = rules.instruments[i]?.id ?? '';
  const percentage = rules.instruments[i]?.scale === 'percentage';
  const competencesByScale =
    percentage === (rules.ruleSet.aggregation.competenceScore === 'mean_of_items');
  items.forEach((item, k) => {
    const u = rules.unitIndex.get(item.unit);
    const value = itemValue(rules, i, item, { item: k, unit: item.unit });
    if (u === undefined)
      reasons.push(
        reason(
          'unknown_unit',
          { instrument: id, item: k, unit: item.unit },
          details.unknownUnit(),
          namesOf(rules),
        ),
      );
    if (typeof value !== 'number') reasons.push(value);
    if (u === undefined || typeof value !== 'number') return;
    if (percentage && item.countsInUnit !== false) {
      const cell = u * rules.instruments.length + i;
      sums.cellSum[cell] = (sums.cellSum[cell] ?? 0) + value;
      sums.cellCount[cell] = (sums.cellCount[cell] ?? 0) + 1;
    }
    if (competencesByScale) addCompetences(rules, sums, { i, u, k }, item, value);
  });
  return reasons;
}

function addUnitScores(
  rules: CompiledRules,
  sums: Sums,
  i: number,
  scores: Record<string, number>,
) {
  const reasons: Reason[] = [];
  const instrument = rules.instruments[i];
  const names = namesOf(rules);
  for (const [unit, score] of Object.entries(scores)) {
    const at = { instrument: instrument?.id ?? '', unit };
    const u = rules.unitIndex.get(unit);
    if (u === undefined) reasons.push(reason('unknown_unit', at, details.unknownUnit(), names));
    else if (instrument?.scale !== 'percentage')
      reasons.push(reason('wrong_scale', at, details.wrongScale('outcome'), names));
    else if (!isPercentage(score))
      reasons.push(reason('score_out_of_range', at, details.scoreOutOfRange(score), names));
    else {
      const cell = u * rules.instruments.length + i;
      if ((sums.cellCount[cell] ?? 0) > 0)
        reasons.push(reason('conflicting_unit_score', at, details.conflictingUnitScore(), names));
      sums.cellSum[cell] = score;
      sums.cellCount[cell] = 1;
    }
  }
  return reasons;
}

function addOutcome(rules: CompiledRules, sums: Sums, i: number, evidence: InstrumentEvidence) {
  const instrument = rules.instruments[i];
  const at = { instrument: instrument?.id ?? '' };
  if (instrument?.scale !== 'outcome')
    return [reason('wrong_scale', at, details.wrongScale('percentage'), namesOf(rules))];
  sums.outcomes[i] = evidence.outcome === 'acquired' ? 1 : 0;
  return [];
}

function emptySums(rules: CompiledRules): Sums {
  const competences = rules.competences.length;
  return {
    cellSum: new Float64Array(rules.cellCount),
    cellCount: new Float64Array(rules.cellCount),
    compSum: new Float64Array(competences).fill(
      rules.ruleSet.aggregation.competenceScore === 'mean_of_items' ? 0 : 1,
    ),
    compCount: new Float64Array(competences),
    outcomes: new Float64Array(rules.instruments.length).fill(Number.NaN),
    measures: rules.competences.map(() => []),
  };
}

function finalScores(rules: CompiledRules, sums: Sums): Scores {
  const byMean = rules.ruleSet.aggregation.competenceScore === 'mean_of_items';
  const cells = sums.cellSum.map((sum, k) =>
    (sums.cellCount[k] ?? 0) > 0
      ? roundTo(sum / (sums.cellCount[k] ?? 1), rules.decimals)
      : Number.NaN,
  );
  const competences = sums.compSum.map((sum, c) => {
    const count = sums.compCount[c] ?? 0;
    if (count === 0) return Number.NaN;
    return byMean ? roundTo(sum / count, rules.decimals) : sum;
  });
  return { cells, competences, outcomes: sums.outcomes };
}

export function accumulate(rules: CompiledRules, evidence: InstrumentEvidence[]): Accumulated {
  const sums = emptySums(rules);
  const reasons: Reason[] = [];
  const present = new Set<number>();
  const seen = new Set<string>();
  const names = namesOf(rules);
  for (const entry of evidence) {
    const at = { instrument: entry.instrument };
    const i = rules.instrumentIndex.get(entry.instrument);
    if (i === undefined)
      reasons.push(reason('unknown_instrument', at, details.unknownInstrument(), names));
    else if (seen.has(entry.instrument))
      reasons.push(reason('duplicate_instrument', at, details.duplicateInstrument(), names));
    seen.add(entry.instrument);
    if (i === undefined) continue;
    // Evidence of an instrument that does not count is checked all the same, then dropped.
    const counts = rules.instruments[i]?.counts === true;
    const target = counts ? sums : emptySums(rules);
    if (counts) present.add(i);
    reasons.push(...addItems(rules, target, i, entry.items ?? []));
    reasons.push(...addUnitScores(rules, target, i, entry.unitScores ?? {}));
    if (entry.outcome !== undefined) reasons.push(...addOutcome(rules, target, i, entry));
  }
  return { scores: finalScores(rules, sums), reasons, present, measures: sums.measures };
}
