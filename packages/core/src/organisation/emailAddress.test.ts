import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './emailAddress.ts';

describe('normaliseEmail', () => {
  it('trims, lower-cases and composes an address', () => {
    expect(normaliseEmail(' Formateur@Demo.Example\t')).toBe('formateur@demo.example');
    expect(normaliseEmail('\u00a0FORMATEUR@DEMO.EXAMPLE\r\n')).toBe('formateur@demo.example');
    // "E" + combining acute accent, and the precomposed capital É, give the one "é".
    expect(normaliseEmail('RENE\u0301@EXEMPLE.FR')).toBe('ren\u00e9@exemple.fr');
    expect(normaliseEmail('REN\u00c9@EXEMPLE.FR')).toBe('ren\u00e9@exemple.fr');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normaliseEmail(text);
        expect(normaliseEmail(once)).toBe(once);
      }),
    );
  });

  it('gives one address for any padding, case and composition of it', () => {
    const spelling = fc.record({
      pad: fc.constantFrom('', ' ', '\t', '\u00a0', '\n'),
      upper: fc.boolean(),
      decomposed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-zà-ÿ.]{1,12}@[a-z]{1,8}\.fr$/),
        spelling,
        (address, { pad, upper, decomposed }) => {
          let variant = upper ? address.toUpperCase() : address;
          if (decomposed) variant = variant.normalize('NFD');
          expect(normaliseEmail(`${pad}${variant}${pad}`)).toBe(normaliseEmail(address));
        },
      ),
    );
  });
});
