// "VAE booklet re-opened": the certifier or the company's pilot re-opened the candidate's
// descriptive activity booklet with a reason (vae/reopenBooklet.ts); the file left the jury
// until the candidate sends the booklet again. The procedure requires them to act: always sent.
import type { MailTemplate } from './template.ts';
import { greeting } from './template.ts';

export interface BookletReopenedData {
  candidateName: string;
  reopenedBy: string;
  reason: string;
}

export const bookletReopened: MailTemplate<BookletReopenedData> = {
  confidential: false,
  optional: false,
  compose(data, locale, site) {
    const url = site.url('/my-vae-booklet');
    return locale === 'fr'
      ? {
          subject: 'Votre livret descriptif d’activité est rouvert',
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `${data.reopenedBy} a rouvert votre livret descriptif d’activité pour que vous le complétiez. Votre dossier revient devant le jury lorsque vous l’envoyez de nouveau.`,
            },
            { facts: [['Motif', data.reason]] },
            { link: { label: 'Ouvrir mon livret', url } },
          ],
        }
      : {
          subject: 'Your descriptive activity booklet is re-opened',
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `${data.reopenedBy} re-opened your descriptive activity booklet for you to complete it. Your file goes back before the jury when you submit it again.`,
            },
            { facts: [['Reason', data.reason]] },
            { link: { label: 'Open my booklet', url } },
          ],
        };
  },
  example: {
    candidateName: 'Camille Vasseur',
    reopenedBy: 'Hélène Marchetti',
    reason: 'Il manque la description de l’activité 3 (relation client à distance).',
  },
};
