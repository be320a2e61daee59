// Structural checks of an Open Badges 3.0 credential from any issuer: the contexts, the types
// of the credential and of every typed object the specification names (issuer and its
// parent organisation and identifiers, subject, achievement, results, evidence), the required
// properties and the date formats. The signature is the server's business.
import {
  structureMessages as m,
  type StructureProblem,
  type StructureProblemCode,
} from './structureProblems.ts';

export const VC_V1_CONTEXT_URL = 'https://www.w3.org/2018/credentials/v1';
const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_PREFIX = 'https://purl.imsglobal.org/spec/ob/v3p0/';
const OB_LATEST = `${OB_PREFIX}context-3.0.3.json`;
const OB_CONTEXTS = [
  `${OB_PREFIX}context.json`,
  `${OB_PREFIX}context-3.0.1.json`,
  `${OB_PREFIX}context-3.0.2.json`,
  OB_LATEST,
];
const CREDENTIAL_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'EndorsementCredential'];
// xsd:dateTime with a time zone, as VC 2.0 requires.
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export interface StructureReport {
  /** The VC data model the contexts declare. */
  vcVersion: 1 | 2 | undefined;
  problems: StructureProblem[];
  warnings: StructureProblem[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const asArray = (value: unknown): unknown[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The `type` values of an object, whether given as a string or an array. */
export function typesOf(value: unknown): string[] {
  if (!isObject(value)) return [];
  return asArray(value.type).filter((type): type is string => typeof type === 'string');
}

const looksLikeUri = (value: string): boolean => /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(value);

class Collector {
  readonly problems: StructureProblem[] = [];
  readonly warnings: StructureProblem[] = [];

  add(code: StructureProblemCode, path: string, message: StructureProblem['message']): void {
    this.problems.push({ code, path, message });
  }

  warn(code: StructureProblemCode, path: string, message: StructureProblem['message']): void {
    this.warnings.push({ code, path, message });
  }

  /** A required value. */
  required(parent: Json, key: string, path: string): unknown {
    const value = parent[key];
    if (value === undefined || value === null || value === '') {
      this.add('missing', `${path}.${key}`, m.missing(`${path}.${key}`));
    }
    return value;
  }

  /** An object (or each of a list) whose `type` must include `expected`. */
  typed(value: unknown, path: string, expected: readonly string[], each = false): Json[] {
    const items = each ? asArray(value) : [value];
    return items.flatMap((item, index) => {
      const at = each && Array.isArray(value) ? `${path}[${index}]` : path;
      if (!isObject(item)) return [];
      const found = typesOf(item);
      if (!found.some((type) => expected.includes(type))) {
        this.add('wrong_type', `${at}.type`, m.wrongType(`${at}.type`, expected, found));
      }
      return [item];
    });
  }

  uri(value: unknown, path: string): void {
    if (typeof value === 'string' && !looksLikeUri(value)) {
      this.add('not_uri', path, m.notUri(path, value));
    }
  }

  date(value: unknown, path: string): void {
    if (value === undefined) return;
    if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
      this.add('not_a_date', path, m.notADate(path, String(value)));
    }
  }
}

function checkContexts(doc: Json, out: Collector): 1 | 2 | undefined {
  const contexts = asArray(doc['@context']);
  if (contexts.length === 0) {
    out.add('missing', '$.@context', m.missing('$.@context'));
    return undefined;
  }
  const first = contexts[0];
  const version = first === VC_V2 ? 2 : first === VC_V1_CONTEXT_URL ? 1 : undefined;
  if (version === undefined) {
    const shown = typeof first === 'string' ? first : JSON.stringify(first);
    out.add('context_not_vc', '$.@context[0]', m.contextNotVc(shown));
  }
  if (version === 1) out.warn('context_legacy_vc', '$.@context[0]', m.contextLegacyVc());
  const ob = contexts.findIndex((c) => typeof c === 'string' && OB_CONTEXTS.includes(c));
  if (ob < 0) {
    out.add('context_no_open_badges', '$.@context', m.contextNoOpenBadges());
  } else if (contexts[ob] !== OB_LATEST && version === 2) {
    out.warn(
      'context_outdated',
      `$.@context[${ob}]`,
      m.contextOutdated(String(contexts[ob]), OB_LATEST),
    );
  }
  return version;
}

function checkProfile(profile: Json, path: string, out: Collector): void {
  out.uri(profile.id, `${path}.id`);
  for (const parent of out.typed(profile.parentOrg, `${path}.parentOrg`, ['Profile'])) {
    checkProfile(parent, `${path}.parentOrg`, out);
  }
  out.typed(profile.otherIdentifier, `${path}.otherIdentifier`, ['IdentifierEntry'], true);
  out.typed(profile.address, `${path}.address`, ['Address']);
  out.typed(profile.image, `${path}.image`, ['Image']);
}

function checkIssuer(doc: Json, out: Collector): void {
  const issuer = out.required(doc, 'issuer', '$');
  if (typeof issuer === 'string') {
    out.uri(issuer, '$.issuer');
    return;
  }
  for (const profile of out.typed(issuer, '$.issuer', ['Profile'])) {
    out.required(profile, 'id', '$.issuer');
    checkProfile(profile, '$.issuer', out);
  }
}

function checkAchievement(achievement: Json, path: string, out: Collector): void {
  out.required(achievement, 'id', path);
  out.uri(achievement.id, `${path}.id`);
  out.required(achievement, 'name', path);
  out.required(achievement, 'description', path);
  out.required(achievement, 'criteria', path);
  out.typed(achievement.alignment, `${path}.alignment`, ['Alignment'], true);
  out.typed(achievement.otherIdentifier, `${path}.otherIdentifier`, ['IdentifierEntry'], true);
  out.typed(achievement.related, `${path}.related`, ['Related'], true);
  out.typed(achievement.image, `${path}.image`, ['Image']);
  for (const creator of out.typed(achievement.creator, `${path}.creator`, ['Profile'])) {
    checkProfile(creator, `${path}.creator`, out);
  }
  const descriptions = asArray(achievement.resultDescription);
  out.typed(descriptions, `${path}.resultDescription`, ['ResultDescription'], true);
  descriptions.forEach((description, i) => {
    if (!isObject(description)) return;
    const at = `${path}.resultDescription[${i}]`;
    out.typed(description.alignment, `${at}.alignment`, ['Alignment'], true);
    out.typed(
      description.rubricCriterionLevel,
      `${at}.rubricCriterionLevel`,
      ['RubricCriterionLevel'],
      true,
    );
  });
}

function checkAchievementSubject(subject: Json, path: string, out: Collector): void {
  out.uri(subject.id, `${path}.id`);
  out.typed(subject.identifier, `${path}.identifier`, ['IdentityObject'], true);
  const results = out.typed(subject.result, `${path}.result`, ['Result'], true);
  results.forEach((result, i) => {
    out.typed(result.alignment, `${path}.result[${i}].alignment`, ['Alignment'], true);
  });
  for (const source of out.typed(subject.source, `${path}.source`, ['Profile'])) {
    checkProfile(source, `${path}.source`, out);
  }
  out.typed(subject.image, `${path}.image`, ['Image']);
  const achievement = out.required(subject, 'achievement', path);
  for (const found of out.typed(achievement, `${path}.achievement`, ['Achievement'])) {
    checkAchievement(found, `${path}.achievement`, out);
  }
}

function checkSubject(doc: Json, out: Collector): void {
  const subject = out.required(doc, 'credentialSubject', '$');
  const endorsement = typesOf(doc).includes('EndorsementCredential');
  const expected = endorsement ? ['EndorsementSubject'] : ['AchievementSubject'];
  for (const found of out.typed(subject, '$.credentialSubject', expected)) {
    if (!endorsement) checkAchievementSubject(found, '$.credentialSubject', out);
    else out.required(found, 'id', '$.credentialSubject');
  }
}

function checkDates(doc: Json, version: 1 | 2 | undefined, out: Collector): void {
  if (version === 1) out.required(doc, 'issuanceDate', '$');
  if (version === 2) out.required(doc, 'validFrom', '$');
  for (const key of ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate', 'awardedDate']) {
    out.date(doc[key], `$.${key}`);
  }
}

/** Checks the structure of a credential against Open Badges 3.0; no cryptography. */
export function checkOpenBadgeStructure(document: unknown): StructureReport {
  const out = new Collector();
  if (!isObject(document)) {
    out.add('not_an_object', '$', m.notAnObject());
    return { vcVersion: undefined, problems: out.problems, warnings: out.warnings };
  }
  const vcVersion = checkContexts(document, out);
  const types = typesOf(document);
  if (!types.includes('VerifiableCredential')) {
    out.add('wrong_type', '$.type', m.wrongType('$.type', ['VerifiableCredential'], types));
  }
  if (!types.some((type) => CREDENTIAL_TYPES.includes(type))) {
    out.add('wrong_type', '$.type', m.wrongType('$.type', CREDENTIAL_TYPES, types));
  }
  out.required(document, 'id', '$');
  out.uri(document.id, '$.id');
  out.required(document, 'name', '$');
  checkIssuer(document, out);
  checkDates(document, vcVersion, out);
  checkSubject(document, out);
  out.typed(document.evidence, '$.evidence', ['Evidence'], true);
  for (const [i, status] of asArray(document.credentialStatus).entries()) {
    if (isObject(status)) out.required(status, 'type', `$.credentialStatus${i ? `[${i}]` : ''}`);
  }
  return { vcVersion, problems: out.problems, warnings: out.warnings };
}
