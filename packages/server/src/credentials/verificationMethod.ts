// Finds the public key a proof names, offline. In order: a key we hold for one of our issuers
// (by its verification method id, so rotated keys keep verifying and revoked ones fail); a
// did:key, which is the key itself; a `<controller>#<multibase key>` id, the form the Open
// Badges 3.0 validator of 1EdTech also reads, valid only when the controller is the issuer.
// Anything else (did:web, a key document at an https URL) would need the network: it is
// reported as unresolvable and the credential is never valid.
import type { Message } from '@certeval/core';
import type { IssuerKeyring } from './issuerKeys.ts';
import { publicKeyKind } from './multibase.ts';

export interface ResolvedKey {
  /** The verification method id, exactly as the proof names it. */
  id: string;
  controller: string;
  publicKeyMultibase: string;
  /** `issuer-key`: one of our issuers' keys; `self-asserted`: only the credential names it. */
  trust: 'issuer-key' | 'self-asserted';
}

export type MethodFailure =
  | 'no_scheme'
  | 'unknown_scheme'
  | 'unknown_did_method'
  | 'unresolvable'
  | 'unsupported_key'
  | 'controller_mismatch'
  | 'unknown_issuer_key'
  | 'revoked_key';

export type KeyResolution =
  | { ok: true; key: ResolvedKey }
  | { ok: false; reason: MethodFailure; message: Message };

export type TrustedKeyLookup =
  | {
      kind: 'key';
      key: { id: string; controller: string; publicKeyMultibase: string };
      revokedAt?: string;
      revocationReason?: string;
    }
  /** The controller is one of our issuers, but it has no such key. */
  | { kind: 'unknown-key' }
  | { kind: 'not-ours' };

/** Our issuers' keys, as the verifier asks for them. */
export interface TrustedKeys {
  lookup(verificationMethod: string): TrustedKeyLookup | Promise<TrustedKeyLookup>;
}

/** Trusted keys from keyrings held in memory (the service loads them from the database). */
export function keyringDirectory(keyrings: readonly IssuerKeyring[]): TrustedKeys {
  const byIssuer = new Map(keyrings.map((keyring) => [keyring.issuerId, keyring]));
  return {
    lookup(verificationMethod) {
      const keyring = byIssuer.get(verificationMethod.split('#')[0] ?? '');
      if (!keyring) return { kind: 'not-ours' };
      const key = keyring.keys.find((candidate) => candidate.id === verificationMethod);
      if (!key) return { kind: 'unknown-key' };
      return {
        kind: 'key',
        key: { id: key.id, controller: key.controller, publicKeyMultibase: key.publicKeyMultibase },
        ...(key.revokedAt ? { revokedAt: key.revokedAt } : {}),
        ...(key.revocationReason ? { revocationReason: key.revocationReason } : {}),
      };
    },
  };
}

const fail = (reason: MethodFailure, message: Message): KeyResolution => ({
  ok: false,
  reason,
  message,
});

export const methodMessages = {
  resolved: (id: string, trust: ResolvedKey['trust']): Message =>
    trust === 'issuer-key'
      ? { fr: `Clé de l'émetteur connue : ${id}.`, en: `Known issuer key: ${id}.` }
      : {
          fr: `Clé désignée par le credential : ${id}.`,
          en: `Key named by the credential: ${id}.`,
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
    fr: `Méthode DID non prise en charge : « did:${method} » (pris en charge : did:key).`,
    en: `Unsupported DID method: "did:${method}" (supported: did:key).`,
  }),
  unresolvable: (id: string): Message => ({
    fr: `Méthode de vérification introuvable hors ligne : ${id}. Rien n'est téléchargé ; la clé ne peut pas être vérifiée.`,
    en: `Verification method not resolvable offline: ${id}. Nothing is downloaded; the key cannot be checked.`,
  }),
  unsupportedKey: (kind: string): Message => ({
    fr: `Type de clé non pris en charge : ${kind} (pris en charge : Ed25519).`,
    en: `Unsupported key type: ${kind} (supported: Ed25519).`,
  }),
  controllerMismatch: (controller: string, issuer: string | undefined): Message =>
    issuer === undefined
      ? {
          fr: `La clé appartient à ${controller}, mais le credential ne nomme aucun émetteur.`,
          en: `The key belongs to ${controller}, but the credential names no issuer.`,
        }
      : {
          fr: `La clé appartient à ${controller}, pas à l'émetteur ${issuer}.`,
          en: `The key belongs to ${controller}, not to the issuer ${issuer}.`,
        },
  unknownIssuerKey: (id: string): Message => ({
    fr: `Cet émetteur n'a pas de clé ${id}.`,
    en: `This issuer has no key ${id}.`,
  }),
  revokedKey: (id: string, at: string, reason?: string): Message => ({
    fr: `La clé ${id} a été révoquée le ${at}${reason ? ` (${reason})` : ''}.`,
    en: `Key ${id} was revoked on ${at}${reason ? ` (${reason})` : ''}.`,
  }),
};

/** A `<base>#<z… Ed25519 key>` id, with the key embedded in the fragment. */
function embeddedKey(id: string, issuerId: string | undefined): KeyResolution | undefined {
  const hash = id.indexOf('#');
  if (hash < 0) return undefined;
  const controller = id.slice(0, hash);
  const fragment = id.slice(hash + 1);
  const kind = publicKeyKind(fragment);
  // A fragment that is no known key is a plain fragment: the key document would be online.
  if (kind === undefined || kind === 'unknown') return undefined;
  if (kind !== 'Ed25519') return fail('unsupported_key', methodMessages.unsupportedKey(kind));
  if (controller !== issuerId) {
    return fail('controller_mismatch', methodMessages.controllerMismatch(controller, issuerId));
  }
  const key = { id, controller, publicKeyMultibase: fragment, trust: 'self-asserted' as const };
  return { ok: true, key };
}

function didKey(id: string): KeyResolution {
  const did = id.split('#')[0] ?? id;
  const multibase = did.slice('did:key:'.length);
  const kind = publicKeyKind(multibase);
  if (kind === undefined) return fail('unresolvable', methodMessages.unresolvable(id));
  if (kind !== 'Ed25519') return fail('unsupported_key', methodMessages.unsupportedKey(kind));
  return {
    ok: true,
    key: { id, controller: did, publicKeyMultibase: multibase, trust: 'self-asserted' },
  };
}

async function trusted(
  id: string,
  keys: TrustedKeys | undefined,
): Promise<KeyResolution | undefined> {
  const found = keys ? await keys.lookup(id) : { kind: 'not-ours' as const };
  if (found.kind === 'not-ours') return undefined;
  if (found.kind === 'unknown-key')
    return fail('unknown_issuer_key', methodMessages.unknownIssuerKey(id));
  if (found.revokedAt) {
    return fail(
      'revoked_key',
      methodMessages.revokedKey(id, found.revokedAt, found.revocationReason),
    );
  }
  return { ok: true, key: { ...found.key, trust: 'issuer-key' } };
}

/** Resolves the verification method of a proof on a credential issued by `issuerId`. */
export async function resolveVerificationMethod(
  id: string,
  issuerId: string | undefined,
  keys?: TrustedKeys,
): Promise<KeyResolution> {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(id)?.[1]?.toLowerCase();
  if (!scheme) return fail('no_scheme', methodMessages.noScheme(id));
  const ours = await trusted(id, keys);
  // One of our keys signs only for its own issuer.
  if (ours?.ok && ours.key.controller !== issuerId) {
    return fail(
      'controller_mismatch',
      methodMessages.controllerMismatch(ours.key.controller, issuerId),
    );
  }
  if (ours) return ours;
  if (scheme === 'did') {
    const method = id.split(':')[1] ?? '';
    if (method === 'key') return didKey(id);
    if (method === 'web')
      return embeddedKey(id, issuerId) ?? fail('unresolvable', methodMessages.unresolvable(id));
    return fail('unknown_did_method', methodMessages.unknownDidMethod(method));
  }
  if (scheme === 'https' || scheme === 'http') {
    return embeddedKey(id, issuerId) ?? fail('unresolvable', methodMessages.unresolvable(id));
  }
  return fail('unknown_scheme', methodMessages.unknownScheme(scheme));
}
