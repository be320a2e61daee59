// Which of a candidate's evaluations a person reads (issue 14): every one, except the jury's —
// a member's grid only as the policy's `jury_grid.read` lets them (its member, the president
// while the jury deliberates, the certifier), the president's synthesis once its decision is
// signed, or before as `jury_synthesis.read` lets them (the candidate's jury, the certifier).
// Every read of evaluations goes through it: one, its history, the list, the follow-up
// booklet, the exported record.
import {
  type FileDeliberation,
  type JuryEvaluation,
  juryEvaluationKind,
  presidingOver,
  synthesisSigned,
} from '@certeval/core';
import { type Actor, can, type Resource } from '../platform/policy.ts';

export interface ReadableEvaluation extends JuryEvaluation {
  evaluatorId: string | null;
}

/** Whether `actor`, who reads the candidate's file (`resource`), reads this evaluation. */
export function evaluationReadable(
  actor: Actor,
  evaluation: ReadableEvaluation,
  resource: Resource,
  deliberations: readonly FileDeliberation[],
): boolean {
  switch (juryEvaluationKind(evaluation)) {
    case 'member_grid':
      return can(actor, 'jury_grid.read', {
        ...resource,
        evaluatorId: evaluation.evaluatorId,
        presidingIds: presidingOver(evaluation, deliberations),
      });
    case 'synthesis':
      return (
        synthesisSigned(evaluation, deliberations) || can(actor, 'jury_synthesis.read', resource)
      );
    default:
      return true;
  }
}

/** The evaluations among `rows` the actor reads. */
export function readableEvaluations<T extends ReadableEvaluation>(
  actor: Actor,
  rows: readonly T[],
  resource: Resource,
  deliberations: readonly FileDeliberation[],
): T[] {
  return rows.filter((row) => evaluationReadable(actor, row, resource, deliberations));
}
