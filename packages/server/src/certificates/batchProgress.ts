// The progress of a session's issuance, stored with the batch (certificate_batches) and updated
// in the transaction of each chunk it issues: every server shows the same figures, a restart
// keeps them, and they never count a document that was not committed.
import type { Message } from '@certeval/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  certificateBatches,
  certificates,
  juryCandidates,
  mailMessages,
} from '../platform/db/schema.ts';

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
  /** The messages telling the session's holders, by where they stand. */
  messages?: { waiting: number; sent: number; failed: number };
}

export type BatchRow = typeof certificateBatches.$inferSelect;

export function progressOf(row: BatchRow): BatchProgress {
  return {
    id: row.id,
    sessionId: row.sessionId,
    organisationId: row.organisationId,
    status: row.status as BatchProgress['status'],
    total: row.total,
    issued: row.issued,
    skipped: row.skipped,
    startedAt: row.startedAt.toISOString(),
    ...(row.finishedAt ? { finishedAt: row.finishedAt.toISOString() } : {}),
    ...(row.error ? { error: row.error as Message } : {}),
  };
}

export async function findBatch(db: Db, id: string): Promise<BatchRow | undefined> {
  const [row] = await db.select().from(certificateBatches).where(eq(certificateBatches.id, id));
  return row;
}

/** One batch starts at a time per session. */
export async function lockSession(db: Db, sessionId: string) {
  await db.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`certificate-batch:${sessionId}`}))`,
  );
}

/** The batch of a session still running, so that a second click does not start another. */
export async function runningBatchOf(db: Db, sessionId: string): Promise<BatchRow | undefined> {
  const [row] = await db
    .select()
    .from(certificateBatches)
    .where(
      and(eq(certificateBatches.sessionId, sessionId), eq(certificateBatches.status, 'running')),
    )
    .orderBy(desc(certificateBatches.startedAt))
    .limit(1);
  return row;
}

export async function insertBatch(db: Db, values: typeof certificateBatches.$inferInsert) {
  const [row] = await db.insert(certificateBatches).values(values).returning();
  if (!row) throw new Error('The batch was not stored.');
  return row;
}

export async function updateBatch(db: Db, id: string, values: Partial<BatchRow>) {
  await db.update(certificateBatches).set(values).where(eq(certificateBatches.id, id));
}

export async function addIssued(db: Db, id: string, count: number) {
  await db
    .update(certificateBatches)
    .set({ issued: sql`${certificateBatches.issued} + ${count}` })
    .where(eq(certificateBatches.id, id));
}

/** Where the messages about the session's documents stand. */
export async function messagesOfSession(db: Db, sessionId: string) {
  const rows = await db
    .select({ state: mailMessages.state, count: sql<number>`count(*)::int` })
    .from(mailMessages)
    .innerJoin(certificates, sql`${mailMessages.subjectKey} = ${certificates.id}::text`)
    .innerJoin(juryCandidates, eq(juryCandidates.id, certificates.juryCandidateId))
    .where(
      and(eq(juryCandidates.sessionId, sessionId), eq(mailMessages.template, 'certificate-issued')),
    )
    .groupBy(mailMessages.state);
  const count = (states: string[]) =>
    rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + r.count, 0);
  return {
    waiting: count(['queued', 'sending']),
    sent: count(['sent', 'stored']),
    failed: count(['failed']),
  };
}
