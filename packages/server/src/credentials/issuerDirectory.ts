// Who an issuer is, proven by what it publishes: the keys an issuer id stands for. Ours are
// read from our database by their exact normalised id (never over HTTP, even at our own
// address); a did:key issuer is its own key; a did:web issuer publishes its DID document at
// the address its DID names; an https issuer publishes its profile (a controller document) at
// its id. Anything else cannot be resolved, and a credential of that issuer is never valid.
import type { Message } from '@certeval/core';
import type { DocumentFetcher } from './documentFetcher.ts';
import { normaliseId, sameId } from './issuerIds.ts';
import { publicKeyKind } from './multibase.ts';
import { type PublishedKey, publishedKeys } from './publishedKeys.ts';

export type { PublishedKey };

export type IssuerSource = 'certeval' | 'did:key' | 'did:web' | 'issuer-profile';

export interface PublishedIssuer {
  /** The issuer id, normalised. */
  id: string;
  source: IssuerSource;
  keys: PublishedKey[];
}

export type IssuerResolution =
  | { ok: true; issuer: PublishedIssuer }
  | { ok: false; message: Message };

/** Our own issuers, as stored. */
export interface OwnIssuers {
  /** The keys of our issuer whose normalised id is `issuerId`; undefined when not ours. */
  keysOf(issuerId: string): Promise<PublishedKey[] | undefined> | PublishedKey[] | undefined;
  /** Whether `url` is at our own public address, where nothing is fetched. */
  isOwnAddress?(url: string): boolean;
}

export interface IssuerDirectory {
  resolve(issuerId: string | undefined): Promise<IssuerResolution>;
}

// Issuer documents change rarely: ten minutes in the cache.
const ISSUER_TTL_MS = 10 * 60_000;

export const issuerMessages = {
  none: (): Message => ({
    fr: 'Le credential ne nomme pas d’émetteur : il n’y a personne à qui rattacher la clé.',
    en: 'The credential names no issuer: there is nobody to bind the key to.',
  }),
  unusable: (id: string): Message => ({
    fr: `Identifiant d’émetteur inutilisable : « ${id} ».`,
    en: `Unusable issuer id: "${id}".`,
  }),
  notOurs: (id: string): Message => ({
    fr: `L’émetteur ${id} se présente à l’adresse de ce serveur Certeval, qui ne le connaît pas.`,
    en: `The issuer ${id} claims this Certeval server's address, which does not know it.`,
  }),
  unsupported: (id: string): Message => ({
    fr: `L’émetteur ${id} ne peut pas être résolu : pris en charge, un émetteur Certeval, did:web, did:key ou une adresse https.`,
    en: `The issuer ${id} cannot be resolved: supported are a Certeval issuer, did:web, did:key or an https address.`,
  }),
  offline: (id: string): Message => ({
    fr: `L’émetteur ${id} ne peut pas être résolu ici : rien n’est téléchargé.`,
    en: `The issuer ${id} cannot be resolved here: nothing is downloaded.`,
  }),
  unreachable: (id: string, why: Message): Message => ({
    fr: `L’émetteur ${id} n’a pas pu être résolu : ${why.fr}.`,
    en: `The issuer ${id} could not be resolved: ${why.en}.`,
  }),
  noKeys: (id: string, url: string): Message => ({
    fr: `Le document publié à ${url} ne présente pas l’émetteur ${id} avec ses clés.`,
    en: `The document published at ${url} does not present the issuer ${id} with its keys.`,
  }),
};

const failure = (message: Message): IssuerResolution => ({ ok: false, message });

/** The did:key issuer: the DID is an Ed25519 public key, under both of its key ids. */
function didKeyIssuer(did: string): IssuerResolution {
  const multibase = did.slice('did:key:'.length);
  if (publicKeyKind(multibase) !== 'Ed25519') return failure(issuerMessages.unusable(did));
  const key = { controller: did, publicKeyMultibase: multibase };
  return {
    ok: true,
    issuer: {
      id: did,
      source: 'did:key',
      keys: [
        { id: `${did}#${multibase}`, ...key },
        { id: did, ...key },
      ],
    },
  };
}

/** Where a did:web DID document is published (did:web method, §3.2.1 read). */
export function didWebUrl(did: string, scheme: 'https' | 'http' = 'https'): string | undefined {
  try {
    const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
    if (!host || /[/?#@\\\s]/.test(host)) return undefined;
    if (path.some((segment) => !segment || /[/?#\\]/.test(segment) || segment === '..')) {
      return undefined;
    }
    return `${scheme}://${host}/${path.length > 0 ? path.join('/') : '.well-known'}/did.json`;
  } catch {
    return undefined;
  }
}

export function issuerDirectory(
  options: {
    own?: OwnIssuers;
    fetcher?: DocumentFetcher;
    /** Tests only (with private addresses allowed): did:web documents over plain http. */
    plainHttp?: boolean;
  } = {},
): IssuerDirectory {
  async function published(id: string, url: string, source: IssuerSource) {
    if (!options.fetcher) return failure(issuerMessages.offline(id));
    const fetched = await options.fetcher.fetchJson(url, { ttlMs: ISSUER_TTL_MS });
    if (!fetched.ok) return failure(issuerMessages.unreachable(id, fetched.message));
    const keys = publishedKeys(fetched.document, id, (a, b) => sameId(a, b));
    if (!keys) return failure(issuerMessages.noKeys(id, url));
    return { ok: true as const, issuer: { id, source, keys } };
  }

  return {
    async resolve(raw) {
      if (raw === undefined) return failure(issuerMessages.none());
      const id = normaliseId(raw);
      if (id === undefined) return failure(issuerMessages.unusable(raw));
      const ours = await options.own?.keysOf(id);
      if (ours) return { ok: true, issuer: { id, source: 'certeval', keys: ours } };
      if (id.startsWith('did:key:')) return didKeyIssuer(id);
      if (id.startsWith('did:web:')) {
        const url = didWebUrl(id, options.plainHttp ? 'http' : 'https');
        return url ? published(id, url, 'did:web') : failure(issuerMessages.unusable(raw));
      }
      if (!/^https?:/.test(id)) return failure(issuerMessages.unsupported(raw));
      if (options.own?.isOwnAddress?.(id)) return failure(issuerMessages.notOurs(raw));
      return published(id, id, 'issuer-profile');
    },
  };
}
