// Issuing: the OpenBadgeCredential of a certificate or attestation (core) signed with the
// issuer's active key, its holder's birth date hashed with a salt drawn for it alone.
// Publishing revocations and suspensions: the issuer's Bitstring Status List credential of that
// purpose, signed with the same key, its bits set at the revoked (or suspended) credentials'
// indexes.
import { randomBytes } from 'node:crypto';
import {
  type CredentialSecrets,
  type OpenBadgeInput,
  openBadgeCredential,
  type Revocation,
  revocationBits,
  type StatusPurpose,
  statusListCredential,
} from '@certeval/core';
import type { SigningKey } from './issuerKeys.ts';
import { type SignedCredential, signCredential } from './signCredential.ts';
import { encodeStatusList } from './statusListCodec.ts';

function assertIssuerKey(issuerId: string, key: SigningKey): void {
  if (key.controller !== issuerId) {
    throw new Error(`Key ${key.id} belongs to ${key.controller}, not to the issuer ${issuerId}.`);
  }
}

/** A fresh salt: 128 random bits, in hexadecimal. */
export const randomSalt = () => randomBytes(16).toString('hex');

/** The signed OpenBadgeCredential of a certificate or attestation. */
export async function issueOpenBadge(
  input: OpenBadgeInput,
  key: SigningKey,
  options: { created?: Date | string; secrets?: CredentialSecrets } = {},
): Promise<SignedCredential> {
  assertIssuerKey(input.issuer.id, key);
  const secrets = options.secrets ?? { birthDateSalt: randomSalt() };
  return signCredential(openBadgeCredential(input, secrets), key, {
    ...(options.created ? { created: options.created } : {}),
  });
}

/**
 * The signed status list of an issuer, where each revocation (each suspension, on a list of
 * that purpose) sets its credential's bit.
 */
export async function issueStatusList(
  options: {
    listUrl: string;
    issuerId: string;
    /** `revocation` unless said. */
    purpose?: StatusPurpose;
    revocations: readonly Revocation[];
    validFrom: string;
    validUntil?: string;
    entries?: number;
    created?: Date | string;
  },
  key: SigningKey,
): Promise<SignedCredential> {
  assertIssuerKey(options.issuerId, key);
  const list = statusListCredential({
    listUrl: options.listUrl,
    issuerId: options.issuerId,
    validFrom: options.validFrom,
    ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    ...(options.purpose ? { purpose: options.purpose } : {}),
    encodedList: encodeStatusList(revocationBits(options.revocations, options.entries)),
  });
  return signCredential(list, key, options.created ? { created: options.created } : {});
}
