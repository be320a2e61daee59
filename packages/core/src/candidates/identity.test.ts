import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCandidate } from './candidateSchema.ts';
import {
  birthDateProblem,
  isPlausibleBirthPlace,
  isPlausibleName,
  isPlausiblePhone,
} from './identity.ts';

const TODAY = '2026-12-07';
const letter = fc.constantFrom(...'abcdeéèçàïôÉÀßñøłžАбвгαβγ山田李'.split(''));
const word = fc.string({ unit: letter, minLength: 1, maxLength: 12 });

describe('names', () => {
  it('takes letters of any script joined by spaces, hyphens and apostrophes', () => {
    for (const name of [
      'Lefèvre',
      'Jean-Pierre',
      'N’Diaye',
      "d'Artagnan",
      'Le Goff',
      'Łukasz',
      'Σοφία',
      '山田',
      'Dupont--Durand',
    ])
      expect(isPlausibleName(name), name).toBe(true);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '-', '’', "'"),
        (words, sep) => isPlausibleName(words.join(sep)),
      ),
    );
  });

  it('refuses digits, signs, empty or blank names, and separators at the ends', () => {
    for (const name of [
      '123',
      '',
      '   ',
      'Jean2',
      'a@b.fr',
      '-Paul',
      'Paul-',
      'Jean  Paul',
      "''",
      'X_Y',
    ])
      expect(isPlausibleName(name), name).toBe(false);
    fc.assert(
      fc.property(
        word,
        fc.constantFrom(...'0123456789@_.,;:!?/#+=()'.split('')),
        word,
        (a, sign, b) => !isPlausibleName(`${a}${sign}${b}`),
      ),
    );
  });
});

describe('birth dates', () => {
  it('accepts from 100 to 14 years ago, refuses outside, and non-days', () => {
    expect(birthDateProblem('2012-12-07', TODAY)).toBeUndefined();
    expect(birthDateProblem('1926-12-07', TODAY)).toBeUndefined();
    expect(birthDateProblem('2012-12-08', TODAY)?.fr).toMatch(/14 ans/);
    expect(birthDateProblem('1926-12-06', TODAY)?.en).toMatch(/100 years/);
    expect(birthDateProblem('2030-01-01', TODAY)?.en).toMatch(/past/);
    expect(birthDateProblem('2001-02-30', TODAY)?.en).toMatch(/calendar/);
    expect(birthDateProblem('garbage', TODAY)?.en).toMatch(/calendar/);
  });

  it('agrees with the age in whole years for any day', () => {
    const day = fc
      .date({
        min: new Date('1900-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (birth, today) => {
        let age = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
        if (today.slice(5) < birth.slice(5)) age -= 1;
        const plausible =
          birth < today &&
          age >= 14 &&
          (age < 100 || (age === 100 && today.slice(5) === birth.slice(5)));
        return (birthDateProblem(birth, today) === undefined) === plausible;
      }),
    );
  });
});

describe('phones', () => {
  it('parses French and international numbers, refuses garbage', () => {
    for (const phone of [
      '06 12 34 56 78',
      '0612345678',
      '+33 6 12 34 56 78',
      '+32 470 12 34 56',
      '01.45.67.89.10',
    ])
      expect(isPlausiblePhone(phone), phone).toBe(true);
    for (const phone of ['abc', '12', '06 12', '+99 123', '0612345678901234', ''])
      expect(isPlausiblePhone(phone), phone).toBe(false);
  });

  it('refuses any text without digits', () => {
    fc.assert(fc.property(word, (text) => !isPlausiblePhone(text)));
  });
});

describe('birthplaces', () => {
  it('takes an INSEE code (Corsica too), a commune with its code or department, a country', () => {
    for (const place of [
      '14762',
      '2A004',
      '2B033',
      'Ajaccio (2A004)',
      'Vire (Calvados)',
      'Dijon (Côte-d’Or)',
      'Italie',
      'Belgium',
      'côte d’ivoire',
      'Saint-Amand-les-Prés (Cher)',
    ])
      expect(isPlausibleBirthPlace(place), place).toBe(true);
    for (const place of [
      'X',
      '123',
      '2C004',
      '1234',
      'Vire',
      'Vire (123)',
      '(Calvados)',
      'abc',
      '',
    ])
      expect(isPlausibleBirthPlace(place), place).toBe(false);
  });

  it('takes the code of any commune of a metropolitan département, Corsica included', () => {
    const department = fc
      .integer({ min: 1, max: 95 })
      .filter((d) => d !== 20)
      .map((d) => String(d).padStart(2, '0'));
    fc.assert(
      fc.property(
        fc.oneof(department, fc.constantFrom('2A', '2B')),
        fc.integer({ min: 0, max: 999 }),
        (head, commune) => isPlausibleBirthPlace(`${head}${String(commune).padStart(3, '0')}`),
      ),
    );
    for (const place of ['20004', '00123', '96001', '99100'])
      expect(isPlausibleBirthPlace(place), place).toBe(false);
  });
});

describe('a candidate as the form sends it', () => {
  const valid = {
    birthName: 'Lefèvre',
    firstNames: ['Inès', 'Marie'],
    birthDate: '1998-03-14',
    birthPlace: 'Vire (Calvados)',
    phone: '06 12 34 56 78',
    email: 'ines.lefevre@example.fr',
    accessRoute: 'apprenticeship',
  };

  it('accepts a plausible candidate', () => {
    expect(checkCandidate(valid, TODAY)).toEqual([]);
  });

  it('lists every problem at once, one per field, in words people read', () => {
    const problems = checkCandidate(
      {
        ...valid,
        birthName: '123',
        birthDate: '2030-01-01',
        birthPlace: 'X',
        phone: 'abc',
        email: 'x',
        firstNames: [],
      },
      TODAY,
      'body/candidate',
    );
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['birthDate', 'birthName', 'birthPlace', 'email', 'firstNames', 'phone'].map(
        (f) => `body/candidate/${f}`,
      ),
    );
    for (const p of problems) expect(p.message.fr).not.toMatch(/must|pattern|\^/);
  });

  it('names each missing field of an empty form, and never enrols someone without a name', () => {
    const problems = checkCandidate({}, TODAY);
    expect(problems.map((p) => p.path).sort()).toEqual([
      '/accessRoute',
      '/birthDate',
      '/birthName',
      '/birthPlace',
      '/firstNames',
    ]);
    expect(problems[0]?.message.fr).toBe('Ce champ est obligatoire.');
    expect(
      checkCandidate({ ...valid, birthName: '  ', firstNames: [' '] }, TODAY).map((p) => p.path),
    ).toEqual(['/birthName', '/firstNames']);
  });

  it('bounds every text a person types', () => {
    const long = 'a'.repeat(1000);
    const paths = checkCandidate(
      { ...valid, birthName: long, birthPlace: long, phone: long, job: long },
      TODAY,
    ).map((p) => p.path);
    expect(paths.sort()).toEqual(['/birthName', '/birthPlace', '/job', '/phone']);
  });
});
