import { ROLES } from '@certeval/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUsers } from '../accounts/service.ts';
import type { Context } from '../platform/context.ts';
import { loadShippedReferentials } from '../referential/loadShipped.ts';
import { createTestContext } from '../test/harness.ts';
import { actorForEmail } from '../test/sessions.ts';
import { getVariant, listVariants } from '../variant/service.ts';
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

  it('adapts the CQP AGC for the demo company, with changes that apply to the national version', async () => {
    const fresh = await createTestContext();
    try {
      await loadShippedReferentials(fresh);
      await seedDemo(fresh);
      const pilot = await actorForEmail(fresh, 'pilote@demo.certeval.example');
      const [variant] = await listVariants(fresh, pilot);
      expect(variant?.organisationName).toBe('Biscuiterie des Trois Vallées');
      const { lines } = await getVariant(fresh, pilot, variant?.id ?? '');
      const statuses = lines.flatMap((l) => l.status).filter((s) => s !== 'national');
      expect(statuses.sort()).toEqual(['added', 'annotated', 'renamed']);
    } finally {
      await fresh.database.close();
    }
  });
});
