// The public addresses of what certificates publish, under CERTEVAL_PUBLIC_URL: the page where
// anyone verifies a document (its QR code and its credential's id), the issuer's profile (its
// credentials' issuer id), the status lists, the achievements.
import { normaliseId } from '../credentials/issuerIds.ts';
import type { Context } from '../platform/context.ts';

const base = (ctx: Context) => ctx.config.publicUrl.replace(/\/+$/, '');

export const verificationUrlOf = (ctx: Context, number: string) =>
  `${base(ctx)}/verifier/${encodeURIComponent(number)}`;

export const issuerIdOf = (ctx: Context, organisationId: string) =>
  `${base(ctx)}/api/public/issuers/${organisationId}`;

export const statusListUrlOf = (ctx: Context, listId: string) =>
  `${base(ctx)}/api/public/status-lists/${listId}`;

export const achievementBaseOf = (ctx: Context) => `${base(ctx)}/api/public/achievements`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `url` lies under our public address (compared once normalised). */
export function isOwnAddress(ctx: Context, url: string): boolean {
  const own = normaliseId(`${base(ctx)}/`);
  const target = normaliseId(url);
  return own !== undefined && target?.startsWith(own) === true;
}

/**
 * The address a status list URL of ours was published under and the list's id, whatever our
 * public address was then; undefined for a URL of another form.
 */
export function statusListPlaceOf(url: string): { base: string; id: string } | undefined {
  const match = /^(.*)\/api\/public\/status-lists\/([^/?#]+)$/.exec(normaliseId(url) ?? '');
  return match?.[1] && match[2] && UUID.test(match[2])
    ? { base: match[1], id: match[2] }
    : undefined;
}

/** The address an issuer id of ours was made under (`<base>/api/public/issuers/<uuid>`). */
export const issuerBaseOf = (issuerId: string) =>
  /^(.*)\/api\/public\/issuers\/[^/?#]+$/.exec(normaliseId(issuerId) ?? '')?.[1];

/**
 * The organisation an issuer id of the form `<any address>/api/public/issuers/<uuid>` names:
 * the id a certifier's keys were made under, whatever the public address was then. The caller
 * still compares the whole id with the keys' own (signingKeys.ts).
 */
export function organisationOfIssuerId(issuerId: string): string | undefined {
  const match = /\/api\/public\/issuers\/([^/?#]+)$/.exec(issuerId);
  return match?.[1] && UUID.test(match[1]) ? match[1] : undefined;
}
