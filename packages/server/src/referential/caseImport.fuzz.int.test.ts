// Issue 18, "Bad input", through the database: 1,000 mutated real CASE packages and 1,000
// mutated real CASE spreadsheets imported one after the other. An import either fails with the
// referential's coded error and stores nothing at all, or stores the whole version: every node
// row and every CASE identifier of its package.
import {
  fixtureText,
  headOf,
  mutatedPackages,
  mutatedSheets,
} from '@certeval/core/referential/case/mutations.testing';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.ts';
import { createTestApp } from '../test/harness.ts';
import type { CaseInput } from './caseImportTask.ts';
import { importCasePackage } from './caseInterchange.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function counts() {
  const result = await t.ctx.database.db.execute(sql`
    select (select count(*) from certifications) as certifications,
           (select count(*) from referential_versions) as versions,
           (select count(*) from referential_nodes) as nodes,
           (select count(*) from case_identifiers) as identifiers,
           (select count(*) from referential_versions v where
              jsonb_array_length(v.document->'nodes') <>
                (select count(*) from referential_nodes n where n.version_id = v.id)
              or not exists (select 1 from case_identifiers i where i.version_id = v.id)) as partial`);
  const row = (result as unknown as { rows: Array<Record<string, unknown>> }).rows[0] ?? {};
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

/** Imports `input`: a coded refusal changes nothing, a success leaves no partial version. */
async function importsWholeOrNothing(input: CaseInput) {
  const before = await counts();
  const outcome = await importCasePackage(t.ctx, input, { actorId: null }).then(
    () => 'stored' as const,
    (error: unknown) => error,
  );
  const after = await counts();
  if (outcome !== 'stored') {
    expect(outcome).toBeInstanceOf(AppError);
    expect(['referential_invalid', 'version_published']).toContain((outcome as AppError).code);
    expect(after).toEqual(before);
  }
  expect(after.partial).toBe(0);
}

describe('CASE imports of mutated real files, through the database', () => {
  it('a JSON package is stored whole or not at all (1,000 runs)', async () => {
    const packages = mutatedPackages([
      'Ordering.json',
      'SmartLevelFramework.json',
      'Utf8TestFramework.json',
    ]);
    await fc.assert(
      fc.asyncProperty(packages, (json) => importsWholeOrNothing({ json })),
      { numRuns: 1000 },
    );
  }, 600_000);

  it('a CSV spreadsheet is stored whole or not at all (1,000 runs)', async () => {
    const sheets = mutatedSheets([
      fixtureText('sample_case.csv'),
      headOf(fixtureText('ccsso_ela_item.csv'), 30),
    ]);
    await fc.assert(
      fc.asyncProperty(sheets, (csv) => importsWholeOrNothing({ csv, fileName: 'tableur.csv' })),
      { numRuns: 1000 },
    );
  }, 600_000);
});
