import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Context } from '@certeval/server/platform/context';
import { createTestContext } from '@certeval/server/test/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let ctx: Context;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-cli-ref-'));
const seed = path.join(import.meta.dirname, '../../../data/certifications/cqp-agc.yaml');

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.database.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = (argv: string[], stdin = '') => runCli(ctx, argv, stdin);

describe('certeval referential', () => {
  it('imports a seed file, lists it, shows its tree and exports a file that imports back unchanged', async () => {
    expect((await cli(['referential', 'import', seed])).out).toMatch(/cqp-agc 1 created$/);
    expect((await cli(['referential', 'list'])).out).toMatch(
      /^cqp-agc\tcqp\t.+\t1 \(published, \d+ items\)$/,
    );
    const tree = (await cli(['referential', 'show', 'cqp-agc'])).out.split('\n');
    expect(tree.filter((l) => /^ {2}M\d\tmission\t/.test(l))).toHaveLength(5);
    const file = path.join(tmp, 'export.json');
    expect((await cli(['referential', 'export', 'cqp-agc', '--out', file])).code).toBe(0);
    expect((await cli(['referential', 'import', file])).out).toMatch(/cqp-agc 1 unchanged$/);
  });

  it('reports every problem of a bad file from standard input with its line, and exits 1', async () => {
    const bad = fs.readFileSync(seed, 'utf8').replace('code: M1A2', 'code: M1A1');
    const result = await cli(['referential', 'validate', '-'], bad);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /-, line \d+, \$\.versions\[0\]\.nodes\[\d+\]\.code: Le code « M1A1 » est déjà utilisé/,
    );
  });

  it('refuses a truncated RNCP export with its position, no stack trace, storing nothing', async () => {
    const rs = path.join(
      import.meta.dirname,
      '../../../../shared/fixtures/rncp/export_fiches_RS_fixture.xml',
    );
    const cut = fs.readFileSync(rs, 'utf8').slice(0, 120_000);
    const file = path.join(tmp, 'cut.xml');
    fs.writeFileSync(file, cut);
    const before = (await cli(['referential', 'list'])).out;
    const result = await cli(['referential', 'import', file, '--format', 'rncp']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      new RegExp(
        `cut\\.xml, line ${cut.split('\n').length}, column \\d+: Le fichier n’est pas un XML bien formé`,
      ),
    );
    expect(result.err).not.toMatch(/\n\s+at /);
    expect((await cli(['referential', 'list'])).out).toBe(before);
  });

  it('imports the RS fiches with their competences and names the file of each warning', async () => {
    const rs = path.join(
      import.meta.dirname,
      '../../../../shared/fixtures/rncp/export_fiches_RS_fixture.xml',
    );
    const result = await cli(['referential', 'import', rs, '--format', 'rncp']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/8 fiches, 8 new or updated/);
    expect(result.out).toMatch(
      /warning capacities_intro \(export_fiches_RS_fixture\.xml, line \d+, \$\.capacities\)/,
    );
    const tree = (await cli(['referential', 'show', 'rs5000'])).out.split('\n');
    expect(tree.filter((l) => /^C\d+\tcompetence\/know_how\t/.test(l))).toHaveLength(7);
  });

  it('imports a CASE spreadsheet, says at which line what it assumed, and finds it again', async () => {
    const sheet = path.join(
      import.meta.dirname,
      '../../../../shared/fixtures/case/sample_case.csv',
    );
    const first = await cli(['referential', 'import', sheet, '--format', 'case']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/sample_case\.csv: sample-case 1 created/);
    expect(first.out).toMatch(/warning derived_identifier \(sample_case\.csv, line 2/);
    const again = await cli(['referential', 'import', sheet, '--format', 'case']);
    expect(again.out).toMatch(/sample_case\.csv: sample-case 1 unchanged/);
    const checked = await cli(['referential', 'validate', sheet, '--format', 'case']);
    expect(checked.out).toMatch(/valid — sample-case, versions 1/);
  });

  it('says when a file does not exist', async () => {
    const result = await cli(['referential', 'import', path.join(tmp, 'missing.yaml')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('File not found');
  });
});
