// A candidate's gaps before the jury (issue 17, item 2): read off their evaluation record by the
// rule set of their route, what each savoir-faire is measured by so far — the items and their
// values —, the savoir-faire nothing measures yet, the items marked « non évalué » and why, and
// whatever makes the record invalid or the decision impossible. Never throws, never decides.
import { accumulate } from '../deliberation/accumulate.ts';
import {
  compileRules,
  deliberate,
  factsFromReferential,
  type LocalText,
  type MeasuredBy,
  measuredBy,
} from '../deliberation/index.ts';
import { locateReasons } from './deliberateRecord.ts';
import { type EvidenceContext, evidenceFromRecord } from './evidenceFromRecord.ts';
import type { EvaluationRecord } from './recordSchema.ts';

export interface KnowHowSoFar {
  competence: string;
  label: string;
  unit: string;
  /** Its score so far, rounded as the grid shows it; null while nothing measures it. */
  score: number | null;
  measuredBy: MeasuredBy[];
}

export interface NotEvaluatedItem {
  /** Record path of the result, e.g. $.evaluations[1].items[14]. */
  path: string;
  instrument: string;
  item: string;
  evaluator: string;
  reason: string;
}

export interface CandidateGaps {
  ruleSet: { id: string; version: string };
  /** invalid: the record has input errors; undecidable: evidence is missing; ready: decidable. */
  status: 'invalid' | 'undecidable' | 'ready';
  knowHow: KnowHowSoFar[];
  notEvaluated: NotEvaluatedItem[];
  /** The record's problems or the engine's reasons, each located and worded in fr and en. */
  problems: Array<{ code: string; path?: string; message: LocalText }>;
}

function notEvaluatedOf(record: EvaluationRecord): NotEvaluatedItem[] {
  return record.evaluations.flatMap((evaluation, e) =>
    evaluation.kind !== 'final'
      ? []
      : evaluation.items.flatMap((result, k) =>
          result.notEvaluated
            ? [
                {
                  path: `$.evaluations[${e}].items[${k}]`,
                  instrument: evaluation.instrument.id,
                  item: result.item,
                  evaluator: evaluation.evaluator.name,
                  reason: result.notEvaluated.reason,
                },
              ]
            : [],
        ),
  );
}

export function candidateGaps(record: EvaluationRecord, context: EvidenceContext): CandidateGaps {
  const { id, version } = context.ruleSet;
  const facts = factsFromReferential(context.referential, context.ruleSet);
  const rules = compileRules(context.ruleSet, facts);
  const notEvaluated = notEvaluatedOf(record);
  const converted = evidenceFromRecord(record, context);
  const knowHow = (scores?: Float64Array, measures?: ReturnType<typeof accumulate>['measures']) =>
    rules.competences.map((code, c) => {
      const score = scores?.[c];
      return {
        competence: code,
        label: facts.competenceLabels?.[code] ?? code,
        unit: rules.units[rules.competenceUnit[c] ?? -1]?.code ?? '',
        score: score === undefined || Number.isNaN(score) ? null : score,
        measuredBy: measuredBy(rules, measures?.[c] ?? []),
      };
    });
  if (!converted.ok)
    return {
      ruleSet: { id, version },
      status: 'invalid',
      knowHow: knowHow(),
      notEvaluated,
      problems: converted.problems,
    };
  const { evidence, sources } = converted.value;
  const acc = accumulate(rules, evidence.instruments);
  const decision = deliberate(rules, evidence);
  const reasons = decision.status === 'undecidable' ? locateReasons(decision.reasons, sources) : [];
  return {
    ruleSet: { id, version },
    status: decision.status === 'undecidable' ? 'undecidable' : 'ready',
    knowHow: knowHow(acc.scores.competences, acc.measures),
    notEvaluated,
    problems: reasons.map((r) => ({
      code: r.code,
      ...(r.path ? { path: r.path } : {}),
      message: r.message,
    })),
  };
}
