// An appreciation scale as the editor changes it (issue 4: scales are data): its levels, each
// a value with a label and one descriptor per descriptor set, and the descriptor sets
// themselves (seed 002's jury scale has one for the workstation, one for questions and role
// plays). Whether the result is valid is core's to say (scaleChecks, validateInstrument).
import type {
  AppreciationLevel,
  AppreciationScale,
  Instrument,
} from '@certeval/core/instruments/schema';
import { moved, removeAt } from '../../ui/listEdits.ts';
import { freshId } from './instrumentDraft.ts';

function mapLevel(
  scale: AppreciationScale,
  index: number,
  change: (level: AppreciationLevel) => AppreciationLevel,
): AppreciationScale {
  return {
    ...scale,
    levels: scale.levels.map((level, i) => (i === index ? change(level) : level)),
  };
}

/** The value as typed; NaN when the field is emptied, which the checks then report. */
export function setLevelValue(scale: AppreciationScale, index: number, value: number) {
  return mapLevel(scale, index, (level) => ({ ...level, value }));
}

export function setLevelLabel(scale: AppreciationScale, index: number, label: string) {
  return mapLevel(scale, index, ({ label: _previous, ...level }) =>
    label.trim() === '' ? level : { ...level, label },
  );
}

/** One descriptor; an emptied one is removed (a level may have none, like seed 002's 50 %). */
export function setDescriptor(
  scale: AppreciationScale,
  index: number,
  set: string,
  text: string,
): AppreciationScale {
  return mapLevel(scale, index, ({ descriptors, ...level }) => {
    const { [set]: _previous, ...others } = descriptors ?? {};
    const next = text === '' ? others : { ...others, [set]: text };
    return Object.keys(next).length === 0 ? level : { ...level, descriptors: next };
  });
}

/** A new level after the last one, 10 points higher while that stays within 100. */
export function addLevel(scale: AppreciationScale): AppreciationScale {
  const last = scale.levels.at(-1)?.value ?? 0;
  const value = Number.isFinite(last) ? Math.min(100, last + 10) : 100;
  return { ...scale, levels: [...scale.levels, { value, label: `${value} %` }] };
}

/** Removes a level; a scale keeps at least two. */
export function removeLevel(scale: AppreciationScale, index: number): AppreciationScale {
  if (scale.levels.length <= 2) return scale;
  return { ...scale, levels: removeAt(scale.levels, index) };
}

export function moveLevel(scale: AppreciationScale, index: number, by: -1 | 1) {
  return { ...scale, levels: moved(scale.levels, index, by) };
}

export function addDescriptorSet(scale: AppreciationScale, label: string): AppreciationScale {
  const id = freshId(new Set(scale.descriptorSets.map((set) => set.id)), 'set');
  return { ...scale, descriptorSets: [...scale.descriptorSets, { id, label }] };
}

export function setDescriptorSetLabel(scale: AppreciationScale, id: string, label: string) {
  return {
    ...scale,
    descriptorSets: scale.descriptorSets.map((set) => (set.id === id ? { ...set, label } : set)),
  };
}

/** Removes a set and its descriptors at every level. */
export function removeDescriptorSet(scale: AppreciationScale, id: string): AppreciationScale {
  const withoutSet = scale.levels.reduce(
    (current, _level, index) => setDescriptor(current, index, id, ''),
    scale,
  );
  return {
    ...withoutSet,
    descriptorSets: scale.descriptorSets.filter((set) => set.id !== id),
  };
}

export function setScaleTitle(scale: AppreciationScale, title: string): AppreciationScale {
  const { title: _previous, ...rest } = scale;
  return title.trim() === '' ? rest : { ...rest, title };
}

/** The 0 / 30 / 50 / 70 / 100 % scale of seed 002, without its descriptors, to write them. */
export function newScale(instrument: Instrument, title: string): AppreciationScale {
  const id = freshId(new Set(instrument.scales.map((scale) => scale.id)), 'scale');
  return {
    id,
    title,
    descriptorSets: [],
    levels: [0, 30, 50, 70, 100].map((value) => ({ value, label: `${value} %` })),
  };
}

/** Items scored on this scale: a scale in use cannot be removed without breaking them. */
export function itemsOnScale(instrument: Instrument, scaleId: string): string[] {
  return instrument.sections.flatMap((section) =>
    section.items
      .filter((item) => item.scoring.model === 'scale_percentage' && item.scoring.scale === scaleId)
      .map((item) => item.id),
  );
}
