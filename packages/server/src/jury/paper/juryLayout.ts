// The page furniture of the jury's documents: styles, a running header and a footer with the
// page number (and, on the minutes, the fingerprint of their content on every page).
import type { Content, DynamicContent, StyleDictionary, TableCell } from 'pdfmake/interfaces.js';
import { PDF_LAYOUT } from '../../platform/pdf/layouts.ts';

export const PAGE_MARGINS: [number, number, number, number] = [40, 56, 40, 48];

export const styles: StyleDictionary = {
  title: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 11, color: '#333333', margin: [0, 0, 0, 10] },
  h1: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 6] },
  h2: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 4] },
  note: { fontSize: 8, italics: true, color: '#444444' },
  th: { bold: true, fontSize: 8.5, fillColor: '#e6e6e6' },
  label: { fontSize: 8, color: '#555555' },
  running: { fontSize: 8, color: '#333333' },
  verdict: { fontSize: 11, bold: true, margin: [0, 4, 0, 4] },
  box: { fontSize: 9.5 },
};

export const defaultStyle = { fontSize: 9.5, lineHeight: 1.15 };

export const FORM = PDF_LAYOUT.form;

export const th = (text: string): TableCell => ({ text, style: 'th' });

export function runningHeader(left: string, right: string): DynamicContent {
  return () => ({
    margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
    columns: [
      { text: left, style: 'running', bold: true, width: 'auto' },
      { text: right, style: 'running', alignment: 'right', width: '*' },
    ],
  });
}

export function pageFooter(left: string, page: (n: number, of: number) => string): DynamicContent {
  return (current, count) => ({
    margin: [PAGE_MARGINS[0], 16, PAGE_MARGINS[2], 0],
    columns: [
      { text: left, fontSize: 7, color: '#666666', width: '*' },
      { text: page(current, count), fontSize: 8, alignment: 'right', width: 'auto' },
    ],
  });
}

/** A two-column table of labels and values. */
export function factsTable(rows: Array<[string, string]>): Content {
  return {
    table: {
      widths: [110, '*'],
      body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }]),
    },
    layout: FORM,
    margin: [0, 0, 0, 8],
  };
}

/** A framed box holding text (a comment, a lock notice). */
export function framed(label: string, body: Content, fill?: string): Content {
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [{ text: label, style: 'label', margin: [0, 0, 0, 2] }, body],
            ...(fill ? { fillColor: fill } : {}),
          },
        ],
      ],
    },
    layout: FORM,
    margin: [0, 4, 0, 8],
  };
}
