// What the public verifier reads to prove an issuer and a status: our certifiers' keys and
// status lists from the database (by exact normalised id, never over HTTP to ourselves), any
// other issuer's DID document, profile and status lists from the network through one bounded
// fetcher per server instance (credentials/documentFetcher.ts), which keeps them in its cache.
import type { StatusSources } from '../credentials/checkStatus.ts';
import { createDocumentFetcher, type DocumentFetcher } from '../credentials/documentFetcher.ts';
import { issuerDirectory } from '../credentials/issuerDirectory.ts';
import type { VerifyOptions } from '../credentials/verifyCredential.ts';
import type { Context } from '../platform/context.ts';
import { storedIssuers } from './signingKeys.ts';
import { storedStatusSources } from './statusLists.ts';
import { isOwnAddress } from './urls.ts';

// A status list changes with each revocation: two minutes in the cache.
const STATUS_TTL_MS = 2 * 60_000;

const fetchers = new WeakMap<Context, DocumentFetcher>();

function fetcherOf(ctx: Context): DocumentFetcher {
  let fetcher = fetchers.get(ctx);
  if (!fetcher) {
    fetcher = createDocumentFetcher({ allowPrivate: ctx.config.fetchAllowPrivate });
    fetchers.set(ctx, fetcher);
  }
  return fetcher;
}

function publicStatusSources(ctx: Context): StatusSources {
  const own = storedStatusSources(ctx);
  return {
    async load(url) {
      const ours = await own.load(url);
      if (ours !== undefined || isOwnAddress(ctx, url)) return ours;
      const fetched = await fetcherOf(ctx).fetchJson(url, { ttlMs: STATUS_TTL_MS });
      return fetched.ok ? fetched.document : undefined;
    },
    // A recorded reason is ours to give, for our own credentials only.
    revocationReason: async (credentialId) =>
      isOwnAddress(ctx, credentialId) ? own.revocationReason?.(credentialId) : undefined,
  };
}

/** The options of a public verification at this moment. */
export function publicVerifyOptions(ctx: Context): VerifyOptions {
  return {
    now: ctx.now(),
    issuers: issuerDirectory({
      own: storedIssuers(ctx),
      fetcher: fetcherOf(ctx),
      plainHttp: ctx.config.fetchAllowPrivate,
    }),
    status: publicStatusSources(ctx),
  };
}
