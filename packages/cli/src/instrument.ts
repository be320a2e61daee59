// certeval instrument list | import | publish | pdf
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_ADMINISTRATOR } from '@certeval/server/instruments/access';
import { instrumentPdf } from '@certeval/server/instruments/instrumentFiles';
import { publishInstrument } from '@certeval/server/instruments/publishInstrument';
import { findRow, importInstrument, listInstruments } from '@certeval/server/instruments/service';
import { type CliIo, UsageError } from './io.ts';

export const instrumentHelp = `certeval instrument list [--certification SLUG]
certeval instrument import FILE [FILE …]                an instrument (YAML or JSON), checked
                                                       against the referential version it names
certeval instrument publish KEY VERSION                 publish a draft: it never changes again
certeval instrument pdf KEY VERSION [--out FILE] [--date YYYY-MM-DD] [--evaluator NAME]
                        [--role ROLE] [--candidate NAME] [--company NAME]
                                                       the paper form (default KEY-vVERSION.pdf)`;

const options = {
  certification: { type: 'string' },
  out: { type: 'string' },
  date: { type: 'string' },
  evaluator: { type: 'string' },
  role: { type: 'string' },
  candidate: { type: 'string' },
  company: { type: 'string' },
} as const;

function keyAndVersion(verb: string, positionals: string[]): [string, string] {
  const [key, version] = positionals;
  if (!key || !version || positionals.length > 2)
    throw new UsageError(`instrument ${verb} needs KEY VERSION.\n${instrumentHelp}`);
  return [key, version];
}

export async function instrument(verb: string | undefined, args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (verb === 'list') {
    for (const i of await listInstruments(io.ctx, { certification: values.certification })) {
      io.out(
        `${i.key}\t${i.version}\t${i.kind}\t${i.status}\t${i.certification ?? ''} ${i.referentialVersion ?? ''}\t${i.title}`,
      );
    }
    return;
  }
  if (verb === 'import') {
    if (positionals.length === 0)
      throw new UsageError(`instrument import needs a file.\n${instrumentHelp}`);
    for (const file of positionals) {
      const text = await fs.readFile(file, 'utf8');
      const result = await importInstrument(io.ctx, text, {
        actorId: null,
        fileName: path.basename(file),
      });
      io.out(`${file}: ${result.key} ${result.version} ${result.outcome}`);
    }
    return;
  }
  if (verb === 'publish') {
    const [key, version] = keyAndVersion(verb, positionals);
    const { revision } = await findRow(io.ctx, key, version);
    await publishInstrument(io.ctx, LOCAL_ADMINISTRATOR, key, version, revision);
    io.out(`${key} ${version} published`);
    return;
  }
  if (verb === 'pdf') {
    const [key, version] = keyAndVersion(verb, positionals);
    const { out, certification: _, ...paper } = values;
    const file = await instrumentPdf(io.ctx, LOCAL_ADMINISTRATOR, key, version, paper);
    const target = out ?? file.fileName;
    await fs.writeFile(target, file.body);
    io.out(`${target}: ${file.body.length} bytes`);
    return;
  }
  throw new UsageError(`Unknown command "instrument ${verb ?? ''}".\n${instrumentHelp}`);
}
