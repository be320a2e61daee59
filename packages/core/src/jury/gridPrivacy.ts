// Who reads the jury's evaluations of a candidate (issue 14). A member's grid (seed 002, grille
// de report) is the member's own, then the president's while the jury deliberates — the
// president collects the members' percentages — and no longer once the decision is signed.
// The president's synthesis grid is the jury's until signed, then the signed decision every
// reader of the file reads. The shell's policy names the people; this says which deliberation
// each evaluation belongs to and where it stands.

/** One of a candidate's deliberations as the file's readers see it. */
export interface FileDeliberation {
  juryCandidateId: string;
  signed: boolean;
  /** The member presiding its session, if any yet. */
  presidentId: string | null;
}

/** What of an evaluation says whose it is: a member's grid, the synthesis, or neither. */
export interface JuryEvaluation {
  evaluatorRole: string;
  /** The deliberation it was filled for; null for an evaluation outside one (a record). */
  juryCandidateId: string | null;
  status: string;
}

export type JuryEvaluationKind = 'member_grid' | 'synthesis';

export function juryEvaluationKind(e: Pick<JuryEvaluation, 'evaluatorRole'>) {
  if (e.evaluatorRole === 'jury_member') return 'member_grid' as const;
  if (e.evaluatorRole === 'jury_president') return 'synthesis' as const;
  return undefined;
}

/** The deliberations an evaluation belongs to: its own, or every one of the candidate's. */
function deliberationsOfEvaluation(e: JuryEvaluation, all: readonly FileDeliberation[]) {
  return e.juryCandidateId === null
    ? all
    : all.filter((d) => d.juryCandidateId === e.juryCandidateId);
}

/** Who presides a deliberation in progress the evaluation belongs to: they read it. */
export function presidingOver(e: JuryEvaluation, all: readonly FileDeliberation[]): string[] {
  return deliberationsOfEvaluation(e, all).flatMap((d) =>
    !d.signed && d.presidentId ? [d.presidentId] : [],
  );
}

/**
 * Whether a synthesis grid is part of a signed decision, which every reader of the file reads;
 * a synthesis recorded outside any deliberation (an imported record) is read as such too.
 */
export function synthesisSigned(e: JuryEvaluation, all: readonly FileDeliberation[]): boolean {
  if (e.status !== 'submitted') return false;
  return e.juryCandidateId === null || deliberationsOfEvaluation(e, all).some((d) => d.signed);
}

/** Whether a signed decision stands on the file: it is then frozen (candidates/decidedFile). */
export const fileDecision = (all: readonly FileDeliberation[]) => ({
  signed: all.some((d) => d.signed),
});
