// Questionnaire items on paper: numbered, each with its choices and a box to tick (or a
// rank to write, or lines to answer on). The right answers and points are never printed:
// the candidate fills this form.
import type { Instrument, Item, Section } from '@certeval/core';
import type { Content } from 'pdfmake/interfaces.js';
import { BOX, writingBox } from './layout.ts';
import { isObservation } from './observationTable.ts';

type Question = Exclude<Item, { type: 'observation' }>;

function isQuestion(item: Item): item is Question {
  return !isObservation(item);
}

function instruction(item: Question): string {
  switch (item.type) {
    case 'single_choice':
      return 'Cochez une seule réponse.';
    case 'multiple_choice':
      return 'Cochez toutes les bonnes réponses.';
    case 'ordering':
      return `Numérotez de 1 à ${item.choices.length} dans l'ordre.`;
    case 'matching':
      return 'Reliez chaque élément de gauche à un élément de droite, ou écrivez sa lettre.';
    case 'text_entry':
      return 'Complétez.';
    default:
      return 'Répondez ci-dessous.';
  }
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Two columns: the sources with a blank for a letter, the targets lettered. */
function matchingColumns(item: Extract<Item, { type: 'matching' }>): Content {
  const rows = Math.max(item.sources.length, item.targets.length);
  const body = Array.from({ length: rows }, (_, i) => {
    const source = item.sources[i];
    const target = item.targets[i];
    return [
      { text: source ? source.text : '' },
      { text: source ? '[ …… ]' : '', fontSize: 9 },
      { text: target ? `${LETTERS[i] ?? i + 1}. ${target.text}` : '' },
    ];
  });
  return {
    table: { widths: ['*', 34, '*'], body },
    layout: 'noBorders',
    margin: [14, 2, 0, 0],
  };
}

function answerArea(item: Question): Content {
  if (item.type === 'matching') return matchingColumns(item);
  if (item.type === 'text_entry') return writingBox('Réponse', 24);
  // An item type without choices (open, and any added later) gets room to write.
  if (item.type === 'open' || !('choices' in item)) return writingBox('Réponse', 70);
  const mark = item.type === 'ordering' ? '[ …… ]' : BOX;
  return {
    table: {
      widths: [item.type === 'ordering' ? 34 : 12, '*'],
      body: item.choices.map((choice) => [
        { text: mark, fontSize: item.type === 'ordering' ? 9 : 11 },
        { text: choice.text, margin: [0, 1, 0, 0] },
      ]),
    },
    layout: 'noBorders',
    margin: [14, 2, 0, 0],
  };
}

function question(item: Question, number: number): Content {
  return {
    stack: [
      {
        text: [
          { text: `${number}. `, bold: true },
          { text: item.stem, bold: true },
        ],
      },
      { text: instruction(item), style: 'note', margin: [14, 1, 0, 0] },
      answerArea(item),
    ],
    unbreakable: true,
    margin: [0, 0, 0, 10],
  };
}

function section(s: Section, first: number): { content: Content[]; next: number } {
  const items = s.items.filter(isQuestion);
  return {
    content: [
      ...(s.title ? [{ text: s.title, style: 'h1' } as Content] : []),
      ...items.map((item, i) => question(item, first + i)),
    ],
    next: first + items.length,
  };
}

/** Every non-observation item, numbered through the whole instrument. */
export function questionItems(instrument: Instrument): Content[] {
  const content: Content[] = [];
  let next = 1;
  for (const s of instrument.sections) {
    if (!s.items.some(isQuestion)) continue;
    const printed = section(s, next);
    content.push(...printed.content);
    next = printed.next;
  }
  return content;
}
