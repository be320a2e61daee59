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
import { lt, sql } from 'drizzle-orm';
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

const hashed = (key: string) => createHash('sha256').update(key, 'utf8').digest('base64url');

async function purgeExpired(db: Db, now: Date): Promise<void> {
  const last = lastPurge.get(db) ?? 0;
  if (now.getTime() - last < PURGE_EVERY_MS && now.getTime() >= last) return;
  lastPurge.set(db, now.getTime());
  await db.delete(rateLimitHits).where(lt(rateLimitHits.expiresAt, now));
}
