// SQL of evaluations and their history.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/open.ts';
import { auditEvents, evaluations, users } from '../platform/db/schema.ts';

export type EvaluationRow = typeof evaluations.$inferSelect;

export async function insertEvaluation(db: Db, values: typeof evaluations.$inferInsert) {
  const [row] = await db.insert(evaluations).values(values).returning();
  return row as EvaluationRow;
}

export async function findEvaluation(db: Db, id: string) {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  return row;
}

export function evaluationsOf(db: Db, candidateId: string) {
  return db
    .select()
    .from(evaluations)
    .where(eq(evaluations.candidateId, candidateId))
    .orderBy(asc(evaluations.date), asc(evaluations.createdAt));
}

/**
 * Applies `changes` when the row is still at `revision` and in one of `statuses`; returns the
 * new revision, or undefined when someone saved first or the evaluation moved on.
 */
export async function updateEvaluation(
  db: Db,
  id: string,
  revision: number,
  changes: Partial<typeof evaluations.$inferInsert>,
) {
  const [row] = await db
    .update(evaluations)
    .set({ ...changes, revision: revision + 1, updatedAt: new Date() })
    .where(and(eq(evaluations.id, id), eq(evaluations.revision, revision)))
    .returning({ revision: evaluations.revision, updatedAt: evaluations.updatedAt });
  return row;
}

export function historyOf(db: Db, id: string) {
  return db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      data: auditEvents.data,
      actorName: users.displayName,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(and(eq(auditEvents.subjectType, 'evaluation'), eq(auditEvents.subjectId, id)))
    .orderBy(desc(auditEvents.id));
}
