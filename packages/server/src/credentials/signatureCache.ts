// The signatures already found to hold, per server instance (issue 19, item 2). Checking an
// Ed25519 proof canonicalizes the whole document (RDF, tens of milliseconds); the public
// verification of a certificate by number did it on every request for the same stored bytes.
// A signature's validity depends only on the signed bytes, the proof and the key: the cache is
// keyed by a SHA-256 of all three, so that a changed document (a tampered stored credential,
// another list revision) or another key is a miss and is checked afresh. Only successes are
// kept: a failure is always checked again. Whether the key is still the issuer's, the dates and
// the status are not cached: the caller judges them on every verification.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** How many outcomes an instance keeps; the oldest is forgotten first. */
export const SIGNATURE_CACHE_SIZE = 20_000;

const held = new LRUCache<string, true>({ max: SIGNATURE_CACHE_SIZE });

/** The fingerprint of a proof check: the document, its proof and the key, byte for byte. */
export function signatureFingerprint(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

/** Whether this exact check already held. */
export function knownToHold(fingerprint: string): boolean {
  // Read, it becomes the most recently used.
  return held.get(fingerprint) === true;
}

/** Records a check that held. */
export function rememberHeld(fingerprint: string): void {
  held.set(fingerprint, true);
}
