// "Account created": an account made for a person without a password (by the administrator's
// `certeval user create`, or by a pilot enrolling a candidate with a new address) tells its
// owner, at their own address, how to choose the password: a one-time reset-type link.
import type { MailTemplate } from './template.ts';
import { greeting, longDateTime } from './template.ts';

export interface AccountCreatedData {
  displayName: string;
  /** Where the person has a role, when one was given with the account. */
  organisationName: string | null;
  token: string;
  expiresAt: Date;
}

export const accountCreated: MailTemplate<AccountCreatedData> = {
  confidential: true,
  optional: false,
  compose(data, locale, site) {
    const url = site.url(`/reset-password?token=${encodeURIComponent(data.token)}`);
    const until = longDateTime(data.expiresAt, locale);
    const where = data.organisationName;
    return locale === 'fr'
      ? {
          subject: 'Votre compte Certeval est créé : choisissez votre mot de passe',
          blocks: [
            greeting(data.displayName, locale),
            {
              paragraph: where
                ? `Un compte Certeval vient d’être créé pour vous, pour « ${where} ».`
                : 'Un compte Certeval vient d’être créé pour vous.',
            },
            {
              paragraph: `Choisissez votre mot de passe avec ce lien. Il sert une seule fois et reste valable jusqu’au ${until}.`,
            },
            { link: { label: 'Choisir mon mot de passe', url } },
            {
              note: 'Si le lien a expiré, demandez-en un autre avec « Mot de passe oublié ? » sur la page de connexion.',
            },
          ],
        }
      : {
          subject: 'Your Certeval account is created: choose your password',
          blocks: [
            greeting(data.displayName, locale),
            {
              paragraph: where
                ? `A Certeval account was just created for you, for "${where}".`
                : 'A Certeval account was just created for you.',
            },
            {
              paragraph: `Choose your password with this link. It works once and until ${until}.`,
            },
            { link: { label: 'Choose my password', url } },
            {
              note: 'If the link has expired, ask for another with "Forgot your password?" on the sign-in page.',
            },
          ],
        };
  },
  example: {
    displayName: 'Inès Garnier',
    organisationName: 'Conserverie du Lac',
    token: 'exemple-de-jeton',
    expiresAt: new Date('2026-05-19T12:05:00Z'),
  },
};
