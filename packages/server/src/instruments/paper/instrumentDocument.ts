// An instrument as the paper form a jury member, tutor or trainer fills by hand (issue 4,
// item 6): pure, data in and a pdfmake document definition out. In seed 002's order:
// guidance, then the grid with its scale, the report grids, and the role-play cards, each on
// its own page; questionnaire items come after any grid. Every page repeats the header to
// fill (date, evaluator, candidate, company) and says "page X / Y".
import type { Instrument } from '@certeval/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { guidance } from './guidance.ts';
import { defaultStyle, PAGE_MARGINS, pageFooter, runningHeader, styles } from './layout.ts';
import { observationTable } from './observationTable.ts';
import { headerEntries, type PaperContext } from './paperContext.ts';
import { questionItems } from './questionItems.ts';
import { reportGrid } from './reportGrids.ts';
import { rolePlayCard } from './rolePlayCard.ts';

function titleBlock(instrument: Instrument, context: PaperContext): Content[] {
  return [
    { text: context.certificationTitle, style: 'subtitle', margin: [0, 0, 0, 2] },
    { text: instrument.title, style: 'title' },
    ...(instrument.demo
      ? [
          {
            text: 'Exemple de démonstration',
            bold: true,
            color: '#a33',
            margin: [0, 0, 0, 4],
          } as Content,
        ]
      : []),
    ...(instrument.description ? [{ text: instrument.description, style: 'note' } as Content] : []),
    ...(instrument.audience ? [{ text: instrument.audience, style: 'note' } as Content] : []),
    { text: '', margin: [0, 0, 0, 6] },
  ];
}

/** Starts `parts` on a new page when something comes before it. */
function onNewPage(before: Content[], parts: Content[]): Content[] {
  if (before.length === 0 || parts.length === 0) return parts;
  const [first, ...rest] = parts;
  return [{ stack: [first as Content], pageBreak: 'before' }, ...rest];
}

export function instrumentDocument(
  instrument: Instrument,
  context: PaperContext,
): TDocumentDefinitions {
  const header = headerEntries(instrument, context);
  const intro = [...titleBlock(instrument, context), ...guidance(instrument)];
  const grid = observationTable(instrument, context);
  const pages = [
    ...intro,
    ...onNewPage(instrument.guidance?.length ? intro : [], grid),
    ...questionItems(instrument),
    ...(instrument.reportGrids ?? []).map((grid) => reportGrid(grid, header)),
    ...(instrument.rolePlays ?? []).map(rolePlayCard),
  ];
  return {
    info: {
      title: instrument.title,
      subject: context.certificationTitle,
      creator: 'Certeval',
      producer: 'Certeval',
    },
    language: 'fr-FR',
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    header: runningHeader(context.certificationTitle, instrument, header),
    footer: pageFooter(instrument),
    content: pages,
    styles,
    defaultStyle,
  };
}
