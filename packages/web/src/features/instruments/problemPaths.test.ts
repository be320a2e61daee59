import { instrument, observation } from '@certeval/core/instruments/factories';
import { describe, expect, it } from 'vitest';
import { itemPath, normalisePath, placeOf, problemsAt } from './problemPaths.ts';

const message = { fr: 'Problème', en: 'Problem' };
const grid = instrument([observation('L1'), observation('L2')]);

describe('problems located by path', () => {
  it('reads the server paths in core form', () => {
    expect(normalisePath('$.sections[0].items[1].evaluates[0]')).toBe(
      '$.sections[0].items[1].evaluates[0]',
    );
    expect(normalisePath('body/instrument/sections/0/items/1/stem')).toBe(
      '$.sections[0].items[1].stem',
    );
    expect(normalisePath('/body/instrument/title')).toBe('$.title');
    expect(normalisePath('$.instrument.scales[0]')).toBe('$.scales[0]');
    expect(normalisePath('body.revision')).toBe('$.revision');
  });

  it('files a problem under the field or the part holding it, not under a look-alike', () => {
    const problems = [
      { path: '$.sections[0].items[1].evaluates[0]', message },
      { path: '$.sections[0].items[10].stem', message },
      { path: '$.sections[0].items[1]', message },
    ];
    expect(problemsAt(problems, '$.sections[0].items[1]')).toHaveLength(2);
    expect(problemsAt(problems, '$.sections[0].items[1]', { exact: true })).toHaveLength(1);
    expect(problemsAt(problems, '$.sections[0].items[1].evaluates')).toHaveLength(1);
  });

  it('finds the path of an item by its id', () => {
    expect(itemPath(grid, 'L2')).toBe('$.sections[0].items[1]');
    expect(itemPath(grid, 'L9')).toBeUndefined();
  });

  it('names the place of a problem in words a reader can find', () => {
    expect(placeOf(grid, '$.sections[0].items[1].evaluates[0]')).toEqual({
      kind: 'item',
      id: 'L2',
      section: 1,
      position: 2,
      field: { name: 'evaluates', number: 1 },
    });
    expect(placeOf(grid, '$.sections[0].domain')).toEqual({
      kind: 'section',
      section: 1,
      field: { name: 'domain' },
    });
    expect(placeOf(grid, '$.scales[0].levels[3].value')).toEqual({
      kind: 'scale',
      scale: 1,
      level: 4,
      field: { name: 'value' },
    });
    expect(placeOf(grid, '$.rolePlays[1].prompts[0].text')).toEqual({
      kind: 'rolePlay',
      card: 2,
      field: { name: 'prompts', number: 1 },
    });
    expect(placeOf(grid, '$.title')).toEqual({ kind: 'instrument', field: { name: 'title' } });
    expect(placeOf(grid, '$.sections[0].items[0]')).toMatchObject({ kind: 'item', id: 'L1' });
    expect(placeOf(grid, '$.sections[0].items[0]').field).toBeUndefined();
  });
});
