// An appreciation scale on paper, printed above the grid it scores: one row per level, one
// column per descriptor set (seed 002 has two: observation at the workstation, and questions
// and role plays). A scale without descriptors prints as one line of its levels.
import type { AppreciationLevel, AppreciationScale } from '@certeval/core';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { FORM_LAYOUT, th } from './layout.ts';

/** The level as the certifier prints it ("30%"), else its value with a non-breaking space. */
export function levelLabel(level: AppreciationLevel): string {
  return level.label ?? `${level.value}\u00a0%`;
}

function levelsLine(scale: AppreciationScale): Content {
  const labels = scale.levels.map(levelLabel);
  const range = labels.length === 2 ? `de ${labels[0]} à ${labels[1]}` : labels.join('  ·  ');
  return {
    text: [{ text: `${scale.title ?? 'Échelle'} : `, bold: true }, range],
    margin: [0, 0, 0, 4],
  };
}

export function scaleBlock(scale: AppreciationScale): Content {
  if (scale.descriptorSets.length === 0) return levelsLine(scale);
  const body: TableCell[][] = [
    ['', ...scale.descriptorSets.map((set) => set.label)].map(th),
    ...scale.levels.map((level) => [
      { text: levelLabel(level), bold: true, alignment: 'center' } as TableCell,
      ...scale.descriptorSets.map((set) => ({ text: level.descriptors?.[set.id] ?? '' })),
    ]),
  ];
  return {
    stack: [
      { text: scale.title ?? "Échelle d'appréciation", style: 'h2' },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [34, ...scale.descriptorSets.map(() => '*' as const)],
          body,
        },
        layout: FORM_LAYOUT,
        fontSize: 7.5,
      },
    ],
    unbreakable: true,
    margin: [0, 0, 0, 4],
  };
}
