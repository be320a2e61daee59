// The RNCP / RS import through the API (issue 18, item 5), beside the CLI's: the request's body
// (the XML flux, ~500 MB, or the CSV zip) is streamed to a temporary file under a size limit,
// never held whole in memory; the import then runs in the background, all or nothing, and its
// progress (bytes read, fiches stored) is polled until it ends with its report or its located
// problems. The progress lives in the server's memory for an hour after the end, as the
// certificates' batches do: a restart forgets it, and the import then stored nothing.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Context } from '../../platform/context.ts';
import { AppError, type ErrorBody, type ProblemDetail } from '../../platform/errors.ts';
import { importRncpExport } from '../interchange.ts';

/** The national XML export is about 500 MB: room for it to grow. */
export const RNCP_UPLOAD_MAX_BYTES = 1024 * 1024 * 1024;
const KEEP_MS = 60 * 60 * 1000;

export interface RncpImportProgress {
  id: string;
  status: 'running' | 'done' | 'failed';
  fileName: string;
  bytesTotal: number;
  /** Of the XML flux, as it is read; the CSV zip is read in one piece. */
  bytesRead: number;
  fiches: number;
  startedAt: string;
  finishedAt?: string;
  report?: {
    fiches: number;
    imported: number;
    kept: string[];
    warnings: ProblemDetail[];
  };
  error?: ErrorBody;
}

const jobs = new Map<string, { actorId: string; progress: RncpImportProgress }>();

function forgetOld(now: number): void {
  for (const [id, { progress }] of jobs) {
    if (progress.finishedAt && now - Date.parse(progress.finishedAt) > KEEP_MS) jobs.delete(id);
  }
}

const tooLarge = () =>
  new AppError('upload_too_large', {
    fr: `Le fichier dépasse ${RNCP_UPLOAD_MAX_BYTES / 1024 / 1024} Mo : rien n'a été importé.`,
    en: `The file is over ${RNCP_UPLOAD_MAX_BYTES / 1024 / 1024} MB: nothing was imported.`,
  });

/** Writes the body to `file`, stopping at the size limit; returns its size. */
async function saveBody(body: Readable, file: string): Promise<number> {
  let size = 0;
  async function* counted(source: Readable) {
    for await (const chunk of source) {
      size += (chunk as Buffer).length;
      if (size > RNCP_UPLOAD_MAX_BYTES) throw tooLarge();
      yield chunk as Buffer;
    }
  }
  await pipeline(body, counted, createWriteStream(file));
  return size;
}

function failure(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody();
  console.error(error);
  return new AppError('internal').toBody();
}

async function run(ctx: Context, actorId: string, file: string, progress: RncpImportProgress) {
  try {
    const report = await importRncpExport(ctx, file, actorId, {
      name: progress.fileName,
      onProgress: ({ bytesRead, fiches }) =>
        Object.assign(progress, { fiches, ...(bytesRead !== undefined && { bytesRead }) }),
    });
    const { fiches, imported, kept, warnings } = report;
    progress.report = { fiches, imported: imported.length, kept, warnings };
    Object.assign(progress, { status: 'done', bytesRead: progress.bytesTotal });
  } catch (error) {
    Object.assign(progress, { status: 'failed', error: failure(error) });
  } finally {
    progress.finishedAt = ctx.now().toISOString();
    await fs.rm(path.dirname(file), { recursive: true, force: true });
  }
}

/**
 * Saves the uploaded export and starts importing it. One import runs at a time: each holds
 * one transaction for the whole file, which the embedded database serves one at a time.
 */
export async function startRncpUpload(
  ctx: Context,
  actorId: string,
  body: Readable,
  input: { format: 'xml' | 'zip'; fileName: string },
): Promise<RncpImportProgress> {
  forgetOld(ctx.now().getTime());
  if ([...jobs.values()].some((job) => job.progress.status === 'running'))
    throw new AppError('server_busy', {
      fr: 'Un import RNCP est déjà en cours : réessayez quand il sera fini.',
      en: 'An RNCP import is already running: try again when it is done.',
    });
  const progress: RncpImportProgress = {
    id: randomUUID(),
    status: 'running',
    fileName: input.fileName,
    bytesTotal: 0,
    bytesRead: 0,
    fiches: 0,
    startedAt: ctx.now().toISOString(),
  };
  // Held from now, so that a second upload arriving meanwhile is refused.
  jobs.set(progress.id, { actorId, progress });
  let dir: string | undefined;
  let file: string;
  try {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'certeval-rncp-'));
    file = path.join(dir, `export.${input.format}`);
    progress.bytesTotal = await saveBody(body, file);
  } catch (error) {
    jobs.delete(progress.id);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
  void run(ctx, actorId, file, progress);
  return progress;
}

/** An import's progress, for the person who started it only. */
export function rncpImportProgress(actorId: string, id: string): RncpImportProgress {
  const job = jobs.get(id);
  if (job === undefined || job.actorId !== actorId) throw new AppError('not_found');
  return job.progress;
}
