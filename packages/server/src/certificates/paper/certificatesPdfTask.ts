// Worker task (platform/workers/pool.ts): one document's PDF, or a whole session's in one file
// when a title is given, rendered off the event loop.
import type { CertificateData } from '@certeval/core/certificates/index';
import { renderCertificatePdf, renderCertificatesPdf } from './renderCertificatePdf.ts';

export default function certificatesPdfTask(input: {
  documents: CertificateData[];
  title?: string;
}): Uint8Array {
  const [only] = input.documents;
  if (input.title === undefined && only && input.documents.length === 1)
    return renderCertificatePdf(only);
  return renderCertificatesPdf(input.documents, input.title ?? '');
}
