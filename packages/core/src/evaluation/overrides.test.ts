import { describe, expect, it } from 'vitest';
import { cqpAgcVersion, loadInstrument } from '../instruments/testData.testing.ts';
import { withOverrides } from './overrides.ts';

const questionnaire = loadInstrument('cqp-agc-demo-questionnaire.yaml', cqpAgcVersion());
// What the answer key gave the candidate's online answers: q-rc1 wrong, q-rc5 2 points of 2.
const computed = [
  { item: 'q-rc1', points: 0 },
  { item: 'q-rc5', points: 2 },
];

describe('a closed question’s score changed by the evaluator', () => {
  it('is refused without a reason, located', () => {
    const result = withOverrides(
      questionnaire,
      computed,
      [
        { item: 'q-rc1', points: 1 },
        { item: 'q-rc5', points: 2 },
      ],
      'body/items',
    );
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['override_without_reason', 'body/items[0]'],
    ]);
    expect(result.problems[0]?.message.fr).toContain('0 point(s) d’après sa clé de réponse');
  });

  it('is recorded as an override, with its reason and the points the key gave', () => {
    const result = withOverrides(
      questionnaire,
      computed,
      [{ item: 'q-rc1', points: 1, override: { reason: ' Réponse juste, mal saisie. ' } }],
      'body/items',
    );
    expect(result.problems).toEqual([]);
    expect(result.items).toEqual([
      { item: 'q-rc1', points: 1, override: { reason: 'Réponse juste, mal saisie.', computed: 0 } },
    ]);
  });

  it('keeps a score equal to the key’s as it is, without an override', () => {
    const result = withOverrides(
      questionnaire,
      computed,
      [{ item: 'q-rc1', points: 0, override: { reason: 'Sans objet.' } }],
      'body/items',
    );
    expect(result).toEqual({ items: [{ item: 'q-rc1', points: 0 }], problems: [] });
  });
});
