import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../organisation/roles.ts';
import { decidedFileRefusal, FILE_WRITES } from './decidedFile.ts';

const signed = { signed: true };
const open = { signed: false };

describe('a decided file (issue 14)', () => {
  it('refuses every write once the decision is signed, saying why in French and English', () => {
    for (const write of FILE_WRITES) {
      const refusal = decidedFileRefusal(signed, write);
      expect(refusal?.fr, write).toMatch(/décision du jury est signée/);
      expect(refusal?.en, write).toMatch(/decision is signed/);
    }
  });

  it('allows every write while no decision is signed, or once it is reopened', () => {
    for (const write of FILE_WRITES) expect(decidedFileRefusal(open, write)).toBeUndefined();
  });

  it('lets the certifier correct the record, with a reason, and nothing else', () => {
    const byCertifier = { movers: ['certifier_admin'] as const, reason: 'Nom mal saisi.' };
    expect(decidedFileRefusal(signed, 'record', byCertifier)).toBeUndefined();
    expect(decidedFileRefusal(signed, 'record', { ...byCertifier, reason: '  ' })).toBeDefined();
    expect(decidedFileRefusal(signed, 'evaluation', byCertifier)).toBeDefined();
    expect(decidedFileRefusal(signed, 'stage', byCertifier)).toBeDefined();
  });

  it('never lets anyone but the certifier correct a decided record', () => {
    const others = ROLES.filter((role) => role !== 'certifier_admin');
    fc.assert(
      fc.property(
        fc.subarray([...others, 'system' as const]),
        fc.string({ minLength: 1 }),
        (movers, reason) => {
          expect(decidedFileRefusal(signed, 'record', { movers, reason })).toBeDefined();
        },
      ),
    );
  });
});
