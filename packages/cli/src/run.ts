// Dispatches `certeval <noun> <verb> [options]` to its command group.
import { AppError } from '@certeval/server/platform/errors';
import { backupHelp } from './backup.ts';
import { cdc, cdcHelp } from './cdc.ts';
import { deliberate, deliberateHelp } from './deliberate.ts';
import { dossier, dossierHelp } from './dossier.ts';
import { instrument, instrumentHelp } from './instrument.ts';
import { type CliIo, NothingDecided, UsageError } from './io.ts';
import { organisation, organisationHelp } from './organisation.ts';
import { personalData, personalDataHelp } from './personalData.ts';
import { referential, referentialHelp } from './referential.ts';
import { user, userHelp } from './user.ts';

const groups = {
  user,
  organisation,
  referential,
  instrument,
  dossier,
  deliberate,
  'personal-data': personalData,
  cdc,
} as const;

export const help = `Usage: certeval <noun> <verb> [options]\n\n${userHelp}\n\n${organisationHelp}\n\n${referentialHelp}\n\n${instrumentHelp}\n\n${dossierHelp}\n\n${deliberateHelp}\n\n${personalDataHelp}\n\n${cdcHelp}\n\n${backupHelp}`;

/**
 * Runs one command; returns the process exit code: 0 done, 1 invalid input or refused (every
 * problem with its path), 2 wrong usage, 3 nothing decided (`deliberate` on valid input whose
 * evidence does not suffice).
 */
export async function run(argv: string[], io: CliIo, err: (line: string) => void): Promise<number> {
  const [noun, verb, ...rest] = argv;
  const group = groups[noun as keyof typeof groups];
  if (!group) {
    (noun && noun !== 'help' && noun !== '--help' ? err : io.out)(help);
    return noun && noun !== 'help' && noun !== '--help' ? 2 : 0;
  }
  try {
    await group(verb, rest, io);
    return 0;
  } catch (error) {
    if (error instanceof NothingDecided) {
      err(error.message);
      return 3;
    }
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      err((error as Error).message);
      return 2;
    }
    if (error instanceof AppError) {
      const { message, problems } = error.toBody();
      err(`${message.fr}\n${message.en}`);
      for (const p of problems ?? []) {
        const path = p.path === p.file ? undefined : p.path;
        const column = p.column && `column ${p.column}`;
        const where = [p.file, p.line && `line ${p.line}`, column, path].filter(Boolean).join(', ');
        err(`  ${where}: ${p.message.fr} / ${p.message.en}`);
      }
      return 1;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      err(`Fichier introuvable / File not found: ${(error as NodeJS.ErrnoException).path}`);
      return 1;
    }
    throw error;
  }
}
