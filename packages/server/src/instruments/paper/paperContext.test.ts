import { describe, expect, it } from 'vitest';
import { formatDate, headerEntries, headerFieldOf } from './paperContext.ts';
import { context, juryGuide, tutorGrid } from './paperTestData.ts';

describe('the header to fill', () => {
  it("fills seed 002's four fields from the context, in the guide's order and words", () => {
    expect(headerEntries(juryGuide, context)).toEqual([
      { label: "Date de l'évaluation", value: '12/03/2026' },
      {
        label: 'Nom et fonction du membre du jury ou du professionnel',
        value: 'François Œuvrard, membre du jury',
      },
      { label: 'Nom et prénom du candidat', value: 'Hélène Lefèvre-Nguyễn' },
      { label: 'Entreprise du candidat', value: 'Biscuiterie Dupré & Fils' },
    ]);
  });

  it('leaves blank, to fill by hand, what the context does not say', () => {
    const entries = headerEntries(juryGuide, {
      certificationTitle: 'CQP',
      evaluatorRole: 'tuteur',
    });
    expect(entries.map((e) => e.value)).toEqual([undefined, 'tuteur', undefined, undefined]);
  });

  it("gives an instrument without header fields the same four, naming the tutor's role", () => {
    expect(headerEntries(tutorGrid, context).map((e) => e.label)).toEqual([
      "Date de l'évaluation",
      'Nom et fonction du tuteur',
      'Nom et prénom du candidat',
      'Entreprise du candidat',
    ]);
  });

  it('reads the company field before the candidate one, though both name the candidate', () => {
    expect(headerFieldOf('Entreprise du candidat')).toBe('company');
    expect(headerFieldOf('Nom et prénom du candidat')).toBe('candidate');
    expect(headerFieldOf('Nom et fonction des membres du jury ou du professionnel')).toBe(
      'evaluator',
    );
    expect(headerFieldOf('Observations')).toBeUndefined();
  });

  it('prints an ISO date the French way and any other text as given', () => {
    expect(formatDate('2026-03-02')).toBe('02/03/2026');
    expect(formatDate('mars 2026')).toBe('mars 2026');
  });
});
