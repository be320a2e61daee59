import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkOpenBadgeStructure } from './checkStructure.ts';
import {
  type CredentialResult,
  OB_V3_CONTEXT_URL,
  openBadgeCredential,
  VC_V2_CONTEXT_URL,
} from './openBadgeCredential.ts';
import {
  type LooseJson,
  SAMPLE_SECRETS,
  sampleAlignments,
  sampleOpenBadgeInput,
} from './sampleCredential.testing.ts';

describe('openBadgeCredential', () => {
  const credential = openBadgeCredential(sampleOpenBadgeInput(), SAMPLE_SECRETS) as LooseJson;
  const subject = credential.credentialSubject;
  const achievement = subject.achievement;

  it('is a VC 2.0 OpenBadgeCredential identified by its verification URL', () => {
    expect(credential['@context']).toEqual([VC_V2_CONTEXT_URL, OB_V3_CONTEXT_URL]);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe('https://certeval.example/verify/CQP-CLC-2025-000042');
    expect(credential.name).toBe('Certificat — Conducteur de ligne de conditionnement');
    expect(credential.description).toContain('n° CQP-CLC-2025-000042');
    expect(credential.issuer).toEqual({
      id: 'https://certeval.example/issuers/fromagerie-des-trois-vallees',
      type: ['Profile'],
      name: 'Fromagerie des Trois Vallées',
      url: 'https://fromagerie-trois-vallees.example',
    });
  });

  it('passes the Open Badges 3.0 structural checks without a warning', () => {
    expect(checkOpenBadgeStructure(credential)).toEqual({
      vcVersion: 2,
      problems: [],
      warnings: [],
    });
  });

  it('names the holder in clear and their birth date only as a salted hash', () => {
    expect(subject.type).toEqual(['AchievementSubject']);
    const digest = createHash('sha256')
      .update(`1994-03-12${SAMPLE_SECRETS.birthDateSalt}`, 'utf8')
      .digest('hex');
    expect(subject.identifier).toEqual([
      {
        type: 'IdentityObject',
        identityType: 'name',
        hashed: false,
        identityHash: 'Camille Morel',
      },
      {
        type: 'IdentityObject',
        identityType: 'ext:dateOfBirth',
        hashed: true,
        identityHash: `sha256$${digest}`,
        salt: SAMPLE_SECRETS.birthDateSalt,
      },
    ]);
    expect(JSON.stringify(credential)).not.toContain('1994-03-12');
  });

  it('hashes the same birth date differently under another salt', () => {
    const other = openBadgeCredential(sampleOpenBadgeInput(), { birthDateSalt: 'autre-sel' });
    expect((other as LooseJson).credentialSubject.identifier[1].identityHash).not.toBe(
      subject.identifier[1].identityHash,
    );
  });

  it('describes the certification with its criteria, registration, level and NSF codes', () => {
    expect(achievement.id).toBe('https://certeval.example/achievements/cqp-clc/certificate');
    expect(achievement.achievementType).toBe('Certification');
    expect(achievement.criteria).toEqual({
      narrative: 'Valider les deux blocs de compétences devant le jury paritaire.',
    });
    expect(achievement.humanCode).toBe('RNCP35012');
    expect(achievement.fieldOfStudy).toBe('NSF 221, 250');
    expect(achievement.otherIdentifier).toEqual([
      { type: 'IdentifierEntry', identifier: 'RNCP35012', identifierType: 'ext:RNCP' },
      { type: 'IdentifierEntry', identifier: '3', identifierType: 'ext:NiveauCertification' },
      { type: 'IdentifierEntry', identifier: '221', identifierType: 'ext:NSF' },
      { type: 'IdentifierEntry', identifier: '250', identifierType: 'ext:NSF' },
    ]);
    expect(achievement.description).toBe(
      'CQP « Conducteur de ligne de conditionnement », enregistré sous RNCP35012, niveau 3.',
    );
  });

  it('aligns to the certification and its blocs and competences by CASE identifier and URI', () => {
    expect(achievement.alignment).toHaveLength(4);
    expect(achievement.alignment[0]).toEqual({
      type: ['Alignment'],
      targetCode: sampleAlignments.certification.identifier,
      targetName: 'CQP-CLC — Conducteur de ligne de conditionnement',
      targetFramework: 'CQP Conducteur de ligne de conditionnement',
      targetType: 'ext:CFDocument',
      targetUrl: `https://certeval.example/ims/case/v1p1/CFDocuments/${sampleAlignments.certification.identifier}`,
    });
    expect(
      achievement.alignment.slice(1).map((a: LooseJson) => [a.targetType, a.targetCode]),
    ).toEqual([
      ['CFItem', sampleAlignments.blocA.identifier],
      ['CFItem', sampleAlignments.blocB.identifier],
      ['CFItem', sampleAlignments.competence.identifier],
    ]);
  });

  it('gives each bloc a result description and a result with its percentage and status', () => {
    const [b1] = achievement.resultDescription;
    expect(b1).toEqual({
      id: 'https://certeval.example/achievements/cqp-clc/certificate#result-B1',
      type: ['ResultDescription'],
      name: 'Bloc B1 — Préparer la ligne',
      resultType: 'Percent',
      valueMin: '0',
      valueMax: '100',
      alignment: [expect.objectContaining({ targetCode: sampleAlignments.blocA.identifier })],
    });
    expect(subject.result).toEqual([
      { type: ['Result'], resultDescription: b1.id, value: '72.5', status: 'Completed' },
      {
        type: ['Result'],
        resultDescription: 'https://certeval.example/achievements/cqp-clc/certificate#result-B2',
        value: '64',
        status: 'Completed',
      },
      {
        type: ['Result'],
        resultDescription:
          'https://certeval.example/achievements/cqp-clc/certificate#result-decision',
        value: 'Certification obtenue',
        status: 'Completed',
      },
    ]);
  });

  it('records a bloc not acquired and the partial decision of an attestation', () => {
    const input = sampleOpenBadgeInput({
      kind: 'attestation',
      decision: { status: 'partially_awarded', decidedAt: '2025-06-12T14:00:00Z' },
    });
    input.results = [
      { ...(input.results[0] as CredentialResult), percentage: 0.1 + 0.2 },
      { code: 'B2', label: 'Conduire la production', kind: 'bloc', status: 'not_acquired' },
    ];
    const attestation = openBadgeCredential(input, SAMPLE_SECRETS) as LooseJson;
    expect(attestation.name).toBe(
      'Attestation de compétences — Conducteur de ligne de conditionnement',
    );
    expect(attestation.credentialSubject.achievement.achievementType).toBe('ext:Attestation');
    expect(attestation.credentialSubject.result.map((r: LooseJson) => [r.value, r.status])).toEqual(
      [
        ['0.3', 'Completed'],
        [undefined, 'Failed'],
        ['Validation partielle', 'Completed'],
      ],
    );
    expect(attestation.credentialSubject.achievement.resultDescription[1].resultType).toBe(
      'Status',
    );
  });

  it('carries the validity period, the award date and the status list entry', () => {
    expect(credential.validFrom).toBe('2025-06-13T00:00:00Z');
    expect(credential.validUntil).toBeUndefined();
    expect(credential.awardedDate).toBe('2025-06-12T14:00:00Z');
    expect(credential.credentialStatus).toEqual({
      id: 'https://certeval.example/status/fromagerie/1#4711',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '4711',
      statusListCredential: 'https://certeval.example/status/fromagerie/1',
    });
    const limited = openBadgeCredential(
      sampleOpenBadgeInput({ validUntil: '2030-06-13T00:00:00Z', status: undefined }),
      SAMPLE_SECRETS,
    ) as LooseJson;
    expect(limited.validUntil).toBe('2030-06-13T00:00:00Z');
    expect(limited).not.toHaveProperty('credentialStatus');
  });
});
