import { describe, expect, it } from 'vitest';
import { formSummary, placeFormProblems } from './formProblems.ts';

const problem = (path: string, fr: string) => ({ path, message: { fr, en: fr } });

describe('placing a form’s problems', () => {
  it('puts each under its field (the first one found), the rest above the form', () => {
    const placed = placeFormProblems(
      [
        problem('body/candidate/firstNames/1', 'Un prénom'),
        problem('body/candidate/firstNames', 'Un autre'),
        problem('body/candidate/birthName', 'Le nom'),
        problem('body/candidate/usageNameX', 'Inconnu'),
        problem('body', 'Le tout'),
      ],
      'body/candidate',
      ['birthName', 'usageName', 'firstNames'],
    );
    expect(placed.byField).toEqual({
      firstNames: { fr: 'Un prénom', en: 'Un prénom' },
      birthName: { fr: 'Le nom', en: 'Le nom' },
    });
    expect(placed.general.map((m) => m.fr)).toEqual(['Inconnu', 'Le tout']);
  });
});

describe('the error summary of a form', () => {
  const options = {
    base: 'body',
    fields: ['date', 'place'] as const,
    fieldId: (field: string) => `session-field-${field}`,
    label: (field: string) => `Champ ${field}`,
    locale: 'fr' as const,
  };

  it('lists the fields in the form’s order, then the form’s own problems', () => {
    const { items, placed } = formSummary(
      [
        problem('body', 'Le tout'),
        problem('body/place', 'Le lieu'),
        problem('body/date', 'Le jour'),
      ],
      options,
    );
    expect(items).toEqual([
      { fieldId: 'session-field-date', label: 'Champ date', message: 'Le jour' },
      { fieldId: 'session-field-place', label: 'Champ place', message: 'Le lieu' },
      { message: 'Le tout' },
    ]);
    expect(Object.keys(placed.byField)).toEqual(['place', 'date']);
  });

  it('links each problem of a row to its row, after the fields and before the rest', () => {
    const rows = {
      path: 'members',
      fieldId: (index: number) => `member-person-field-${index}`,
      label: (index: number) => `Membre ${index + 1}`,
    };
    const { items, placed } = formSummary(
      [
        problem('body/members', 'Il faut un président'),
        problem('body/members/2', 'Déjà membre'),
        problem('body/members/0/userId', 'Personne à choisir'),
        problem('body/membersX/1', 'Autre chose'),
        problem('body/date', 'Le jour'),
      ],
      { ...options, rows },
    );
    expect(items).toEqual([
      { fieldId: 'session-field-date', label: 'Champ date', message: 'Le jour' },
      { fieldId: 'member-person-field-2', label: 'Membre 3', message: 'Déjà membre' },
      { fieldId: 'member-person-field-0', label: 'Membre 1', message: 'Personne à choisir' },
      { message: 'Il faut un président' },
      { message: 'Autre chose' },
    ]);
    expect(placed.general.map((m) => m.fr)).toEqual(['Il faut un président', 'Autre chose']);
  });

  it('leaves a row’s problems to the form as a whole when it has no rows', () => {
    const { items } = formSummary([problem('body/members/1', 'Déjà membre')], options);
    expect(items).toEqual([{ message: 'Déjà membre' }]);
  });
});
