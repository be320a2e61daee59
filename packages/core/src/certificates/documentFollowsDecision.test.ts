import { describe, expect, it } from 'vitest';
import { type CertificateInput, certificateData } from './certificateData.ts';
import {
  awardedDecision,
  cqpCertification,
  cqpDecision,
  partialDecision,
  vaeDecision,
} from './certificates.testing.ts';
import { documentStands, issuableOn } from './documentFollowsDecision.ts';

const issued = (decision: CertificateInput['decision']) => {
  const data = certificateData({
    number: 'CQP-AGC-2026-000001',
    verificationUrl: 'https://certeval.example/verifier/CQP-AGC-2026-000001',
    issuedOn: '2026-12-15',
    certification: cqpCertification(),
    referentialVersion: '1',
    holder: {
      birthName: 'Lefranc',
      firstNames: ['Aurore'],
      birthDate: '1994-03-11',
      birthPlace: 'Montbard (Côte-d’Or)',
    },
    decision,
    decisionDate: '2026-12-15',
    unitKind: 'domain',
    validity: { unlimited: true },
    certifier: { name: 'Commission paritaire démo de l’alimentaire' },
    signatory: { name: 'Hélène Marchetti', quality: 'Directeur Général' },
  });
  if (!data) throw new Error('no document');
  return data;
};

describe('a document issued from a decision reopened then signed again', () => {
  it('stands when the new decision gives the same document and units', () => {
    expect(documentStands(issued(awardedDecision()), awardedDecision())).toBe(true);
    expect(documentStands(issued(partialDecision()), partialDecision())).toBe(true);
  });

  it('falls when the CQP is no longer awarded, or is awarded instead of attested', () => {
    expect(documentStands(issued(awardedDecision()), partialDecision())).toBe(false);
    expect(documentStands(issued(partialDecision()), awardedDecision())).toBe(false);
  });

  it('falls when a percentage the certificate prints changes', () => {
    // The jury's agreed OT goes from 70 to 80: still awarded, but OT's mean changes.
    expect(documentStands(issued(awardedDecision()), cqpDecision(80))).toBe(false);
  });

  it('falls when an attestation’s units change, blocs or domains', () => {
    // Bloc n°3 acquired (OT at 60 leaves blocs n°1 and n°2 out), then no bloc but domain R.
    const bloc = vaeDecision({ R: 80, PO: 72, OT: 60 });
    const domain = vaeDecision({ R: 80, PO: 70, OT: 70 });
    expect(documentStands(issued(bloc), bloc)).toBe(true);
    expect(issued(domain).kind).toBe('attestation');
    expect(documentStands(issued(bloc), domain)).toBe(false);
  });
});

describe('the day a document is issued', () => {
  it('is never before the day of its decision', () => {
    expect(issuableOn('2026-12-15', '2026-12-07')).toBe(false);
    expect(issuableOn('2026-12-15', '2026-12-15')).toBe(true);
    expect(issuableOn('2026-12-15', '2027-01-02')).toBe(true);
  });
});
