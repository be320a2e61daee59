// The report and synthesis grids of a jury guide (seed 002): one percentage per domain,
// written by each evaluator (report) or agreed by the jury and written by its president
// (synthesis, on its own page with its own header, comments and signature).
import type { ReportGrid } from '@certeval/core';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { FORM_LAYOUT, th, writingBox } from './layout.ts';
import { type HeaderEntry, headerFieldOf } from './paperContext.ts';

function domainsTable(grid: ReportGrid): Content {
  const body: TableCell[][] = [
    [th(grid.columnsHeading), ...grid.columns.map((c) => th(c.label))],
    [
      { text: grid.rowLabel, bold: true },
      ...grid.columns.map(
        (c): TableCell => ({ text: c.unit, alignment: 'right', margin: [0, 14, 0, 0] }),
      ),
    ],
  ];
  return {
    table: { widths: [110, ...grid.columns.map(() => '*' as const)], body },
    layout: FORM_LAYOUT,
    margin: [0, 4, 0, 6],
  };
}

/** The synthesis grid's own header: the evaluator's name is left blank (it asks for every
 * member of the jury); date, candidate and company are those of the page header. */
function headerTable(labels: string[], pageHeader: HeaderEntry[]): Content {
  const prefilled = (label: string) => {
    const field = headerFieldOf(label);
    if (field === undefined || field === 'evaluator') return ' ';
    return pageHeader.find((e) => headerFieldOf(e.label) === field)?.value ?? ' ';
  };
  return {
    table: {
      widths: labels.map(() => '*' as const),
      body: [
        labels.map((label) => ({
          stack: [
            { text: label, style: 'label' },
            { text: prefilled(label), bold: true, fontSize: 8.5, margin: [0, 2, 0, 10] },
          ],
        })),
      ],
    },
    layout: FORM_LAYOUT,
    margin: [0, 0, 0, 6],
  };
}

export function reportGrid(grid: ReportGrid, pageHeader: HeaderEntry[]): Content {
  const president = grid.filledBy === 'president';
  return {
    stack: [
      { text: grid.title, style: 'h1' },
      ...(grid.audience
        ? [{ text: grid.audience, style: 'note', margin: [0, 0, 0, 4] } as Content]
        : []),
      ...(grid.header ? [headerTable(grid.header, pageHeader)] : []),
      domainsTable(grid),
      ...(grid.comments ? [writingBox(grid.comments, 90)] : []),
      ...(grid.signature ? [writingBox(grid.signature, 40)] : []),
    ],
    unbreakable: true,
    ...(president ? { pageBreak: 'before' as const } : {}),
  };
}
