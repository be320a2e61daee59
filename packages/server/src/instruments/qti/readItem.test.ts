import { readdirSync, readFileSync } from 'node:fs';
import { scoreItem } from '@certeval/core/instruments/questionnaire/index';
import { describe, expect, it } from 'vitest';
import { importQtiItem, type QtiItemImport } from './readItem.ts';

const fixtures = new URL('../../../../../../shared/fixtures/qti/qti21-qtiworks/', import.meta.url);
const files = readdirSync(fixtures)
  .filter((name) => name.endsWith('.xml'))
  .sort();
const imports = new Map(
  files.map((name) => [name, importQtiItem(readFileSync(new URL(name, fixtures), 'utf8'), name)]),
);

function imported(name: string) {
  const result = imports.get(name);
  if (result?.outcome !== 'imported') throw new Error(`${name}: ${JSON.stringify(result)}`);
  return result;
}

const points = (
  result: QtiItemImport & { outcome: 'imported' },
  response: Parameters<typeof scoreItem>[1],
) => {
  const score = scoreItem(result.item, response);
  return score.status === 'scored' ? score.points : undefined;
};

describe('import of every QTIWorks fixture item', () => {
  it('imports all 8 items, none unsupported or invalid', () => {
    const count = (outcome: string) =>
      [...imports.values()].filter((r) => r.outcome === outcome).length;
    expect(files).toHaveLength(8);
    expect([count('imported'), count('unsupported'), count('invalid')]).toEqual([8, 0, 0]);
  });

  it('reads each imported item with its interaction, item type and template', () => {
    const summary = [...imports]
      .filter(([, r]) => r.outcome === 'imported')
      .map(([name]) => {
        const r = imported(name);
        return [name, r.interaction, r.item.type, r.template];
      });
    expect(summary).toEqual([
      ['choice.xml', 'choiceInteraction', 'single_choice', 'match_correct'],
      ['choice_multiple.xml', 'choiceInteraction', 'multiple_choice', 'map_response'],
      ['extended_text.xml', 'extendedTextInteraction', 'open', null],
      ['likert.xml', 'choiceInteraction', 'single_choice', 'unscored'],
      ['match.xml', 'matchInteraction', 'matching', 'map_response'],
      ['order.xml', 'orderInteraction', 'ordering', 'match_correct'],
      ['order_partial_scoring.xml', 'orderInteraction', 'ordering', 'custom'],
      ['text_entry.xml', 'textEntryInteraction', 'text_entry', 'map_response'],
    ]);
  });

  it('keeps each item’s title as QTI gives it', () => {
    expect(imported('likert.xml').item.title).toBe('QTI Questionnaire');
    expect(imported('order_partial_scoring.xml').item.title).toBe(
      'Grand Prix of Bahrain (Partial Scoring)',
    );
  });

  it('imports the survey question (likert.xml) as unscored: shown, counted nowhere', () => {
    const likert = imported('likert.xml').item;
    expect(likert).toMatchObject({
      type: 'single_choice',
      scoring: { model: 'unscored' },
      correct: [],
    });
    expect(likert.type === 'single_choice' && likert.choices.map((c) => c.id)).toEqual([
      'L1',
      'L2',
      'L3',
      'L4',
      'L5',
    ]);
    expect(scoreItem(likert, { kind: 'choices', ids: ['L4'] }).maxPoints).toBe(0);
  });

  it('reduces the custom rules of order_partial_scoring.xml to points per whole response', () => {
    expect(imported('order_partial_scoring.xml').item.scoring).toEqual({
      model: 'response_cases',
      cases: [
        { response: ['DriverC', 'DriverA', 'DriverB'], points: 2 },
        { response: ['DriverC', 'DriverB', 'DriverA'], points: 1 },
      ],
      otherwise: 0,
      max: 2,
    });
    const order = (...ids: string[]) => ({ kind: 'choices', ids }) as const;
    const item = imported('order_partial_scoring.xml');
    expect(points(item, order('DriverC', 'DriverA', 'DriverB'))).toBe(2);
    expect(points(item, order('DriverC', 'DriverB', 'DriverA'))).toBe(1);
    expect(points(item, order('DriverA', 'DriverB', 'DriverC'))).toBe(0);
  });

  it('finds the pictures of the body, and lists what else it leaves out of the stem', () => {
    expect(imported('choice.xml').pictures).toEqual([
      { src: 'images/sign.png', alt: 'NEVER LEAVE LUGGAGE UNATTENDED', line: 20 },
    ]);
    expect(imported('choice.xml').omitted).toEqual([]);
    expect(imported('extended_text.xml').omitted.map((o) => o.name)).toEqual(['object']);
  });

  it('reads map_response with its bounds and default value', () => {
    expect(imported('choice_multiple.xml').item.scoring).toEqual({
      model: 'partial_credit',
      points: { H: 1, O: 1, Cl: -1 },
      unmapped: -2,
      min: 0,
      max: 2,
    });
  });

  it('scores the imported items as QTI would', () => {
    const ids = (...list: string[]) => ({ kind: 'choices', ids: list }) as const;
    expect(points(imported('choice.xml'), ids('ChoiceA'))).toBe(1);
    expect(points(imported('choice_multiple.xml'), ids('H', 'O'))).toBe(2);
    expect(points(imported('choice_multiple.xml'), ids('H', 'O', 'He'))).toBe(0);
    expect(points(imported('choice_multiple.xml'), ids('O', 'Cl'))).toBe(0);
    expect(points(imported('order.xml'), ids('DriverC', 'DriverA', 'DriverB'))).toBe(1);
    expect(points(imported('order.xml'), ids('DriverC', 'DriverB', 'DriverA'))).toBe(0);
    const pairs = [
      { source: 'C', target: 'R' },
      { source: 'D', target: 'M' },
    ];
    expect(points(imported('match.xml'), { kind: 'pairs', pairs })).toBe(1.5);
    expect(points(imported('text_entry.xml'), { kind: 'text', text: 'york' })).toBe(0.5);
    expect(scoreItem(imported('extended_text.xml').item, { kind: 'text', text: 'Hi' }).status).toBe(
      'pending',
    );
  });
});
