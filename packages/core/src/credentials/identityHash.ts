// A holder's identity in a credential without the value in clear (Open Badges 3.0,
// IdentityObject): `identityHash` is `sha256$` followed by the hexadecimal SHA-256 of the UTF-8
// value with the salt appended, `hashed` is true and `salt` is given, so that a verifier who
// already knows the value (a birth date shown on an identity card) checks it, and nobody else
// reads it. The salt is random per credential: the same birth date hashes differently in two
// credentials, so a hash cannot be looked up in a table of all dates.
import { sha256Hex } from './sha256.ts';

export interface IdentityObject {
  type: 'IdentityObject';
  identityType: string;
  hashed: boolean;
  identityHash: string;
  salt?: string;
}

/** The OB 3.0 IdentityHash of `value` with `salt`. */
export const identityHash = (value: string, salt: string): string =>
  `sha256$${sha256Hex(`${value}${salt}`)}`;

/** An identity object naming `value` as a salted hash. */
export function hashedIdentity(identityType: string, value: string, salt: string): IdentityObject {
  return {
    type: 'IdentityObject',
    identityType,
    hashed: true,
    identityHash: identityHash(value, salt),
    salt,
  };
}

/** An identity object naming `value` in clear (the holder's name only). */
export function plainIdentity(identityType: string, value: string): IdentityObject {
  return { type: 'IdentityObject', identityType, hashed: false, identityHash: value };
}

/**
 * Whether `value` is the identity an object names: equal when in clear, or hashing to it with
 * its salt (sha256 only; the algorithm name is case-insensitive, and so is the hexadecimal).
 */
export function identityMatches(identity: unknown, value: string): boolean {
  if (identity === null || typeof identity !== 'object') return false;
  const { hashed, identityHash: hash, salt } = identity as Record<string, unknown>;
  if (typeof hash !== 'string') return false;
  if (hashed !== true) return hash === value;
  const [algorithm, digest] = hash.split('$');
  if (algorithm?.toLowerCase() !== 'sha256' || digest === undefined) return false;
  return sha256Hex(`${value}${typeof salt === 'string' ? salt : ''}`) === digest.toLowerCase();
}
