// `npm run bench`: every benchmark, each printing its figure and its ratio to the target.
// `npm run bench -- startup` (or case, caseservice, deliberation, recording, rncp, certificates,
// cdc, zipbomb, verification, mail, scale, web) runs one of them.
import { benchCase } from './caseImport.ts';
import { benchCaseService } from './caseService.ts';
import { benchCdc } from './cdc.ts';
import { benchCertificates } from './certificates.ts';
import { benchDeliberation } from './deliberation.ts';
import { benchMail } from './mail.ts';
import { benchRecording } from './recording.ts';
import { benchRncp } from './rncp.ts';
import { benchScale } from './scale.ts';
import { benchStartup } from './startup.ts';
import { benchVerification } from './verification.ts';
import { benchWeb } from './web.ts';
import { benchZipBomb } from './zipBomb.ts';

const benches: Record<string, () => Promise<string[]>> = {
  async startup() {
    return (await benchStartup()).map((r) => {
      const ratio = r.seconds / r.targetSeconds;
      const verdict = ratio <= 1 ? 'ok' : 'OVER TARGET';
      return `${r.name.padEnd(50)} ${r.seconds.toFixed(2).padStart(7)} s   target < ${r.targetSeconds} s   ratio ${ratio.toFixed(2)} ${verdict}`;
    });
  },
  async case() {
    return benchCase();
  },
  // Issue 18: CFPackages of the 703-item maths framework from the CASE service.
  async caseservice() {
    return benchCaseService();
  },
  async deliberation() {
    return benchDeliberation();
  },
  async recording() {
    return benchRecording();
  },
  async rncp() {
    return (await benchRncp()).map((r) => r.line);
  },
  // Issue 7: 10,000 certificates, PDF + signed credential.
  async certificates() {
    return benchCertificates();
  },
  // Issue 18: `certeval cdc export` of 10,000 certificates to the Caisse des Dépôts.
  async cdc() {
    return benchCdc();
  },
  // Issue 14: /api/health while zip bombs are refused.
  async zipbomb() {
    return benchZipBomb();
  },
  // Issue 14: an uploaded credential verified with its issuer resolved from the cache.
  async verification() {
    return benchVerification();
  },
  // Issue 15: 10,000 notifications through the job queue to an SMTP server.
  async mail() {
    return benchMail();
  },
  // Issue 19: a million candidates; `npm run bench -- scale --candidates 100000` for fewer.
  async scale() {
    return benchScale();
  },
  // Issue 16: the JavaScript of the sign-in page and /verifier, gzip, against 250 kB.
  async web() {
    return benchWeb();
  },
};

// Options (`--candidates 100000`) are the benches' own; the other words name benches.
const args = process.argv.slice(2);
const wanted = args.filter((word, k) => !word.startsWith('--') && !args[k - 1]?.startsWith('--'));
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  process.stdout.write(`\n${name}\n`);
  for (const line of await run()) process.stdout.write(`${line}\n`);
}
