// Encryption at rest of issuers' secret keys: AES-256-GCM under a key derived (HKDF-SHA-256,
// random salt) from the master secret the caller passes in. The additional data binds a
// ciphertext to its key's id, so a ciphertext moved to another key's row does not open.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const INFO = 'certeval issuer key at rest v1';
/** A master secret shorter than this is refused: it must carry 256 bits of entropy. */
export const MIN_MASTER_SECRET_LENGTH = 32;

/** The master secret did not open the box: wrong secret, or a box altered or moved. */
export class SecretBoxOpenError extends Error {
  readonly code = 'issuer_key_undecryptable';
  readonly messages = {
    fr: "La clé de l'émetteur ne peut pas être déchiffrée : secret maître incorrect ou clé altérée.",
    en: "The issuer's key cannot be decrypted: wrong master secret or altered key.",
  };
  constructor(reason: string) {
    super(`Issuer key cannot be decrypted: ${reason}`);
    this.name = 'SecretBoxOpenError';
  }
}

function wrappingKey(masterSecret: string | Uint8Array, salt: Uint8Array): Buffer {
  if (masterSecret.length < MIN_MASTER_SECRET_LENGTH) {
    throw new RangeError(`The master secret must be at least ${MIN_MASTER_SECRET_LENGTH} long.`);
  }
  return Buffer.from(hkdfSync('sha256', masterSecret, salt, INFO, 32));
}

/** Seals bytes as `v1.<salt>.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function sealSecret(
  secret: Uint8Array,
  masterSecret: string | Uint8Array,
  associatedData: string,
): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey(masterSecret, salt), iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
  const parts = [salt, iv, cipher.getAuthTag(), ciphertext].map((part) =>
    part.toString('base64url'),
  );
  return [VERSION, ...parts].join('.');
}

/** Opens a sealed secret, or throws SecretBoxOpenError. */
export function openSecret(
  sealed: string,
  masterSecret: string | Uint8Array,
  associatedData: string,
): Buffer {
  const [version, ...parts] = sealed.split('.');
  if (version !== VERSION || parts.length !== 4) {
    throw new SecretBoxOpenError('unknown format');
  }
  const [salt, iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, 'base64url')) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey(masterSecret, salt), iv);
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch (error) {
    if (error instanceof RangeError) throw error;
    throw new SecretBoxOpenError('authentication failed');
  }
}
