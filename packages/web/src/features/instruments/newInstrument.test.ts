import { smallVersion } from '@certeval/core/instruments/factories';
import { validateInstrument } from '@certeval/core/instruments/validate';
import { describe, expect, it } from 'vitest';
import { paperFileName, paperUrl } from './instrumentsApi.ts';
import { KEY_PATTERN, newInstrument, slugOf } from './newInstrument.ts';

const input = {
  kind: 'observation_grid' as const,
  title: 'Grille tuteur — expédition',
  key: 'grille-tuteur-expedition',
  certification: 'cqp-test',
  version: '1',
  scaleTitle: 'Échelle d’appréciation',
  sectionTitle: 'Section 1',
  source: 'Rédigé dans Certeval',
};

describe('a new instrument', () => {
  it('suggests an identifier from the title that the format accepts', () => {
    expect(slugOf('Grille tuteur — Biscuiterie des Trois Vallées')).toBe(
      'grille-tuteur-biscuiterie-des-trois-vallees',
    );
    expect(slugOf('  Étude de cas n°2 ! ')).toBe('etude-de-cas-n-2');
    expect(KEY_PATTERN.test(slugOf('Questionnaire (exemple)'))).toBe(true);
    expect(KEY_PATTERN.test('Pas bon')).toBe(false);
  });

  it('is a valid first draft bound to the chosen version, with seed 002 scale for a grid', () => {
    const grid = newInstrument(input);
    expect(grid).toMatchObject({
      id: 'grille-tuteur-expedition',
      version: '1',
      status: 'draft',
      binding: { certification: 'cqp-test', version: '1' },
    });
    expect(grid.scales[0]?.levels.map((l) => l.value)).toEqual([0, 30, 50, 70, 100]);
    expect(validateInstrument(grid, smallVersion(), { certification: 'cqp-test' })).toMatchObject({
      ok: true,
    });
  });

  it('has no scale when it is a questionnaire, scored right or wrong', () => {
    const questionnaire = newInstrument({ ...input, kind: 'questionnaire' });
    expect(questionnaire.scales).toEqual([]);
    expect(validateInstrument(questionnaire, smallVersion()).ok).toBe(true);
  });
});

describe('the paper form', () => {
  it('passes only the header fields filled in', () => {
    expect(paperUrl('cqp-agc-tutor-grid', '1')).toBe(
      '/api/instruments/cqp-agc-tutor-grid/versions/1/pdf',
    );
    expect(
      paperUrl('cqp-agc-tutor-grid', '1', {
        date: '2026-03-12',
        evaluator: 'S. Lemaire',
        role: ' ',
      }),
    ).toBe(
      '/api/instruments/cqp-agc-tutor-grid/versions/1/pdf?date=2026-03-12&evaluator=S.+Lemaire',
    );
    expect(paperFileName('cqp-agc-tutor-grid', '1')).toBe('cqp-agc-tutor-grid-v1.pdf');
  });
});
