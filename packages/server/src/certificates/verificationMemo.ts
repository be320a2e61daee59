// The verification of one of our documents by number, remembered per server instance (issue
// 19, item 2: a verification by number answers in milliseconds, with no lock). A verification
// is a function of the stored credential, the keys its issuer publishes, the status lists it
// points to, our public address and the moment. Each request reads the first four afresh —
// three small queries — and reuses the result only when all four are exactly those it was
// computed with: a credential changed in the database (another SHA-256), a key rotated or
// revoked, a bit set in a list (another revision) or another address is a new verification.
// The moment is bounded: a result is kept at most a minute, and never across the credential's
// validFrom or validUntil.
import { createHash } from 'node:crypto';
import type { VerificationResult } from '@certeval/core';
import { eq, inArray } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import type { Context } from '../platform/context.ts';
import { issuerKeys, statusLists } from '../platform/db/schema.ts';
import { organisationOfIssuerId, statusListPlaceOf } from './urls.ts';

const KEPT_MS = 60_000;
const SIZE = 20_000;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

type Remembered = { stamp: string; result: VerificationResult; until: number };
const remembered = new LRUCache<string, Remembered>({ max: SIZE });

function issuerOf(credential: Json): string {
  const { issuer } = credential;
  if (typeof issuer === 'string') return issuer;
  return isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : '';
}

function listIdsOf(credential: Json): string[] {
  const status = credential.credentialStatus;
  const entries = Array.isArray(status) ? status : status === undefined ? [] : [status];
  return entries.flatMap((entry) => {
    const url = isObject(entry) ? entry.statusListCredential : undefined;
    const id = typeof url === 'string' ? statusListPlaceOf(url)?.id : undefined;
    return id ? [id] : [];
  });
}

/** The instants at which the credential's own dates change the verdict, after `now`. */
function turningPoint(credential: Json, now: number): number {
  const dates = ['validFrom', 'validUntil', 'issuanceDate', 'expirationDate']
    .map((field) => credential[field])
    .map((value) => (typeof value === 'string' ? Date.parse(value) : Number.NaN))
    .filter((at) => !Number.isNaN(at) && at > now);
  return Math.min(now + KEPT_MS, ...dates);
}

/**
 * What the verification of `credential` depends on besides the moment, read now: the
 * credential's bytes, its issuer's keys and its lists' revisions, and our address.
 */
async function stampOf(ctx: Context, credential: Json): Promise<string> {
  const { database } = ctx;
  const organisationId = organisationOfIssuerId(issuerOf(credential));
  const listIds = listIdsOf(credential);
  const [keys, lists] = await Promise.all([
    organisationId
      ? database.db
          .select({
            method: issuerKeys.verificationMethod,
            key: issuerKeys.publicKeyMultibase,
            status: issuerKeys.status,
            retiredAt: issuerKeys.retiredAt,
          })
          .from(issuerKeys)
          .where(eq(issuerKeys.organisationId, organisationId))
          .orderBy(issuerKeys.verificationMethod)
      : [],
    listIds.length > 0
      ? database.db
          .select({ id: statusLists.id, revision: statusLists.revision })
          .from(statusLists)
          .where(inArray(statusLists.id, listIds))
          .orderBy(statusLists.id)
      : [],
  ]);
  return createHash('sha256')
    .update(JSON.stringify([ctx.config.publicUrl, credential, keys, lists]))
    .digest('base64url');
}

/** The verification of a stored credential: remembered when nothing it depends on changed. */
export async function rememberedVerification(
  ctx: Context,
  certificateId: string,
  credential: Json,
  verify: () => Promise<VerificationResult>,
): Promise<VerificationResult> {
  const now = ctx.now().getTime();
  const stamp = await stampOf(ctx, credential);
  const known = remembered.get(certificateId);
  if (known && known.stamp === stamp && now < known.until) return known.result;
  const result = await verify();
  remembered.set(certificateId, { stamp, result, until: turningPoint(credential, now) });
  return result;
}
