// The plausibility rules the forms share (issue 16, item 3): checked the same way in the
// browser and on the server, so a rule's edge is tested here once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBlankOrMissing } from './fields.testing.ts';
import { dayProblems, isCalendarDay, memberLineProblems, personNameProblems } from './fields.ts';

const days = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('a day field', () => {
  it('accepts every day of the calendar in its range, refuses the others', () => {
    fc.assert(fc.property(days, (day) => dayProblems(day, '/date').length === 0));
    for (const day of ['2027-02-30', '2026-13-01', '2025-02-29', '2026-04-31'])
      expect(dayProblems(day, '/date').map((p) => p.message.fr)).toEqual([
        'Saisissez une date du calendrier, par exemple 14/03/2027.',
      ]);
    expect(isCalendarDay('2024-02-29')).toBe(true);
  });

  it('refuses a day out of range with its own sentence, and leaves shapes to the schema', () => {
    const range = ['2000-01-01', '2099-12-31'] as const;
    expect(dayProblems('1850-01-01', '/date', range)[0]?.message.fr).toContain('l’année');
    expect(dayProblems('2100-01-01', '/date', range)[0]?.path).toBe('/date');
    for (const shape of ['', 'hier', 12, null, '07/12/2026'])
      expect(dayProblems(shape, '/date', range)).toEqual([]);
  });
});

describe('lines of people (a committee)', () => {
  it('asks a name where a role is given, never for a wholly blank line', () => {
    const lines = [
      { name: 'Julien Roussel', role: 'Pilote' },
      { name: '  ', role: 'Tutrice' },
      { name: '', role: '' },
      { name: 'N’Diaye-Ferrand', role: '' },
      { name: '1234', role: 'Formateur' },
    ];
    expect(memberLineProblems(lines, '/members').map((p) => [p.path, p.code])).toEqual([
      ['/members/1/name', 'required'],
      ['/members/4/name', 'identity'],
    ]);
    expect(memberLineProblems('garbage', '/members')).toEqual([]);
  });

  it('takes any name of letters, refuses any with a digit', () => {
    const letters = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,12}( [A-Za-zÀ-ÖØ-öø-ÿ]{1,12})?$/);
    fc.assert(fc.property(letters, (name) => personNameProblems(name, '/n').length === 0));
    fc.assert(
      fc.property(
        letters,
        fc.integer({ min: 0, max: 9 }),
        (name, digit) => personNameProblems(`${name}${digit}`, '/n').length === 1,
      ),
    );
  });
});

describe('a blank text', () => {
  it('is a missing field, whatever rule it breaks first', () => {
    expect(checkBlankOrMissing('   ')).toEqual(['Ce champ est obligatoire.']);
    expect(checkBlankOrMissing(undefined)).toEqual(['Ce champ est obligatoire.']);
    expect(checkBlankOrMissing('Réunion de lancement')).toEqual([]);
  });
});
