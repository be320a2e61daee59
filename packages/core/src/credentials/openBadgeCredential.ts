// Each certificate and attestation is also an Open Badges 3.0 OpenBadgeCredential (issue 7):
// VC 2.0 + OB 3.0.3 contexts, the certification as the achievement (criteria, alignments to
// the CASE items of its referential, one result description per domain or bloc), the holder
// named in clear and their birth date as a salted hash only (identityHash.ts: a verifier who
// knows it checks it, nobody reads it), the results with their status, validFrom and validUntil.
// Every property used is a term of those contexts: a signature canonicalizes in safe mode,
// where an undefined term is an error.
import { hashedIdentity, plainIdentity } from './identityHash.ts';
import { credentialStatusOf, type StatusListPlace } from './statusList.ts';

export const VC_V2_CONTEXT_URL = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A CASE item (or document) of the referential that a credential aligns to. */
export interface CaseAlignment {
  /** CASE identifier (a UUID). */
  identifier: string;
  /** CASE URI of the item, where a reader finds it. */
  uri: string;
  /** Human code of the seeds (data, e.g. a bloc's code). */
  code: string;
  label: string;
  /** Title of the referential the item belongs to. */
  framework: string;
  /** The certification itself (a CFDocument) or one of its items. */
  level: 'certification' | 'domain' | 'bloc' | 'competence';
}

export interface CredentialResult {
  code: string;
  label: string;
  kind: 'domain' | 'bloc';
  /** 0–100, when the decision scored the unit. */
  percentage?: number;
  status: 'acquired' | 'not_acquired';
  alignment?: CaseAlignment;
}

export interface OpenBadgeInput {
  /** A certificate awards the certification; an attestation records acquired blocs. */
  kind: 'certificate' | 'attestation';
  /** The unique number printed on the document. */
  number: string;
  /** Where anyone verifies the document: also the credential's id. */
  verificationUrl: string;
  issuer: { id: string; name: string; url?: string; email?: string };
  certification: {
    /** Stable URL of the achievement (one per certification and document kind). */
    achievementId: string;
    title: string;
    /** CQP, titre professionnel, certification RS… */
    kind: string;
    /** Registration in the national directories, e.g. RNCP38520 or RS5678. */
    registration?: string;
    /** Level of the national framework (1–8). */
    level?: string;
    /** NSF specialty codes. */
    nsf?: string[];
    description?: string;
    /** How the certification is obtained, in words. */
    criteria: string;
  };
  holder: { name: string; birthDate: string };
  decision: { status: 'awarded' | 'partially_awarded'; decidedAt: string };
  results: CredentialResult[];
  alignments: CaseAlignment[];
  validFrom: string;
  validUntil?: string;
  /** Its bits: one list, or its certifier's revocation and suspension lists. */
  status?: StatusListPlace | readonly StatusListPlace[];
}

/** A unit as its result description names it: scored (a percentage) or a status. */
export type UnitDescription = Pick<CredentialResult, 'code' | 'label' | 'kind' | 'alignment'> & {
  percentage?: number;
  /** Whether its result is a percentage; by default, whether `percentage` is given. */
  scored?: boolean;
};

/**
 * What the achievement of a document says, without its holder: the one a credential carries,
 * and the one published at its id (every unit of the certification described).
 */
export type AchievementInput = Pick<OpenBadgeInput, 'kind' | 'certification' | 'alignments'> & {
  results: UnitDescription[];
};

/** What the issuer draws at random for each credential: the salt of the birth date's hash. */
export interface CredentialSecrets {
  birthDateSalt: string;
}

/** The unsigned OpenBadgeCredential of a certificate or attestation. */
export function openBadgeCredential(input: OpenBadgeInput, secrets: CredentialSecrets): JsonObject {
  const credential: JsonObject = {
    '@context': [VC_V2_CONTEXT_URL, OB_V3_CONTEXT_URL],
    id: input.verificationUrl,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: documentName(input),
    description: documentDescription(input),
    issuer: issuerProfile(input.issuer),
    validFrom: input.validFrom,
    ...(input.validUntil ? { validUntil: input.validUntil } : {}),
    awardedDate: input.decision.decidedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      // AchievementSubject has no `name`: the holder is named by identity objects.
      identifier: [
        { ...plainIdentity('name', input.holder.name) },
        { ...hashedIdentity('ext:dateOfBirth', input.holder.birthDate, secrets.birthDateSalt) },
      ],
      achievement: achievementObject(input),
      result: [...input.results.map((unit) => unitResult(input, unit)), decisionResult(input)],
    },
  };
  if (input.status) credential.credentialStatus = credentialStatusOf(input.status);
  return credential;
}

function documentName(input: OpenBadgeInput): string {
  const what = input.kind === 'certificate' ? 'Certificat' : 'Attestation de compétences';
  return `${what} — ${input.certification.title}`;
}

function documentDescription(input: OpenBadgeInput): string {
  const what = input.kind === 'certificate' ? 'Certificat' : 'Attestation';
  return `${what} n° ${input.number} délivré à ${input.holder.name} par ${input.issuer.name}.`;
}

function issuerProfile(issuer: OpenBadgeInput['issuer']): JsonObject {
  return {
    id: issuer.id,
    type: ['Profile'],
    name: issuer.name,
    ...(issuer.url ? { url: issuer.url } : {}),
    ...(issuer.email ? { email: issuer.email } : {}),
  };
}

/** The Achievement object of a certification (a certificate's or an attestation's). */
export function achievementObject(input: AchievementInput): JsonObject {
  const { certification } = input;
  const identifiers = otherIdentifiers(certification);
  return {
    id: certification.achievementId,
    type: ['Achievement'],
    achievementType: input.kind === 'certificate' ? 'Certification' : 'ext:Attestation',
    name: certification.title,
    description: certification.description ?? achievementDescription(certification),
    criteria: { narrative: certification.criteria },
    ...(certification.registration ? { humanCode: certification.registration } : {}),
    ...(certification.nsf?.length ? { fieldOfStudy: `NSF ${certification.nsf.join(', ')}` } : {}),
    ...(identifiers.length ? { otherIdentifier: identifiers } : {}),
    inLanguage: 'fr',
    alignment: input.alignments.map(alignment),
    resultDescription: [
      ...input.results.map((result) => unitDescription(input, result)),
      decisionDescription(input),
    ],
  };
}

function achievementDescription(certification: OpenBadgeInput['certification']): string {
  const parts = [`${certification.kind} « ${certification.title} »`];
  if (certification.registration) parts.push(`enregistré sous ${certification.registration}`);
  if (certification.level) parts.push(`niveau ${certification.level}`);
  return `${parts.join(', ')}.`;
}

function otherIdentifiers(certification: OpenBadgeInput['certification']): JsonObject[] {
  const entry = (identifier: string, identifierType: string): JsonObject => ({
    type: 'IdentifierEntry',
    identifier,
    identifierType,
  });
  const entries: JsonObject[] = [];
  if (certification.registration) {
    const directory = certification.registration.startsWith('RS') ? 'ext:RS' : 'ext:RNCP';
    entries.push(entry(certification.registration, directory));
  }
  if (certification.level) entries.push(entry(certification.level, 'ext:NiveauCertification'));
  for (const code of certification.nsf ?? []) entries.push(entry(code, 'ext:NSF'));
  return entries;
}

function alignment(target: CaseAlignment): JsonObject {
  return {
    type: ['Alignment'],
    targetCode: target.identifier,
    targetName: `${target.code} — ${target.label}`,
    targetFramework: target.framework,
    // CASE items are CFItem; the certification itself is the CFDocument (an extension value).
    targetType: target.level === 'certification' ? 'ext:CFDocument' : 'CFItem',
    targetUrl: target.uri,
  };
}

const resultDescriptionId = (input: Pick<OpenBadgeInput, 'certification'>, code: string): string =>
  `${input.certification.achievementId}#result-${encodeURIComponent(code)}`;

function unitDescription(input: AchievementInput, result: UnitDescription): JsonObject {
  const scored = result.scored ?? result.percentage !== undefined;
  return {
    id: resultDescriptionId(input, result.code),
    type: ['ResultDescription'],
    name: `${result.kind === 'bloc' ? 'Bloc' : 'Domaine'} ${result.code} — ${result.label}`,
    resultType: scored ? 'Percent' : 'Status',
    ...(scored ? { valueMin: '0', valueMax: '100' } : {}),
    ...(result.alignment ? { alignment: [alignment(result.alignment)] } : {}),
  };
}

function unitResult(input: OpenBadgeInput, result: CredentialResult): JsonObject {
  return {
    type: ['Result'],
    resultDescription: resultDescriptionId(input, result.code),
    ...(result.percentage !== undefined ? { value: formatPercentage(result.percentage) } : {}),
    status: result.status === 'acquired' ? 'Completed' : 'Failed',
  };
}

function decisionDescription(input: AchievementInput): JsonObject {
  return {
    id: resultDescriptionId(input, 'decision'),
    type: ['ResultDescription'],
    name: 'Décision du jury',
    resultType: 'Status',
  };
}

function decisionResult(input: OpenBadgeInput): JsonObject {
  return {
    type: ['Result'],
    resultDescription: resultDescriptionId(input, 'decision'),
    value: input.decision.status === 'awarded' ? 'Certification obtenue' : 'Validation partielle',
    status: 'Completed',
  };
}

// Percentages are printed as the decision computed them, without float noise (72.5, not 72.50000001).
function formatPercentage(value: number): string {
  return String(Math.round(value * 100) / 100);
}
