// certeval referential list | show | validate | import | export
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProblemDetail } from '@certeval/server/platform/errors';
import {
  caseInput,
  checkCasePackage,
  exportCaseVersion,
  importCasePackage,
} from '@certeval/server/referential/caseInterchange';
import { importRncpExport } from '@certeval/server/referential/interchange';
import {
  checkReferential,
  exportReferential,
  getVersion,
  type ImportResult,
  importReferential,
  listCertifications,
} from '@certeval/server/referential/service';
import { type CliIo, UsageError } from './io.ts';

export const referentialHelp = `certeval referential list
certeval referential show SLUG [--version V]          the tree of a version, one item a line
certeval referential validate FILE|- [--format native|case]   check a file and store nothing
certeval referential import FILE|- [FILE …] [--format native|case|rncp]
                                                       import, all or nothing per file
certeval referential export SLUG [--format native|case] [--version V] [--out FILE]
  native: Certeval's referential file (YAML or JSON); case: a CASE 1.0/1.1 CFPackage (JSON), or
  a CASE spreadsheet (OpenSALT's CSV, FILE ending in .csv) — a package whose CFDocument is
  already here becomes a new version of its referential; rncp: France Compétences' RNCP/RS
  export, XML flux 4.1 (streamed) or the CSV zip.
  FILE - reads standard input (not for rncp).`;

const FORMATS = ['native', 'case', 'rncp'] as const;
type Format = (typeof FORMATS)[number];

async function readInput(file: string, io: CliIo): Promise<string> {
  if (file === '-') return io.stdin ? io.stdin() : '';
  return fs.readFile(file, 'utf8');
}

async function latestVersion(slug: string, io: CliIo): Promise<string> {
  const certification = (await listCertifications(io.ctx)).find((c) => c.slug === slug);
  const key = certification?.versions.at(-1)?.key;
  if (!key) throw new UsageError(`No version of "${slug}".`);
  return key;
}

const outcomes = (r: ImportResult) =>
  `${r.certification} ${r.versions.map((v) => `${v.key} ${v.outcome}`).join(', ')}`;

function printWarnings(warnings: ProblemDetail[], io: CliIo) {
  for (const w of warnings) {
    const where = [w.file, w.line && `line ${w.line}`, w.column && `column ${w.column}`, w.path]
      .filter(Boolean)
      .join(', ');
    io.out(`  warning ${w.code} (${where}): ${w.message.fr} / ${w.message.en}`);
  }
}

async function importRncp(file: string, io: CliIo) {
  if (file === '-') throw new UsageError('An RNCP export is read from a file, not standard input.');
  const report = await importRncpExport(io.ctx, file, null);
  const changed = report.imported.filter((r) => r.versions.some((v) => v.outcome !== 'unchanged'));
  io.out(
    `${file}: ${report.fiches} fiches, ${changed.length} new or updated, ${report.kept.length} kept as stored (published and different), ${report.warnings.length} warnings`,
  );
  if (report.kept.length > 0) io.out(`  kept as stored: ${report.kept.join(', ')}`);
  printWarnings(report.warnings, io);
}

async function importOne(file: string, format: Format, io: CliIo) {
  if (format === 'rncp') return importRncp(file, io);
  const options = { actorId: null, fileName: path.basename(file) };
  const text = await readInput(file, io);
  if (format === 'case') {
    const input = caseInput(text, options.fileName);
    const { result, warnings } = await importCasePackage(io.ctx, input, options);
    io.out(`${file}: ${outcomes(result)}`);
    printWarnings(warnings, io);
    return;
  }
  io.out(`${file}: ${outcomes(await importReferential(io.ctx, text, options))}`);
}

async function validateOne(file: string, format: Format, io: CliIo) {
  if (format === 'rncp') throw new UsageError('validate reads native files and CASE packages.');
  const text = await readInput(file, io);
  const fileName = path.basename(file);
  const checked =
    format === 'case'
      ? checkCasePackage(caseInput(text, fileName), fileName)
      : checkReferential(text, fileName);
  const versions = checked.versions.map((v) => v.id).join(', ');
  io.out(`${file}: valid — ${checked.certification.id}, versions ${versions}`);
}

async function show(slug: string, versionKey: string | undefined, io: CliIo) {
  const { version } = await getVersion(io.ctx, slug, versionKey ?? (await latestVersion(slug, io)));
  const depth = new Map<string, number>();
  for (const node of version.nodes) {
    const level = node.parent ? (depth.get(node.parent) ?? 0) + 1 : 0;
    depth.set(node.code, level);
    const type = node.kind ? `${node.type}/${node.kind}` : node.type;
    io.out(`${'  '.repeat(level)}${node.code}\t${type}\t${node.label}`);
  }
}

async function exportOne(
  slug: string,
  format: Format,
  values: { version?: string; out?: string },
  io: CliIo,
) {
  if (format === 'rncp') throw new UsageError('Export is native or case.');
  const exported =
    format === 'case'
      ? await exportCaseVersion(io.ctx, slug, values.version ?? (await latestVersion(slug, io)))
      : await exportReferential(io.ctx, slug);
  const json = `${JSON.stringify(exported, null, 2)}\n`;
  if (values.out) await fs.writeFile(values.out, json);
  else io.out(json.trimEnd());
}

export async function referential(verb: string | undefined, args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { version: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' } },
  });
  const format = (values.format ?? 'native') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be native, case or rncp: got "${values.format}".`);
  }
  if (verb === 'list') {
    for (const c of await listCertifications(io.ctx)) {
      const versions = c.versions.map((v) => `${v.key} (${v.status}, ${v.nodeCount} items)`);
      io.out(`${c.slug}\t${c.kind}\t${c.title ?? ''}\t${versions.join(', ')}`);
    }
    return;
  }
  const [first] = positionals;
  if (!first)
    throw new UsageError(`referential ${verb ?? ''} needs an argument.\n${referentialHelp}`);
  if (verb === 'show') return show(first, values.version, io);
  if (verb === 'export') return exportOne(first, format, values, io);
  if (verb === 'import') {
    for (const file of positionals) await importOne(file, format, io);
    return;
  }
  if (verb === 'validate') {
    for (const file of positionals) await validateOne(file, format, io);
    return;
  }
  throw new UsageError(`Unknown command "referential ${verb ?? ''}".\n${referentialHelp}`);
}
