// Fetching what another issuer publishes (its DID document or issuer profile, its status
// lists) for the public verifier, which anyone may make call any URL: so only https, a GET
// with a short deadline (3 s for the whole exchange), at most 256 KB, no redirect followed,
// never to a private, loopback or link-local address (checked on the resolved addresses, see
// privateAddresses.ts) — unless the configuration allows private addresses, which tests do to
// reach a local server (and plain http with them). Documents read are kept in a small
// in-memory LRU cache (lru-cache) with a time to live, per server instance; failures are not kept.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Message } from '@certeval/core';
import { LRUCache } from 'lru-cache';
import { isPrivateAddress } from './privateAddresses.ts';

export type FetchFailure =
  | 'scheme'
  | 'private_address'
  | 'unreachable'
  | 'timeout'
  | 'too_large'
  | 'http_status'
  | 'not_json';

export type Fetched =
  | { ok: true; document: unknown }
  | { ok: false; reason: FetchFailure; message: Message };

export interface DocumentFetcher {
  /** The JSON document at `url`, from the cache while it is fresh. */
  fetchJson(url: string, options?: { ttlMs?: number }): Promise<Fetched>;
}

export interface FetcherOptions {
  /** Tests only: reach private and loopback addresses, over plain http too. */
  allowPrivate: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  ttlMs?: number;
  maxEntries?: number;
  /** The clock of the cache (milliseconds). */
  now?: () => number;
}

const fetchMessages = {
  scheme: (url: string): Message => ({
    fr: `adresse refusée (seul https est lu) : ${url}`,
    en: `address refused (only https is read): ${url}`,
  }),
  private_address: (url: string): Message => ({
    fr: `adresse privée ou locale refusée : ${url}`,
    en: `private or local address refused: ${url}`,
  }),
  unreachable: (url: string): Message => ({
    fr: `serveur injoignable : ${url}`,
    en: `server unreachable: ${url}`,
  }),
  timeout: (url: string): Message => ({
    fr: `pas de réponse à temps : ${url}`,
    en: `no answer in time: ${url}`,
  }),
  too_large: (url: string): Message => ({
    fr: `document trop volumineux : ${url}`,
    en: `document too large: ${url}`,
  }),
  http_status: (url: string): Message => ({
    fr: `le serveur ne publie pas de document à ${url}`,
    en: `the server publishes no document at ${url}`,
  }),
  not_json: (url: string): Message => ({
    fr: `ce n’est pas un document JSON : ${url}`,
    en: `not a JSON document: ${url}`,
  }),
} satisfies Record<FetchFailure, (url: string) => Message>;

class FetchError extends Error {
  constructor(readonly reason: FetchFailure) {
    super(reason);
  }
}

const failed = (reason: FetchFailure, url: string): Fetched => ({
  ok: false,
  reason,
  message: fetchMessages[reason](url),
});

/** A DNS lookup that refuses names resolving to a private address (unless allowed). */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, found) => {
      const addresses = found as unknown as LookupAddress[];
      if (error) return callback(error, '', 0);
      if (!allowPrivate && addresses.some(({ address }) => isPrivateAddress(address))) {
        return callback(new FetchError('private_address'), '', 0);
      }
      const [first] = addresses;
      if (!first) return callback(new FetchError('unreachable'), '', 0);
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(new FetchError('too_large'));
      } else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
  });
}

/** One GET, within the limits; resolves with the body or rejects with a FetchError. */
function get(
  url: URL,
  options: Required<Pick<FetcherOptions, 'allowPrivate' | 'timeoutMs' | 'maxBytes'>>,
) {
  return new Promise<Buffer>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: { accept: 'application/did+json, application/ld+json, application/json' },
      lookup: guardedLookup(options.allowPrivate),
    });
    const deadline = setTimeout(
      () => request.destroy(new FetchError('timeout')),
      options.timeoutMs,
    );
    const settle =
      <T>(action: (value: T) => void) =>
      (value: T) => {
        clearTimeout(deadline);
        action(value);
      };
    request.on(
      'error',
      settle((error: Error) =>
        reject(error instanceof FetchError ? error : new FetchError('unreachable')),
      ),
    );
    request.on('response', (response) => {
      // A redirect is not followed: it could lead anywhere, a private address included.
      if (response.statusCode !== 200) {
        response.resume();
        return settle(reject)(new FetchError('http_status'));
      }
      const length = Number(response.headers['content-length']);
      if (length > options.maxBytes) {
        response.destroy();
        return settle(reject)(new FetchError('too_large'));
      }
      readBody(response, options.maxBytes).then(settle(resolve), settle(reject));
    });
    request.end();
  });
}

/** Whether `url` may be fetched at all, before any connection. */
function refusal(url: URL, allowPrivate: boolean): FetchFailure | undefined {
  if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:')) return 'scheme';
  if (url.username || url.password) return 'scheme';
  // An IP literal is connected to without a lookup: check it here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && /^[0-9.]+$|:/.test(host) && isPrivateAddress(host)) return 'private_address';
  return undefined;
}

export function createDocumentFetcher(options: FetcherOptions): DocumentFetcher {
  const limits = {
    allowPrivate: options.allowPrivate,
    timeoutMs: options.timeoutMs ?? 3_000,
    maxBytes: options.maxBytes ?? 256 * 1024,
  };
  const defaultTtl = options.ttlMs ?? 10 * 60_000;
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;
  const cache = new LRUCache<string, { expires: number; document: unknown }>({ max: maxEntries });
  const pending = new Map<string, Promise<Fetched>>();

  const remember = (key: string, document: unknown, ttl: number) =>
    cache.set(key, { expires: now() + ttl, document });

  async function load(url: URL): Promise<Fetched> {
    const refused = refusal(url, limits.allowPrivate);
    if (refused) return failed(refused, url.href);
    try {
      const body = await get(url, limits);
      try {
        return { ok: true, document: JSON.parse(body.toString('utf8')) };
      } catch {
        return failed('not_json', url.href);
      }
    } catch (error) {
      return failed(error instanceof FetchError ? error.reason : 'unreachable', url.href);
    }
  }

  return {
    async fetchJson(address, fetchOptions = {}) {
      let url: URL;
      try {
        url = new URL(address);
      } catch {
        return failed('scheme', address);
      }
      url.hash = '';
      const key = url.href;
      const hit = cache.get(key);
      if (hit && hit.expires > now()) {
        // A copy: what a caller does with it never changes what the next one reads.
        return { ok: true, document: structuredClone(hit.document) };
      }
      const inFlight = pending.get(key);
      if (inFlight) return inFlight;
      const promise = load(url).finally(() => pending.delete(key));
      pending.set(key, promise);
      const outcome = await promise;
      if (outcome.ok) remember(key, outcome.document, fetchOptions.ttlMs ?? defaultTtl);
      return outcome;
    },
  };
}
