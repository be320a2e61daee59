// The page furniture shared by every printed instrument: styles, the header of every page
// (titles and the fields to fill), the footer "page X / Y", and small building blocks.
import type { Instrument } from '@certeval/core';
import type { Content, DynamicContent, StyleDictionary, TableCell } from 'pdfmake/interfaces.js';
import { PDF_LAYOUT } from '../../platform/pdf/layouts.ts';
import type { HeaderEntry } from './paperContext.ts';

export const PAGE_MARGINS: [number, number, number, number] = [36, 104, 36, 40];
/** A4 width less the side margins. */
export const CONTENT_WIDTH = 595.28 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const styles: StyleDictionary = {
  title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 10, color: '#333333', margin: [0, 0, 0, 8] },
  h1: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 6] },
  h2: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 3] },
  note: { fontSize: 8.5, italics: true, color: '#444444' },
  th: { bold: true, fontSize: 8, fillColor: '#e6e6e6' },
  cell: { fontSize: 8.5 },
  label: { fontSize: 7, italics: true, color: '#555555' },
  runningTitle: { fontSize: 8, color: '#333333' },
};

export const defaultStyle = { fontSize: 9.5, lineHeight: 1.15 };

export const FORM_LAYOUT = PDF_LAYOUT.form;

export const BOX = '☐';

/** The header of every page: certification and instrument, then the fields to fill. */
export function runningHeader(
  certificationTitle: string,
  instrument: Instrument,
  entries: HeaderEntry[],
): DynamicContent {
  const fields: TableCell[] = entries.map((entry) => ({
    stack: [
      { text: entry.label, style: 'label' },
      {
        text: entry.value ?? ' ',
        fontSize: 8.5,
        bold: entry.value !== undefined,
        margin: [0, 2, 0, 0],
      },
    ],
  }));
  return () => ({
    margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
    stack: [
      {
        columnGap: 12,
        columns: [
          { text: certificationTitle, style: 'runningTitle', bold: true, width: 'auto' },
          { text: instrument.title, style: 'runningTitle', alignment: 'right', width: '*' },
        ],
        margin: [0, 0, 0, 4],
      },
      {
        // The date needs little room; names and functions need the rest.
        table: {
          widths: entries.map((e) => (e.label.toLowerCase().startsWith('date') ? 62 : '*')),
          body: [fields],
        },
        layout: FORM_LAYOUT,
      },
    ],
  });
}

/** "page X / Y", with the instrument's id and version to find it again. */
export function pageFooter(instrument: Instrument): DynamicContent {
  return (currentPage, pageCount) => ({
    margin: [PAGE_MARGINS[0], 12, PAGE_MARGINS[2], 0],
    columns: [
      { text: `${instrument.id}, version ${instrument.version}`, fontSize: 7, color: '#666666' },
      { text: `page ${currentPage} / ${pageCount}`, fontSize: 8, alignment: 'right' },
    ],
  });
}

/** A paragraph, or a bulleted list (the passages of guidance and role-play cards). */
export function passage(value: string | { list: string[] }): Content {
  return typeof value === 'string'
    ? { text: value, margin: [0, 0, 0, 4] }
    : { ul: value.list, margin: [8, 0, 0, 6] };
}

/** An empty framed area to write in. */
export function writingBox(label: string, height: number): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: label, style: 'label' },
              { text: ' ', margin: [0, 0, 0, height] },
            ],
          },
        ],
      ],
    },
    layout: FORM_LAYOUT,
    margin: [0, 4, 0, 6],
  };
}

export function th(text: string): TableCell {
  return { text, style: 'th' };
}
