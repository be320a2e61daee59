// The guidance to evaluators (seed 002: introduction, objectives, before / during / after the
// test), with the timing and the observer limit as facts at the top.
import type { Instrument } from '@certeval/core';
import type { Content } from 'pdfmake/interfaces.js';
import { passage } from './layout.ts';

function facts(instrument: Instrument): Content[] {
  const lines: Content[] = [];
  if (instrument.timing)
    lines.push({ text: [{ text: 'Durée : ', bold: true }, `${instrument.timing.minutes} min`] });
  if (instrument.observerLimit)
    lines.push({
      text: [
        { text: 'Observation au poste : ', bold: true },
        `${instrument.observerLimit.max} personnes au plus`,
      ],
    });
  return lines.length === 0 ? [] : [{ stack: lines, margin: [0, 0, 0, 8] }];
}

export function guidance(instrument: Instrument): Content[] {
  const sections = instrument.guidance ?? [];
  if (sections.length === 0) return [];
  return [
    ...facts(instrument),
    ...sections.map(
      (section): Content => ({
        stack: [
          ...(section.heading ? [{ text: section.heading, style: 'h2' }] : []),
          ...section.passages.map(passage),
        ],
      }),
    ),
  ];
}
