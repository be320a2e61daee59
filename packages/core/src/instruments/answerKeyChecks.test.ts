import { describe, expect, it } from 'vitest';
import { instrument, smallVersion } from './factories.ts';
import type { Item } from './schema.ts';
import { validateInstrument } from './validate.ts';

const version = smallVersion();
const problemsOf = (items: unknown[]) => {
  const result = validateInstrument(instrument(items as Item[]), version);
  return result.ok ? [] : result.problems.map((p) => [p.code, p.path]);
};

const base = { domain: 'D', evaluates: ['DC1'], stem: 'Reliez' };

function matching(fields: object = {}) {
  return {
    ...base,
    type: 'matching',
    id: 'M',
    scoring: { model: 'right_wrong' },
    sources: [
      { id: 's1', text: 'EDI', matchMax: 1 },
      { id: 's2', text: 'Fax' },
    ],
    targets: [
      { id: 't1', text: 'Échange informatisé' },
      { id: 't2', text: 'Télécopie' },
    ],
    correct: [
      { source: 's1', target: 't1' },
      { source: 's2', target: 't2' },
    ],
    ...fields,
  };
}

describe('answer keys of the richer items', () => {
  it('accepts a matching item, a text entry with unmapped points, and a result basis', () => {
    const textEntry = {
      ...base,
      type: 'text_entry',
      id: 'T',
      stem: 'Le sigle des échanges informatisés est ____.',
      correct: 'EDI',
      caseSensitive: false,
      scoring: { model: 'partial_credit', points: { EDI: 1, 'E.D.I.': 1 }, unmapped: 0, max: 1 },
    };
    const input = { ...instrument([matching(), textEntry] as Item[]), result: { basis: 'points' } };
    expect(validateInstrument(input, version).ok).toBe(true);
  });

  it('locates a matching pair naming an unknown source or target', () => {
    const correct = [
      { source: 's9', target: 't1' },
      { source: 's2', target: 't9' },
    ];
    expect(problemsOf([matching({ correct })])).toEqual([
      ['unknown_choice', '$.sections[0].items[0].correct[0].source'],
      ['unknown_choice', '$.sections[0].items[0].correct[1].target'],
    ]);
  });

  it('refuses a pair given twice and a source used beyond its matchMax', () => {
    const correct = [
      { source: 's1', target: 't1' },
      { source: 's1', target: 't2' },
      { source: 's1', target: 't2' },
    ];
    expect(problemsOf([matching({ correct })])).toEqual([
      ['invalid_answer_key', '$.sections[0].items[0].correct[2]'],
      ['invalid_answer_key', '$.sections[0].items[0].correct'],
    ]);
  });

  it('refuses partial-credit keys that are not "source target" pairs of the item', () => {
    const scoring = { model: 'partial_credit', points: { 's1 t1': 1, s2: 1, 's1 t9': 1 }, max: 2 };
    const result = validateInstrument(instrument([matching({ scoring })] as Item[]), version);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
      '$.sections[0].items[0].scoring.points.s2',
      '$.sections[0].items[0].scoring.points.s1 t9',
    ]);
    expect(result.ok ? '' : result.problems[0]?.message.fr).toContain('source cible');
  });

  it('refuses duplicate choice ids within an item, and a minimum above the maximum', () => {
    const choices = [
      { id: 'a', text: 'A' },
      { id: 'a', text: 'B' },
    ];
    const single = { ...base, type: 'single_choice', id: 'Q', choices, correct: ['a'] };
    const scoring = { model: 'partial_credit', points: { a: 1 }, min: 3, max: 2 };
    expect(
      problemsOf([
        { ...single, scoring: { model: 'right_wrong' } },
        { ...single, id: 'Q2', choices: [choices[0], { id: 'b', text: 'B' }], scoring },
      ]),
    ).toEqual([
      ['duplicate_id', '$.sections[0].items[0].choices[1].id'],
      ['invalid_points_range', '$.sections[0].items[1].scoring.min'],
    ]);
  });

  it('names the bound version when an item is tagged with a code of another version', () => {
    // DSF2 exists in a later version of the referential, not in version 1 the instrument is built on
    const result = validateInstrument(
      instrument([{ ...matching(), evaluates: ['DC1', 'DSF2'] }] as Item[]),
      version,
    );
    expect(result.ok ? [] : result.problems).toEqual([
      {
        code: 'unknown_code',
        path: '$.sections[0].items[0].evaluates[1]',
        message: {
          fr: "Le code « DSF2 » n'existe pas dans la version « 1 » du référentiel.",
          en: 'Code "DSF2" does not exist in version "1" of the referential.',
        },
      },
    ]);
  });

  it('refuses a result basis it does not know, at its field', () => {
    const input = { ...instrument([matching()] as Item[]), result: { basis: 'weights' } };
    const result = validateInstrument(input, version);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.path])).toEqual([
      ['schema_violation', '$.result.basis'],
    ]);
  });
});
