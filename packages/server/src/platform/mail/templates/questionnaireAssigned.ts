// "Questionnaire assigned": a trainer has a questionnaire taken online by the candidate
// (evaluations/online.ts); the candidate learns it waits for them, its planned date and, when
// it is timed, how long they have once started. A reminder: the candidate may switch it off.
import type { MailTemplate } from './template.ts';
import { greeting, longDate } from './template.ts';

export interface QuestionnaireAssignedData {
  candidateName: string;
  questionnaireTitle: string;
  trainerName: string;
  /** YYYY-MM-DD: the day it is planned for, by when it is to be taken. */
  plannedDate: string | null;
  /** Minutes allowed once started, for a timed questionnaire. */
  minutes: number | null;
  evaluationId: string;
}

export const questionnaireAssigned: MailTemplate<QuestionnaireAssignedData, true> = {
  confidential: false,
  optional: true,
  compose(data, locale, site) {
    const url = site.url(`/evaluations/${encodeURIComponent(data.evaluationId)}/take`);
    const fr = locale === 'fr';
    const facts: Array<[string, string]> = [
      [fr ? 'Questionnaire' : 'Questionnaire', data.questionnaireTitle],
    ];
    if (data.plannedDate)
      facts.push([fr ? 'À passer le' : 'To take on', longDate(data.plannedDate, locale)]);
    if (data.minutes !== null)
      facts.push([
        fr ? 'Durée' : 'Time allowed',
        fr ? `${data.minutes} minutes une fois commencé` : `${data.minutes} minutes once started`,
      ]);
    return fr
      ? {
          subject: `Un questionnaire vous attend — ${data.questionnaireTitle}`,
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `${data.trainerName} vous a attribué un questionnaire à passer en ligne. Vos réponses sont enregistrées au fur et à mesure : vous pouvez vous interrompre et reprendre.`,
            },
            { facts },
            { link: { label: 'Passer le questionnaire', url } },
          ],
        }
      : {
          subject: `A questionnaire is waiting for you — ${data.questionnaireTitle}`,
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `${data.trainerName} assigned you a questionnaire to take online. Your answers are saved as you go: you may stop and resume.`,
            },
            { facts },
            { link: { label: 'Take the questionnaire', url } },
          ],
        };
  },
  example: {
    candidateName: 'Lucas Moreau',
    questionnaireTitle: 'Questionnaire de connaissances (démo)',
    trainerName: 'Karim Benali',
    plannedDate: '2026-05-20',
    minutes: 30,
    evaluationId: '00000000-0000-4000-8000-000000000001',
  },
};
