// The progress of a session's issuance, kept in the server's memory while it runs and for an
// hour after, which is what the screen polls. Honest about its limits: a restart forgets the
// progress, not the documents — each chunk is committed as it is issued, and issuing the
// session again issues only what is missing.
import { randomUUID } from 'node:crypto';
import type { Message } from '@certeval/core';

export interface BatchProgress {
  id: string;
  sessionId: string;
  organisationId: string;
  status: 'running' | 'done' | 'failed';
  /** Signed decisions of the session that give a document and had none yet. */
  total: number;
  issued: number;
  /** Signed decisions that give no document (no unit acquired) or had one already. */
  skipped: number;
  startedAt: string;
  finishedAt?: string;
  error?: Message;
}

const KEEP_MS = 60 * 60 * 1000;
const batches = new Map<string, BatchProgress>();

function forgetOld(now: number): void {
  for (const [id, batch] of batches) {
    if (batch.finishedAt && now - Date.parse(batch.finishedAt) > KEEP_MS) batches.delete(id);
  }
}

export function startBatch(sessionId: string, organisationId: string, now: Date): BatchProgress {
  forgetOld(now.getTime());
  const batch: BatchProgress = {
    id: randomUUID(),
    sessionId,
    organisationId,
    status: 'running',
    total: 0,
    issued: 0,
    skipped: 0,
    startedAt: now.toISOString(),
  };
  batches.set(batch.id, batch);
  return batch;
}

export const findBatch = (id: string): BatchProgress | undefined => batches.get(id);

/** The batch of a session still running, so that a second click does not start another. */
export function runningBatchOf(sessionId: string): BatchProgress | undefined {
  return [...batches.values()].find((b) => b.sessionId === sessionId && b.status === 'running');
}
