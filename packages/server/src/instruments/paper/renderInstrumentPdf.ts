// The printable PDF of an instrument: its paper form (instrumentDocument) rendered by the
// platform's one PDF renderer.
import type { Instrument } from '@certeval/core';
import { renderPdf } from '../../platform/pdf/renderPdf.ts';
import { instrumentDocument } from './instrumentDocument.ts';
import type { PaperContext } from './paperContext.ts';

export type { PaperContext };

export function renderInstrumentPdf(
  instrument: Instrument,
  context: PaperContext,
): Promise<Buffer> {
  return renderPdf(instrumentDocument(instrument, context));
}
