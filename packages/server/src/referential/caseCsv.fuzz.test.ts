// Issue 18, "Bad input": 1,000 mutated real CASE spreadsheets (quotes, separators, line breaks,
// NUL and half surrogate pairs inserted, cuts, lines moved). readCaseCsv never throws; it gives
// a valid referential or problems at a line of the file.
import { validateReferential } from '@certeval/core';
import {
  fixtureText,
  headOf,
  mutatedSheets,
} from '@certeval/core/referential/case/mutations.testing';
import { unstorable } from '@certeval/core/referential/case/storable';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCaseCsv } from './caseCsv.ts';

const SHEETS = [fixtureText('sample_case.csv'), headOf(fixtureText('ccsso_ela_item.csv'), 80)];

describe('readCaseCsv on mutated real spreadsheets', () => {
  it('never throws, and either imports a valid referential or locates its problems', () => {
    fc.assert(
      fc.property(mutatedSheets(SHEETS), (text) => {
        const result = readCaseCsv(text, 'tableur.csv');
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.message.fr.length * problem.message.en.length).toBeGreaterThan(0);
          }
          return;
        }
        expect(validateReferential(result.file).ok).toBe(true);
        expect(unstorable(result.file)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
