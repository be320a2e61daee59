// What-if before signing (issue 6, item 2): the same evidence with some percentages replaced
// (e.g. domain OT, jury = 55), the new decision, and which conditions changed.
import type { CompiledRules } from './compile.ts';
import { type Deliberation, deliberate } from './deliberate.ts';
import type { Scores } from './evaluate.ts';
import { roundTo } from './evaluate.ts';
import type { DeliberationOptions, Evidence, Outcome } from './evidence.ts';
import type { ConditionResult } from './explain.ts';
import { namesOf } from './names.ts';
import {
  details,
  reason as located,
  type Reason,
  type ReasonCode,
  type ReasonLocation,
} from './reasons.ts';
import type { LocalText } from './ruleSetSchema.ts';

export type Override =
  /** One cell of the synthesis grid: an instrument's percentage for a domain. */
  | { instrument: string; unit: string; score: number }
  /** One competence's score, or its Acquis / Non acquis. */
  | { competence: string; score?: number; result?: Outcome };

export interface ConditionChange {
  id: string;
  before: ConditionResult | null;
  after: ConditionResult | null;
}

export interface WhatIf {
  before: Deliberation;
  after: Deliberation;
  /** True when the overall verdict, a unit's verdict or the status changed. */
  decisionChanged: boolean;
  changes: ConditionChange[];
}

const inRange = (score: unknown): score is number =>
  typeof score === 'number' && score >= 0 && score <= 100;

function applyOne(rules: CompiledRules, scores: Scores, override: Override): Reason[] {
  const reason = (code: ReasonCode, at: ReasonLocation, detail: LocalText) =>
    located(code, at, detail, namesOf(rules));
  if ('instrument' in override) {
    const i = rules.instrumentIndex.get(override.instrument);
    const u = rules.unitIndex.get(override.unit);
    const at = { instrument: override.instrument, unit: override.unit };
    if (i === undefined) return [reason('unknown_instrument', at, details.unknownInstrument())];
    if (u === undefined) return [reason('unknown_unit', at, details.unknownUnit())];
    if (!inRange(override.score))
      return [reason('score_out_of_range', at, details.scoreOutOfRange(override.score))];
    scores.cells[u * rules.instruments.length + i] = roundTo(override.score, rules.decimals);
    return [];
  }
  const c = rules.competenceIndex.get(override.competence);
  const at = { competence: override.competence };
  if (c === undefined) return [reason('unknown_unit', at, details.unknownUnit())];
  if (rules.ruleSet.aggregation.competenceScore === 'all_acquired') {
    if (override.result === undefined)
      return [reason('wrong_scale', at, details.wrongScale('outcome'))];
    scores.competences[c] = override.result === 'acquired' ? 1 : 0;
    return [];
  }
  if (!inRange(override.score))
    return [reason('score_out_of_range', at, details.scoreOutOfRange(override.score))];
  scores.competences[c] = roundTo(override.score, rules.decimals);
  return [];
}

function conditionsById(deliberation: Deliberation): Map<string, ConditionResult> {
  if (deliberation.status !== 'decided') return new Map();
  const all = [
    ...deliberation.units.flatMap((u) => u.conditions),
    ...deliberation.overall.conditions,
  ];
  return new Map(all.map((c) => [c.id, c]));
}

function verdicts(deliberation: Deliberation): string {
  if (deliberation.status !== 'decided') return 'undecidable';
  return [deliberation.overall.passed, ...deliberation.units.map((u) => u.passed)].join(',');
}

export function whatIf(
  rules: CompiledRules,
  evidence: Evidence,
  overrides: Override[],
  options: DeliberationOptions = {},
): WhatIf {
  const before = deliberate(rules, evidence, options);
  const after = deliberate(rules, evidence, options, (scores) =>
    overrides.flatMap((override) => applyOne(rules, scores, override)),
  );
  const was = conditionsById(before);
  const now = conditionsById(after);
  const ids = [...new Set([...was.keys(), ...now.keys()])];
  const changes = ids.flatMap((id) => {
    const b = was.get(id) ?? null;
    const a = now.get(id) ?? null;
    const same = b !== null && a !== null && b.passed === a.passed && b.value === a.value;
    return same ? [] : [{ id, before: b, after: a }];
  });
  return { before, after, decisionChanged: verdicts(before) !== verdicts(after), changes };
}
