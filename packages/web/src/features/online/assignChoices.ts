// The questionnaires a trainer may give a candidate to take online: the published ones of the
// candidate's certification, national or adapted for the candidate's company. The server checks
// the same (evaluations/service.ts evaluationProblems); this only spares a refused choice.
import type { InstrumentChoice } from '../evaluations/evaluationsApi.ts';

export function questionnairesToAssign(
  file: { certification: string; organisationId: string },
  catalogue: readonly InstrumentChoice[],
): InstrumentChoice[] {
  return catalogue.filter(
    (i) =>
      i.kind === 'questionnaire' &&
      i.status === 'published' &&
      i.certification === file.certification &&
      (!i.organisationId || i.organisationId === file.organisationId),
  );
}

/** An evaluation the candidate still has to take or finish, for a card on their file. */
export function toTake<T extends { status: string }>(list: readonly T[]): T[] {
  return list.filter((e) => e.status === 'assigned' || e.status === 'in_progress');
}
