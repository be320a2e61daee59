import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOpenBadgeStructure } from './checkStructure.ts';
import { openBadgeCredential } from './openBadgeCredential.ts';
import {
  CREDENTIAL_FIXTURES,
  type LooseJson,
  SAMPLE_SECRETS,
  sampleOpenBadgeInput,
} from './sampleCredential.testing.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(CREDENTIAL_FIXTURES, 'ob30-validator', name), 'utf8'));

const located = (document: unknown) =>
  checkOpenBadgeStructure(document).problems.map(({ code, path }) => ({ code, path }));

describe('checkOpenBadgeStructure on the 1EdTech validator fixtures', () => {
  // Each simple-err-* fixture whose fault is structural, with the problem its name gives.
  const faults: Array<[string, string, string]> = [
    ['simple-err-context.json', 'context_not_vc', '$.@context[0]'],
    ['simple-err-type.json', 'wrong_type', '$.type'],
    ['simple-err-issuer.json', 'missing', '$.issuer'],
    ['simple-err-issuer-type.json', 'wrong_type', '$.issuer.type'],
    ['simple-err-issuer-parentorg-type.json', 'wrong_type', '$.issuer.parentOrg.type'],
    [
      'simple-err-issuer-otheridentifier-type.json',
      'wrong_type',
      '$.issuer.otherIdentifier[1].type',
    ],
    ['simple-err-credential-subject-type.json', 'wrong_type', '$.credentialSubject.type'],
    [
      'simple-err-credential-subject-identifier-type.json',
      'wrong_type',
      '$.credentialSubject.identifier[0].type',
    ],
    [
      'simple-err-credential-subject-profile-type.json',
      'wrong_type',
      '$.credentialSubject.source.type',
    ],
    [
      'simple-err-credential-subject-result-type.json',
      'wrong_type',
      '$.credentialSubject.result[1].type',
    ],
    [
      'simple-err-credential-subject-achievement-result-description-type.json',
      'wrong_type',
      '$.credentialSubject.achievement.resultDescription[2].type',
    ],
    ['simple-err-evidence-type.json', 'wrong_type', '$.evidence[1].type'],
  ];

  it.each(faults)('%s: %s at %s', (name, code, at) => {
    expect(located(fixture(name))).toContainEqual({ code, path: at });
  });

  it('words a wrong type in French and English with what was found and expected', () => {
    const problem = checkOpenBadgeStructure(fixture('simple-err-issuer-parentorg-type.json'))
      .problems[0];
    expect(problem?.message).toEqual({
      fr: 'Type inattendu en $.issuer.parentOrg.type : « InvalidProfile » ; attendu « Profile ».',
      en: 'Unexpected type at $.issuer.parentOrg.type: "InvalidProfile"; expected "Profile".',
    });
  });

  const wellFormed = [
    'simple.json',
    'simple-context-alias.json',
    'simple-did-key-method.json',
    'simple-did-web-method.json',
    'simple-multiple-proofs.json',
    'simple-err-expired.json',
    'simple-err-proof-value.json',
    'endorsement-valid.json',
    'complete.json',
    'bit-string-list/credential-status-revoked.json',
    'bit-string-list/credential-status-revoked-blank-nodes.json',
  ];

  it.each(wellFormed)('%s has no structural problem', (name) => {
    expect(checkOpenBadgeStructure(fixture(name)).problems).toEqual([]);
  });

  it('accepts VC 1.1 credentials with a warning', () => {
    const report = checkOpenBadgeStructure(fixture('simple_v1.json'));
    expect(report.vcVersion).toBe(1);
    expect(report.problems).toEqual([]);
    expect(report.warnings.map((w) => w.code)).toEqual(['context_legacy_vc']);
  });

  it('warns about an outdated Open Badges context version', () => {
    const report = checkOpenBadgeStructure(fixture('simple-context-version.json'));
    expect(report.problems).toEqual([]);
    expect(report.warnings).toEqual([
      {
        code: 'context_outdated',
        path: '$.@context[1]',
        message: expect.objectContaining({ en: expect.stringContaining('context-3.0.2.json') }),
      },
    ]);
  });

  it('finds the missing achievement and name of the credentials that lack them', () => {
    expect(located(fixture('simple-noproof.json'))).toEqual([
      { code: 'missing', path: '$.credentialSubject.achievement' },
    ]);
    expect(located(fixture('sd/derivedcredential.json'))).toEqual([
      { code: 'missing', path: '$.name' },
    ]);
  });
});

describe('checkOpenBadgeStructure on hand-made faults', () => {
  const base = () => openBadgeCredential(sampleOpenBadgeInput(), SAMPLE_SECRETS) as LooseJson;

  it('refuses a value that is not an object', () => {
    expect(located([1, 2])).toEqual([{ code: 'not_an_object', path: '$' }]);
    expect(located('text')).toEqual([{ code: 'not_an_object', path: '$' }]);
  });

  it('requires contexts, an Open Badges context, an id that is a URI and a valid date', () => {
    const doc = base();
    doc['@context'] = ['https://www.w3.org/ns/credentials/v2'];
    doc.id = 'not a uri';
    doc.validFrom = '2025-13-45';
    expect(located(doc)).toEqual([
      { code: 'context_no_open_badges', path: '$.@context' },
      { code: 'not_uri', path: '$.id' },
      { code: 'not_a_date', path: '$.validFrom' },
    ]);
    delete doc['@context'];
    expect(located(doc)).toContainEqual({ code: 'missing', path: '$.@context' });
  });

  it('requires a date with a time zone, and validFrom in VC 2.0', () => {
    const doc = base();
    doc.validUntil = '2030-01-01T00:00:00';
    delete doc.validFrom;
    expect(located(doc)).toEqual([
      { code: 'missing', path: '$.validFrom' },
      { code: 'not_a_date', path: '$.validUntil' },
    ]);
  });

  it('requires the name, description and criteria of the achievement', () => {
    const doc = base();
    const achievement = doc.credentialSubject.achievement;
    delete achievement.name;
    delete achievement.description;
    delete achievement.criteria;
    achievement.alignment[1].type = ['Alignement'];
    expect(located(doc)).toEqual([
      { code: 'missing', path: '$.credentialSubject.achievement.name' },
      { code: 'missing', path: '$.credentialSubject.achievement.description' },
      { code: 'missing', path: '$.credentialSubject.achievement.criteria' },
      { code: 'wrong_type', path: '$.credentialSubject.achievement.alignment[1].type' },
    ]);
  });
});
