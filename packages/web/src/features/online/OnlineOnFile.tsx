import { useQuery } from '@tanstack/react-query';
import type { Membership } from '../auth/me.ts';
import type { CandidateFile } from '../candidates/candidatesApi.ts';
import { evaluationsQuery } from '../evaluations/evaluationsApi.ts';
import { AssignOnline } from './AssignOnlineForm.tsx';
import { QuestionnaireCards } from './QuestionnaireCards.tsx';

function CandidateCards({ file, space }: { file: CandidateFile; space: Membership }) {
  const evaluations = useQuery(evaluationsQuery(file.id));
  return <QuestionnaireCards evaluations={evaluations.data ?? []} space={space} />;
}

/**
 * The online questionnaire on a candidate's file: the candidate's cards to take one, their
 * trainer's "Faire passer en ligne". Nothing for the others.
 */
export function OnlineOnFile({ file, space }: { file: CandidateFile; space: Membership }) {
  if (space.role === 'candidate') return <CandidateCards file={file} space={space} />;
  if (space.role === 'trainer' && file.can.record) return <AssignOnline file={file} />;
  return null;
}
