// certeval instrument list | import
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importInstrument, listInstruments } from '@certeval/server/instruments/service';
import { type CliIo, UsageError } from './io.ts';

export const instrumentHelp = `certeval instrument list [--certification SLUG]
certeval instrument import FILE [FILE …]                an instrument (YAML or JSON), checked
                                                       against the referential version it names`;

export async function instrument(verb: string | undefined, args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { certification: { type: 'string' } },
  });
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
  throw new UsageError(`Unknown command "instrument ${verb ?? ''}".\n${instrumentHelp}`);
}
