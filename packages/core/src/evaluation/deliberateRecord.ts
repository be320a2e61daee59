// A candidate's record decided in one call: the record's evidence, the rule set compiled on
// the referential's facts, the engine's decision — or, when the record itself is at fault, its
// located problems. The engine's reasons for deciding nothing are located in the record too.
import {
  compileRules,
  type Deliberation,
  type DeliberationOptions,
  deliberate,
  factsFromReferential,
  type Reason,
} from '../deliberation/index.ts';
import {
  type EvidenceContext,
  evidenceFromRecord,
  type RecordEvidence,
} from './evidenceFromRecord.ts';
import type { RecordProblem } from './problems.ts';
import type { EvaluationRecord } from './recordSchema.ts';

/** An engine reason, with the record path of the item it names when it names one. */
export type LocatedReason = Reason & { path?: string };

export type RecordDeliberation =
  | { status: 'invalid'; problems: RecordProblem[] }
  | (Exclude<Deliberation, { status: 'undecidable' }> & Pick<RecordEvidence, 'counted'>)
  | (Extract<Deliberation, { status: 'undecidable' }> & {
      reasons: LocatedReason[];
    } & Pick<RecordEvidence, 'counted'>);

export function locateReasons(
  reasons: readonly Reason[],
  sources: RecordEvidence['sources'],
): LocatedReason[] {
  return reasons.map((reason) => {
    const { instrument, item } = reason.at;
    const path =
      instrument === undefined || item === undefined ? undefined : sources[instrument]?.[item];
    return path === undefined ? reason : { ...reason, path };
  });
}

export function deliberateRecord(
  record: EvaluationRecord,
  context: EvidenceContext,
  options: DeliberationOptions = {},
): RecordDeliberation {
  const converted = evidenceFromRecord(record, context);
  if (!converted.ok) return { status: 'invalid', problems: converted.problems };
  const { evidence, sources, counted } = converted.value;
  const rules = compileRules(
    context.ruleSet,
    factsFromReferential(context.referential, context.ruleSet),
  );
  const deliberation = deliberate(rules, evidence, options);
  if (deliberation.status === 'decided') return { ...deliberation, counted };
  return { ...deliberation, reasons: locateReasons(deliberation.reasons, sources), counted };
}
