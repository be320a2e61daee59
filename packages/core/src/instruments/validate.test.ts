import { describe, expect, it } from 'vitest';
import { instrument, observation, scale, smallVersion } from './factories.ts';
import { parseInstrument } from './parse.ts';
import type { Item } from './schema.ts';
import { validateInstrument } from './validate.ts';

const version = smallVersion();
const problemsOf = (input: unknown, target = {}) => {
  const result = validateInstrument(input, version, target);
  return result.ok ? [] : result.problems.map((p) => [p.code, p.path]);
};

describe('validateInstrument', () => {
  it('accepts a well-formed instrument bound to the version it is checked with', () => {
    expect(validateInstrument(instrument(), version, { certification: 'cqp-test' }).ok).toBe(true);
  });

  it('refuses a scale whose levels are not increasing, and says where', () => {
    const input = instrument(undefined, { scales: [scale([0, 70, 30, 100])] });
    expect(problemsOf(input)).toEqual([['scale_levels_unordered', '$.scales[0].levels[2].value']]);
  });

  it('refuses overlapping levels: the same value twice, or bands that overlap', () => {
    expect(problemsOf(instrument(undefined, { scales: [scale([0, 50, 50])] }))).toEqual([
      ['scale_levels_overlap', '$.scales[0].levels[2].value'],
    ]);
    const banded = scale([0, 50]);
    banded.levels = [
      { value: 0, band: { min: 0, max: 40 } },
      { value: 50, band: { min: 30, max: 100 } },
    ];
    expect(problemsOf(instrument(undefined, { scales: [banded] }))).toEqual([
      ['scale_levels_overlap', '$.scales[0].levels[1].band.min'],
    ]);
  });

  it('refuses a percentage outside 0-100 with a bilingual message', () => {
    const result = validateInstrument(
      instrument(undefined, { scales: [scale([0, 50, 150])] }),
      version,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'out_of_range',
      path: '$.scales[0].levels[2].value',
    });
    expect(result.problems[0]?.message.fr).toContain('150');
    expect(result.problems[0]?.message.en).toContain('<= 100');
    expect(problemsOf(instrument(undefined, { scales: [scale([-5, 100])] }))).toEqual([
      ['out_of_range', '$.scales[0].levels[0].value'],
    ]);
  });

  it('refuses a descriptor for an undeclared descriptor set', () => {
    const s = scale([0, 100]);
    s.levels[1] = { value: 100, descriptors: { jeux: 'Aisance' } };
    expect(problemsOf(instrument(undefined, { scales: [s] }))).toEqual([
      ['unknown_descriptor_set', '$.scales[0].levels[1].descriptors.jeux'],
    ]);
  });

  it('refuses a tag unknown to the bound referential version', () => {
    const input = instrument([observation('L1', { evaluates: ['M1A1', 'RSF99'] })]);
    expect(problemsOf(input)).toEqual([['unknown_code', '$.sections[0].items[0].evaluates[1]']]);
  });

  it('refuses a code of the wrong type: a domain as evaluated item, a competence as domain', () => {
    const input = instrument([observation('L1', { evaluates: ['D'], domain: 'DSF1' })]);
    expect(problemsOf(input)).toEqual([
      ['incompatible_code_type', '$.sections[0].items[0].evaluates[0]'],
      ['incompatible_code_type', '$.sections[0].items[0].domain'],
    ]);
  });

  it('asks for a domain when the referential has domains', () => {
    const item = observation('L1');
    if ('domain' in item) delete item.domain;
    expect(problemsOf(instrument([item]))).toEqual([
      ['missing_domain', '$.sections[0].items[0].domain'],
    ]);
  });

  it('refuses duplicate item ids, across sections', () => {
    const input = instrument([observation('L1')], {
      sections: [
        { id: 'S1', items: [observation('L1')] },
        { id: 'S2', items: [observation('L2'), observation('L1')] },
      ],
    });
    expect(problemsOf(input)).toEqual([['duplicate_id', '$.sections[1].items[1].id']]);
  });

  it('refuses an instrument bound to another version or certification', () => {
    const input = instrument(undefined, { binding: { certification: 'cqp-test', version: '2' } });
    expect(problemsOf(input, { certification: 'cqp-agc' })).toEqual([
      ['binding_mismatch', '$.binding.certification'],
      ['binding_mismatch', '$.binding.version'],
    ]);
  });

  it('checks answer keys and scale references of closed items', () => {
    const choices = [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ];
    const items = [
      {
        type: 'single_choice',
        id: 'Q1',
        domain: 'D',
        evaluates: ['DC1'],
        scoring: { model: 'right_wrong' },
        stem: 'Q',
        choices,
        correct: ['a', 'b'],
      },
      {
        type: 'ordering',
        id: 'Q2',
        domain: 'D',
        evaluates: ['DC1'],
        scoring: { model: 'right_wrong' },
        stem: 'Q',
        choices,
        correct: ['a', 'a'],
      },
      {
        type: 'multiple_choice',
        id: 'Q3',
        domain: 'D',
        evaluates: ['DC1'],
        scoring: { model: 'partial_credit', points: { z: 1 }, max: 1 },
        stem: 'Q',
        choices,
        correct: ['c'],
      },
      observation('Q4', { scoring: { model: 'scale_percentage', scale: 'autre' } }),
    ] as Item[];
    expect(problemsOf(instrument(items))).toEqual([
      ['invalid_answer_key', '$.sections[0].items[0].correct'],
      ['invalid_answer_key', '$.sections[0].items[1].correct'],
      ['unknown_choice', '$.sections[0].items[2].scoring.points.z'],
      ['unknown_choice', '$.sections[0].items[2].correct[0]'],
      ['unknown_scale', '$.sections[0].items[3].scoring.scale'],
    ]);
  });

  it('leaves the answer key out only for an unscored item, and checks response cases', () => {
    const choices = [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ];
    const closed = { domain: 'D', evaluates: ['DC1'], stem: 'Q', choices, correct: [] };
    const items = [
      { ...closed, type: 'single_choice', id: 'Q1', scoring: { model: 'unscored' } },
      { ...closed, type: 'single_choice', id: 'Q2', scoring: { model: 'right_wrong' } },
      {
        ...closed,
        type: 'ordering',
        id: 'Q3',
        correct: ['a', 'b'],
        scoring: {
          model: 'response_cases',
          cases: [{ response: ['b', 'z'], points: 1 }],
          otherwise: 0,
          max: 1,
        },
      },
    ] as Item[];
    expect(problemsOf(instrument(items))).toEqual([
      ['invalid_answer_key', '$.sections[0].items[1].correct'],
      ['unknown_choice', '$.sections[0].items[2].scoring.cases[0].response'],
    ]);
  });

  it('reports a schema fault inside an item at its field, not as a shapeless union', () => {
    const item = { ...observation('L1'), observation: undefined };
    expect(problemsOf(instrument([item as unknown as Item]))).toEqual([
      ['schema_violation', '$.sections[0].items[0].observation'],
    ]);
  });

  it('returns invalid YAML as a problem, never throws', () => {
    const result = parseInstrument('sections: [unclosed', version);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['invalid_yaml']);
  });
});
