// The one place the product turns a pdfmake document definition into PDF bytes (instrument
// forms now; certificates, minutes and convocations later). pdfmake 0.3 is a process-wide
// singleton: it is configured here, and nothing else imports it.
//
// - Font: DejaVu Sans, shipped as TTF files inside the `dejavu-fonts-ttf` npm package (no
//   download at install or run time); it covers French accents, « », œ, €, % and ☐.
// - Policies: pdfmake fetches URLs and reads local files named in a document (images, fonts).
//   We deny every URL and allow only our own font files, so a document built from user data
//   cannot make the server fetch or read anything.
// - pdfmake mutates the definition it is given: it renders a structured clone, so definitions
//   stay data. Table layouts are functions, which cannot be cloned: documents name one of
//   PDF_LAYOUT instead, or pass their own in `options.tableLayouts`.
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type {
  CustomTableLayout,
  TDocumentDefinitions,
  TFontDictionary,
} from 'pdfmake/interfaces.js';
import { sharedLayouts } from './layouts.ts';

export const PDF_FONT = 'DejaVuSans';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);

const fonts: TFontDictionary = {
  [PDF_FONT]: {
    normal: fontFile('DejaVuSans'),
    bold: fontFile('DejaVuSans-Bold'),
    italics: fontFile('DejaVuSans-Oblique'),
    bolditalics: fontFile('DejaVuSans-BoldOblique'),
  },
};
const allowedFiles = new Set(Object.values(fonts).flatMap((font) => Object.values(font)));

let configured = false;
function configure() {
  if (configured) return;
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowedFiles.has(path));
  configured = true;
}

/** Top-level fields pdfmake accepts as functions, which structuredClone cannot copy. */
const DYNAMIC_FIELDS = ['header', 'footer', 'background', 'pageBreakBefore'] as const;

/** A copy pdfmake may mutate; header, footer, background and pageBreakBefore functions are
 * kept as they are (pdfmake calls them for fresh content on each page). */
export function cloneDefinition(doc: TDocumentDefinitions): TDocumentDefinitions {
  const data: Record<string, unknown> = { ...doc };
  const functions: Record<string, unknown> = {};
  for (const field of DYNAMIC_FIELDS) {
    if (typeof doc[field] === 'function') {
      functions[field] = doc[field];
      delete data[field];
    }
  }
  return { ...(structuredClone(data) as unknown as TDocumentDefinitions), ...functions };
}

export interface RenderOptions {
  /** Layouts only this document uses, by name. */
  tableLayouts?: Record<string, CustomTableLayout>;
}

/** Renders `doc` to PDF bytes: A4 and DejaVu Sans unless the document says otherwise. */
export async function renderPdf(
  doc: TDocumentDefinitions,
  options: RenderOptions = {},
): Promise<Buffer> {
  configure();
  const definition = cloneDefinition(doc);
  definition.pageSize ??= 'A4';
  definition.defaultStyle = { font: PDF_FONT, ...definition.defaultStyle };
  // createPdf reads the layouts once, synchronously: setting them just before is safe for
  // renders running at the same time.
  pdfmake.setTableLayouts({ ...sharedLayouts, ...options.tableLayouts });
  return pdfmake.createPdf(definition).getBuffer();
}
