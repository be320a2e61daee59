// Issue 18, "Bad input": 1,000 mutated real CASE packages. importCase never throws; it gives a
// valid referential (which exports, and holds nothing the database would refuse) or a
// non-empty list of located, bilingual problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateReferential } from '../validate.ts';
import type { CaseProblem } from './caseProblems.ts';
import { exportCase } from './exportCase.ts';
import { importCase } from './importCase.ts';
import { mutatedPackages } from './mutations.testing.ts';
import { unstorable } from './storable.ts';

const FIXTURES = ['Ordering.json', 'SmartLevelFramework.json', 'Utf8TestFramework.json'];
const options = { publicUrl: 'https://certeval.example', changedAt: new Date(0) };

function wellFormed(problem: CaseProblem) {
  expect(problem.path.startsWith('$')).toBe(true);
  expect(problem.message.fr.length).toBeGreaterThan(0);
  expect(problem.message.en.length).toBeGreaterThan(0);
}

describe('importCase on mutated real packages', () => {
  it('never throws, and either imports a valid referential or says where the file is wrong', () => {
    fc.assert(
      fc.property(mutatedPackages(FIXTURES), (input) => {
        const result = importCase(input);
        if (!result.ok) {
          expect(result.problems.length).toBeGreaterThan(0);
          result.problems.forEach(wellFormed);
          return;
        }
        result.warnings.forEach(wellFormed);
        expect(validateReferential(result.file).ok).toBe(true);
        expect(unstorable(result.file)).toBeUndefined();
        const version = result.file.versions[0];
        expect(version).toBeDefined();
        exportCase(result.file, version?.id ?? '', options);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
