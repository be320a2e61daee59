// "Certificate revoked or suspended": the holder learns that their certificate or attestation
// no longer reads as valid at the public verifier, and why (certificates/revokeCertificate.ts;
// a suspension, when a signed decision is reopened, calls the same through
// certificates/followDecision.ts, tellHolderOfStatus). Always sent.
import type { MailTemplate } from './template.ts';
import { greeting } from './template.ts';

export interface CertificateStatusData {
  holderName: string;
  kind: 'certificate' | 'attestation';
  number: string;
  certificationTitle: string;
  change: 'revoked' | 'suspended';
  reason: string;
}

const WORDS = {
  fr: {
    certificate: {
      revoked: 'Votre certificat est révoqué',
      suspended: 'Votre certificat est suspendu',
    },
    attestation: {
      revoked: 'Votre attestation est révoquée',
      suspended: 'Votre attestation est suspendue',
    },
    revoked: 'Le document n’est plus valide : le vérificateur public le présente comme révoqué.',
    suspended:
      'Le document est suspendu le temps que le jury réexamine sa décision : le vérificateur public le présente comme suspendu. Vous serez informé(e) de la suite.',
  },
  en: {
    certificate: {
      revoked: 'Your certificate is revoked',
      suspended: 'Your certificate is suspended',
    },
    attestation: {
      revoked: 'Your attestation is revoked',
      suspended: 'Your attestation is suspended',
    },
    revoked: 'The document is no longer valid: the public verifier shows it as revoked.',
    suspended:
      'The document is suspended while the jury reviews its decision: the public verifier shows it as suspended. You will be told what follows.',
  },
} as const;

export const certificateStatus: MailTemplate<CertificateStatusData> = {
  confidential: false,
  optional: false,
  compose(data, locale, site) {
    const url = site.url(`/verifier/${encodeURIComponent(data.number)}`);
    const words = WORDS[locale];
    const fr = locale === 'fr';
    return {
      subject: `${words[data.kind][data.change]} — ${data.certificationTitle}`,
      blocks: [
        greeting(data.holderName, locale),
        { paragraph: words[data.change] },
        {
          facts: [
            ['Certification', data.certificationTitle],
            [fr ? 'Numéro' : 'Number', data.number],
            [fr ? 'Motif' : 'Reason', data.reason],
          ],
        },
        { link: { label: fr ? 'Voir la page du document' : 'See the document’s page', url } },
      ],
    };
  },
  example: {
    holderName: 'Lucas Moreau',
    kind: 'certificate',
    number: 'CQP-AGC-2026-000001',
    certificationTitle: 'CQP Assistant(e) de Gestion Client',
    change: 'revoked',
    reason: 'Erreur matérielle sur l’identité du titulaire.',
  },
};
