// The rate limits' counts in the database: exact under concurrent attempts, a window opened by
// a key's first attempt, the seconds to wait, purged once past, no key stored in clear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.ts';
import type { Context } from './context.ts';
import { enforceLimits, hit, TooManyRequests } from './rateLimit.ts';

let base: Context;
let now: Date;
let ctx: Context;

beforeAll(async () => {
  base = await createTestContext();
  now = new Date('2026-05-04T10:00:10Z');
  ctx = { ...base, now: () => now };
});
afterAll(() => base.database.close());

describe('hit', () => {
  it('allows `limit` attempts in a window, then says how long to wait', async () => {
    const rule = { key: 'test:window', limit: 3, windowSeconds: 60 };
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await hit(ctx, rule));
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, false, false]);
    expect(outcomes.map((o) => o.hits)).toEqual([1, 2, 3, 4, 5]);
    expect(outcomes[4]).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
    // The window opened at the first attempt (10:00:10): at 10:01:00 it still holds…
    now = new Date('2026-05-04T10:01:00Z');
    expect(await hit(ctx, rule)).toMatchObject({ allowed: false, hits: 6, retryAfterSeconds: 10 });
    // …and the first attempt after it opens the next.
    now = new Date('2026-05-04T10:01:10Z');
    expect(await hit(ctx, rule)).toEqual({ allowed: true, hits: 1 });
    expect(await hit(ctx, rule)).toEqual({ allowed: true, hits: 2 });
  });

  it('counts concurrent attempts exactly', async () => {
    const rule = { key: 'test:concurrent', limit: 7, windowSeconds: 60 };
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => hit(ctx, rule)));
    expect(outcomes.map((o) => o.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(7);
  });

  it('keeps each key apart and stores none in clear', async () => {
    await hit(ctx, { key: 'login-address:camille@exemple.fr', limit: 1, windowSeconds: 60 });
    const other = await hit(ctx, {
      key: 'login-address:paul@exemple.fr',
      limit: 1,
      windowSeconds: 60,
    });
    expect(other.allowed).toBe(true);
    const rows = await ctx.database.query<{ key: string }>('SELECT key FROM rate_limit_hits');
    expect(rows.some((r) => r.key.includes('exemple'))).toBe(false);
  });

  it('purges the windows that are over', async () => {
    now = new Date('2026-05-04T12:00:00Z');
    await hit(ctx, { key: 'test:purge', limit: 1, windowSeconds: 60 });
    const rows = await ctx.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM rate_limit_hits',
    );
    expect(rows[0]?.n).toBe(1);
  });
});

describe('enforceLimits', () => {
  it('throws a 429 with the longest wait of the rules exceeded', async () => {
    now = new Date('2026-05-04T13:00:30Z');
    const rules = [
      { key: 'test:minute', limit: 1, windowSeconds: 60 },
      { key: 'test:hour', limit: 1, windowSeconds: 3600 },
    ];
    await enforceLimits(ctx, rules);
    const refusal = await enforceLimits(ctx, rules).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(TooManyRequests);
    expect((refusal as TooManyRequests).retryAfterSeconds).toBe(3600);
    expect((refusal as TooManyRequests).toBody()).toMatchObject({
      code: 'too_many_requests',
      message: {
        fr: 'Trop de tentatives. Réessayez dans 3600 secondes.',
        en: 'Too many attempts. Try again in 3600 seconds.',
      },
    });
  });
});
