// "Password reset link": the one-time link to choose a new password (accounts/service.ts
// createPasswordReset makes the token; the page is /reset-password).
import type { MailTemplate } from './template.ts';
import { longDateTime } from './template.ts';

export interface PasswordResetData {
  displayName: string;
  token: string;
  expiresAt: Date;
}

export const passwordReset: MailTemplate<PasswordResetData> = {
  confidential: true,
  optional: false,
  compose(data, locale, site) {
    const url = site.url(`/reset-password?token=${encodeURIComponent(data.token)}`);
    const until = longDateTime(data.expiresAt, locale);
    return locale === 'fr'
      ? {
          subject: 'Choisissez votre mot de passe Certeval',
          blocks: [
            { paragraph: `Bonjour ${data.displayName},` },
            {
              paragraph: `Voici votre lien pour choisir un nouveau mot de passe Certeval. Il sert une seule fois et reste valable jusqu’au ${until}.`,
            },
            { link: { label: 'Choisir mon mot de passe', url } },
            {
              note: 'Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
            },
          ],
        }
      : {
          subject: 'Choose your Certeval password',
          blocks: [
            { paragraph: `Hello ${data.displayName},` },
            {
              paragraph: `Here is your link to choose a new Certeval password. It works once and until ${until}.`,
            },
            { link: { label: 'Choose my password', url } },
            {
              note: 'If you did not ask for this, ignore this message: your password does not change.',
            },
          ],
        };
  },
  example: {
    displayName: 'Lucas Moreau',
    token: 'exemple-de-jeton',
    expiresAt: new Date('2026-05-12T12:05:00Z'),
  },
};
