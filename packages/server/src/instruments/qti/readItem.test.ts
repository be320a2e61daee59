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
  it('imports 6 items and reports 2 unsupported, none invalid', () => {
    const count = (outcome: string) =>
      [...imports.values()].filter((r) => r.outcome === outcome).length;
    expect(files).toHaveLength(8);
    expect([count('imported'), count('unsupported'), count('invalid')]).toEqual([6, 2, 0]);
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
      ['match.xml', 'matchInteraction', 'matching', 'map_response'],
      ['order.xml', 'orderInteraction', 'ordering', 'match_correct'],
      ['text_entry.xml', 'textEntryInteraction', 'text_entry', 'map_response'],
    ]);
  });

  it('names what stops the two unsupported items', () => {
    const names = [...imports]
      .filter(([, r]) => r.outcome === 'unsupported')
      .map(([name, r]) => [
        name,
        r.outcome === 'unsupported' ? r.unsupported.map((u) => u.name) : [],
      ]);
    expect(names).toEqual([
      ['likert.xml', ['responseProcessing']],
      ['order_partial_scoring.xml', ['responseProcessing']],
    ]);
    const custom = imports.get('order_partial_scoring.xml');
    expect(custom?.outcome === 'unsupported' && custom.unsupported[0]?.line).toBe(24);
  });

  it('lists the pictures it leaves out of the stem', () => {
    expect(imported('choice.xml').omitted.map((o) => [o.name, o.line])).toEqual([['img', 20]]);
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
