import { describe, expect, it } from 'vitest';
import { checkOpenBadgeStructure } from '../credentials/checkStructure.ts';
import { openBadgeCredential } from '../credentials/openBadgeCredential.ts';
import { SAMPLE_SECRETS } from '../credentials/sampleCredential.testing.ts';
import { certificateCredentialInput } from './certificateCredential.ts';
import {
  addYears,
  type CertificateInput,
  certificateData,
  documentKindOf,
} from './certificateData.ts';
import { formatNumber, numberPrefix, sequenceOf } from './certificateNumber.ts';
import {
  awardedDecision,
  cqpCertification,
  partialDecision,
  vaeDecision,
} from './certificates.testing.ts';
import {
  attestationLine,
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

describe('a VAE decision that validates blocs on their own (cqp-agc-vae.yaml, blocs)', () => {
  const BLOC3 =
    'Proposer des solutions adaptées aux besoins du client au regard de l’offre et de la politique commerciale de l’entreprise';

  it('gives an attestation of the acquired blocs only: OT at 60 leaves blocs n°1 and n°2 out', () => {
    const data = certificateData(input({ decision: vaeDecision({ R: 80, PO: 72, OT: 60 }) }));
    if (!data) throw new Error('no document');
    expect(data.kind).toBe('attestation');
    expect(data.unitKind).toBe('bloc');
    // No synthesis column for a bloc: no percentage; the rule set's validity is unlimited.
    expect(data.units).toEqual([{ code: 'RNCP28795BC03', label: BLOC3, acquired: true }]);
    expect(data.validUntil).toBeUndefined();
    expect(documentHeading(data)).toBe('Attestation de blocs de compétences');
    expect(attestationLine(data)).toBe(
      'a acquis, par décision du jury de certification du 12 juin 2025, les blocs de compétences suivants :',
    );
  });

  it('takes each bloc’s end of validity from the bloc decision, not from the document’s inputs', () => {
    const decision = vaeDecision(
      { R: 80, PO: 72, OT: 60 },
      { validityYears: 5, decidedOn: '2025-06-10' },
    );
    const data = certificateData(input({ decision, validity: { unlimited: true } }));
    expect(data?.units.map((u) => [u.code, u.validUntil])).toEqual([
      ['RNCP28795BC03', '2030-06-10'],
    ]);
    expect(data?.validUntil).toBe('2030-06-10');
  });

  it('counts a bloc’s validity from the day of the decision when its decision gives no end', () => {
    // Decided without a day (the server's jury decisions): the bloc decision has no end.
    const decision = vaeDecision({ R: 80, PO: 72, OT: 60 }, { validityYears: 5 });
    expect(decision.blocs?.every((b) => b.validUntil === undefined)).toBe(true);
    const data = certificateData(input({ decision, validity: { unlimited: false, years: 5 } }));
    expect(data?.units.map((u) => [u.code, u.validUntil])).toEqual([
      ['RNCP28795BC03', '2030-06-12'],
    ]);
    expect(data?.validUntil).toBe('2030-06-12');
  });

  it('gives the certificate listing every bloc when the CQP is awarded', () => {
    const data = certificateData(input({ decision: vaeDecision({ R: 80, PO: 72, OT: 71 }) }));
    expect(data?.kind).toBe('certificate');
    expect(data?.unitKind).toBe('bloc');
    expect(data?.units.map((u) => [u.code, u.acquired, u.percentage])).toEqual([
      ['RNCP28795BC01', true, undefined],
      ['RNCP28795BC02', true, undefined],
      ['RNCP28795BC03', true, undefined],
    ]);
  });

  it('keeps the attestation of domains when no bloc is acquired but R is validated', () => {
    // R alone acquires no bloc: bloc n°2 draws on OT too (OTSF5).
    const decision = vaeDecision({ R: 80, PO: 70, OT: 70 });
    expect(decision.blocs?.some((bloc) => bloc.acquired)).toBe(false);
    const data = certificateData(input({ decision }));
    expect(data?.kind).toBe('attestation');
    expect(data?.unitKind).toBe('domain');
    expect(data?.units).toEqual([
      { code: 'R', label: 'Relation client / Argumentation', acquired: true, percentage: 80 },
    ]);
  });

  it('gives nothing when neither a bloc nor a domain is acquired', () => {
    const decision = vaeDecision({ R: 60, PO: 60, OT: 60 });
    expect(documentKindOf(decision)).toBeUndefined();
    expect(certificateData(input({ decision }))).toBeUndefined();
  });

  it('names the blocs in the credential, each a result without percentage', () => {
    const data = certificateData(input({ decision: vaeDecision({ R: 80, PO: 72, OT: 60 }) }));
    if (!data) throw new Error('no document');
    const ob = certificateCredentialInput(data, {
      issuer: { id: 'https://certeval.example/api/public/issuers/x', name: 'Commission démo' },
      achievementBase: 'https://certeval.example/achievements',
      alignments: { units: new Map() },
      criteria: 'Tous les domaines du CQP sont validés.',
      issuedAt: '2025-06-19T23:30:00Z',
    });
    expect(ob.certification.criteria).toBe(
      `Blocs de compétences acquis par décision du jury de certification : RNCP28795BC03 ${BLOC3}.`,
    );
    expect(ob.results[0]).toEqual({
      code: 'RNCP28795BC03',
      label: BLOC3,
      kind: 'bloc',
      status: 'acquired',
    });
  });

  it('leaves a decision without blocs (training route) with its domains and their means', () => {
    const decision = partialDecision();
    expect(decision.blocs).toBeUndefined();
    const data = certificateData(input({ decision }));
    expect(data?.unitKind).toBe('domain');
    expect(data?.units.map((u) => [u.code, u.acquired, typeof u.percentage])).toEqual([
      ['R', true, 'number'],
      ['PO', true, 'number'],
    ]);
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
    issuedAt: '2025-06-19T23:30:00Z',
  };

  it('is a well-formed OpenBadgeCredential with the domain results and the decision', () => {
    const data = certificateData(input());
    if (!data) throw new Error('no document');
    const credential = openBadgeCredential(
      certificateCredentialInput(data, context),
      SAMPLE_SECRETS,
    );
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
    expect(ob.validFrom).toBe('2025-06-19T23:30:00Z');
    expect(ob.certification.criteria).toContain('R Relation client');
  });
});
