// Import of QTI items into a new draft questionnaire (issue 4, item 5): a QTI 2.1 or 3.0
// content package (zip with its imsmanifest.xml) or a single item file. Invalid QTI is refused
// whole, every fault located (file, line, element). Items with interactions we do not support
// are not imported and are listed by name in the answer, never dropped silently.
import type { Instrument, Item } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { inWorker } from '../platform/workers/pool.ts';
import { createInstrument } from './createInstrument.ts';
import type { QtiProblem } from './qti/problems.ts';
import type { QtiItemImport } from './qti/readItem.ts';
import type readQtiUploadTask from './readQtiUploadTask.ts';

const readQtiUpload = inWorker<typeof readQtiUploadTask>(
  new URL('./readQtiUploadTask.ts', import.meta.url),
);

export interface QtiImportInput {
  body: Buffer;
  /** 'zip' for a content package, 'xml' for one item file. */
  format: 'zip' | 'xml';
  fileName: string;
  key: string;
  title: string;
  certification: string;
  version: string;
  /** The domain of sections whose items name none (items from another tool), to re-tag later. */
  domain?: string;
}

const located = (p: QtiProblem): ProblemDetail => ({
  code: p.code,
  path: p.element ? `${p.file} <${p.element}>` : p.file,
  file: p.file,
  ...(p.line !== undefined && { line: p.line }),
  message: p.message,
});

export async function importQtiQuestionnaire(ctx: Context, actor: Actor, input: QtiImportInput) {
  const parsed = await readQtiUpload({
    bytes: input.body,
    format: input.format,
    fileName: input.fileName,
    limits: ctx.config.archiveLimits,
  });
  if (parsed.problems.length > 0)
    throw new AppError('import_invalid', undefined, undefined, parsed.problems.map(located));
  const unsupported = parsed.items.flatMap((item: QtiItemImport) =>
    item.outcome === 'unsupported'
      ? [
          {
            file: item.file,
            identifier: item.identifier,
            interactions: item.unsupported.map((u) => u.name),
            reasons: item.unsupported.map((u) => u.reason),
          },
        ]
      : [],
  );
  const imported = parsed.items.filter((i) => i.outcome === 'imported');
  if (imported.length === 0)
    throw new AppError(
      'import_invalid',
      {
        fr: 'Aucun item de ce fichier n’est importable : voir les interactions non prises en charge.',
        en: 'No item of this file can be imported: see the unsupported interactions.',
      },
      undefined,
      unsupported.map((u) => ({
        code: 'unsupported',
        path: u.file,
        file: u.file,
        message: {
          fr: `${u.identifier} : ${u.interactions.join(', ')} non pris en charge.`,
          en: `${u.identifier}: ${u.interactions.join(', ')} not supported.`,
        },
      })),
    );
  const instrument: Instrument = {
    format: 'certeval.instrument',
    formatVersion: 1,
    id: input.key,
    version: '1',
    status: 'draft',
    kind: 'questionnaire',
    title: input.title || parsed.title || input.key,
    binding: { certification: input.certification, version: input.version },
    sources: [`QTI : ${input.fileName}`],
    scales: [],
    sections: parsed.sections.map((s, k) => ({
      ...s,
      id: 'id' in s && typeof s.id === 'string' ? s.id : `qti-${k + 1}`,
      ...(input.domain && !('domain' in s && s.domain) && { domain: input.domain }),
      items: s.items as Item[],
    })),
    ...(parsed.result && { result: parsed.result }),
    discrepancies: [],
  };
  const created = await createInstrument(ctx, actor, instrument, parsed.images);
  return {
    ...created,
    imported: imported.length,
    unsupported,
    omitted: imported.flatMap((i) =>
      i.outcome === 'imported' && i.omitted.length > 0
        ? [{ identifier: i.identifier, content: i.omitted.map((o) => o.name) }]
        : [],
    ),
  };
}
