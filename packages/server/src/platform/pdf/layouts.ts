// Table layouts every product document may name (`layout: PDF_LAYOUT.form`). They are
// functions, which a document definition cannot carry through structuredClone: documents name
// them, and renderPdf hands them to pdfmake. No pdfmake import here, so pure document
// builders can use the names.
import type { CustomTableLayout } from 'pdfmake/interfaces.js';

export const PDF_LAYOUT = { form: 'certevalForm' } as const;

export const sharedLayouts: Record<string, CustomTableLayout> = {
  // Thin grey rules with room for handwriting: forms to fill, minutes, certificates.
  [PDF_LAYOUT.form]: {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    hLineColor: () => '#777777',
    vLineColor: () => '#777777',
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  },
};
