// Certificates and attestations as PDF: one document for a holder, or every document of a jury
// session in one file to print. The fonts (DejaVu Sans, as the product's other documents) are
// read once per process. A document renders from its stored mentions only: rendering it again
// years later gives the same bytes.
import { createRequire } from 'node:module';
import { type CertificateData, documentTitle } from '@certeval/core/certificates/index';
import { certificatePage } from './certificateLayout.ts';
import { type FontSet, writePdf } from './pdfWriter.ts';
import { loadTrueType } from './trueType.ts';

const require = createRequire(import.meta.url);
let fonts: FontSet | undefined;

function loadedFonts(): FontSet {
  fonts ??= {
    regular: loadTrueType(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: loadTrueType(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

/** The PDF of one certificate or attestation, dated by its issue. */
export function renderCertificatePdf(data: CertificateData): Buffer {
  const set = loadedFonts();
  return writePdf([certificatePage(set, data)], set, {
    title: documentTitle(data),
    author: data.certifier.name,
    subject: `${data.certification.title} — ${data.holder.name}`,
    created: new Date(`${data.issuedOn}T00:00:00Z`),
  });
}

/** Several documents in one PDF, one page each, in the order given. */
export function renderCertificatesPdf(
  documents: readonly CertificateData[],
  title: string,
): Buffer {
  const set = loadedFonts();
  const first = documents[0];
  return writePdf(
    documents.map((data) => certificatePage(set, data)),
    set,
    {
      title,
      author: first?.certifier.name ?? 'Certeval',
      created: new Date(`${first?.issuedOn ?? '1970-01-01'}T00:00:00Z`),
    },
  );
}
