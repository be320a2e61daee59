// SQL of VAE booklets and their technical documents, and what a re-opening reads: whether the
// jury has begun on the candidate, and the last re-opening in the audit trail.
import { and, asc, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import {
  auditEvents,
  evaluations,
  juryCandidates,
  users,
  vaeBooklets,
  vaeDocuments,
} from '../platform/db/schema.ts';

export type BookletRow = typeof vaeBooklets.$inferSelect;

export async function findBooklet(db: Db, candidateId: string) {
  const [row] = await db.select().from(vaeBooklets).where(eq(vaeBooklets.candidateId, candidateId));
  return row;
}

/** The first save creates the booklet; undefined when another save created it first. */
export async function insertBooklet(db: Db, values: typeof vaeBooklets.$inferInsert) {
  const [row] = await db
    .insert(vaeBooklets)
    .values(values)
    .onConflictDoNothing()
    .returning({ revision: vaeBooklets.revision, updatedAt: vaeBooklets.updatedAt });
  return row;
}

/** Applies `changes` when the booklet is still at `revision`; undefined when someone saved first. */
export async function updateBooklet(
  db: Db,
  candidateId: string,
  revision: number,
  changes: Partial<typeof vaeBooklets.$inferInsert>,
) {
  const [row] = await db
    .update(vaeBooklets)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(vaeBooklets.candidateId, candidateId), eq(vaeBooklets.revision, revision)))
    .returning({ revision: vaeBooklets.revision, updatedAt: vaeBooklets.updatedAt });
  return row;
}

const summary = {
  id: vaeDocuments.id,
  sectionId: vaeDocuments.sectionId,
  fileName: vaeDocuments.fileName,
  contentType: vaeDocuments.contentType,
  size: vaeDocuments.size,
  createdAt: vaeDocuments.createdAt,
};

/** The documents of a booklet without their bytes, in the order they were attached. */
export function listDocuments(db: Db, candidateId: string) {
  return db
    .select(summary)
    .from(vaeDocuments)
    .where(eq(vaeDocuments.candidateId, candidateId))
    .orderBy(asc(vaeDocuments.createdAt), asc(vaeDocuments.fileName));
}

export async function countDocuments(db: Db, candidateId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(vaeDocuments)
    .where(eq(vaeDocuments.candidateId, candidateId));
  return row?.n ?? 0;
}

export async function findDocument(db: Db, candidateId: string, id: string) {
  const [row] = await db
    .select()
    .from(vaeDocuments)
    .where(and(eq(vaeDocuments.id, id), eq(vaeDocuments.candidateId, candidateId)));
  return row;
}

export async function insertDocument(db: Db, values: typeof vaeDocuments.$inferInsert) {
  const [row] = await db.insert(vaeDocuments).values(values).returning(summary);
  if (!row) throw new Error('document not stored');
  return row;
}

export async function deleteDocument(db: Db, candidateId: string, id: string) {
  const rows = await db
    .delete(vaeDocuments)
    .where(and(eq(vaeDocuments.id, id), eq(vaeDocuments.candidateId, candidateId)))
    .returning({ id: vaeDocuments.id });
  return rows.length > 0;
}

/** The audit action of a re-opening; its data holds the reason. */
export const REOPEN_ACTION = 'vae_booklet.reopen';

/**
 * Whether a jury has begun on the candidate: a deliberation under way before a session, or an
 * evaluation submitted by a jury member or president (a booklet appreciation, a grid).
 */
export async function juryHasBegun(db: Db, candidateId: string): Promise<boolean> {
  const [deliberation] = await db
    .select({ id: juryCandidates.id })
    .from(juryCandidates)
    .where(and(eq(juryCandidates.candidateId, candidateId), isNotNull(juryCandidates.deliberation)))
    .limit(1);
  if (deliberation) return true;
  const [evaluation] = await db
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(
      and(
        eq(evaluations.candidateId, candidateId),
        eq(evaluations.status, 'submitted'),
        inArray(evaluations.evaluatorRole, ['jury_member', 'jury_president']),
      ),
    )
    .limit(1);
  return evaluation !== undefined;
}

/** The booklet's last re-opening: when, by whom, why. */
export async function lastReopening(db: Db, candidateId: string) {
  const [row] = await db
    .select({ at: auditEvents.at, data: auditEvents.data, by: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(
      and(
        eq(auditEvents.subjectType, 'candidate'),
        eq(auditEvents.subjectId, candidateId),
        eq(auditEvents.action, REOPEN_ACTION),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  if (!row) return undefined;
  const { reason } = row.data as { reason?: string };
  return { at: row.at.toISOString(), by: row.by ?? '', reason: reason ?? '' };
}
