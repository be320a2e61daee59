// Test support, imported only by *.test.ts: reads a PDF back with an independent reader
// (Mozilla's pdf.js, a devDependency), so tests check what a person would see, not what we
// asked pdfmake to draw.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** The text of each page, lines joined by spaces (a line broken after a hyphen joins
   * without), whitespace (and non-breaking spaces) collapsed to one space. */
  pages: string[];
  /** Page size in points, [width, height], of each page. */
  sizes: [number, number][];
}

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function readPdfText(pdf: Uint8Array): Promise<PdfText> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  const sizes: [number, number][] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      // A line ends with a space, unless it ends inside a hyphenated word ("préparez-|vous").
      const parts = content.items.map((item) =>
        'str' in item ? item.str + (item.hasEOL && !/\p{L}-$/u.test(item.str) ? ' ' : '') : '',
      );
      pages.push(normalise(parts.join('')));
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      sizes.push([x1 - x0, y1 - y0]);
    }
  } finally {
    await document.destroy();
  }
  return { pages, sizes };
}
