// Readable test data for credentials: a fictional holder certified by our demo company.
import path from 'node:path';
import type { CaseAlignment, CredentialSecrets, OpenBadgeInput } from './openBadgeCredential.ts';

/** A parsed credential that tests walk by property names; a wrong name fails the assertion. */
// biome-ignore lint/suspicious/noExplicitAny: tests navigate credential JSON by path
export type LooseJson = any;

/** The shared fixtures folder, `../shared/fixtures/credentials` from the repository root. */
export const CREDENTIAL_FIXTURES = path.resolve(
  import.meta.dirname,
  '../../../../../shared/fixtures/credentials',
);

const CASE = 'https://certeval.example/ims/case/v1p1';
const FRAMEWORK = 'CQP Conducteur de ligne de conditionnement';

const caseItem = (
  identifier: string,
  code: string,
  label: string,
  level: CaseAlignment['level'],
): CaseAlignment => ({
  identifier,
  uri: `${CASE}/${level === 'certification' ? 'CFDocuments' : 'CFItems'}/${identifier}`,
  code,
  label,
  framework: FRAMEWORK,
  level,
});

export const sampleAlignments = {
  certification: caseItem(
    '6f1c0b52-3d4e-4a8f-9a11-2b7c0d9e8f01',
    'CQP-CLC',
    'Conducteur de ligne de conditionnement',
    'certification',
  ),
  blocA: caseItem('a3d2e1f0-1111-4c2b-8d3e-000000000001', 'B1', 'Préparer la ligne', 'bloc'),
  blocB: caseItem('a3d2e1f0-2222-4c2b-8d3e-000000000002', 'B2', 'Conduire la production', 'bloc'),
  competence: caseItem(
    'c0ffee00-3333-4c2b-8d3e-000000000003',
    'C1.1',
    'Régler les équipements de conditionnement',
    'competence',
  ),
};

/** The salt the sample credentials' birth date is hashed with (drawn at random when issuing). */
export const SAMPLE_SECRETS: CredentialSecrets = {
  birthDateSalt: '3f9a0c5e7b2d4e6f8a1b2c3d4e5f6a7b',
};

/** A certificate for Camille Morel, issued by Fromagerie des Trois Vallées. */
export function sampleOpenBadgeInput(overrides: Partial<OpenBadgeInput> = {}): OpenBadgeInput {
  const { certification, blocA, blocB, competence } = sampleAlignments;
  return {
    kind: 'certificate',
    number: 'CQP-CLC-2025-000042',
    verificationUrl: 'https://certeval.example/verify/CQP-CLC-2025-000042',
    issuer: {
      id: 'https://certeval.example/issuers/fromagerie-des-trois-vallees',
      name: 'Fromagerie des Trois Vallées',
      url: 'https://fromagerie-trois-vallees.example',
    },
    certification: {
      achievementId: 'https://certeval.example/achievements/cqp-clc/certificate',
      title: 'Conducteur de ligne de conditionnement',
      kind: 'CQP',
      registration: 'RNCP35012',
      level: '3',
      nsf: ['221', '250'],
      criteria: 'Valider les deux blocs de compétences devant le jury paritaire.',
    },
    holder: { name: 'Camille Morel', birthDate: '1994-03-12' },
    decision: { status: 'awarded', decidedAt: '2025-06-12T14:00:00Z' },
    results: [
      {
        code: 'B1',
        label: 'Préparer la ligne',
        kind: 'bloc',
        percentage: 72.5,
        status: 'acquired',
        alignment: blocA,
      },
      {
        code: 'B2',
        label: 'Conduire la production',
        kind: 'bloc',
        percentage: 64,
        status: 'acquired',
        alignment: blocB,
      },
    ],
    alignments: [certification, blocA, blocB, competence],
    validFrom: '2025-06-13T00:00:00Z',
    status: { listUrl: 'https://certeval.example/status/fromagerie/1', index: 4711 },
    ...overrides,
  };
}
