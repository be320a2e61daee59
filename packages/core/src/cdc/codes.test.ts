import { describe, expect, it } from 'vitest';
import { inseeCodeProblem } from '../candidates/civilStatus.ts';
import { identityProblems } from '../candidates/identity.ts';
import { cdcSettingsProblems, normaliseCdcSettings } from './cdcSettings.ts';
import { nextDay, parisDay, parisDayStart, parisTimestamp } from './parisTime.ts';

describe('the birth commune’s INSEE code', () => {
  it.each(['75056', '2A004', '2b033', '01001', '95127', '97105', '97801', '98818', '99134'])(
    'takes %s',
    (code) => expect(inseeCodeProblem(code)).toBeUndefined(),
  );
  it.each([
    ['7505', 'cinq caractères'],
    ['ABCDE', 'cinq caractères'],
    ['20004', '2A ou 2B'],
    ['00123', 'Aucun département'],
    ['96001', 'Aucun département'],
    ['97901', 'outre-mer'],
    ['98301', 'outre-mer'],
    ['99100', 'France'],
  ])('refuses %s with a reason', (code, reason) => {
    expect(inseeCodeProblem(code)?.message.fr).toContain(reason);
  });
  it('is checked with the identity at enrolment, when given', () => {
    expect(identityProblems({ birthDate: '1990-05-17' }, '2026-12-07')).toEqual([]);
    const problems = identityProblems(
      { birthDate: '1990-05-17', birthInseeCode: '20004' },
      '2026-12-07',
    );
    expect(problems.map((p) => p.path)).toEqual(['birthInseeCode']);
  });
});

describe('the certifier’s CDC identifiers', () => {
  it('takes 8 characters for the client and up to 20 for the contract, in capitals', () => {
    expect(cdcSettingsProblems({ idClient: 'abc12345', idContrat: 'MCFCER000001' })).toEqual([]);
    expect(normaliseCdcSettings({ idClient: ' abc12345', idContrat: 'mcf-1 ' })).toEqual({
      idClient: 'ABC12345',
      idContrat: 'MCF-1',
    });
    const wrong = cdcSettingsProblems({ idClient: 'ABC1234', idContrat: 'X'.repeat(21) });
    expect(wrong.map((p) => p.path)).toEqual(['idClient', 'idContrat']);
  });
});

describe('Paris time', () => {
  it('writes the offset of winter and summer', () => {
    expect(parisTimestamp(new Date('2026-12-07T09:00:00Z'))).toBe('2026-12-07T10:00:00+01:00');
    expect(parisTimestamp(new Date('2026-07-01T21:30:05Z'))).toBe('2026-07-01T23:30:05+02:00');
  });
  it('starts a day at Paris midnight, on both sides of a clock change', () => {
    expect(parisDayStart('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(parisDayStart('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(parisDayStart('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parisDayStart('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(parisDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
