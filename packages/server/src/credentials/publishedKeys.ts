// The keys an issuer publishes for signing credentials, read from the document found at its
// id: a DID document (did:web) or an issuer profile in the same controller-document form
// (ours, see issuerKeys.ts controllerDocument). A key counts only when it is an assertion
// method of the document, of an Ed25519 type we verify (Multikey or Ed25519VerificationKey2020
// with publicKeyMultibase, JsonWebKey2020 with an OKP Ed25519 publicKeyJwk), and controlled by
// the document's subject itself. A key marked `revoked` is kept with its date, so that what it
// signed is said invalid rather than unknown.
import { ed25519Multibase, publicKeyKind } from './multibase.ts';

export interface PublishedKey {
  /** The verification method id, as the document names it (absolute). */
  id: string;
  controller: string;
  publicKeyMultibase: string;
  revokedAt?: string;
  revocationReason?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

// More keys than this in one document is not an issuer's key list.
const MAX_KEYS = 64;

/** A relative id (`#key-1`) read against the document's id. */
const absolute = (id: string, base: string) => (id.startsWith('#') ? `${base}${id}` : id);

function multibaseOf(method: Json): string | undefined {
  if (typeof method.publicKeyMultibase === 'string') {
    return publicKeyKind(method.publicKeyMultibase) === 'Ed25519'
      ? method.publicKeyMultibase
      : undefined;
  }
  const jwk = method.publicKeyJwk;
  if (isObject(jwk) && jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string') {
    const raw = Buffer.from(jwk.x, 'base64url');
    return raw.length === 32 ? ed25519Multibase(raw) : undefined;
  }
  return undefined;
}

/**
 * The assertion keys `document` publishes for `subject` (the issuer id as the document must
 * state it); `same` compares ids after normalisation.
 */
export function publishedKeys(
  document: unknown,
  subject: string,
  same: (a: string, b: string) => boolean,
): PublishedKey[] | undefined {
  if (!isObject(document) || typeof document.id !== 'string' || !same(document.id, subject)) {
    return undefined;
  }
  const base = document.id;
  const methods = (Array.isArray(document.verificationMethod) ? document.verificationMethod : [])
    .filter(isObject)
    .slice(0, MAX_KEYS);
  const assertion = (Array.isArray(document.assertionMethod) ? document.assertionMethod : []).slice(
    0,
    MAX_KEYS,
  );
  const byId = new Map(
    methods.flatMap((m) => (typeof m.id === 'string' ? [[absolute(m.id, base), m]] : [])),
  );
  const keys: PublishedKey[] = [];
  for (const entry of assertion) {
    const method = typeof entry === 'string' ? byId.get(absolute(entry, base)) : entry;
    if (!isObject(method) || typeof method.id !== 'string') continue;
    const controller = typeof method.controller === 'string' ? method.controller : base;
    const publicKeyMultibase = multibaseOf(method);
    if (!publicKeyMultibase || !same(controller, subject)) continue;
    keys.push({
      id: absolute(method.id, base),
      controller: subject,
      publicKeyMultibase,
      ...(typeof method.revoked === 'string' ? { revokedAt: method.revoked } : {}),
    });
  }
  return keys;
}
