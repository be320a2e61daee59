// The pure SHA-1 and UUID v5 of uuid.ts against node:crypto and published test vectors.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CERTEVAL_CASE_NAMESPACE, sha1, URL_NAMESPACE, uuidV5 } from './uuid.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('sha1', () => {
  it('gives the FIPS 180 digests of "abc" and of the empty message', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe(
      'a9993e364706816aba3e25717850c26c9cd0d89d',
    );
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
  });

  it('agrees with node:crypto on any message, across block boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(hex(sha1(bytes))).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });
});

describe('uuidV5', () => {
  it('gives the UUIDs of Python uuid.uuid5 (RFC 9562 name-based, SHA-1)', () => {
    expect(uuidV5(DNS_NAMESPACE, 'python.org')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5(URL_NAMESPACE, 'é𝑑')).toBe('346f047a-cf4a-5532-a3ea-e32985e3cd0c');
    expect(CERTEVAL_CASE_NAMESPACE).toBe('3848e6aa-2a3e-5c1b-8de9-d09d6c49b6c7');
  });
});
