// "Invitation": the one-time link to join an organisation with a role, or, when a pilot enrols
// a candidate whose address already has an account, to take that candidate file. An existing
// account answers signed in as itself (issue 14, item 1); a new address chooses its password.
import { type Role, roleLabels } from '@certeval/core';
import type { MailTemplate } from './template.ts';
import { greeting, longDateTime } from './template.ts';

export interface InvitationData {
  displayName: string;
  inviterName: string;
  organisationName: string;
  role: Role;
  /** The address already has an account: the person signs in to answer. */
  hasAccount: boolean;
  /** The certification project of an enrolment, when the invitation comes from one. */
  projectTitle: string | null;
  token: string;
  expiresAt: Date;
}

export const invitation: MailTemplate<InvitationData> = {
  confidential: true,
  optional: false,
  compose(data, locale, site) {
    const url = site.url(`/invitation?token=${encodeURIComponent(data.token)}`);
    const until = longDateTime(data.expiresAt, locale);
    const role = roleLabels[data.role][locale];
    if (locale === 'fr') {
      const what = data.projectTitle
        ? `vous inscrire comme candidat(e) au projet « ${data.projectTitle} » de « ${data.organisationName} »`
        : `rejoindre « ${data.organisationName} » comme ${role}`;
      return {
        subject: `${data.inviterName} vous invite sur Certeval — ${data.organisationName}`,
        blocks: [
          greeting(data.displayName, locale),
          { paragraph: `${data.inviterName} vous invite à ${what}.` },
          {
            paragraph: data.hasAccount
              ? 'Vous avez déjà un compte Certeval : ouvrez le lien, connectez-vous avec ce compte, puis acceptez ou refusez l’invitation. Rien ne change pour votre compte sans votre réponse.'
              : 'Ouvrez le lien pour accepter l’invitation et choisir votre mot de passe.',
          },
          { link: { label: 'Répondre à l’invitation', url } },
          {
            note: `Le lien sert une seule fois et reste valable jusqu’au ${until}. Si vous ne connaissez pas cette personne, ignorez ce message.`,
          },
        ],
      };
    }
    const what = data.projectTitle
      ? `enrol you as a candidate in the project "${data.projectTitle}" of "${data.organisationName}"`
      : `have you join "${data.organisationName}" as ${role}`;
    return {
      subject: `${data.inviterName} invites you to Certeval — ${data.organisationName}`,
      blocks: [
        greeting(data.displayName, locale),
        { paragraph: `${data.inviterName} would like to ${what}.` },
        {
          paragraph: data.hasAccount
            ? 'You already have a Certeval account: open the link, sign in with that account, then accept or decline. Nothing changes for your account without your answer.'
            : 'Open the link to accept the invitation and choose your password.',
        },
        { link: { label: 'Answer the invitation', url } },
        {
          note: `The link works once and until ${until}. If you do not know this person, ignore this message.`,
        },
      ],
    };
  },
  example: {
    displayName: 'Margaux Delattre',
    inviterName: 'Julien Roussel',
    organisationName: 'Biscuiterie des Trois Vallées',
    role: 'tutor',
    hasAccount: false,
    projectTitle: null,
    token: 'exemple-de-jeton',
    expiresAt: new Date('2026-05-19T12:05:00Z'),
  },
};
