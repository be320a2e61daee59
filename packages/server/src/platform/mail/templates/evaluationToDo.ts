// "Evaluation to do": a tutor or a trainer learns that a candidate they follow was positioned
// or entered training (candidates/service.ts, applyMove), so evaluations wait for them. A
// notice, not a step of the procedure: its recipient may switch it off.
import type { MailTemplate } from './template.ts';
import { greeting } from './template.ts';

export interface EvaluationToDoData {
  recipientName: string;
  candidateName: string;
  /** The stage the file reached. */
  stage: 'positioned' | 'in_training';
  candidateId: string;
}

const STAGES = {
  positioned: {
    fr: 'a été positionné(e) : son parcours de formation peut commencer et vos évaluations continues sont attendues.',
    en: 'was positioned: their training can begin and your continuous evaluations are expected.',
  },
  in_training: {
    fr: 'est entré(e) en formation : vos évaluations, jusqu’aux évaluations finales, sont attendues.',
    en: 'entered training: your evaluations, up to the final ones, are expected.',
  },
} as const;

export const evaluationToDo: MailTemplate<EvaluationToDoData, true> = {
  confidential: false,
  optional: true,
  compose(data, locale, site) {
    const url = site.url(`/candidates/${encodeURIComponent(data.candidateId)}`);
    const stage = STAGES[data.stage][locale];
    return locale === 'fr'
      ? {
          subject: `Évaluation à faire — ${data.candidateName}`,
          blocks: [
            greeting(data.recipientName, locale),
            { paragraph: `${data.candidateName} ${stage}` },
            { link: { label: 'Ouvrir le dossier', url } },
            {
              note: 'Vous pouvez désactiver ces avis dans votre profil (menu de votre nom).',
            },
          ],
        }
      : {
          subject: `Evaluation to do — ${data.candidateName}`,
          blocks: [
            greeting(data.recipientName, locale),
            { paragraph: `${data.candidateName} ${stage}` },
            { link: { label: 'Open the file', url } },
            { note: 'You may switch these notices off in your profile (the menu of your name).' },
          ],
        };
  },
  example: {
    recipientName: 'Sophie Lemaire',
    candidateName: 'Lucas Moreau',
    stage: 'positioned',
    candidateId: '00000000-0000-4000-8000-000000000002',
  },
};
