// Worker task (platform/workers/pool.ts): an instrument's printable PDF, rendered off the
// event loop (pdfmake lays out every page synchronously).
import type { Instrument } from '@certeval/core';
import type { PaperContext } from './paperContext.ts';
import { renderInstrumentPdf } from './renderInstrumentPdf.ts';

export default function instrumentPdfTask(input: {
  instrument: Instrument;
  context: PaperContext;
}): Promise<Uint8Array> {
  return renderInstrumentPdf(input.instrument, input.context);
}
