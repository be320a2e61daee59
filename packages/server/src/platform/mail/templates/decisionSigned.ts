// "Decision signed": the jury's president signed the deliberation (jury/signDeliberation.ts);
// the candidate learns the outcome, with the engine's summary, and where to read it. The
// procedure requires it: always sent.
import type { MailTemplate } from './template.ts';
import { greeting, longDate } from './template.ts';

export interface DecisionSignedData {
  candidateName: string;
  certificationTitle: string;
  /** YYYY-MM-DD: the jury's day. */
  sessionDate: string;
  passed: boolean;
  /** The decision's summary as the engine words it, in both languages. */
  summary: { fr: string; en: string };
  candidateId: string;
}

export const decisionSigned: MailTemplate<DecisionSignedData> = {
  confidential: false,
  optional: false,
  compose(data, locale, site) {
    const url = site.url(`/candidates/${encodeURIComponent(data.candidateId)}`);
    const day = longDate(data.sessionDate, locale);
    return locale === 'fr'
      ? {
          subject: `Décision du jury — ${data.certificationTitle}`,
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `Le jury du ${day} a rendu sa décision, signée par son président : ${data.passed ? 'la certification vous est attribuée' : 'la certification ne vous est pas attribuée'}.`,
            },
            { facts: [['Décision', data.summary.fr]] },
            { link: { label: 'Lire la décision', url } },
            {
              note: data.passed
                ? 'Votre certificat vous sera envoyé par courriel dès sa délivrance.'
                : 'Les domaines validés restent acquis ; votre pilote vous dira comment poursuivre.',
            },
          ],
        }
      : {
          subject: `Jury decision — ${data.certificationTitle}`,
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `The jury of ${day} gave its decision, signed by its president: ${data.passed ? 'the certification is awarded to you' : 'the certification is not awarded to you'}.`,
            },
            { facts: [['Decision', data.summary.en]] },
            { link: { label: 'Read the decision', url } },
            {
              note: data.passed
                ? 'Your certificate will be e-mailed to you as soon as it is issued.'
                : 'The domains validated stay acquired; your pilot will tell you how to go on.',
            },
          ],
        };
  },
  example: {
    candidateName: 'Lucas Moreau',
    certificationTitle: 'CQP Assistant(e) de Gestion Client',
    sessionDate: '2026-06-15',
    passed: true,
    summary: {
      fr: 'CQP attribué : les 4 domaines sont validés.',
      en: 'CQP awarded: all 4 domains are validated.',
    },
    candidateId: '00000000-0000-4000-8000-000000000003',
  },
};
