import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Context } from '@certeval/server/platform/context';
import { loadShippedReferentials } from '@certeval/server/referential/loadShipped';
import { createTestContext } from '@certeval/server/test/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let ctx: Context;
const examples = path.join(import.meta.dirname, '../../../data/examples');
const shipped = path.join(import.meta.dirname, '../../../data/instruments');

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

  it('publishes a draft once, then refuses to publish it again', async () => {
    // A draft of our own: the shipped demo questionnaire ships published.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-draft-'));
    const file = path.join(dir, 'brouillon.yaml');
    const shippedText = fs.readFileSync(
      path.join(shipped, 'cqp-agc-demo-questionnaire.yaml'),
      'utf8',
    );
    fs.writeFileSync(
      file,
      shippedText
        .replace('id: cqp-agc-demo-questionnaire', 'id: questionnaire-brouillon')
        .replace('status: published', 'status: draft'),
    );
    expect((await cli('instrument', 'import', file)).code).toBe(0);
    expect((await cli('instrument', 'list')).out).toMatch(
      /^questionnaire-brouillon\t1\tquestionnaire\tdraft\t/m,
    );
    const published = await cli('instrument', 'publish', 'questionnaire-brouillon', '1');
    expect([published.code, published.out]).toEqual([0, 'questionnaire-brouillon 1 published']);
    expect((await cli('instrument', 'list')).out).toMatch(
      /^questionnaire-brouillon\t1\tquestionnaire\tpublished\t/m,
    );
    const again = await cli('instrument', 'publish', 'questionnaire-brouillon', '1');
    expect(again.code).toBe(1);
    expect(again.err).toContain('This version is published: it can no longer change.');
  });

  it('prints an instrument as the PDF to fill by hand', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-pdf-')), 'grille.pdf');
    const result = await cli(
      'instrument',
      'pdf',
      'cqp-agc-tutor-grid-trois-vallees',
      '1',
      '--out',
      out,
      '--candidate',
      'Maëlle Arnaud',
    );
    expect(result.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    fs.rmSync(path.dirname(out), { recursive: true });
    expect((await cli('instrument', 'pdf', 'cqp-agc-tutor-grid-trois-vallees')).code).toBe(2);
  }, 60_000);
});
