// The RNCP / RS import through the API (issue 18, item 5), beside the CLI's: the request's body
// (the XML flux, ~500 MB, or the CSV zip) is streamed to a temporary file under a size limit,
// never held whole in memory; the import then runs in the background, all or nothing, and its
// progress (bytes read, fiches stored) is polled until it ends with its report or its located
// problems.
//
// Issue 19: the import and its progress are a row of rncp_imports, which any instance answers.
// The file is on the disk of the instance that received it, which runs the import and keeps its
// live progress in memory; on PostgreSQL it writes that progress and a heartbeat to the row
// every few seconds. The embedded database is one process's, and one connection held by the
// import's transaction: there the process's memory is the whole truth while it runs. A running
// row whose heartbeat stopped (on PGlite: one this process is not running) was cut with its
// server; its transaction stored nothing, and it is reported as interrupted. Rows are forgotten
// an hour after the import ends.
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Context } from '../../platform/context.ts';
import type { Database } from '../../platform/db/open.ts';
import { AppError, type ErrorBody, type ProblemDetail } from '../../platform/errors.ts';
import { importRncpExport } from '../interchange.ts';
import * as store from './rncpImportStore.ts';

/** The national XML export is about 500 MB: room for it to grow. */
export const RNCP_UPLOAD_MAX_BYTES = 1024 * 1024 * 1024;
const KEEP_MS = 60 * 60 * 1000;
const HEARTBEAT_MS = 2000;
/** A running import whose heartbeat is older was cut with its server. */
const STALE_MS = 60_000;

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

interface Live {
  actorId: string;
  progress: RncpImportProgress;
}

/** The imports this process runs, per database (tests open several). */
const running = new WeakMap<Database, Map<string, Live>>();

function liveOf(ctx: Context): Map<string, Live> {
  let here = running.get(ctx.database);
  if (!here) {
    here = new Map();
    running.set(ctx.database, here);
  }
  return here;
}

function progressOf(row: store.RncpImportRow): RncpImportProgress {
  return {
    id: row.id,
    status: row.status as RncpImportProgress['status'],
    fileName: row.fileName,
    bytesTotal: row.bytesTotal,
    bytesRead: row.bytesRead,
    fiches: row.fiches,
    startedAt: row.startedAt.toISOString(),
    ...(row.finishedAt && { finishedAt: row.finishedAt.toISOString() }),
    ...(row.report ? { report: row.report as RncpImportProgress['report'] } : {}),
    ...(row.error ? { error: row.error as ErrorBody } : {}),
  };
}

/** A running row that no server is running any more. */
function isCut(ctx: Context, row: store.RncpImportRow): boolean {
  if (row.status !== 'running' || liveOf(ctx).has(row.id)) return false;
  return (
    ctx.database.kind === 'pglite' || ctx.now().getTime() - row.heartbeatAt.getTime() > STALE_MS
  );
}

const interrupted = (ctx: Context) => ({
  error: new AppError('import_interrupted').toBody(),
  finishedAt: ctx.now(),
});

const busy = () =>
  new AppError('server_busy', {
    fr: 'Un import RNCP est déjà en cours : réessayez quand il sera fini.',
    en: 'An RNCP import is already running: try again when it is done.',
  });

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

/** On PostgreSQL, writes the live progress and a heartbeat to the row every few seconds. */
function heartbeat(ctx: Context, progress: RncpImportProgress): () => void {
  if (ctx.database.kind !== 'postgres') return () => undefined;
  const timer = setInterval(() => {
    const { bytesRead, fiches } = progress;
    store
      .updateImport(ctx.database.db, progress.id, { bytesRead, fiches, heartbeatAt: ctx.now() })
      .catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Imports the saved file; its outcome, to record. */
async function outcomeOf(
  ctx: Context,
  actorId: string,
  file: string,
  progress: RncpImportProgress,
): Promise<Pick<RncpImportProgress, 'status' | 'bytesRead' | 'report' | 'error'>> {
  try {
    const report = await importRncpExport(ctx, file, actorId, {
      name: progress.fileName,
      onProgress: ({ bytesRead, fiches }) =>
        Object.assign(progress, { fiches, ...(bytesRead !== undefined && { bytesRead }) }),
    });
    const { fiches, imported, kept, warnings } = report;
    const summary = { fiches, imported: imported.length, kept, warnings };
    return { status: 'done', bytesRead: progress.bytesTotal, report: summary };
  } catch (error) {
    return { status: 'failed', bytesRead: progress.bytesRead, error: failure(error) };
  }
}

/**
 * Runs the import, then records its end in the row before this process's memory says so, so
 * that whoever sees it ended, on any instance, may start the next one.
 */
async function run(ctx: Context, actorId: string, file: string, progress: RncpImportProgress) {
  const stopBeating = heartbeat(ctx, progress);
  const outcome = await outcomeOf(ctx, actorId, file, progress);
  stopBeating();
  const finishedAt = ctx.now();
  await fs.rm(path.dirname(file), { recursive: true, force: true });
  await store
    .updateImport(ctx.database.db, progress.id, {
      ...outcome,
      fiches: progress.fiches,
      report: outcome.report ?? null,
      error: outcome.error ?? null,
      heartbeatAt: finishedAt,
      finishedAt,
    })
    .catch((error) => console.error(error));
  Object.assign(progress, outcome, { finishedAt: finishedAt.toISOString() });
  liveOf(ctx).delete(progress.id);
}

/** Takes the import's row, unless another import is running on some instance. */
async function claim(ctx: Context, actorId: string, fileName: string) {
  const { db } = ctx.database;
  await store.forgetEnded(db, new Date(ctx.now().getTime() - KEEP_MS));
  return db.transaction(async (tx) => {
    for (const row of await store.runningImports(tx)) {
      if (!isCut(ctx, row)) throw busy();
      await store.failRunning(tx, row.id, interrupted(ctx));
    }
    return store.insertImport(tx, {
      startedBy: actorId,
      status: 'running',
      fileName,
      bytesTotal: 0,
      bytesRead: 0,
      fiches: 0,
      startedAt: ctx.now(),
      heartbeatAt: ctx.now(),
    });
  });
}

/**
 * Saves the uploaded export and starts importing it. One import runs at a time, on all the
 * instances: each holds one transaction for the whole file, which the embedded database serves
 * one at a time.
 */
export async function startRncpUpload(
  ctx: Context,
  actorId: string,
  body: Readable,
  input: { format: 'xml' | 'zip'; fileName: string },
): Promise<RncpImportProgress> {
  const here = liveOf(ctx);
  // Answered from memory: on PGlite the running import's transaction holds the connection.
  if (here.size > 0) throw busy();
  const progress = progressOf(await claim(ctx, actorId, input.fileName));
  // Held from now, so that a second upload arriving meanwhile is refused.
  here.set(progress.id, { actorId, progress });
  let dir: string | undefined;
  let file: string;
  try {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'certeval-rncp-'));
    file = path.join(dir, `export.${input.format}`);
    progress.bytesTotal = await saveBody(body, file);
    await store.updateImport(ctx.database.db, progress.id, { bytesTotal: progress.bytesTotal });
  } catch (error) {
    here.delete(progress.id);
    await store.deleteImport(ctx.database.db, progress.id);
    if (dir) await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
  void run(ctx, actorId, file, progress);
  return progress;
}

/** An import's progress, for the person who started it only, from any instance. */
export async function rncpImportProgress(
  ctx: Context,
  actorId: string,
  id: string,
): Promise<RncpImportProgress> {
  const live = liveOf(ctx).get(id);
  if (live) {
    if (live.actorId !== actorId) throw new AppError('not_found');
    return live.progress;
  }
  const row = await store.findImport(ctx.database.db, id);
  if (!row || row.startedBy !== actorId) throw new AppError('not_found');
  if (!isCut(ctx, row)) return progressOf(row);
  const cut = interrupted(ctx);
  await store.failRunning(ctx.database.db, row.id, cut);
  return progressOf({ ...row, ...cut, status: 'failed' });
}
