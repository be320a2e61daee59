// The pure SHA-256 against node:crypto, and the OB 3.0 identity hash a verifier checks.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashedIdentity, identityHash, identityMatches, plainIdentity } from './identityHash.ts';
import { sha256Hex } from './sha256.ts';

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on any text, across block boundaries', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
    );
  });
});

describe('identity hashes', () => {
  const salt = '9c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f';

  it('is sha256$ followed by the hash of the value with its salt appended', () => {
    const expected = createHash('sha256').update(`1994-03-12${salt}`).digest('hex');
    expect(identityHash('1994-03-12', salt)).toBe(`sha256$${expected}`);
    expect(hashedIdentity('ext:dateOfBirth', '1994-03-12', salt)).toEqual({
      type: 'IdentityObject',
      identityType: 'ext:dateOfBirth',
      hashed: true,
      identityHash: `sha256$${expected}`,
      salt,
    });
  });

  it('matches the value it was made from, and no other', () => {
    const birth = hashedIdentity('ext:dateOfBirth', '1994-03-12', salt);
    expect(identityMatches(birth, '1994-03-12')).toBe(true);
    expect(identityMatches(birth, '1994-03-13')).toBe(false);
    expect(identityMatches({ ...birth, salt: 'autre' }, '1994-03-12')).toBe(false);
    expect(
      identityMatches({ ...birth, identityHash: birth.identityHash.toUpperCase() }, '1994-03-12'),
    ).toBe(true);
    expect(identityMatches({ ...birth, identityHash: `md5$${'0'.repeat(32)}` }, '1994-03-12')).toBe(
      false,
    );
    expect(identityMatches(plainIdentity('name', 'Camille Morel'), 'Camille Morel')).toBe(true);
    expect(identityMatches(null, 'x')).toBe(false);
  });
});
