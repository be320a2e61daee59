// The templated canonicalization must give exactly what JSON-LD expansion gives, whatever the
// values: property test over certificates with arbitrary texts, IRIs and shapes.
import { openBadgeCredential } from '@certeval/core';
import {
  SAMPLE_SECRETS,
  sampleOpenBadgeInput,
} from '@certeval/core/credentials/sampleCredential.testing';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templatedCanonize } from './canonicalTemplates.ts';
import { loadContext } from './contexts.ts';

const options = { documentLoader: loadContext, base: null, safe: true };
const plain = cryptosuite.canonize;

// Texts with what N-Quads must escape, colons that could read as IRIs, and JSON-LD keywords.
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.constantFrom(
    '"quoted"',
    'back\\slash',
    'line\nbreak',
    'urn:uuid:123',
    'xsd:dateTime',
    '@id',
    'ext:x',
    '',
  ),
);
const https = fc.webUrl({ validSchemes: ['https'] });
const iri = fc.oneof(
  https,
  https,
  fc.uuid().map((uuid) => `urn:uuid:${uuid}`),
);

const certificate = fc.record({
  name: text,
  birthDate: text,
  number: text,
  verificationUrl: iri,
  issuerId: https,
  issuerName: text,
  achievementId: iri,
  criteria: text,
  results: fc.array(
    fc.record({ label: text, percentage: fc.option(fc.double({ min: 0, max: 100, noNaN: true })) }),
    {
      minLength: 0,
      maxLength: 3,
    },
  ),
  sameIds: fc.boolean(),
});

type Certificate = typeof certificate extends fc.Arbitrary<infer T> ? T : never;

function credentialOf(value: Certificate) {
  const base = sampleOpenBadgeInput();
  return openBadgeCredential(
    {
      ...base,
      number: value.number,
      verificationUrl: value.verificationUrl,
      issuer: { id: value.issuerId, name: value.issuerName },
      certification: {
        ...base.certification,
        achievementId: value.sameIds ? value.verificationUrl : value.achievementId,
        criteria: value.criteria,
      },
      holder: { name: value.name, birthDate: value.birthDate },
      results: value.results.map((result, i) => ({
        code: `B${i}`,
        label: result.label,
        kind: 'bloc' as const,
        status: 'acquired' as const,
        ...(result.percentage === null ? {} : { percentage: result.percentage }),
      })),
    },
    SAMPLE_SECRETS,
  );
}

describe('templatedCanonize', () => {
  it('canonicalizes every certificate exactly as JSON-LD expansion does', async () => {
    let expansions = 0;
    let templated = 0;
    const fast = templatedCanonize(async (input, opts) => {
      expansions += 1;
      return plain(input, opts);
    });
    const outcome = (promise: Promise<string>) =>
      promise.catch((error: Error) => `error: ${error.message}`);
    await fc.assert(
      fc.asyncProperty(certificate, async (value) => {
        const document = credentialOf(value);
        const expected = await outcome(plain(document, options));
        expect(await outcome(fast(document, options))).toBe(expected);
        // Again: the first of a shape builds its template, the next ones use it.
        const before = expansions;
        expect(await outcome(fast(document, options))).toBe(expected);
        if (expansions === before) templated += 1;
      }),
      { numRuns: 40 },
    );
    // Most shapes take the template; urn:uuid ids in IRI positions take the plain path.
    expect(templated).toBeGreaterThan(10);
  }, 120_000);

  it('reuses the template: a new certificate of a known shape needs no JSON-LD expansion', async () => {
    let expansions = 0;
    const fast = templatedCanonize(async (input, opts) => {
      expansions += 1;
      return plain(input, opts);
    });
    await fast(openBadgeCredential(sampleOpenBadgeInput(), SAMPLE_SECRETS), options);
    expect(expansions).toBe(2);
    const other = openBadgeCredential(
      sampleOpenBadgeInput({
        number: 'CQP-CLC-2025-000043',
        verificationUrl: 'https://certeval.example/verify/CQP-CLC-2025-000043',
        holder: { name: 'Léa « Dupont »\n', birthDate: '2001-02-03' },
      }),
      SAMPLE_SECRETS,
    );
    const canonical = await fast(other, options);
    expect(expansions).toBe(2);
    expect(canonical).toBe(await plain(other, options));
  });
});
