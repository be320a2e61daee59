import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { describe, expect, it } from 'vitest';
import { loadContext } from './contexts.ts';
import { demoKeyring, ISSUER_ID, MASTER_SECRET } from './credentials.testing.ts';
import {
  activeKey,
  controllerDocument,
  generateIssuerKey,
  issuerProfile,
  revokeIssuerKey,
  rotateIssuerKey,
  unsealSigningKey,
} from './issuerKeys.ts';
import { openSecret, SecretBoxOpenError, sealSecret } from './secretBox.ts';

describe('secret box', () => {
  const secret = Buffer.from(
    '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff',
    'hex',
  );

  it('round-trips a secret with the master secret and the same key id', () => {
    const sealed = sealSecret(secret, MASTER_SECRET, 'key-1');
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain(secret.toString('base64url'));
    expect(openSecret(sealed, MASTER_SECRET, 'key-1').equals(secret)).toBe(true);
  });

  it('seals the same secret differently each time (random salt and IV)', () => {
    expect(sealSecret(secret, MASTER_SECRET, 'key-1')).not.toBe(
      sealSecret(secret, MASTER_SECRET, 'key-1'),
    );
  });

  it('fails cleanly with a wrong master secret, another key id or an altered box', () => {
    const sealed = sealSecret(secret, MASTER_SECRET, 'key-1');
    expect(() => openSecret(sealed, 'another master secret, also 32 chars long', 'key-1')).toThrow(
      SecretBoxOpenError,
    );
    expect(() => openSecret(sealed, MASTER_SECRET, 'key-2')).toThrow(SecretBoxOpenError);
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[4] ?? '', 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    parts[4] = flipped.toString('base64url');
    expect(() => openSecret(parts.join('.'), MASTER_SECRET, 'key-1')).toThrow(SecretBoxOpenError);
    expect(() => openSecret('v0.abc', MASTER_SECRET, 'key-1')).toThrow(SecretBoxOpenError);
  });

  it('says what failed in French and English', () => {
    const sealed = sealSecret(secret, MASTER_SECRET, 'key-1');
    try {
      openSecret(sealed, 'the wrong master secret of 32 characters', 'key-1');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SecretBoxOpenError);
      expect((error as SecretBoxOpenError).code).toBe('issuer_key_undecryptable');
      expect((error as SecretBoxOpenError).messages.fr).toContain('secret maître incorrect');
    }
  });

  it('refuses a master secret too short to carry 256 bits', () => {
    expect(() => sealSecret(secret, 'short', 'key-1')).toThrow(RangeError);
  });
});

describe('issuer keys', () => {
  it('are named <issuer id>#<public key> and sealed at rest', async () => {
    const key = await generateIssuerKey({
      issuerId: ISSUER_ID,
      masterSecret: MASTER_SECRET,
      now: new Date(),
    });
    expect(key.id).toBe(`${ISSUER_ID}#${key.publicKeyMultibase}`);
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(key.controller).toBe(ISSUER_ID);
    const signing = unsealSigningKey(key, MASTER_SECRET);
    expect(signing.signer).toMatchObject({ id: key.id, algorithm: 'Ed25519' });
    const signature = await signing.signer.sign({ data: new Uint8Array([1, 2, 3]) });
    expect(signature).toHaveLength(64);
  });

  it('do not unseal with a wrong master secret', async () => {
    const key = await generateIssuerKey({
      issuerId: ISSUER_ID,
      masterSecret: MASTER_SECRET,
      now: new Date(),
    });
    expect(() => unsealSigningKey(key, 'not the master secret but 32 chars long')).toThrow(
      SecretBoxOpenError,
    );
  });

  it('refuse a sealed secret that belongs to another public key', async () => {
    const a = await generateIssuerKey({
      issuerId: ISSUER_ID,
      masterSecret: MASTER_SECRET,
      now: new Date(),
    });
    const b = await generateIssuerKey({
      issuerId: ISSUER_ID,
      masterSecret: MASTER_SECRET,
      now: new Date(),
    });
    const swapped = { ...a, sealedSecretKey: sealSecret(Buffer.alloc(32, 7), MASTER_SECRET, a.id) };
    expect(() => unsealSigningKey(swapped, MASTER_SECRET)).toThrow(/does not match its public key/);
    expect(() =>
      unsealSigningKey({ ...a, sealedSecretKey: b.sealedSecretKey }, MASTER_SECRET),
    ).toThrow(SecretBoxOpenError);
  });

  it('rotate: the old key is retired but stays an assertion method; the new one signs', async () => {
    const first = await demoKeyring();
    const old = activeKey(first);
    const rotated = await rotateIssuerKey(first, {
      masterSecret: MASTER_SECRET,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const fresh = activeKey(rotated);
    expect(fresh?.id).not.toBe(old?.id);
    expect(rotated.keys).toHaveLength(2);
    expect(rotated.keys[0]).toMatchObject({ id: old?.id, retiredAt: '2026-01-01T00:00:00.000Z' });
    expect(controllerDocument(rotated)).toMatchObject({
      id: ISSUER_ID,
      assertionMethod: [old?.id, fresh?.id],
    });
  });

  it('revoke: a compromised key leaves the controller document', async () => {
    const rotated = await rotateIssuerKey(await demoKeyring(), {
      masterSecret: MASTER_SECRET,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const [old, fresh] = rotated.keys;
    const revoked = revokeIssuerKey(rotated, old?.id ?? '', {
      now: new Date('2026-02-01T00:00:00Z'),
      reason: 'Clé exposée',
    });
    expect(revoked.keys[0]).toMatchObject({
      revokedAt: '2026-02-01T00:00:00.000Z',
      revocationReason: 'Clé exposée',
    });
    expect(controllerDocument(revoked).assertionMethod).toEqual([fresh?.id]);
    expect(activeKey(revoked)?.id).toBe(fresh?.id);
  });

  it('publishes an issuer profile: an Open Badges Profile listing its keys', async () => {
    const rotated = await rotateIssuerKey(await demoKeyring(), {
      masterSecret: MASTER_SECRET,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const profile = issuerProfile(rotated, 'Fromagerie des Trois Vallées');
    expect(profile).toMatchObject({
      id: ISSUER_ID,
      type: ['Profile'],
      name: 'Fromagerie des Trois Vallées',
      assertionMethod: rotated.keys.map((key) => key.id),
    });
    // Every term is defined by its contexts: it canonicalizes in safe mode.
    const canonical = await cryptosuite.canonize(profile, {
      documentLoader: loadContext,
      base: null,
      safe: true,
    });
    expect(canonical).toContain('<https://purl.imsglobal.org/spec/vc/ob/vocab.html#Profile>');
    expect(canonical).toContain('<https://w3id.org/security#assertionMethod>');
  });
});
