// The shapes certificates' routes answer with: a document in a list, the public verification
// of a number or of an uploaded credential, a batch's progress, the statistics.
import { VERDICT_CAUSES } from '@certeval/core';
import { STATISTICS_TABLES } from '@certeval/core/certificates/index';
import { Type } from 'typebox';
import { Nullable } from '../platform/http/params.ts';

const Text = Type.Object({ fr: Type.String(), en: Type.String() });
const Kind = Type.Union([Type.Literal('certificate'), Type.Literal('attestation')]);
const UnitKind = Type.Union([Type.Literal('domain'), Type.Literal('bloc')]);

export const Unit = Type.Object({
  code: Type.String(),
  label: Type.String(),
  acquired: Type.Boolean(),
  percentage: Type.Optional(Type.Number()),
  validUntil: Type.Optional(Type.String()),
});

export const CertificateSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  kind: Kind,
  certification: Type.String(),
  certificationTitle: Type.String(),
  holderName: Type.String(),
  decisionDate: Type.String(),
  issuedAt: Type.String(),
  validUntil: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
  revocationReason: Nullable(Type.String()),
  suspendedAt: Nullable(Type.String()),
  suspensionReason: Nullable(Type.String()),
  sessionId: Nullable(Type.String()),
  verificationUrl: Type.String(),
  unitKind: UnitKind,
  units: Type.Array(Unit),
});

export const SessionToIssue = Type.Object({
  id: Type.String(),
  certifierId: Type.String(),
  certification: Type.String(),
  referentialVersion: Type.String(),
  date: Type.String(),
  place: Nullable(Type.String()),
  signed: Type.Integer({ description: 'Signed decisions of the session' }),
  issued: Type.Integer({ description: 'Of which have a document in force' }),
});

export const BatchProgress = Type.Object({
  id: Type.String(),
  sessionId: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  total: Type.Integer(),
  issued: Type.Integer(),
  skipped: Type.Integer(),
  startedAt: Type.String(),
  finishedAt: Type.Optional(Type.String()),
  error: Type.Optional(Text),
  // Issue 15: where the messages to the session's holders stand ("e-mail non remis").
  messages: Type.Optional(
    Type.Object({ waiting: Type.Integer(), sent: Type.Integer(), failed: Type.Integer() }),
  ),
});

const literals = (values: readonly string[]) => Type.Union(values.map((v) => Type.Literal(v)));

export const Verification = Type.Object(
  {
    valid: Type.Boolean({ description: 'True only when the verdict is valid' }),
    verdict: Type.Object({
      outcome: literals(['valid', 'unverified', 'invalid']),
      cause: Type.Optional(literals(VERDICT_CAUSES)),
      headline: Text,
      reasons: Type.Array(Text),
    }),
    checks: Type.Array(
      Type.Object({
        code: Type.String(),
        ok: Type.Boolean(),
        message: Text,
        reason: Type.Optional(Type.String()),
        outcome: Type.Optional(literals(['invalid', 'unverified'])),
        problems: Type.Optional(
          Type.Array(Type.Object({ code: Type.String(), path: Type.String(), message: Text })),
        ),
      }),
    ),
    warnings: Type.Array(
      Type.Object({ code: Type.String(), message: Text, path: Type.Optional(Type.String()) }),
    ),
    signer: Type.Optional(
      Type.Object({
        verificationMethod: Type.String(),
        trust: literals(['issuer-key', 'self-asserted']),
      }),
    ),
    issuer: Type.Optional(
      Type.Object({
        id: Type.String(),
        source: literals(['certeval', 'did:key', 'did:web', 'issuer-profile']),
      }),
    ),
  },
  {
    description:
      'Every check with its reason, and the verdict: valid only when every check passed; ' +
      'invalid when one shows the credential wrong; unverified when the issuer, the signature ' +
      'or the status could not be established',
  },
);

export const PublicCertificate = Type.Object({
  number: Type.String(),
  kind: Kind,
  status: literals(['valid', 'revoked', 'suspended', 'expired', 'unverified', 'invalid']),
  holder: Type.Object({ name: Type.String() }),
  certification: Type.Object({
    title: Type.String(),
    kindLabel: Type.String(),
    registration: Type.Optional(Type.String()),
    registrationDecision: Type.Optional(Type.String()),
    level: Type.Optional(Type.String()),
  }),
  unitKind: UnitKind,
  units: Type.Array(
    Type.Object({
      code: Type.String(),
      label: Type.String(),
      validUntil: Type.Optional(Type.String()),
    }),
  ),
  decisionDate: Type.String(),
  issuedOn: Type.String(),
  certifier: Type.String(),
  validUntil: Type.Optional(Type.String()),
  revocation: Type.Optional(Type.Object({ reason: Type.String(), revokedAt: Type.String() })),
  suspension: Type.Optional(
    Type.Object(
      { reason: Type.String(), suspendedAt: Type.String() },
      { description: 'While the decision it comes from is reopened by the certifier' },
    ),
  ),
  verification: Verification,
});

export const UploadVerification = Type.Object({
  summary: Type.Object({
    name: Type.Optional(Type.String()),
    issuer: Type.Optional(Type.String()),
    holder: Type.Optional(Type.String()),
    achievement: Type.Optional(Type.String()),
  }),
  verification: Verification,
});

const Counts = {
  certificates: Type.Integer(),
  attestations: Type.Integer(),
  revoked: Type.Integer(),
};

export const Statistics = Type.Object({
  totals: Type.Object({ ...Counts, decided: Type.Integer(), awarded: Type.Integer() }),
  byYear: Type.Array(Type.Object({ year: Type.Integer(), ...Counts })),
  byCertification: Type.Array(
    Type.Object({ certification: Type.String(), title: Type.String(), ...Counts }),
  ),
  byCompany: Type.Array(Type.Object({ company: Type.String(), ...Counts })),
  passRates: Type.Array(
    Type.Object({
      certification: Type.String(),
      title: Type.String(),
      unit: Type.String(),
      label: Type.String(),
      decided: Type.Integer(),
      passed: Type.Integer(),
      rate: Type.Number(),
    }),
  ),
  distribution: Type.Array(
    Type.Object({
      certification: Type.String(),
      unit: Type.String(),
      label: Type.String(),
      buckets: Type.Array(Type.Integer(), { description: '0–9, 10–19, …, 90–100 %' }),
    }),
  ),
});

export const StatisticsTable = Type.Union(STATISTICS_TABLES.map((t) => Type.Literal(t)));

export const SigningKeys = Type.Object({
  issuerId: Type.String(),
  keys: Type.Array(
    Type.Object({
      verificationMethod: Type.String(),
      publicKeyMultibase: Type.String(),
      createdAt: Type.String(),
      retiredAt: Nullable(Type.String()),
    }),
  ),
});
