// certeval referential list | show | validate | import | export
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkReferential,
  exportReferential,
  getVersion,
  importReferential,
  listCertifications,
} from '@certeval/server/referential/service';
import { type CliIo, UsageError } from './io.ts';

export const referentialHelp = `certeval referential list
certeval referential show SLUG [--version V]          the tree of a version, one item a line
certeval referential validate FILE|-                   check a file (YAML or JSON) and store nothing
certeval referential import FILE|- [FILE …]            import, all or nothing per file
certeval referential export SLUG [--out FILE]          the native file (JSON) to a file or stdout
  FILE - reads standard input.`;

async function readInput(file: string, io: CliIo): Promise<string> {
  if (file === '-') return io.stdin ? io.stdin() : '';
  return fs.readFile(file, 'utf8');
}

async function show(slug: string, versionKey: string | undefined, io: CliIo) {
  const key =
    versionKey ??
    (await listCertifications(io.ctx)).find((c) => c.slug === slug)?.versions.at(-1)?.key;
  if (!key) throw new UsageError(`No version of "${slug}".`);
  const { version } = await getVersion(io.ctx, slug, key);
  const depth = new Map<string, number>();
  for (const node of version.nodes) {
    const level = node.parent ? (depth.get(node.parent) ?? 0) + 1 : 0;
    depth.set(node.code, level);
    io.out(
      `${'  '.repeat(level)}${node.code}\t${node.type}${node.kind ? `/${node.kind}` : ''}\t${node.label}`,
    );
  }
}

export async function referential(verb: string | undefined, args: string[], io: CliIo) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { version: { type: 'string' }, out: { type: 'string' } },
  });
  if (verb === 'list') {
    for (const c of await listCertifications(io.ctx)) {
      const versions = c.versions
        .map((v) => `${v.key} (${v.status}, ${v.nodeCount} items)`)
        .join(', ');
      io.out(`${c.slug}\t${c.kind}\t${c.title ?? ''}\t${versions}`);
    }
    return;
  }
  const [first] = positionals;
  if (!first)
    throw new UsageError(`referential ${verb ?? ''} needs an argument.\n${referentialHelp}`);
  if (verb === 'show') return show(first, values.version, io);
  if (verb === 'validate') {
    for (const file of positionals) {
      const checked = checkReferential(await readInput(file, io), path.basename(file));
      io.out(
        `${file}: valid — ${checked.certification.id}, versions ${checked.versions.map((v) => v.id).join(', ')}`,
      );
    }
    return;
  }
  if (verb === 'import') {
    for (const file of positionals) {
      const result = await importReferential(io.ctx, await readInput(file, io), {
        actorId: null,
        fileName: path.basename(file),
      });
      io.out(
        `${file}: ${result.certification} ${result.versions.map((v) => `${v.key} ${v.outcome}`).join(', ')}`,
      );
    }
    return;
  }
  if (verb === 'export') {
    const json = `${JSON.stringify(await exportReferential(io.ctx, first), null, 2)}\n`;
    if (values.out) await fs.writeFile(values.out, json);
    else io.out(json.trimEnd());
    return;
  }
  throw new UsageError(`Unknown command "referential ${verb ?? ''}".\n${referentialHelp}`);
}
