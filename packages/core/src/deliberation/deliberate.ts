// One candidate, explained: evidence → synthesis grid → per-competence scores → a decision per
// domain or bloc and overall, with every condition in French and English and the rule-set
// version it was taken under (issue 6, item 2); where the rule set validates blocs on their
// own, each bloc acquired or not (issue 6, item 5). Bad input decides nothing.
import { accumulate, type Measure } from './accumulate.ts';
import { type BlocDecision, blocDecisions } from './blocs.ts';
import { type CarryOver, carryOver } from './carryOver.ts';
import type { CompiledRules } from './compile.ts';
import { missingEvidence } from './completeness.ts';
import { checkPasses, checkValue, type Scores } from './evaluate.ts';
import type { AcquiredUnit, DeliberationOptions, Evidence } from './evidence.ts';
import { type ConditionResult, explainCheck, unitVerdict } from './explain.ts';
import { finalConditions } from './finalRule.ts';
import { type SynthesisGrid, synthesisGrid } from './grid.ts';
import { namesOf } from './names.ts';
import type { Reason } from './reasons.ts';
import type { LocalText } from './ruleSetSchema.ts';

export interface RuleSetRef {
  id: string;
  certification: string;
  version: string;
}

export interface UnitDecision {
  unit: string;
  label: string;
  passed: boolean;
  /** Set when the unit was acquired at an earlier attempt and is still valid. */
  carriedOver?: AcquiredUnit;
  conditions: ConditionResult[];
  summary: LocalText;
}

interface Common {
  ruleSet: RuleSetRef;
  referentialVersion: string;
}

export interface Decided extends Common {
  status: 'decided';
  grid: SynthesisGrid;
  competenceScores: Record<string, number | null>;
  units: UnitDecision[];
  /** Each bloc acquired or not, when the rule set has a `blocs` section. */
  blocs?: BlocDecision[];
  overall: { passed: boolean; conditions: ConditionResult[]; summary: LocalText };
  /** Every line, in order: each unit's conditions and verdict, each bloc, then the final rule. */
  explanation: LocalText[];
}

export interface Undecidable extends Common {
  status: 'undecidable';
  reasons: Reason[];
}

export type Deliberation = Decided | Undecidable;

/** Changes the computed scores before deciding (what-if); returns the problems it meets. */
export type ScoreAdjustment = (scores: Scores) => Reason[];

function common(rules: CompiledRules): Common {
  const { id, certification, version } = rules.ruleSet;
  return {
    ruleSet: { id, certification, version },
    referentialVersion: rules.facts.referentialVersion,
  };
}

function carriedNote(unit: AcquiredUnit): LocalText {
  return {
    fr: `acquis le ${unit.acquiredOn}, reporté d'une session antérieure`,
    en: `acquired on ${unit.acquiredOn}, carried over from an earlier attempt`,
  };
}

function unitDecision(
  rules: CompiledRules,
  scores: Scores,
  u: number,
  carry: CarryOver,
  measures: readonly Measure[][],
): UnitDecision {
  const unit = rules.units[u] ?? { code: '', label: '', competences: [] };
  const carried = carry.carried.get(u);
  if (carried) {
    const verdict = unitVerdict(rules, unit.code, true);
    const note = carriedNote(carried);
    const summary = { fr: `${verdict.fr} (${note.fr})`, en: `${verdict.en} (${note.en})` };
    return {
      unit: unit.code,
      label: unit.label,
      passed: true,
      carriedOver: carried,
      conditions: [],
      summary,
    };
  }
  const conditions = (rules.unitChecks[u] ?? []).map((check) => {
    const value = checkValue(check, scores);
    const measured = check.kind === 'competence' || check.kind === 'acquired';
    const by = measured ? measures[check.competence] : undefined;
    return explainCheck(rules, check, value, checkPasses(check, value), by);
  });
  const passed = conditions.every((c) => c.passed);
  return {
    unit: unit.code,
    label: unit.label,
    passed,
    conditions,
    summary: unitVerdict(rules, unit.code, passed),
  };
}

function expiredNotes(rules: CompiledRules, carry: CarryOver): LocalText[] {
  const years = rules.ruleSet.validity.years ?? 0;
  const names = namesOf(rules);
  return carry.expired.map((unit) => ({
    fr: `${names.unit(unit.unit).fr} : acquis le ${unit.acquiredOn}, plus valable (validité ${years} ans), évalué à nouveau`,
    en: `${names.unit(unit.unit).en}: acquired on ${unit.acquiredOn}, no longer valid (${years}-year validity), evaluated again`,
  }));
}

/**
 * The decision from computed scores, every condition explained; `measures` are the items that
 * measured each competence, listed in its explanation.
 */
export function decide(
  rules: CompiledRules,
  scores: Scores,
  carry: CarryOver,
  options: DeliberationOptions = {},
  measures: readonly Measure[][] = [],
): Decided {
  const units = rules.units.map((_, u) => unitDecision(rules, scores, u, carry, measures));
  const blocs = blocDecisions(rules, units, options.decidedOn);
  const conditions = finalConditions(
    rules,
    units.map((d) => d.passed),
    scores.outcomes,
  );
  const passed = conditions.every((c) => c.passed);
  const { name, passed: yes, failed: no } = rules.ruleSet.final;
  const word = passed ? yes : no;
  const summary = { fr: `${name.fr} ${word.fr}`, en: `${name.en} ${word.en}` };
  const explanation = [
    ...expiredNotes(rules, carry),
    ...units.flatMap((d) => [...d.conditions.map((c) => c.message), d.summary]),
    ...(blocs ?? []).map((b) => b.summary),
    ...conditions.map((c) => c.message),
    summary,
  ];
  const competenceScores = Object.fromEntries(
    rules.competences.map((code, c) => {
      const value = scores.competences[c] ?? Number.NaN;
      return [code, Number.isNaN(value) ? null : value];
    }),
  );
  const grid = synthesisGrid(rules, scores);
  return {
    ...common(rules),
    status: 'decided',
    grid,
    competenceScores,
    units,
    ...(blocs ? { blocs } : {}),
    overall: { passed, conditions, summary },
    explanation,
  };
}

/** A cell or competence left empty by an invalid item is already explained by that item. */
function withoutEchoes(found: Reason[], missing: Reason[]): Reason[] {
  const echoes = new Set(['unit_without_items', 'competence_not_evaluated']);
  return missing.filter(
    (m) =>
      !echoes.has(m.code) ||
      !found.some(
        (f) =>
          f.at.unit === m.at.unit &&
          (m.code === 'competence_not_evaluated' || f.at.instrument === m.at.instrument),
      ),
  );
}

export function deliberate(
  rules: CompiledRules,
  evidence: Evidence,
  options: DeliberationOptions = {},
  adjust?: ScoreAdjustment,
): Deliberation {
  const carry = carryOver(rules, evidence.acquiredUnits ?? [], options.decidedOn);
  const acc = accumulate(rules, evidence.instruments);
  const adjusted = adjust ? adjust(acc.scores) : [];
  const carried = new Set(carry.carried.keys());
  const found = [...carry.reasons, ...acc.reasons, ...adjusted];
  const reasons = [...found, ...withoutEchoes(found, missingEvidence(rules, acc, carried))];
  if (reasons.length > 0) return { ...common(rules), status: 'undecidable', reasons };
  return decide(rules, acc.scores, carry, options, acc.measures);
}
