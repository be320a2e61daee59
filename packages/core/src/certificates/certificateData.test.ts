import { describe, expect, it } from 'vitest';
import { checkOpenBadgeStructure } from '../credentials/checkStructure.ts';
import { openBadgeCredential } from '../credentials/openBadgeCredential.ts';
import { certificateCredentialInput } from './certificateCredential.ts';
import {
  addYears,
  type CertificateInput,
  certificateData,
  documentKindOf,
} from './certificateData.ts';
import { formatNumber, numberPrefix, sequenceOf } from './certificateNumber.ts';
import { awardedDecision, cqpCertification, partialDecision } from './certificates.testing.ts';
import {
  birthLine,
  documentHeading,
  frenchDate,
  levelLine,
  registrationLine,
  unitValidity,
} from './certificateWording.ts';

const input = (overrides: Partial<CertificateInput> = {}): CertificateInput => ({
  number: 'CQP-AGC-2025-000001',
  verificationUrl: 'https://certeval.example/verifier/CQP-AGC-2025-000001',
  issuedOn: '2025-06-20',
  certification: cqpCertification(),
  referentialVersion: '1',
  holder: {
    birthName: 'Marchetti',
    usageName: 'Lebrun',
    firstNames: ['Élodie', 'Claire'],
    birthDate: '1994-03-17',
    birthPlace: 'Montrelay-sur-Aube (Aube)',
  },
  decision: awardedDecision(),
  decisionDate: '2025-06-12',
  unitKind: 'domain',
  validity: { unlimited: true },
  certifier: { name: 'Commission paritaire démo de l’alimentaire' },
  signatory: { name: 'Hélène Marchetti', quality: 'Directeur Général' },
  ...overrides,
});

describe('the document a signed decision gives', () => {
  it('is the certificate when the CQP is awarded, with every domain and its percentage', () => {
    const data = certificateData(input());
    expect(data?.kind).toBe('certificate');
    expect(data?.decision.status).toBe('awarded');
    expect(data?.units.map((u) => [u.code, u.acquired])).toEqual([
      ['R', true],
      ['PO', true],
      ['OT', true],
    ]);
    // OT: tutor 85, trainer 94, jury 70 (seed 000, slide 19: mean of the three).
    expect(data?.units.find((u) => u.code === 'OT')?.percentage).toBeCloseTo((85 + 94 + 70) / 3, 0);
    expect(data?.validUntil).toBeUndefined();
  });

  it('is an attestation of the acquired domains only when OT fails on the jury’s 45 %', () => {
    const data = certificateData(input({ decision: partialDecision() }));
    expect(data?.kind).toBe('attestation');
    expect(data?.decision.status).toBe('partially_awarded');
    expect(data?.units.map((u) => u.code)).toEqual(['R', 'PO']);
    expect(documentHeading(data ?? { kind: 'certificate', unitKind: 'bloc' })).toBe(
      'Attestation de domaines de compétences',
    );
  });

  it('gives acquired units a time limit when the rule set sets one, and the attestation ends then', () => {
    const data = certificateData(
      input({ decision: partialDecision(), validity: { unlimited: false, years: 5 } }),
    );
    expect(data?.units.map((u) => u.validUntil)).toEqual(['2030-06-12', '2030-06-12']);
    expect(data?.validUntil).toBe('2030-06-12');
    expect(unitValidity(data?.units[0] ?? { code: '', label: '', acquired: true })).toBe(
      'valable jusqu’au 12 juin 2030',
    );
  });

  it('gives nothing when no unit is acquired', () => {
    const decision = partialDecision();
    const failed = {
      ...decision,
      units: decision.units.map((unit) => ({ ...unit, passed: false })),
    };
    expect(documentKindOf(failed)).toBeUndefined();
    expect(certificateData(input({ decision: failed }))).toBeUndefined();
  });

  it('prints the mentions of the referential: RNCP number, registration decision, NSF', () => {
    const data = certificateData(input());
    if (!data) throw new Error('no document');
    expect(data.certification.title).toBe(
      'Certificat de qualification professionnelle Assistant(e) de gestion client',
    );
    expect(data.certification.kindLabel).toBe('Certificat de qualification professionnelle (CQP)');
    expect(registrationLine(data.certification)).toBe(
      'Enregistré au RNCP sous le n° 28795 (Arrêté du 28 juillet 2017)',
    );
    expect(levelLine(data.certification)).toBe('NSF 312m Commerce, vente');
    expect(data.holder.name).toBe('Élodie Claire Lebrun');
    expect(birthLine(data.holder)).toBe(
      'né(e) le 17 mars 1994 à Montrelay-sur-Aube (Aube), nom de naissance Marchetti',
    );
  });
});

describe('dates and numbers', () => {
  it('writes French dates with 1er for the first day', () => {
    expect(frenchDate('2025-08-01')).toBe('1er août 2025');
    expect(frenchDate('2025-12-25')).toBe('25 décembre 2025');
  });

  it('adds years, 29 February falling back to the 28th', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2025-06-12', 5)).toBe('2030-06-12');
  });

  it('numbers by certification and year, in sequence', () => {
    const prefix = numberPrefix('cqp-agc', '2025-06-12');
    expect(prefix).toBe('CQP-AGC-2025-');
    expect(formatNumber(prefix, 42)).toBe('CQP-AGC-2025-000042');
    expect(sequenceOf(prefix, 'CQP-AGC-2025-000042')).toBe(42);
    expect(sequenceOf(prefix, 'CQP-AGC-2024-000042')).toBeUndefined();
  });
});

describe('the credential of a document', () => {
  const context = {
    issuer: { id: 'https://certeval.example/api/public/issuers/x', name: 'Commission démo' },
    achievementBase: 'https://certeval.example/achievements',
    alignments: { units: new Map() },
    criteria: 'Tous les domaines du CQP sont validés.',
    status: { listUrl: 'https://certeval.example/api/public/status-lists/1', index: 7 },
  };

  it('is a well-formed OpenBadgeCredential with the domain results and the decision', () => {
    const data = certificateData(input());
    if (!data) throw new Error('no document');
    const credential = openBadgeCredential(certificateCredentialInput(data, context));
    expect(checkOpenBadgeStructure(credential).problems).toEqual([]);
    const subject = credential.credentialSubject as { result: Array<{ status: string }> };
    expect(subject.result).toHaveLength(4);
    expect(credential.id).toBe(data.verificationUrl);
  });

  it('carries an attestation’s time limit as validUntil, and its criteria name the units', () => {
    const data = certificateData(
      input({ decision: partialDecision(), validity: { unlimited: false, years: 5 } }),
    );
    if (!data) throw new Error('no document');
    const ob = certificateCredentialInput(data, context);
    expect(ob.validUntil).toBe('2030-06-12T23:59:59Z');
    expect(ob.certification.criteria).toContain('R Relation client');
  });
});
