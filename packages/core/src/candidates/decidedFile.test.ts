import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../organisation/roles.ts';
import { completesDeclarationData, decidedFileRefusal, FILE_WRITES } from './decidedFile.ts';

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

  it('lets the certifier complete the declaration data a record lacks, and no one else', () => {
    const completing = { movers: ['certifier_admin'] as const, completesDeclaration: true };
    expect(decidedFileRefusal(signed, 'record', completing)).toBeUndefined();
    expect(decidedFileRefusal(signed, 'evaluation', completing)).toBeDefined();
    const pilot = { movers: ['company_pilot'] as const, completesDeclaration: true };
    expect(decidedFileRefusal(signed, 'record', pilot)).toBeDefined();
  });
});

describe('completing the declaration data (issue 18)', () => {
  const record = {
    birthName: 'Rolland',
    firstNames: ['Théo', 'Marc'],
    sex: null,
    birthInseeCode: null,
    email: null,
  };

  it('is filling in a missing sex or INSEE code, nothing else changing', () => {
    expect(completesDeclarationData(record, { ...record, sex: 'male' })).toBe(true);
    expect(
      completesDeclarationData(record, { ...record, sex: 'male', birthInseeCode: '2B033' }),
    ).toBe(true);
    const half = { ...record, sex: 'male' };
    expect(completesDeclarationData(half, { ...half, birthInseeCode: '2B033' })).toBe(true);
  });

  it('is not a change of what was given, nor of any other field, nor no change at all', () => {
    expect(completesDeclarationData(record, record)).toBe(false);
    const given = { ...record, sex: 'male', birthInseeCode: '2B033' };
    expect(completesDeclarationData(given, { ...given, sex: 'female' })).toBe(false);
    expect(completesDeclarationData(given, { ...given, birthInseeCode: null })).toBe(false);
    expect(completesDeclarationData(record, { ...record, sex: 'male', firstNames: ['Théo'] })).toBe(
      false,
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (name) => {
        fc.pre(name !== record.birthName);
        const renamed = { ...record, sex: 'male', birthName: name };
        expect(completesDeclarationData(record, renamed)).toBe(false);
      }),
    );
  });
});
