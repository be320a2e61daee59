// The certificate PDF read back by an independent reader (pdf.js): every mention, accents and
// letters beyond French included, one page per document, the same bytes each time; and the QR
// code drawn is the code of the verification URL, module for module.

import {
  awardedDecision,
  cqpCertification,
  partialDecision,
} from '@certeval/core/certificates/certificates.testing';
import { type CertificateData, certificateData } from '@certeval/core/certificates/index';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../platform/pdf/pdfText.ts';
import { qrGrid } from './qrCode.ts';
import { renderCertificatePdf, renderCertificatesPdf } from './renderCertificatePdf.ts';

const certification = cqpCertification();

function document(overrides: Partial<Parameters<typeof certificateData>[0]> = {}): CertificateData {
  const data = certificateData({
    number: 'CQP-AGC-2025-000007',
    verificationUrl: 'https://certeval.example/verifier/CQP-AGC-2025-000007',
    issuedOn: '2025-06-20',
    certification,
    referentialVersion: '1',
    holder: {
      birthName: 'Wiśniewska',
      firstNames: ['Łucja', 'Zoé'],
      birthDate: '1991-11-02',
      birthPlace: 'Nevers (Nièvre)',
    },
    decision: awardedDecision(),
    decisionDate: '2025-06-12',
    unitKind: 'domain',
    validity: { unlimited: true },
    certifier: { name: 'Commission paritaire démo de l’alimentaire' },
    signatory: { name: 'Hélène Marchetti', quality: 'Directeur Général' },
    ...overrides,
  });
  if (!data) throw new Error('no document');
  return data;
}

describe('the certificate PDF', () => {
  it('prints every mention, with French accents and a Polish name', async () => {
    const { pages, sizes } = await readPdfText(renderCertificatePdf(document()));
    expect(pages).toHaveLength(1);
    expect(sizes[0]?.[0]).toBeGreaterThan(sizes[0]?.[1] ?? 0);
    const [page] = pages;
    for (const mention of [
      'CERTIFICAT',
      'Enregistré au RNCP sous le n° 28795 (Arrêté du 28 juillet 2017)',
      'Łucja Zoé Wiśniewska',
      'né(e) le 2 novembre 1991 à Nevers (Nièvre)',
      'par décision du jury de certification du 12 juin 2025',
      'Fait le 20 juin 2025',
      'N° CQP-AGC-2025-000007',
      'https://certeval.example/verifier/CQP-AGC-2025-000007',
    ]) {
      expect(page).toContain(mention);
    }
  });

  it('gives the same bytes for the same document', () => {
    expect(renderCertificatePdf(document()).equals(renderCertificatePdf(document()))).toBe(true);
  });

  it('puts a session’s documents on one page each, attestations listing their units', async () => {
    const attestation = document({
      decision: partialDecision(),
      number: 'CQP-AGC-2025-000008',
      validity: { unlimited: false, years: 5 },
    });
    const pdf = renderCertificatesPdf([document(), attestation], 'Jury du 12 juin 2025');
    const { pages } = await readPdfText(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('ATTESTATION DE DOMAINES DE COMPÉTENCES');
    expect(pages[1]).toContain(
      'PO — Produits / Offres commerciales (valable jusqu’au 12 juin 2030)',
    );
  });
});

describe('the QR code', () => {
  it('draws exactly the modules of the verification URL', () => {
    const url = 'https://certeval.example/verifier/CQP-AGC-2025-000007';
    const grid = qrGrid(url, 0, 0, 90, [0, 0, 0]);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M', maskPattern: 0 });
    const drawn = new Uint8Array(grid.cells * grid.cells);
    for (const [column, row, length] of grid.runs) {
      drawn.fill(1, row * grid.cells + column, row * grid.cells + column + length);
    }
    expect(grid.cells).toBe(modules.size);
    expect([...drawn]).toEqual([...modules.data]);
  });
});
