// The Open Badges 3.0 Linked Data Proof test vector (../shared/fixtures/credentials/
// ob30-test-vectors): its document, key and proof are read from the published page, and our
// canonical forms, hashes and proof value must be exactly the ones given there.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { describe, expect, it } from 'vitest';
import { loadContext } from './contexts.ts';
import { TEST_VECTORS } from './credentials.testing.ts';
import { generateIssuerKey, unsealSigningKey } from './issuerKeys.ts';
import { signCredential } from './signCredential.ts';

const page = readFileSync(path.join(TEST_VECTORS, 'linked-data-proof-ob.html'), 'utf8');
const canonical = (name: string) => readFileSync(path.join(TEST_VECTORS, name), 'utf8');

function block(title: string): Record<string, unknown> {
  const start = page.indexOf(`title="${title}">`);
  const end = page.indexOf('</pre', start);
  return JSON.parse(page.slice(page.indexOf('>', start) + 1, end));
}

function codeAfter(label: string): string {
  const match = new RegExp(`${label}[\\s\\S]*?<code\\s*>([^<]+)</code`).exec(page);
  if (!match?.[1]) throw new Error(`No code after ${label}`);
  return match[1].trim();
}

const credential = block('Credential');
const expectedProof = block('Proof');
const secretKeyHex = codeAfter('Private key \\(hex\\):');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const canonize = (input: unknown) =>
  cryptosuite.canonize(input, { documentLoader: loadContext, base: null, safe: true });

describe('Open Badges 3.0 Linked Data Proof test vector', () => {
  it('canonicalizes the document with the bundled contexts exactly as published', async () => {
    const document = await canonize(credential);
    expect(document).toBe(canonical('document-canon.txt'));
    expect(sha256(document)).toBe(codeAfter('Document hash \\(hex\\)'));
  });

  it('canonicalizes the proof options exactly as published', async () => {
    const { proofValue: _value, ...options } = expectedProof;
    const proof = await canonize({ '@context': credential['@context'], ...options });
    expect(proof).toBe(canonical('proof-canon.txt'));
    expect(sha256(proof)).toBe(codeAfter('Proof hash \\(hex\\)'));
  });

  it('signs with the published key and obtains exactly the published proof value', async () => {
    const masterSecret = 'master secret used only by this test vector';
    const key = await generateIssuerKey({
      issuerId: 'https://example.edu/issuers/565049',
      masterSecret,
      now: new Date('2010-01-01T00:00:00Z'),
      seed: Buffer.from(secretKeyHex.slice(0, 64), 'hex'),
    });
    expect(key.id).toBe(expectedProof.verificationMethod);
    expect(key.publicKeyMultibase).toBe('z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi');

    const signed = await signCredential(credential, unsealSigningKey(key, masterSecret), {
      created: String(expectedProof.created),
    });
    // The vector writes its one proof as an object; we issue it in an array (the OB 3.0 JSON
    // schema requires one): the same proof, alone in its set.
    expect(signed.proof).toHaveLength(1);
    expect(signed.proof[0]?.proofValue).toBe(
      'z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr',
    );
    expect(signed.proof[0]).toEqual(expectedProof);
    expect({ ...signed, proof: signed.proof[0] }).toEqual(block('Signed credential'));
  });
});
