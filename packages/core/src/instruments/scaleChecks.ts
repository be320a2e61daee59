// Checks of appreciation scales: levels strictly increasing, bands (when given) holding their
// level and not overlapping, descriptors only for declared descriptor sets. Values are already
// within 0–100 (the schema says so). Seed 002's jury scale is the model: 0/30/50/70/100 with
// one descriptor set for the workstation and one for questions and role plays.
import { type InstrumentProblem, instrumentMessages, instrumentProblem } from './problems.ts';
import type { AppreciationLevel, AppreciationScale } from './schema.ts';

function orderProblem(level: AppreciationLevel, previous: AppreciationLevel, path: string) {
  if (level.value < previous.value) {
    return instrumentProblem(
      'scale_levels_unordered',
      `${path}.value`,
      instrumentMessages.levelsUnordered(level.value, previous.value),
    );
  }
  if (level.value === previous.value) {
    return instrumentProblem(
      'scale_levels_overlap',
      `${path}.value`,
      instrumentMessages.levelsOverlap(level.value, previous.value),
    );
  }
  if (level.band && previous.band && level.band.min <= previous.band.max) {
    return instrumentProblem(
      'scale_levels_overlap',
      `${path}.band.min`,
      instrumentMessages.levelsOverlap(level.value, previous.value),
    );
  }
  return undefined;
}

function levelProblems(
  scale: AppreciationScale,
  level: AppreciationLevel,
  path: string,
): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const { band } = level;
  if (band && (band.min > level.value || band.max < level.value)) {
    problems.push(
      instrumentProblem(
        'invalid_band',
        `${path}.band`,
        instrumentMessages.bandExcludesValue(level.value),
      ),
    );
  }
  const declared = new Set(scale.descriptorSets.map((set) => set.id));
  for (const key of Object.keys(level.descriptors ?? {})) {
    if (!declared.has(key)) {
      problems.push(
        instrumentProblem(
          'unknown_descriptor_set',
          `${path}.descriptors.${key}`,
          instrumentMessages.unknownDescriptorSet(key),
        ),
      );
    }
  }
  return problems;
}

export function scaleProblems(scale: AppreciationScale, path: string): InstrumentProblem[] {
  return scale.levels.flatMap((level, i) => {
    const at = `${path}.levels[${i}]`;
    const previous = scale.levels[i - 1];
    const order = previous ? orderProblem(level, previous, at) : undefined;
    return [...(order ? [order] : []), ...levelProblems(scale, level, at)];
  });
}
