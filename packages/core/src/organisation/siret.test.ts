import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSiret, siretProblem } from './siret.ts';

/** Appends the Luhn digit that makes 13 digits a valid SIRET. */
function withKey(thirteen: string): string {
  for (let d = 0; d <= 9; d++) if (!siretProblem(`${thirteen}${d}`)) return `${thirteen}${d}`;
  throw new Error('no key');
}

describe('SIRET', () => {
  it('accepts a number with its Luhn key, spaces allowed, and La Poste’s rule', () => {
    const valid = withKey('1234567890001');
    expect(valid).toBe('12345678900015');
    expect(siretProblem('123 456 789 00015')).toBeUndefined();
    expect(siretProblem('35600000000010')).toBeUndefined();
    expect(siretProblem('35600000000011')).toBeDefined();
    expect(formatSiret(valid)).toBe('123 456 789 00015');
  });

  it('refuses a wrong length and a wrong key, in French and English', () => {
    expect(siretProblem('1234')?.en).toMatch(/14 digits/);
    expect(siretProblem('12345678900016')?.fr).toMatch(/clé de contrôle/);
  });

  it('detects any single changed digit (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{12}$/).filter((s) => !s.startsWith('356000000')),
        fc.nat({ max: 13 }),
        fc.integer({ min: 1, max: 9 }),
        (thirteen, position, shift) => {
          const valid = withKey(thirteen);
          const changed =
            valid.slice(0, position) +
            String((Number(valid[position]) + shift) % 10) +
            valid.slice(position + 1);
          expect(siretProblem(valid)).toBeUndefined();
          expect(siretProblem(changed)).toBeDefined();
        },
      ),
    );
  });
});
