// certeval personal-data export | erase (issue 19 item 5): a person's export as one JSON file,
// and their erasure by the retention rules (previewed with --preview), by the same use cases as
// the certifier's screen and POST /api/personal-data/*. The CLI acts as the local administrator,
// recorded as no one in the audit trail, as its imports are.
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { ErasureReport } from '@certeval/core';
import { erasePersonalData } from '@certeval/server/personalData/erasePersonalData';
import { personalDataFile } from '@certeval/server/personalData/exportPersonalData';
import type { PersonRef } from '@certeval/server/personalData/findPerson';
import { type CliIo, UsageError } from './io.ts';

export const personalDataHelp = `certeval personal-data export (--email E | --candidate ID) --out FILE
                                                       everything held about a person, as one
                                                       JSON file (documents in base64); audited
certeval personal-data erase (--email E | --candidate ID) [--preview]
                                                       erases the person by the retention rules;
                                                       says what was erased, kept without
                                                       identity, and kept by law with why`;

const options = {
  email: { type: 'string' },
  candidate: { type: 'string' },
  out: { type: 'string' },
  preview: { type: 'boolean' },
} as const;

function personOf(values: { email?: string; candidate?: string }, verb: string): PersonRef {
  if (values.email && !values.candidate) return { email: values.email };
  if (values.candidate && !values.email) return { candidateId: values.candidate };
  throw new UsageError(`personal-data ${verb} needs --email or --candidate.\n${personalDataHelp}`);
}

const HEADINGS = {
  erased: 'Effacé / Erased',
  pseudonymised: 'Gardé sans identité / Kept without identity',
  kept: 'Gardé, parce que la loi le demande / Kept, because the law requires it',
} as const;

function printReport(io: CliIo, report: ErasureReport) {
  io.out(`${report.message.fr}\n${report.message.en}`);
  for (const outcome of ['erased', 'pseudonymised', 'kept'] as const) {
    if (report[outcome].length === 0) continue;
    io.out(`${HEADINGS[outcome]}:`);
    for (const line of report[outcome]) {
      io.out(`  ${line.label.fr} / ${line.label.en}: ${line.count}`);
      if (line.reason) io.out(`    ${line.reason.fr}\n    ${line.reason.en}`);
    }
  }
}

export async function personalData(verb: string | undefined, args: string[], io: CliIo) {
  const { values } = parseArgs({ args, options });
  if (verb === 'export') {
    const ref = personOf(values, verb);
    if (!values.out) throw new UsageError(`personal-data export needs --out.\n${personalDataHelp}`);
    const file = await personalDataFile(io.ctx, null, ref);
    await fs.writeFile(values.out, file.body);
    io.out(`${values.out}: ${Buffer.byteLength(file.body)} bytes`);
    return;
  }
  if (verb === 'erase') {
    const ref = personOf(values, verb);
    const report = await erasePersonalData(io.ctx, null, ref, { preview: values.preview === true });
    if (!report.done) io.out('Aperçu, rien n’est effacé / Preview, nothing is erased.');
    printReport(io, report);
    return;
  }
  throw new UsageError(`Unknown command "personal-data ${verb ?? ''}".\n${personalDataHelp}`);
}
