// The bench's PDF worker (bench/certificates.ts): renders the documents of each committed chunk
// on the second core while the main thread signs and stores the next one. Plain JavaScript that
// registers tsx itself: a worker thread does not inherit the main thread's `--import tsx`.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { renderCertificatePdf } = await import(
  '../packages/server/src/certificates/paper/renderCertificatePdf.ts'
);

parentPort?.on('message', (documents) => {
  let bytes = 0;
  for (const data of documents) bytes += renderCertificatePdf(data).length;
  parentPort?.postMessage({ count: documents.length, bytes });
});
