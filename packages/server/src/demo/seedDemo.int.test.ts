import { ROLES } from '@certeval/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers } from '../accounts/service.ts';
import type { Context } from '../platform/context.ts';
import { createTestContext } from '../test/harness.ts';
import { seedDemo } from './seedDemo.ts';

let ctx: Context;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.database.close());

describe('demo mode', () => {
  it('creates one account for each role of the domain, then never again', async () => {
    const created = await seedDemo(ctx);
    const roles = new Set(created.flatMap((a) => a.roles.map((r) => r.role)));
    expect([...roles].sort()).toEqual([...ROLES].sort());
    expect(await seedDemo(ctx)).toEqual([]);
    expect(await listUsers(ctx)).toHaveLength(created.length);
  });
});
