// The public addresses of what certificates publish, under CERTEVAL_PUBLIC_URL: the page where
// anyone verifies a document (its QR code and its credential's id), the issuer's controller
// document (its credentials' issuer id), the status lists, the achievements.
import type { Context } from '../platform/context.ts';

const base = (ctx: Context) => ctx.config.publicUrl.replace(/\/+$/, '');

export const verificationUrlOf = (ctx: Context, number: string) =>
  `${base(ctx)}/verifier/${encodeURIComponent(number)}`;

export const issuerIdOf = (ctx: Context, organisationId: string) =>
  `${base(ctx)}/api/public/issuers/${organisationId}`;

export const statusListUrlOf = (ctx: Context, listId: string) =>
  `${base(ctx)}/api/public/status-lists/${listId}`;

export const achievementBaseOf = (ctx: Context) => `${base(ctx)}/api/public/achievements`;

/** The status list id of a URL of ours, or undefined for anyone else's. */
export function ownStatusListId(ctx: Context, url: string): string | undefined {
  const prefix = `${base(ctx)}/api/public/status-lists/`;
  if (!url.startsWith(prefix)) return undefined;
  const id = url.slice(prefix.length);
  return /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}
