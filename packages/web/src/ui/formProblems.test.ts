import { describe, expect, it } from 'vitest';
import { placeFormProblems } from './formProblems.ts';

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
