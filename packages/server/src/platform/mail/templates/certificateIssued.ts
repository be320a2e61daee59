// "Certificate issued": the holder learns that their certificate or attestation is issued,
// with its number, the page where anyone verifies it, and its PDF attached.
import type { MailTemplate } from './template.ts';
import { longDate } from './template.ts';

export interface CertificateIssuedData {
  holderName: string;
  kind: 'certificate' | 'attestation';
  number: string;
  certificationTitle: string;
  /** The jury's decision, YYYY-MM-DD. */
  decisionDate: string;
  certifierName: string;
}

const documentName = {
  fr: { certificate: 'votre certificat', attestation: 'votre attestation' },
  en: { certificate: 'your certificate', attestation: 'your attestation' },
} as const;

export const certificateIssued: MailTemplate<CertificateIssuedData> = {
  confidential: false,
  optional: false,
  compose(data, locale, site) {
    const url = site.url(`/verifier/${encodeURIComponent(data.number)}`);
    const name = documentName[locale][data.kind];
    const date = longDate(data.decisionDate, locale);
    return locale === 'fr'
      ? {
          subject: `${data.kind === 'certificate' ? 'Votre certificat est délivré' : 'Votre attestation est délivrée'} — ${data.certificationTitle}`,
          blocks: [
            { paragraph: `Bonjour ${data.holderName},` },
            {
              paragraph: `${data.certifierName} vous délivre ${name} à la suite de la décision du jury du ${date}. Le document est joint à ce message au format PDF.`,
            },
            {
              facts: [
                ['Certification', data.certificationTitle],
                ['Numéro', data.number],
              ],
            },
            { link: { label: 'Vérifier le document', url } },
            {
              note: 'Toute personne à qui vous le présentez peut le vérifier à cette adresse ou avec son QR code.',
            },
          ],
        }
      : {
          subject: `${data.kind === 'certificate' ? 'Your certificate is issued' : 'Your attestation is issued'} — ${data.certificationTitle}`,
          blocks: [
            { paragraph: `Hello ${data.holderName},` },
            {
              paragraph: `${data.certifierName} issues ${name} following the jury's decision of ${date}. The document is attached to this message as a PDF.`,
            },
            {
              facts: [
                ['Certification', data.certificationTitle],
                ['Number', data.number],
              ],
            },
            { link: { label: 'Verify the document', url } },
            {
              note: 'Anyone you show it to can verify it at this address or with its QR code.',
            },
          ],
        };
  },
  example: {
    holderName: 'Lucas Moreau',
    kind: 'certificate',
    number: 'CQP-AGC-2026-000001',
    certificationTitle: 'CQP Assistant(e) de Gestion Client',
    decisionDate: '2026-05-12',
    certifierName: 'Commission paritaire démo de l’alimentaire',
  },
};
