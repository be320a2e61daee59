// Rate limits counted in the database, so that every server instance on one PostgreSQL counts
// together (an in-memory count gives each instance, and each restart, a fresh allowance).
//
// How to use it:
//   const outcome = await hit(ctx, { key: `password-forgot:${address}`, limit: 5, windowSeconds: 3600 });
//   if (!outcome.allowed) … outcome.retryAfterSeconds …
// or, in a route, `await enforceLimits(ctx, [rule, …])`, which throws a 429 (code
// too_many_requests, with Retry-After) when any rule is exceeded. Every call counts one attempt
// on each rule, allowed or not. Prefix a key with what it protects ("login-address:"), so that
// two uses never share a count; normalise what goes in it (normaliseEmail, request.ip).
//
// A key's window opens at its first attempt and lasts `windowSeconds`; the first attempt after
// it ends opens the next (no boundary of the clock at which a burst gets twice the limit). One
// statement (INSERT … ON CONFLICT … DO UPDATE … RETURNING) adds the attempt and reads the
// count, so concurrent attempts on several instances are counted exactly. Keys are stored as
// SHA-256: the table holds no address. Rows whose window is over are purged at most once a
// minute per instance.
import { createHash } from 'node:crypto';
import { normaliseEmail } from '@certeval/core';
import { and, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Context } from './context.ts';
import type { Db } from './db/open.ts';
import { rateLimitHits } from './db/schema.ts';
import { AppError } from './errors.ts';

export interface LimitRule {
  /** What is counted, e.g. `login-address:${normaliseEmail(email)}`. */
  key: string;
  /** Attempts allowed in one window. */
  limit: number;
  windowSeconds: number;
}

export type LimitOutcome =
  | { allowed: true; hits: number }
  | { allowed: false; hits: number; retryAfterSeconds: number };

const PURGE_EVERY_MS = 60_000;
const lastPurge = new WeakMap<Db, number>();

/** Counts one attempt on `rule` at the context's time and says whether it is allowed. */
export async function hit(ctx: Context, rule: LimitRule): Promise<LimitOutcome> {
  const { db } = ctx.database;
  const now = ctx.now();
  const windowEnd = new Date(now.getTime() + rule.windowSeconds * 1000);
  await purgeExpired(db, now);
  const over = sql`${rateLimitHits.expiresAt} <= ${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimitHits)
    .values({ key: hashed(rule.key), hits: 1, expiresAt: windowEnd })
    .onConflictDoUpdate({
      target: rateLimitHits.key,
      set: {
        hits: sql`case when ${over} then 1 else ${rateLimitHits.hits} + 1 end`,
        expiresAt: sql`case when ${over} then ${windowEnd.toISOString()}::timestamptz else ${rateLimitHits.expiresAt} end`,
      },
    })
    .returning({ hits: rateLimitHits.hits, expiresAt: rateLimitHits.expiresAt });
  const hits = row?.hits ?? 1;
  if (hits <= rule.limit) return { allowed: true, hits };
  const left = (row?.expiresAt ?? windowEnd).getTime() - now.getTime();
  return { allowed: false, hits, retryAfterSeconds: Math.max(1, Math.ceil(left / 1000)) };
}

/**
 * Counts one attempt on every rule; throws a 429 (too_many_requests, with the seconds to wait
 * in its message and its Retry-After header) when any is exceeded.
 */
export async function enforceLimits(ctx: Context, rules: readonly LimitRule[]): Promise<void> {
  let wait = 0;
  for (const rule of rules) {
    const outcome = await hit(ctx, rule);
    if (!outcome.allowed) wait = Math.max(wait, outcome.retryAfterSeconds);
  }
  if (wait > 0) throw new TooManyRequests(wait);
}

/** A refusal of a rate limit; the error handler sends its Retry-After header. */
export class TooManyRequests extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const s = retryAfterSeconds > 1 ? 's' : '';
    super('too_many_requests', {
      fr: `Trop de tentatives. Réessayez dans ${retryAfterSeconds} seconde${s}.`,
      en: `Too many attempts. Try again in ${retryAfterSeconds} second${s}.`,
    });
  }
}

/** The key that counts one person's sign-in attempts, however their address is spelled. */
export const signInAddressKey = (email: string) => `login-address:${normaliseEmail(email)}`;

/** The key that counts the links to a new password asked for one address. */
export const passwordForgotAddressKey = (email: string) =>
  `password-forgot-address:${normaliseEmail(email)}`;

/** The keys that name a person by their address: forgotten when the person is erased. */
export const addressKeys = (email: string) => [
  signInAddressKey(email),
  passwordForgotAddressKey(email),
];

/**
 * Forgets the counts of these keys (a person erased, issue 19 item 5: their address is in the
 * keys that count their sign-in attempts); how many were counting.
 */
export async function forgetLimits(db: Db, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows = await db
    .delete(rateLimitHits)
    .where(inArray(rateLimitHits.key, keys.map(hashed)))
    .returning({ key: rateLimitHits.key });
  return rows.length;
}

/** How many attempts these keys count in their current windows (a person's export). */
export async function countedAttempts(db: Db, keys: readonly string[], now: Date): Promise<number> {
  if (keys.length === 0) return 0;
  const [row] = await db
    .select({ hits: sql<number>`coalesce(sum(${rateLimitHits.hits}), 0)::int` })
    .from(rateLimitHits)
    .where(and(inArray(rateLimitHits.key, keys.map(hashed)), gt(rateLimitHits.expiresAt, now)));
  return row?.hits ?? 0;
}

const hashed = (key: string) => createHash('sha256').update(key, 'utf8').digest('base64url');

async function purgeExpired(db: Db, now: Date): Promise<void> {
  const last = lastPurge.get(db) ?? 0;
  if (now.getTime() - last < PURGE_EVERY_MS && now.getTime() >= last) return;
  lastPurge.set(db, now.getTime());
  await db.delete(rateLimitHits).where(lt(rateLimitHits.expiresAt, now));
}
