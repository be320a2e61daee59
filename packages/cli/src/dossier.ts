// certeval dossier export CANDIDATE_ID [--out FILE] | import FILE|- --project PROJECT_ID:
// a candidate's evaluation record (data/schemas/evaluation-record.schema.json), by the same
// use cases as GET /api/candidates/:id/dossier and POST /api/projects/:id/dossiers. The CLI
// acts as the local administrator, recorded as no one in the audit trail, as imports are.
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportDossier, importDossier } from '@certeval/server/evaluations/dossier';
import { type CliIo, UsageError } from './io.ts';

export const dossierHelp = `certeval dossier export CANDIDATE_ID [--out FILE]
                                                       a candidate's evaluation record as JSON
                                                       (standard output without --out)
certeval dossier import FILE|- --project PROJECT_ID     import a record into a project: the
                                                       candidate is found or enrolled, each
                                                       evaluation added once; all or nothing`;

const options = { out: { type: 'string' }, project: { type: 'string' } } as const;

export async function dossier(verb: string | undefined, args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options });
  if (verb === 'export') {
    const [candidate] = positionals;
    if (!candidate || positionals.length > 1)
      throw new UsageError(`dossier export needs CANDIDATE_ID.\n${dossierHelp}`);
    const text = `${JSON.stringify(await exportDossier(io.ctx, candidate), null, 2)}\n`;
    if (values.out) {
      await fs.writeFile(values.out, text);
      io.out(`${values.out}: ${Buffer.byteLength(text)} bytes`);
    } else io.out(text.trimEnd());
    return;
  }
  if (verb === 'import') {
    const [file] = positionals;
    if (!file || positionals.length > 1 || !values.project)
      throw new UsageError(`dossier import needs FILE and --project.\n${dossierHelp}`);
    const text = file === '-' ? await (io.stdin?.() ?? '') : await fs.readFile(file, 'utf8');
    const result = await importDossier(io.ctx, {
      projectId: values.project,
      record: text,
      actorId: null,
      fileName: file === '-' ? 'stdin' : path.basename(file),
    });
    io.out(
      `${result.candidateCreated ? 'candidat inscrit / candidate enrolled' : 'candidat trouvé / candidate found'} ${result.candidateId}: ${result.imported} évaluation(s) importée(s) / imported, ${result.skipped} déjà présente(s) / already there`,
    );
    return;
  }
  throw new UsageError(`Unknown command "dossier ${verb ?? ''}".\n${dossierHelp}`);
}
