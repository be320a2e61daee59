// From a candidate's evidence to the numbers the rules read: the mean of item percentages per
// instrument and domain (seed 000, slide 19: "Puis, réaliser une moyenne des pourcentages"),
// and per competence over every item tagged with it. An item's percentage counts in the one
// domain (or bloc) it belongs to, but it evidences every savoir-faire it is tagged with,
// whatever their domain: a tutor's line on activity M2A6, counted in PO, also shows how the
// candidate masters RSF5, which mission M2 requires (seed 000, slides 10 and 19: "chaque
// savoir-faire est maîtrisé au minimum à 30" is a condition on the savoir-faire, not on a
// cell of the grid). Every malformed piece of evidence is a located reason, never skipped
// silently.
import type { CompiledRules } from './compile.ts';
import type { Scores } from './evaluate.ts';
import type { InstrumentEvidence, ItemResult } from './evidence.ts';
import { details, type Reason, reason } from './reasons.ts';

export interface Accumulated {
  scores: Scores;
  reasons: Reason[];
  /** Instruments that counted and had evidence. */
  present: Set<number>;
}

interface Sums {
  cellSum: Float64Array;
  cellCount: Float64Array;
  compSum: Float64Array;
  compCount: Float64Array;
  outcomes: Float64Array;
}

const isPercentage = (value: unknown): value is number =>
  typeof value === 'number' && value >= 0 && value <= 100;

function itemValue(rules: CompiledRules, i: number, item: ItemResult, at: object): number | Reason {
  const scale = rules.instruments[i]?.scale;
  const instrument = rules.instruments[i]?.id ?? '';
  const where = { instrument, ...at };
  if (scale === 'percentage') {
    if (typeof item.score !== 'number')
      return reason('wrong_scale', where, details.wrongScale(scale));
    if (!isPercentage(item.score)) {
      return reason('score_out_of_range', where, details.scoreOutOfRange(item.score));
    }
    return item.score;
  }
  if (item.result === 'acquired') return 1;
  if (item.result === 'not_acquired') return 0;
  return reason('wrong_scale', where, details.wrongScale('outcome'));
}

function addCompetences(rules: CompiledRules, sums: Sums, item: ItemResult, value: number) {
  const byMean = rules.ruleSet.aggregation.competenceScore === 'mean_of_items';
  for (const code of new Set(item.competences ?? [])) {
    const c = rules.competenceIndex.get(code);
    if (c === undefined) continue; // a competence the rules do not read (e.g. a connaissance)
    sums.compCount[c] = (sums.compCount[c] ?? 0) + 1;
    if (byMean) sums.compSum[c] = (sums.compSum[c] ?? 0) + value;
    else sums.compSum[c] = Math.min(sums.compSum[c] ?? 1, value);
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
        reason('unknown_unit', { instrument: id, item: k, unit: item.unit }, details.unknownUnit()),
      );
    if (typeof value !== 'number') reasons.push(value);
    if (u === undefined || typeof value !== 'number') return;
    if (percentage && item.countsInUnit !== false) {
      const cell = u * rules.instruments.length + i;
      sums.cellSum[cell] = (sums.cellSum[cell] ?? 0) + value;
      sums.cellCount[cell] = (sums.cellCount[cell] ?? 0) + 1;
    }
    if (competencesByScale) addCompetences(rules, sums, item, value);
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
  for (const [unit, score] of Object.entries(scores)) {
    const at = { instrument: instrument?.id ?? '', unit };
    const u = rules.unitIndex.get(unit);
    if (u === undefined) reasons.push(reason('unknown_unit', at, details.unknownUnit()));
    else if (instrument?.scale !== 'percentage')
      reasons.push(reason('wrong_scale', at, details.wrongScale('outcome')));
    else if (!isPercentage(score))
      reasons.push(reason('score_out_of_range', at, details.scoreOutOfRange(score)));
    else {
      const cell = u * rules.instruments.length + i;
      if ((sums.cellCount[cell] ?? 0) > 0)
        reasons.push(reason('conflicting_unit_score', at, details.conflictingUnitScore()));
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
    return [reason('wrong_scale', at, details.wrongScale('percentage'))];
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
  };
}

function finalScores(rules: CompiledRules, sums: Sums): Scores {
  const byMean = rules.ruleSet.aggregation.competenceScore === 'mean_of_items';
  const cells = sums.cellSum.map((sum, k) =>
    (sums.cellCount[k] ?? 0) > 0 ? sum / (sums.cellCount[k] ?? 1) : Number.NaN,
  );
  const competences = sums.compSum.map((sum, c) => {
    const count = sums.compCount[c] ?? 0;
    if (count === 0) return Number.NaN;
    return byMean ? sum / count : sum;
  });
  return { cells, competences, outcomes: sums.outcomes };
}

export function accumulate(rules: CompiledRules, evidence: InstrumentEvidence[]): Accumulated {
  const sums = emptySums(rules);
  const reasons: Reason[] = [];
  const present = new Set<number>();
  const seen = new Set<string>();
  for (const entry of evidence) {
    const at = { instrument: entry.instrument };
    const i = rules.instrumentIndex.get(entry.instrument);
    if (i === undefined)
      reasons.push(reason('unknown_instrument', at, details.unknownInstrument()));
    else if (seen.has(entry.instrument))
      reasons.push(reason('duplicate_instrument', at, details.duplicateInstrument()));
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
  return { scores: finalScores(rules, sums), reasons, present };
}
