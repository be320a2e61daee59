// Finds the public key a proof names. First among the keys its issuer publishes
// (issuerDirectory.ts): such a key proves the issuer. Failing that, a key the proof carries in
// its own name — a did:key, or a `<controller>#<multibase key>` id, the form the Open Badges 3.0
// validator of 1EdTech reads offline — is enough to check the signature (is the document
// intact?) but not the issuer: anyone can make one. Anything else (a did:web or https key the
// issuer does not publish) cannot be found, and its signature cannot be checked.
import type { Message } from '@certeval/core';
import type { IssuerResolution, OwnIssuers, PublishedKey } from './issuerDirectory.ts';
import { sameId } from './issuerIds.ts';
import type { IssuerKeyring } from './issuerKeys.ts';
import { publicKeyKind } from './multibase.ts';

export interface ResolvedKey {
  /** The verification method id, exactly as the proof names it. */
  id: string;
  controller: string;
  publicKeyMultibase: string;
  /** `issuer-key`: a key the issuer publishes; `self-asserted`: only the credential names it. */
  trust: 'issuer-key' | 'self-asserted';
  /** Set when the issuer marks the key revoked (compromised). */
  revoked?: { at: string; reason?: string };
}

export type MethodFailure =
  | 'no_scheme'
  | 'unknown_scheme'
  | 'unknown_did_method'
  | 'unresolvable'
  | 'unsupported_key';

export type KeyResolution =
  | { ok: true; key: ResolvedKey }
  | { ok: false; reason: MethodFailure; message: Message };

/** Our issuers as keyrings held in memory (the service reads them from the database). */
export function keyringDirectory(keyrings: readonly IssuerKeyring[]): OwnIssuers {
  return {
    keysOf(issuerId) {
      const keyring = keyrings.find((candidate) => sameId(candidate.issuerId, issuerId));
      return keyring?.keys.map(
        (key): PublishedKey => ({
          id: key.id,
          controller: key.controller,
          publicKeyMultibase: key.publicKeyMultibase,
          ...(key.revokedAt ? { revokedAt: key.revokedAt } : {}),
          ...(key.revocationReason ? { revocationReason: key.revocationReason } : {}),
        }),
      );
    },
  };
}

const fail = (reason: MethodFailure, message: Message): KeyResolution => ({
  ok: false,
  reason,
  message,
});

export const methodMessages = {
  // The key's address is for machines: a reader is told whose key it is (issue 16, item 5).
  resolved: (trust: ResolvedKey['trust']): Message =>
    trust === 'issuer-key'
      ? { fr: 'Clé publiée par l’émetteur.', en: 'Key published by the issuer.' }
      : {
          fr: 'Clé désignée par le credential lui-même.',
          en: 'Key named by the credential itself.',
        },
  noScheme: (id: string): Message => ({
    fr: `La méthode de vérification n'est pas une URI (pas de schéma) : « ${id} ».`,
    en: `The verification method is not a URI (no scheme): "${id}".`,
  }),
  unknownScheme: (scheme: string): Message => ({
    fr: `Schéma de méthode de vérification inconnu : « ${scheme} ».`,
    en: `Unknown verification method scheme: "${scheme}".`,
  }),
  unknownDidMethod: (method: string): Message => ({
    fr: `Méthode DID non prise en charge : « did:${method} » (prises en charge : did:key, did:web).`,
    en: `Unsupported DID method: "did:${method}" (supported: did:key, did:web).`,
  }),
  unresolvable: (): Message => ({
    fr: `Clé introuvable : la clé désignée n’est pas une clé que l’émetteur publie ; la signature ne peut pas être vérifiée.`,
    en: `Key not found: the key named is not a key the issuer publishes; the signature cannot be checked.`,
  }),
  unsupportedKey: (kind: string): Message => ({
    fr: `Type de clé non pris en charge : ${kind} (pris en charge : Ed25519).`,
    en: `Unsupported key type: ${kind} (supported: Ed25519).`,
  }),
};

const selfAsserted = (id: string, controller: string, multibase: string): KeyResolution => ({
  ok: true,
  key: { id, controller, publicKeyMultibase: multibase, trust: 'self-asserted' },
});

/** A key carried by its own id: a did:key, or `<controller>#<z… Ed25519 key>`. */
function selfContained(id: string): KeyResolution | undefined {
  if (id.startsWith('did:key:')) {
    const did = id.split('#')[0] ?? id;
    const kind = publicKeyKind(did.slice('did:key:'.length));
    if (kind === undefined) return fail('unresolvable', methodMessages.unresolvable());
    if (kind !== 'Ed25519') return fail('unsupported_key', methodMessages.unsupportedKey(kind));
    return selfAsserted(id, did, did.slice('did:key:'.length));
  }
  const hash = id.indexOf('#');
  if (hash < 0) return undefined;
  const multibase = id.slice(hash + 1);
  const kind = publicKeyKind(multibase);
  // A fragment that is no known key is a plain fragment: the key would be online.
  if (kind === undefined || kind === 'unknown') return undefined;
  if (kind !== 'Ed25519') return fail('unsupported_key', methodMessages.unsupportedKey(kind));
  return selfAsserted(id, id.slice(0, hash), multibase);
}

/** The key of `id` among those the issuer publishes. */
function publishedKey(id: string, issuer: IssuerResolution): ResolvedKey | undefined {
  if (!issuer.ok) return undefined;
  const found = issuer.issuer.keys.find((key) => sameId(key.id, id));
  if (!found) return undefined;
  return {
    id,
    controller: found.controller,
    publicKeyMultibase: found.publicKeyMultibase,
    trust: 'issuer-key',
    ...(found.revokedAt
      ? {
          revoked: {
            at: found.revokedAt,
            ...(found.revocationReason ? { reason: found.revocationReason } : {}),
          },
        }
      : {}),
  };
}

/** Finds the key of the verification method `id`, given what its issuer publishes. */
export function resolveVerificationMethod(id: string, issuer: IssuerResolution): KeyResolution {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(id)?.[1]?.toLowerCase();
  if (!scheme) return fail('no_scheme', methodMessages.noScheme(id));
  const published = publishedKey(id, issuer);
  if (published) return { ok: true, key: published };
  const own = selfContained(id);
  if (own) return own;
  if (scheme === 'did') {
    const method = id.split(':')[1] ?? '';
    if (method !== 'web')
      return fail('unknown_did_method', methodMessages.unknownDidMethod(method));
  } else if (scheme !== 'https' && scheme !== 'http') {
    return fail('unknown_scheme', methodMessages.unknownScheme(scheme));
  }
  return fail('unresolvable', methodMessages.unresolvable());
}
