import { instrument, observation, scale, smallVersion } from '@certeval/core/instruments/factories';
import type { AppreciationScale } from '@certeval/core/instruments/schema';
import { validateInstrument } from '@certeval/core/instruments/validate';
import { describe, expect, it } from 'vitest';
import { problemsAt } from './problemPaths.ts';
import {
  addDescriptorSet,
  addLevel,
  itemsOnScale,
  newScale,
  removeDescriptorSet,
  removeLevel,
  setDescriptor,
  setLevelLabel,
  setLevelValue,
  setScaleTitle,
} from './scaleDraft.ts';

/** The problems core finds in an instrument whose only scale is `edited`. */
function problemsOf(edited: AppreciationScale) {
  const result = validateInstrument(instrument(undefined, { scales: [edited] }), smallVersion());
  return result.ok ? [] : result.problems;
}

describe('the scale editor', () => {
  it('adds a level 10 points above the last, within 100, and keeps at least two', () => {
    const added = addLevel(scale([0, 50, 80]));
    expect(added.levels.map((l) => l.value)).toEqual([0, 50, 80, 90]);
    expect(addLevel(scale([0, 95])).levels.at(-1)?.value).toBe(100);
    expect(removeLevel(scale([0, 100]), 0).levels).toHaveLength(2);
    expect(removeLevel(scale([0, 50, 100]), 1).levels.map((l) => l.value)).toEqual([0, 100]);
  });

  it('lets core locate unordered, repeated and out-of-range values at their level', () => {
    const unordered = setLevelValue(scale([0, 50, 100]), 2, 40);
    expect(problemsAt(problemsOf(unordered), '$.scales[0].levels[2]')[0]?.message.fr).toContain(
      'croissants',
    );
    const repeated = setLevelValue(scale([0, 50, 100]), 1, 0);
    expect(problemsAt(problemsOf(repeated), '$.scales[0].levels[1]')).toHaveLength(1);
    const tooHigh = setLevelValue(scale([0, 50, 100]), 2, 120);
    expect(problemsAt(problemsOf(tooHigh), '$.scales[0].levels[2].value')[0]?.message.fr).toContain(
      'hors limites',
    );
    const emptied = setLevelValue(scale([0, 50, 100]), 1, Number.NaN);
    expect(problemsAt(problemsOf(emptied), '$.scales[0].levels[1].value')).toHaveLength(1);
  });

  it('writes a descriptor per set and level, and removes an emptied one', () => {
    const withSet = addDescriptorSet(scale(), 'Questions et jeux de rôles');
    expect(withSet.descriptorSets.map((s) => s.id)).toEqual(['poste', 'set1']);
    const described = setDescriptor(withSet, 1, 'set1', 'Réponses basiques et théoriques');
    expect(described.levels[1]?.descriptors).toEqual({
      poste: 'Niveau 50',
      set1: 'Réponses basiques et théoriques',
    });
    const cleared = setDescriptor(setDescriptor(described, 1, 'set1', ''), 1, 'poste', '');
    expect('descriptors' in (cleared.levels[1] ?? {})).toBe(false);
    expect(problemsOf(described)).toEqual([]);
  });

  it('removes a descriptor set with its descriptors at every level', () => {
    const removed = removeDescriptorSet(scale(), 'poste');
    expect(removed.descriptorSets).toEqual([]);
    expect(removed.levels.every((level) => level.descriptors === undefined)).toBe(true);
    expect(problemsOf(removed)).toEqual([]);
  });

  it('drops an emptied label or title rather than sending an empty text', () => {
    const labelled = setLevelLabel(scale(), 0, 'Manquements graves');
    expect(labelled.levels[0]?.label).toBe('Manquements graves');
    expect('label' in (setLevelLabel(labelled, 0, '').levels[0] ?? {})).toBe(false);
    expect('title' in setScaleTitle({ ...scale(), title: 'Échelle' }, '')).toBe(false);
  });

  it('starts a new scale at seed 002 levels with a free id, and tells which items use a scale', () => {
    const grid = instrument([
      observation('L1'),
      observation('L2', { scoring: { model: 'manual' } }),
    ]);
    const created = newScale(grid, 'Échelle d’appréciation');
    expect(created.id).toBe('scale1');
    expect(created.levels.map((l) => l.value)).toEqual([0, 30, 50, 70, 100]);
    expect(itemsOnScale(grid, 'echelle')).toEqual(['L1']);
  });
});
