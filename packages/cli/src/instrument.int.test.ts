import path from 'node:path';
import type { Context } from '@certeval/server/platform/context';
import { loadShippedReferentials } from '@certeval/server/referential/loadShipped';
import { createTestContext } from '@certeval/server/test/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let ctx: Context;
const examples = path.join(import.meta.dirname, '../../../data/examples');

beforeAll(async () => {
  ctx = await createTestContext();
  await loadShippedReferentials(ctx);
});
afterAll(() => ctx.database.close());

const cli = (...argv: string[]) => runCli(ctx, argv);

describe('certeval instrument', () => {
  it('imports the company-adapted tutor grid once, then finds it unchanged, and lists it', async () => {
    const file = path.join(examples, 'cqp-agc-tutor-grid-trois-vallees.json');
    expect((await cli('instrument', 'import', file)).out).toMatch(
      /cqp-agc-tutor-grid-trois-vallees 1 created$/,
    );
    expect((await cli('instrument', 'import', file)).out).toMatch(/ unchanged$/);
    expect((await cli('instrument', 'list', '--certification', 'cqp-agc')).out).toMatch(
      /^cqp-agc-tutor-grid-trois-vallees\t1\tobservation_grid\tpublished\tcqp-agc 1\t/m,
    );
  });

  it('refuses an instrument bound to a referential it does not match, naming the problem', async () => {
    const result = await cli(
      'instrument',
      'import',
      path.join(examples, 'evaluation-record-cqp-agc.json'),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('binding');
  });
});
