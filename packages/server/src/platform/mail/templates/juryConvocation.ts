// "Jury convocation": the candidate is convened before the jury — the day, the slot, the place
// or the video link — with the convocation letter (PDF) and the event (.ics) attached
// (jury/sendConvocations.ts). The procedure requires it: always sent.
import type { MailTemplate } from './template.ts';
import { greeting, longDate } from './template.ts';

export interface JuryConvocationData {
  candidateName: string;
  certificationTitle: string;
  certifierName: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, Paris time. */
  start: string;
  end: string;
  venue: { kind: 'on_site'; place: string } | { kind: 'remote'; link: string };
}

export const juryConvocation: MailTemplate<JuryConvocationData> = {
  confidential: false,
  optional: false,
  compose(data, locale, site) {
    const day = longDate(data.date, locale);
    const home = site.url('/');
    const fr = locale === 'fr';
    const where: [string, string] =
      data.venue.kind === 'on_site'
        ? [fr ? 'Lieu' : 'Place', data.venue.place]
        : [fr ? 'Visioconférence' : 'Video call', data.venue.link];
    const facts: Array<[string, string]> = [
      ['Certification', data.certificationTitle],
      [fr ? 'Date' : 'Date', day],
      [fr ? 'Horaire' : 'Time', `${data.start} – ${data.end}`],
      where,
    ];
    return fr
      ? {
          subject: `Convocation au jury du ${day} — ${data.certificationTitle}`,
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `${data.certifierName} vous convoque devant le jury de la certification. Votre convocation est jointe au format PDF, avec l’événement à ajouter à votre agenda.`,
            },
            { facts },
            { link: { label: 'Ouvrir Certeval', url: home } },
            {
              note: 'Lisez la convocation jointe : elle dit comment se déroule l’épreuve et ce qu’il faut apporter.',
            },
          ],
        }
      : {
          subject: `Jury convocation, ${day} — ${data.certificationTitle}`,
          blocks: [
            greeting(data.candidateName, locale),
            {
              paragraph: `${data.certifierName} convenes you before the certification jury. Your convocation letter is attached as a PDF, with the event to add to your calendar.`,
            },
            { facts },
            { link: { label: 'Open Certeval', url: home } },
            {
              note: 'Read the attached letter: it says how the test runs and what to bring.',
            },
          ],
        };
  },
  example: {
    candidateName: 'Lucas Moreau',
    certificationTitle: 'CQP Assistant(e) de Gestion Client',
    certifierName: 'Commission paritaire démo de l’alimentaire',
    date: '2026-06-15',
    start: '09:00',
    end: '09:45',
    venue: { kind: 'on_site', place: 'Salle 2, 12 rue des Tilleuls, Dijon' },
  },
};
