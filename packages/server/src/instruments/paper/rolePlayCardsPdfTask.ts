// Worker task (platform/workers/pool.ts): a jury guide's role-play cards as a PDF, rendered
// off the event loop.
import type { Instrument } from '@certeval/core';
import { renderPdf } from '../../platform/pdf/renderPdf.ts';
import type { PaperContext } from './paperContext.ts';
import { rolePlayCardsDocument } from './rolePlayCardsDocument.ts';

export default function rolePlayCardsPdfTask(input: {
  instrument: Instrument;
  context: PaperContext;
}): Promise<Uint8Array> {
  return renderPdf(rolePlayCardsDocument(input.instrument, input.context));
}
